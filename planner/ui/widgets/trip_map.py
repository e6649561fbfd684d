"""A simple map of one trip day drawn with Qt: the base, the numbered stops and the route."""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.nurture.places import Position, distance_km
from planner.nurture.trip import DayRoute

_MARGIN = 36.0


class TripMap(QWidget):
    """Stops placed by latitude and longitude (a flat projection is fine at a city's scale)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tripMap")
        self.setAccessibleName(self.tr("Map of the day's stops"))
        self.setMinimumSize(QSize(260, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._base: Position | None = None
        self._base_label = ""
        self._route: DayRoute | None = None

    def set_route(self, base: Position | None, base_label: str, route: DayRoute | None) -> None:
        self._base, self._base_label, self._route = base, base_label, route
        self.setToolTip(self._describe())
        self.update()

    def _describe(self) -> str:
        if self._route is None:
            return ""
        names = ", ".join(s.company_name for s in self._route.stops)
        return self.tr("From {base}: {stops}").format(base=self._base_label, stops=names)

    def points(self) -> list[QPointF]:
        """Where the base (first) and each stop are drawn, in widget coordinates."""
        if self._base is None:
            return []
        positions = [self._base]
        if self._route is not None:
            positions += [s.position for s in self._route.stops]
        lats = [p.latitude for p in positions]
        lons = [p.longitude for p in positions]
        # Longitude degrees shrink with latitude; this keeps distances true to scale.
        squeeze = math.cos(math.radians(sum(lats) / len(lats)))
        span = max(max(lats) - min(lats), (max(lons) - min(lons)) * squeeze, 0.02)
        area = QRectF(self.rect()).adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        scale = min(area.width(), area.height()) / span
        mid_lat = (max(lats) + min(lats)) / 2
        mid_lon = (max(lons) + min(lons)) / 2
        centre = area.center()
        return [
            QPointF(
                centre.x() + (p.longitude - mid_lon) * squeeze * scale,
                centre.y() - (p.latitude - mid_lat) * scale,
            )
            for p in positions
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text_colour = palette.color(QPalette.ColorRole.Text)
        points = self.points()
        if not points:
            painter.setPen(text_colour)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Plan a trip to see its map.")
            )
            return
        accent = palette.color(QPalette.ColorRole.Highlight)
        route = [*points, points[0]]
        painter.setPen(QPen(accent, 2.0))
        for a, b in itertools.pairwise(points):
            painter.drawLine(a, b)
        painter.setPen(QPen(accent, 1.5, Qt.PenStyle.DashLine))
        if len(points) > 1:
            painter.drawLine(route[-2], route[-1])
        self._draw_scale(painter, text_colour)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        base = points[0]
        painter.setPen(QPen(text_colour, 1.5))
        painter.setBrush(palette.color(QPalette.ColorRole.Window))
        painter.drawRect(QRectF(base.x() - 7, base.y() - 7, 14, 14))
        painter.drawText(base + QPointF(10, -8), self._base_label)
        stops = self._route.stops if self._route is not None else ()
        for number, (point, stop) in enumerate(zip(points[1:], stops, strict=True), start=1):
            painter.setPen(QPen(QColor("white"), 1.0))
            painter.setBrush(accent)
            painter.drawEllipse(point, 10, 10)
            painter.drawText(
                QRectF(point.x() - 10, point.y() - 10, 20, 20),
                Qt.AlignmentFlag.AlignCenter,
                str(number),
            )
            painter.setPen(text_colour)
            caption = f"{stop.at:%H:%M} {stop.company_name}"
            # The caption goes to the roomier side and is shortened to fit inside the map.
            metrics = painter.fontMetrics()
            right, left = self.width() - point.x() - 17, point.x() - 17
            room = int(max(right, left))
            caption = metrics.elidedText(caption, Qt.TextElideMode.ElideRight, room)
            width = metrics.horizontalAdvance(caption)
            x = 13.0 if right >= left else -13.0 - width
            painter.drawText(point + QPointF(x, 4), caption)

    def _draw_scale(self, painter: QPainter, colour: QColor) -> None:
        """A bar of a round number of kilometres in the bottom-left corner."""
        points = self.points()
        if len(points) < 2 or self._base is None or self._route is None:
            return
        far = max(
            range(len(self._route.stops)),
            key=lambda i: distance_km(self._base, self._route.stops[i].position),  # type: ignore[arg-type,union-attr]
        )
        km = distance_km(self._base, self._route.stops[far].position)
        pixels = math.dist(
            (points[0].x(), points[0].y()), (points[far + 1].x(), points[far + 1].y())
        )
        if km <= 0 or pixels <= 0:
            return
        steps = (1, 2, 5, 10, 20, 50, 100, 200, 500)
        step = next((s for s in steps if s * pixels / km >= 60), 1000)
        length = step * pixels / km
        y = self.height() - 14.0
        painter.setPen(QPen(colour, 1.5))
        painter.drawLine(QPointF(12, y), QPointF(12 + length, y))
        painter.drawText(QPointF(12, y - 5), self.tr("{km} km").format(km=step))
