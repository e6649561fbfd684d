"""Coverage rows: for each account, its contacts per level, drawn as one stacked row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from planner.domain.model import ContactLevel
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.ui.i18n import label, translate
from planner.ui.theme import INK, INK_FAINT
from planner.ui.widgets.chart_base import Chart


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


class CoverageChart(Chart):
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
