"""A labelled scatter of points in groups (a shape each), with a tooltip per point."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QWidget

from planner.ui import display
from planner.ui.theme import ACCENT, INK, INK_FAINT, INK_SOFT, LINE
from planner.ui.widgets.chart_base import Chart, Series, nice_step


@dataclass(frozen=True, slots=True)
class Point:
    """One account in the scatter: x = our revenue, y = share of wallet (0…1)."""

    company_id: int
    x: float
    y: float
    label: str
    group: int  # index into the chart's groups: colour and marker shape


SHAPES = ("circle", "square", "triangle", "diamond")


class ScatterChart(Chart):
    """Points with a marker shape and colour per group (both named in the legend); hover for the
    account's name and figures, click to open it."""

    point_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[Point] = []
        self.groups: list[Series] = []
        self.x_title = ""
        self.y_title = ""
        self._placed: list[tuple[QPointF, Point]] = []
        self._hover: int | None = None
        self.setMinimumHeight(300)

    def set_points(
        self, groups: Sequence[Series], points: Sequence[Point], x_title: str, y_title: str
    ) -> None:
        self.groups = list(groups)
        self.points = list(points)
        self.x_title, self.y_title = x_title, y_title
        self._hover = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 340)

    def _marker(self, painter: QPainter, centre: QPointF, shape: str, r: float) -> None:
        if shape == "square":
            painter.drawRect(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
        elif shape == "triangle":
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(centre.x(), centre.y() - r * 1.2),
                        QPointF(centre.x() + r * 1.1, centre.y() + r * 0.8),
                        QPointF(centre.x() - r * 1.1, centre.y() + r * 0.8),
                    ]
                )
            )
        elif shape == "diamond":
            path = QPainterPath(QPointF(centre.x(), centre.y() - r * 1.25))
            path.lineTo(centre.x() + r * 1.25, centre.y())
            path.lineTo(centre.x(), centre.y() + r * 1.25)
            path.lineTo(centre.x() - r * 1.25, centre.y())
            path.closeSubpath()
            painter.drawPath(path)
        else:
            painter.drawEllipse(centre, r, r)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.small)
        # Legend with the marker shapes themselves.
        painter.setFont(self.small)
        x = 4.0
        for i, group in enumerate(self.groups):
            painter.setPen(QPen(QColor("white"), 1))
            painter.setBrush(QColor(group.colour))
            self._marker(painter, QPointF(x + 6, 2 + metrics.height() / 2), SHAPES[i % 4], 5)
            painter.setPen(QColor(INK))
            painter.drawText(QPointF(x + 16, 2 + metrics.ascent()), group.name)
            x += 16 + metrics.horizontalAdvance(group.name) + 18
        top = metrics.height() + 14
        max_x = max((p.x for p in self.points), default=0.0)
        step = nice_step(max_x, 4)
        ceiling = step * max(1, math.ceil(max_x / step)) if max_x else step * 4
        axis_w = metrics.horizontalAdvance(display.percent(100)) + 10
        plot = QRectF(
            axis_w + metrics.height() + 4,
            top,
            self.width()
            - axis_w
            - metrics.height()
            - 10
            - metrics.horizontalAdvance(display.money(ceiling)) / 2,
            self.height() - top - 2 * metrics.height() - 14,
        )
        painter.setPen(QPen(QColor(LINE), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for share in (0.0, 0.25, 0.5, 0.75, 1.0):
            y = plot.bottom() - plot.height() * share
            painter.setPen(QPen(QColor(LINE), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(INK_SOFT))
            painter.drawText(
                QRectF(
                    plot.left() - axis_w - 2, y - metrics.height() / 2, axis_w - 4, metrics.height()
                ),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                display.fraction_percent(share),
            )
        tick = 0.0
        while tick <= ceiling + 1e-9:
            xx = plot.left() + plot.width() * tick / ceiling
            painter.setPen(QPen(QColor(LINE), 1))
            painter.drawLine(QPointF(xx, plot.top()), QPointF(xx, plot.bottom()))
            painter.setPen(QColor(INK_SOFT))
            painter.drawText(
                QRectF(xx - 50, plot.bottom() + 3, 100, metrics.height()),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                display.money(tick),
            )
            tick += step
        painter.setPen(QColor(INK))
        painter.drawText(
            QRectF(
                plot.left(), plot.bottom() + metrics.height() + 5, plot.width(), metrics.height()
            ),
            int(Qt.AlignmentFlag.AlignHCenter),
            self.x_title,
        )
        painter.save()
        painter.translate(2, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, 0, plot.height(), metrics.height()),
            int(Qt.AlignmentFlag.AlignHCenter),
            self.y_title,
        )
        painter.restore()
        self._placed = []
        if not self.points:
            painter.setPen(QColor(INK_FAINT))
            painter.drawText(
                plot,
                int(Qt.AlignmentFlag.AlignCenter),
                self.tr("No customer with a known wallet yet"),
            )
        for i, p in enumerate(self.points):
            centre = QPointF(
                plot.left() + plot.width() * p.x / ceiling,
                plot.bottom() - plot.height() * max(0.0, min(1.0, p.y)),
            )
            self._placed.append((centre, p))
            group = self.groups[p.group] if p.group < len(self.groups) else Series("", ACCENT)
            colour = QColor(group.colour)
            colour.setAlpha(215)
            hovered = i == self._hover
            painter.setPen(QPen(QColor(INK) if hovered else QColor("white"), 1.5 if hovered else 1))
            painter.setBrush(colour)
            self._marker(painter, centre, SHAPES[p.group % 4], 7.5 if hovered else 5.5)
        if self._hover is not None and self._hover < len(self._placed):
            centre, p = self._placed[self._hover]
            painter.setPen(QColor(INK))
            painter.setFont(self.small)
            text_w = metrics.horizontalAdvance(p.label)
            tx = (
                centre.x() + 10
                if centre.x() + 10 + text_w < self.width()
                else centre.x() - 10 - text_w
            )
            painter.drawText(QPointF(tx, centre.y() - 8), p.label)
        painter.end()

    def point_at(self, pos: QPointF) -> int | None:
        best, best_d = None, 10.0
        for i, (centre, _p) in enumerate(self._placed):
            d = math.hypot(centre.x() - pos.x(), centre.y() - pos.y())
            if d <= best_d:
                best, best_d = i, d
        return best

    def tip_at(self, pos: QPointF) -> str:
        i = self.point_at(pos)
        if i is None:
            return ""
        p = self._placed[i][1]
        return self.tr(
            "{account}\nOur revenue: {revenue}\nShare of wallet: {share}\n"
            "Click to open the account."
        ).format(
            account=p.label,
            revenue=display.money(p.x),
            share=display.fraction_percent(p.y),
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        i = self.point_at(event.position())
        if i != self._hover:
            self._hover = i
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if i is not None else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        i = self.point_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and i is not None:
            self.point_clicked.emit(self._placed[i][1].company_id)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # the click is handled on release
