"""The time grid's head: the days (today marked, days off and days over the limit named) and
their all-day touch-points, the first few as chips and the rest counted in the last."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from planner.domain.model import AgendaEntry
from planner.ui import display
from planner.ui.display import fitting_day_text
from planner.ui.fonts import derived_font
from planner.ui.i18n import translate
from planner.ui.theme import ACCENT, INK, INK_FAINT, LINE, OVERDUE, TODAY_TINT
from planner.ui.widgets.time_grid_blocks import overflow_text, paint_block, paint_overflow
from planner.ui.widgets.time_grid_layout import Geometry, Placed

LANE_ROWS = 3  # all-day chips shown per day; more are counted in the last


def over_limit_note(load: int, limit: int) -> str:
    """What a day holding more than the daily limit says under its date: "⚠ 11/8"."""
    return translate("GridHead", "⚠ {load}/{limit}").format(
        load=display.number(load), limit=display.number(limit)
    )


class WeekShown(Protocol):
    """What the head reads of its time grid."""

    days: list[date]
    today: date
    selected: int | None
    all_day: list[list[AgendaEntry]]
    placed: list[list[Placed]]
    days_off: dict[date, str]
    over_limit: dict[date, tuple[int, int]]
    canvas: QWidget

    def geometry_for(self, width: int) -> Geometry: ...


class GridHead(QWidget):
    """The days over the grid (today marked, days off named) and their all-day touch-points."""

    def __init__(self, grid: WeekShown, parent: QWidget) -> None:
        super().__init__(parent)
        self.grid = grid
        self.setObjectName("timeGridHead")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        self._measured: tuple[str, tuple[QFont, QFontMetrics, QFontMetrics, int]] | None = None
        self._texts: dict[tuple[object, ...], tuple[str, str, bool]] = {}
        self._chips: tuple[tuple[object, ...], list[tuple[int, QRectF, AgendaEntry, int]]] | None
        self._chips = None

    def _measures(self) -> tuple[QFont, QFontMetrics, QFontMetrics, int]:
        """The bold font, both metrics and the line height, made once per font: the head
        asks for them for every chip it places."""
        font = self.font()
        key = font.key()
        if self._measured is None or self._measured[0] != key:
            bold = derived_font(font, weight=QFont.Weight.DemiBold)
            fm = QFontMetrics(font)
            self._measured = (key, (bold, fm, QFontMetrics(bold), fm.height()))
            self._texts.clear()
        return self._measured[1]

    def line_height(self) -> int:
        return self._measures()[3]

    def chip_height(self) -> int:
        return self.line_height() + 6

    def lane_top(self) -> int:
        return 2 * self.line_height() + 10

    def update_height(self) -> None:
        """Fit the lanes of a new week (its texts and chips are measured afresh)."""
        self._texts.clear()
        self._chips = None
        rows = max([1, *(min(len(lane), LANE_ROWS) for lane in self.grid.all_day)])
        self.setFixedHeight(self.lane_top() + rows * self.chip_height() + 6)

    def geometry_here(self) -> Geometry:
        # The head is as wide as the canvas plus the scroll area's bar beside it.
        return self.grid.geometry_for(self.grid.canvas.width())

    def chip_rects(self) -> list[tuple[int, QRectF, AgendaEntry, int]]:
        """(day, rect, entry, how many more) of each all-day chip shown; the last chip of a
        full lane leaves room at its right for the "+N" of the rest (`more_rects`)."""
        geo = self.geometry_here()
        top, height = self.lane_top(), self.chip_height()
        key = (geo.width, geo.days, top, height)
        if self._chips is not None and self._chips[0] == key:
            return self._chips[1]
        chips = []
        for n, lane in enumerate(self.grid.all_day):
            for row, entry in enumerate(lane[:LANE_ROWS]):
                more = len(lane) - LANE_ROWS if row == LANE_ROWS - 1 else 0
                room = self._more_width(more) + 2 if more > 0 else 0
                rect = QRectF(
                    geo.day_x(n) + 2, top + row * height, geo.day_width - 4 - room, height - 2
                )
                chips.append((n, rect, entry, max(0, more)))
        self._chips = (key, chips)
        return chips

    def more_rects(self) -> list[tuple[int, QRectF, int]]:
        """(day, rect, how many) of each all-day lane's "+N", right of its last chip."""
        rects = []
        for n, rect, _entry, more in self.chip_rects():
            if more:
                width = self._more_width(more)
                rects.append((n, QRectF(rect.right() + 2, rect.top(), width, rect.height()), more))
        return rects

    def _more_width(self, more: int) -> int:
        return self._measures()[2].horizontalAdvance(overflow_text(more)) + 10

    def day_note(self, n: int) -> tuple[str, bool]:
        """The line under a day's date: its day off and a day over the daily limit; True
        when it warns (something planned on a day off, or more than the limit)."""
        grid = self.grid
        day = grid.days[n]
        parts, warn = [], False
        name = grid.days_off.get(day, "")
        if name:
            loaded = bool(grid.placed[n] or grid.all_day[n]) and day >= grid.today
            parts.append(f"⚠ {name}" if loaded else name)
            warn = loaded
        if day in grid.over_limit:
            load, limit = grid.over_limit[day]
            parts.append(over_limit_note(load, limit))
            warn = True
        return " · ".join(parts), warn

    def _day_texts(self, n: int, width: int) -> tuple[str, str, bool]:
        """A day's date in the longest form that fits `width` and its note elided to fit, and
        whether the note warns: measured once per week and width."""
        key = (n, width)
        kept = self._texts.get(key)
        if kept is None:
            day = self.grid.days[n]
            note, warn = self.day_note(n)
            _bold, fm, fm_bold, _line = self._measures()
            text = fitting_day_text(day, fm_bold, width - 8)
            kept = (text, fm.elidedText(note, Qt.TextElideMode.ElideRight, width - 8), warn)
            self._texts[key] = kept
        return kept

    def paintEvent(self, event: QPaintEvent) -> None:
        grid = self.grid
        geo = self.geometry_here()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold, _fm, _fm_bold, line = self._measures()
        painter.setPen(QPen(QColor(LINE), 1))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        for n, day in enumerate(grid.days):
            x, width = geo.day_x(n), geo.day_width
            if day == grid.today:
                painter.fillRect(QRectF(x, 0, width, self.height()), QColor(TODAY_TINT))
            text, note, warn = self._day_texts(n, int(width))
            painter.setFont(bold)
            painter.setPen(QColor(ACCENT if day == grid.today else INK))
            painter.drawText(QRectF(x + 4, 4, width - 8, line), Qt.AlignmentFlag.AlignLeft, text)
            if note:
                painter.setFont(self.font())
                painter.setPen(QColor(OVERDUE if warn else INK_FAINT))
                painter.drawText(
                    QRectF(x + 4, 4 + line, width - 8, line), Qt.AlignmentFlag.AlignLeft, note
                )
            painter.setPen(QPen(QColor(LINE), 1))
            painter.drawLine(int(x), 0, int(x), self.height())
        painter.setFont(self.font())
        font_key = self.font().key()
        for _n, rect, entry, _more in self.chip_rects():
            tp_id = entry.touchpoint.id
            paint_block(
                painter,
                rect,
                entry,
                selected=tp_id == grid.selected,
                overdue=entry.touchpoint.is_overdue(grid.today),
                show_time=False,
                font_key=font_key,
            )
        for n, rect, more in self.more_rects():
            chosen = grid.selected is not None and any(
                e.touchpoint.id == grid.selected for e in grid.all_day[n][LANE_ROWS:]
            )
            paint_overflow(painter, rect, more, selected=chosen, centred=True)
        painter.end()
