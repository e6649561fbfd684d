"""What the small QPainter charts share: a tooltip per item, the legend, and axis steps."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from planner.ui.theme import INK, INK_SOFT

FONT_SCALE_SMALL = 0.9


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


class Chart(QWidget):
    """Shared pieces: a small font, the legend row and hover tooltips from `tip_at`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE_SMALL)
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


@dataclass(frozen=True, slots=True)
class Series:
    """One stacked series: its name (always written in the legend) and colour."""

    name: str
    colour: str
