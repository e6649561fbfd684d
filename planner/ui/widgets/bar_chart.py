"""Stacked weekly bars: touch-points per week, one colour per series, with a legend."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from planner.ui import display
from planner.ui.theme import ACCENT, INK, INK_FAINT, INK_SOFT, LINE
from planner.ui.widgets.chart_base import Chart, Series, nice_step


class StackedBarChart(Chart):
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
