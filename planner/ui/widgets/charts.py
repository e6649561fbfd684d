"""Small charts drawn with QPainter: stacked weekly bars, coverage rows and a labelled scatter."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from planner.domain.model import ContactLevel
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.ui import display
from planner.ui.i18n import label, translate
from planner.ui.theme import ACCENT, INK, INK_FAINT, INK_SOFT, LINE

_FONT_SCALE_SMALL = 0.9


@dataclass(frozen=True, slots=True)
class Series:
    """One stacked series: its name (always written in the legend) and colour."""

    name: str
    colour: str


def nice_step(maximum: float, ticks: int = 4) -> float:
    """A round gridline step (1, 2, 5 × 10ⁿ) so about `ticks` lines cover `maximum`."""
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return float(factor * power)
    return float(10 * power)


class _Chart(QWidget):
    """Shared pieces: a small font, the legend row and hover tooltips from `tip_at`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * _FONT_SCALE_SMALL)
        self.small = font

    def tip_at(self, pos: QPointF) -> str:
        return ""

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            text = self.tip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)  # type: ignore[arg-type]

    def _legend(self, painter: QPainter, y: int, items: Sequence[tuple[str, QBrush]]) -> int:
        """Swatch-and-name pairs in one row from the left; returns the row's height."""
        painter.setFont(self.small)
        metrics = QFontMetrics(self.small)
        x = 4
        box = metrics.height() - 4
        for name, brush in items:
            painter.setPen(QPen(QColor(INK_SOFT), 0.8))
            painter.setBrush(brush)
            painter.drawRect(QRectF(x, y + 2, box, box))
            x += box + 5
            painter.setPen(QColor(INK))
            painter.drawText(x, y + metrics.ascent(), name)
            x += metrics.horizontalAdvance(name) + 16
        return metrics.height() + 6


class StackedBarChart(_Chart):
    """Bars per period stacked by series; bars from `future_from` on are planned, not done.

    Planned bars are hatched and sit after a "Today" line, so the difference never rests
    on colour. Each segment with room shows its count; hovering a bar lists every count.
    """

    bar_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[Series] = []
        self.labels: list[str] = []
        self.values: list[list[int]] = []  # [period][series]
        self.tips: list[str] = []
        self.future_from: int | None = None
        self._bars: list[QRectF] = []
        self.setMinimumHeight(240)

    def set_data(
        self,
        series: Sequence[Series],
        labels: Sequence[str],
        values: Sequence[Sequence[int]],
        *,
        tips: Sequence[str] = (),
        future_from: int | None = None,
    ) -> None:
        self.series = list(series)
        self.labels = list(labels)
        self.values = [list(v) for v in values]
        self.tips = list(tips)
        self.future_from = future_from
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 280)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        legend: list[tuple[str, QBrush]] = [(s.name, QBrush(QColor(s.colour))) for s in self.series]
        if self.future_from is not None:
            legend.append(
                (
                    self.tr("Planned (hatched)"),
                    QBrush(QColor(INK_FAINT), Qt.BrushStyle.BDiagPattern),
                )
            )
        top = self._legend(painter, 2, legend) + 6
        metrics = QFontMetrics(self.small)
        totals = [sum(v) for v in self.values]
        peak = max(totals, default=0)
        step = nice_step(peak)
        ceiling = step * max(1, math.ceil(peak / step)) if peak else step * 4
        axis_w = metrics.horizontalAdvance(display.number(ceiling)) + 8
        plot = QRectF(
            axis_w, top, self.width() - axis_w - 6, self.height() - top - metrics.height() - 10
        )
        painter.setFont(self.small)
        tick = 0.0
        while tick <= ceiling + 1e-9:
            y = plot.bottom() - plot.height() * tick / ceiling
            painter.setPen(QPen(QColor(LINE), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(INK_SOFT))
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, axis_w - 6, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                display.number(tick),
            )
            tick += step
        count = len(self.values)
        self._bars = []
        if not count:
            painter.setPen(QColor(INK_FAINT))
            painter.drawText(
                plot, int(Qt.AlignmentFlag.AlignCenter), self.tr("No touch-points yet")
            )
            painter.end()
            return
        slot = plot.width() / count
        bar_w = max(4.0, slot * 0.68)
        widest = max((metrics.horizontalAdvance(text) for text in self.labels), default=0)
        label_every = max(1, math.ceil(widest * 1.2 / slot))
        for i, stack in enumerate(self.values):
            x = plot.left() + slot * i + (slot - bar_w) / 2
            y = plot.bottom()
            future = self.future_from is not None and i >= self.future_from
            for value, series in zip(stack, self.series, strict=True):
                if value <= 0:
                    continue
                h = plot.height() * value / ceiling
                rect = QRectF(x, y - h, bar_w, h)
                colour = QColor(series.colour)
                if future:
                    colour.setAlpha(120)
                painter.setPen(QPen(QColor("white"), 1))
                painter.setBrush(colour)
                painter.drawRect(rect)
                if future:
                    painter.setBrush(QBrush(QColor(255, 255, 255, 150), Qt.BrushStyle.BDiagPattern))
                    painter.drawRect(rect)
                if h >= metrics.height() + 2 and bar_w >= metrics.horizontalAdvance(str(value)) + 4:
                    painter.setPen(QColor("white") if not future else QColor(INK))
                    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), display.number(value))
                y -= h
            self._bars.append(QRectF(plot.left() + slot * i, plot.top(), slot, plot.height()))
            if i % label_every == 0 or i == self.future_from:
                painter.setPen(QColor(INK_SOFT))
                painter.drawText(
                    QRectF(
                        plot.left() + slot * i - 20, plot.bottom() + 3, slot + 40, metrics.height()
                    ),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    self.labels[i],
                )
        if self.future_from is not None and 0 < self.future_from <= count:
            x = plot.left() + slot * self.future_from
            painter.setPen(QPen(QColor(ACCENT), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(QColor(ACCENT))
            painter.drawText(QPointF(x + 4, plot.top() + metrics.ascent()), self.tr("Today →"))
        painter.end()

    def bar_at(self, pos: QPointF) -> int | None:
        for i, rect in enumerate(self._bars):
            if rect.contains(pos):
                return i
        return None

    def tip_at(self, pos: QPointF) -> str:
        i = self.bar_at(pos)
        if i is None:
            return ""
        if i < len(self.tips) and self.tips[i]:
            return self.tips[i]
        lines = [
            f"{s.name}: {display.number(v)}"
            for s, v in zip(self.series, self.values[i], strict=True)
        ]
        return "\n".join([self.labels[i], *lines])


@dataclass(frozen=True, slots=True)
class CoverageRow:
    """One account: contacts per level (executive, manager, practitioner) and its flags."""

    company_id: int
    name: str
    counts: tuple[int, int, int]
    flags: tuple[str, ...]


LEVELS = (ContactLevel.EXECUTIVE, ContactLevel.MANAGER, ContactLevel.PRACTITIONER)
# The letter written on each level's part of a bar; shown through translate("CoverageChart", …).
LEVEL_SHORT = (
    QT_TRANSLATE_NOOP("CoverageChart", "E"),
    QT_TRANSLATE_NOOP("CoverageChart", "M"),
    QT_TRANSLATE_NOOP("CoverageChart", "P"),
)
LEVEL_COLOURS = ("#34495e", "#5d8aa8", "#a9c4d8")


class CoverageChart(_Chart):
    """A row per account: name, a bar of contacts by level (letters and counts written on it)
    and the account's flags in words. Clicking a row emits `row_clicked` with the account id."""

    row_clicked = Signal(int)

    ROW = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CoverageRow] = []
        self._hover: int | None = None
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_rows(self, rows: Sequence[CoverageRow]) -> None:
        self.rows = list(rows)
        self.setMinimumHeight(self._top() + self.ROW * max(1, len(self.rows)) + 4)
        self.updateGeometry()
        self.update()

    def _top(self) -> int:
        return QFontMetrics(self.small).height() + 10

    def sizeHint(self) -> QSize:
        return QSize(640, self._top() + self.ROW * max(1, len(self.rows)) + 4)

    def row_at(self, pos: QPointF) -> int | None:
        if pos.y() < self._top():
            return None
        row = int((pos.y() - self._top()) // self.ROW)
        return row if 0 <= row < len(self.rows) else None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shorts = [translate("CoverageChart", short) for short in LEVEL_SHORT]
        legend = [
            (
                self.tr("{letter} = {level}").format(letter=short, level=label(level)),
                QBrush(QColor(colour)),
            )
            for short, level, colour in zip(shorts, LEVELS, LEVEL_COLOURS, strict=True)
        ]
        self._legend(painter, 2, legend)
        metrics = QFontMetrics(self.font())
        small = QFontMetrics(self.small)
        name_w = min(
            220, max((metrics.horizontalAdvance(r.name) for r in self.rows), default=80) + 12
        )
        peak = max((sum(r.counts) for r in self.rows), default=1) or 1
        unit = min(34.0, 220.0 / peak)
        bar_left = name_w
        flags_left = bar_left + unit * peak + 16
        top = self._top()
        if not self.rows:
            painter.setPen(QColor(INK_FAINT))
            painter.drawText(
                QRect(0, top, self.width(), self.ROW),
                int(Qt.AlignmentFlag.AlignLeft),
                self.tr("No accounts"),
            )
        for i, row in enumerate(self.rows):
            y = top + i * self.ROW
            if i == self._hover:
                painter.fillRect(QRect(0, y, self.width(), self.ROW), QColor("#eef5f6"))
            painter.setFont(self.font())
            painter.setPen(QColor(INK))
            painter.drawText(
                QRectF(4, y, name_w - 10, self.ROW),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, name_w - 10),
            )
            x = float(bar_left)
            painter.setFont(self.small)
            for count, short, colour in zip(row.counts, shorts, LEVEL_COLOURS, strict=True):
                w = unit * count
                rect = QRectF(x, y + 4, w, self.ROW - 8)
                if count:
                    painter.setPen(QPen(QColor("white"), 1))
                    painter.setBrush(QColor(colour))
                    painter.drawRect(rect)
                    text = (
                        f"{short}{count}"
                        if w >= small.horizontalAdvance(f"{short}{count}") + 4
                        else ""
                    )
                    painter.setPen(QColor("white") if colour != LEVEL_COLOURS[2] else QColor(INK))
                    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
                x += w
            if not sum(row.counts):
                painter.setPen(QColor(INK_FAINT))
                painter.drawText(
                    QRectF(bar_left, y, 120, self.ROW),
                    int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                    self.tr("no contacts"),
                )
            flags = " · ".join(row.flags) if row.flags else self.tr("✓ covered at every level")
            painter.setPen(QColor("#b03a2e") if row.flags else QColor("#1e8449"))
            painter.drawText(
                QRectF(flags_left, y, self.width() - flags_left - 4, self.ROW),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                small.elidedText(
                    flags, Qt.TextElideMode.ElideRight, int(self.width() - flags_left - 4)
                ),
            )
        painter.end()

    def tip_at(self, pos: QPointF) -> str:
        i = self.row_at(pos)
        if i is None:
            return ""
        row = self.rows[i]
        executives, managers, practitioners = row.counts
        counts = self.tr("{executives}, {managers}, {practitioners}").format(
            executives=self.tr("%Ln executive(s)", "", executives),
            managers=self.tr("%Ln manager(s)", "", managers),
            practitioners=self.tr("%Ln practitioner(s)", "", practitioners),
        )
        flags = "\n".join(f"• {f}" for f in row.flags) or self.tr("Covered at every level.")
        return "\n".join(
            [
                self.tr("{account}: {counts}").format(account=row.name, counts=counts),
                flags,
                self.tr("Click to open the account."),
            ]
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position())
        if row != self._hover:
            self._hover = row
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)  # type: ignore[arg-type]

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and row is not None:
            self.row_clicked.emit(self.rows[row].company_id)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # the click is handled on release


@dataclass(frozen=True, slots=True)
class Point:
    """One account in the scatter: x = our revenue, y = share of wallet (0…1)."""

    company_id: int
    x: float
    y: float
    label: str
    group: int  # index into the chart's groups: colour and marker shape


SHAPES = ("circle", "square", "triangle", "diamond")


class ScatterChart(_Chart):
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
