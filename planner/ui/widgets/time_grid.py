"""The week as a time grid: hours down the side, an all-day lane on top, timed touch-points as
blocks sized by their length, overlaps side by side and a line at now.

Drawn by hand on two widgets (the head with the days and the all-day lane, and the hours in a
scroll area): a week holds a few dozen blocks whose places are plain arithmetic, so a painted
widget stays simpler than a QGraphicsScene kept in step with the rows, and it repaints a drag
preview without moving items. Mouse and keys are in time_grid_input.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from planner.domain import travel
from planner.domain.model import AgendaEntry
from planner.domain.travel import local_start
from planner.nurture.settings import NurtureSettings
from planner.ui import display
from planner.ui.display import clock_text, day_text
from planner.ui.fonts import derived_font
from planner.ui.theme import ACCENT, INK, INK_FAINT, LINE, OVERDUE, TODAY_TINT
from planner.ui.widgets.time_grid_backdrop import paint_backdrop
from planner.ui.widgets.time_grid_blocks import block_rect, block_summary, paint_block
from planner.ui.widgets.time_grid_layout import (
    DAY_MINUTES,
    Geometry,
    Placed,
    Span,
    place_side_by_side,
)

DEFAULT_HOURS = (9 * 60, 17 * 60)
MIN_HOUR_HEIGHT = 40
MAX_HOUR_HEIGHT = 72
LANE_ROWS = 3  # all-day chips shown per day; more are counted in the last


@dataclass
class Preview:
    """A block being dragged or stretched: where it would land."""

    key: int
    day: int
    start: int
    end: int


def start_minutes(entry: AgendaEntry, zone: tzinfo | None = None) -> int | None:
    """A timed entry's start in minutes of its day on the laptop's clock (or `zone`'s); None
    when all day."""
    start = local_start(entry.touchpoint, zone)
    return None if start is None else start.hour * 60 + start.minute


def working_minutes(settings: NurtureSettings, day: date) -> tuple[int, int]:
    """A day's working hours in minutes of the day; none (0, 0) on a day off work."""
    if day.weekday() not in settings.working_days:
        return 0, 0
    begin, end = settings.working_hours[day.weekday()]
    return begin.hour * 60 + begin.minute, end.hour * 60 + end.minute


class TimeGrid(QWidget):
    """Seven days of hours with the touch-points of the week on them."""

    touchpoint_selected = Signal(object)  # a touch-point id, or None
    touchpoint_activated = Signal(int)
    block_moved = Signal(int, object)  # id, the new start (a naive datetime on this clock)
    block_resized = Signal(int, int)  # id, the new length in minutes
    slot_double_clicked = Signal(object, object)  # the day, the time (None: all day)
    touchpoints_dropped = Signal(list, object)  # ids dropped on a day's all-day lane, the day
    suggestions_dropped = Signal(list, object)  # "Plan my week" suggestion keys, the day
    context_menu_requested = Signal(int, object)  # id, the global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeGrid")
        self.days: list[date] = []
        self.entries: dict[int, AgendaEntry] = {}
        self.times: dict[int, str] = {}  # a timed block's start as shown, read once a week
        self.placed: list[list[Placed]] = []
        self.all_day: list[list[AgendaEntry]] = []
        self.hours: list[tuple[int, int]] = []
        self.days_off: dict[date, str] = {}
        self.today = date.min
        self.now: datetime | None = None
        self.selected: int | None = None
        self.preview: Preview | None = None
        self._scrolled_for: tuple[int, int] | None = None
        self.head = GridHead(self)
        self.canvas = GridCanvas(self)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("timeGridScroll")
        self.scroller.setWidget(self.canvas)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.verticalScrollBar().rangeChanged.connect(self._on_range_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.head)
        layout.addWidget(self.scroller, 1)
        self.setAccessibleName(self.tr("Week as a time grid"))
        self.canvas.setAccessibleName(self.tr("Hours of the week"))
        self.canvas.setAccessibleDescription(
            self.tr(
                "Arrows move between touch-points, Enter opens one, Delete deletes it; drag a "
                "block to move it, drag its lower edge to change its length, double-click an "
                "empty hour to plan one there."
            )
        )
        self.head.setAccessibleName(self.tr("Days and all-day touch-points"))

    # Filling.

    def set_week(
        self,
        per_day: list[tuple[date, list[AgendaEntry]]],
        *,
        hours: list[tuple[int, int]],
        days_off: dict[date, str],
        today: date,
        now: datetime | None,
        over_limit: dict[date, tuple[int, int]] | None = None,
    ) -> None:
        """The week's days with their entries (each on the day it falls on for this clock),
        working hours per day in minutes (start, end), the days off by name, and the days
        that hold more than the daily limit (load, limit)."""
        self.days = [day for day, _ in per_day]
        self.entries = {}
        self.times = {}
        self.placed, self.all_day = [], []
        zone = travel.current_zone()  # once for the week, not per block
        shown_times: dict[int, str] = {}
        for _day, entries in per_day:
            spans, lane = [], []
            for entry in entries:
                tp_id = entry.touchpoint.id
                if tp_id is None:
                    continue
                self.entries[tp_id] = entry
                start = start_minutes(entry, zone)
                if start is None:
                    lane.append(entry)
                else:
                    if start not in shown_times:  # a week holds few distinct times
                        shown_times[start] = clock_text(time(start // 60, start % 60))
                    self.times[tp_id] = shown_times[start]
                    end = min(DAY_MINUTES, start + max(0, entry.touchpoint.duration_minutes))
                    spans.append(Span(tp_id, start, end))
            self.placed.append(place_side_by_side(spans))
            self.all_day.append(lane)
        self.hours = hours
        self.days_off = days_off
        self.over_limit = over_limit or {}
        self.today, self.now = today, now
        if self.selected not in self.entries:
            self.selected = None
        self.preview = None
        self.head.update_height()
        self.canvas.update_height()
        self._scroll_to_working_hours()
        self.head.update()
        self.canvas.update()

    def select(self, touchpoint_id: int | None) -> None:
        """Mark a touch-point selected (None: none) and scroll its block into view."""
        self.selected = touchpoint_id if touchpoint_id in self.entries else None
        rect = self.block_rect(self.selected) if self.selected is not None else QRect()
        if rect.isValid():
            self.scroller.ensureVisible(rect.center().x(), rect.center().y(), 0, rect.height() // 2)
        if self.selected is not None:
            entry = self.entries[self.selected]
            self.canvas.setAccessibleDescription(block_summary(entry))
        self.head.update()
        self.canvas.update()

    # Measures.

    def working_span(self) -> tuple[int, int]:
        """The earliest start and the latest end of the week's working hours, in minutes."""
        working = [h for h in self.hours if h[0] < h[1]]
        if not working:
            return DEFAULT_HOURS
        return min(h[0] for h in working), max(h[1] for h in working)

    def geometry_for(self, width: int) -> Geometry:
        first, last = self.working_span()
        # The working hours fill the view, with a little room above and below them.
        room = max(1, self.scroller.viewport().height() - 14)
        hour_height = room / max(1.0, (last - first) / 60)
        hour_height = max(MIN_HOUR_HEIGHT, min(MAX_HOUR_HEIGHT, hour_height))
        return Geometry(width, max(1, len(self.days)), hour_height)

    @property
    def geometry_now(self) -> Geometry:
        return self.geometry_for(self.canvas.width())

    def day_index(self, day: date) -> int | None:
        return self.days.index(day) if day in self.days else None

    def block_rect(self, touchpoint_id: int | None) -> QRect:
        """Where a timed block sits on the canvas; empty for an all-day or unknown one."""
        geo = self.geometry_now
        for day, placed in enumerate(self.placed):
            for p in placed:
                if p.key == touchpoint_id:
                    return block_rect(geo, day, p, self.min_block_height()).toRect()
        return QRect()

    def min_block_height(self) -> float:
        """A short block is still as tall as a line with its time."""
        return QFontMetrics(self.canvas.font()).height() + 4

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.canvas.update_height()
        self._scrolled_for = None
        self._scroll_to_working_hours()

    def _scroll_to_working_hours(self) -> None:
        """Bring the start of the working hours to the top, once per span of hours; until the
        canvas is tall enough (it grows as the grid is laid out) the scroll waits for it."""
        span = self.working_span()
        if self._scrolled_for == span:
            return
        bar = self.scroller.verticalScrollBar()
        target = int(self.geometry_now.y(span[0])) - 6
        if bar.maximum() < target:
            return  # _on_range_changed tries again
        self._scrolled_for = span
        bar.setValue(target)

    def _on_range_changed(self, _low: int, _high: int) -> None:
        self._scroll_to_working_hours()


class GridCanvas(QWidget):
    """The hours of the week: working hours shaded, the blocks, a line at now."""

    def __init__(self, grid: TimeGrid) -> None:
        super().__init__(grid)
        self.grid = grid
        self.setObjectName("timeGridCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAcceptDrops(True)

    def update_height(self) -> None:
        self.setFixedHeight(self.grid.geometry_for(max(1, self.width())).height)

    def paintEvent(self, event: QPaintEvent) -> None:
        grid = self.grid
        geo = grid.geometry_for(self.width())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shape = tuple(
            (
                grid.hours[n] if n < len(grid.hours) and day not in grid.days_off else None,
                day == grid.today,
            )
            for n, day in enumerate(grid.days)
        )
        paint_backdrop(painter, geo, self.height(), shape, self.font(), event.rect())
        minimum = grid.min_block_height()
        preview = grid.preview
        # Only the blocks in the part being painted (the scroll area shows a few hours).
        exposed = QRectF(event.rect()).adjusted(-4, -4, 4, 4)
        for n, placed in enumerate(grid.placed):
            for p in placed:
                if preview is not None and preview.key == p.key:
                    continue
                rect = block_rect(geo, n, p, minimum)
                if not exposed.intersects(rect):
                    continue
                entry = grid.entries[p.key]
                paint_block(
                    painter,
                    rect,
                    entry,
                    selected=p.key == grid.selected,
                    overdue=entry.touchpoint.is_overdue(grid.today),
                    when=grid.times.get(p.key),
                )
        if preview is not None and preview.key in grid.entries:
            ghost = Placed(preview.key, preview.start, preview.end, 0, 1)
            painter.setOpacity(0.85)
            paint_block(
                painter,
                block_rect(geo, preview.day, ghost, minimum),
                grid.entries[preview.key],
                selected=True,
                overdue=False,
            )
            painter.setOpacity(1.0)
        now = grid.now
        if now is not None and now.date() in grid.days:
            n = grid.days.index(now.date())
            now_y = geo.y(now.hour * 60 + now.minute)
            painter.setPen(QPen(QColor(OVERDUE), 2))
            painter.drawLine(int(geo.day_x(n)), int(now_y), int(geo.day_x(n + 1)), int(now_y))
            painter.setBrush(QColor(OVERDUE))
            painter.drawEllipse(QRectF(geo.day_x(n) - 4, now_y - 4, 8, 8))
        painter.end()


class GridHead(QWidget):
    """The days over the grid (today marked, days off named) and their all-day touch-points."""

    def __init__(self, grid: TimeGrid) -> None:
        super().__init__(grid)
        self.grid = grid
        self.setObjectName("timeGridHead")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(True)
        self.setAcceptDrops(True)

    def line_height(self) -> int:
        return QFontMetrics(self.font()).height()

    def chip_height(self) -> int:
        return self.line_height() + 6

    def lane_top(self) -> int:
        return 2 * self.line_height() + 10

    def update_height(self) -> None:
        rows = max([1, *(min(len(lane), LANE_ROWS) for lane in self.grid.all_day)])
        self.setFixedHeight(self.lane_top() + rows * self.chip_height() + 6)

    def geometry_here(self) -> Geometry:
        # The head is as wide as the canvas plus the scroll area's bar beside it.
        return self.grid.geometry_for(self.grid.canvas.width())

    def chip_rects(self) -> list[tuple[int, QRectF, AgendaEntry, int]]:
        """(day, rect, entry, how many more) of each all-day chip shown."""
        geo = self.geometry_here()
        chips = []
        for n, lane in enumerate(self.grid.all_day):
            for row, entry in enumerate(lane[:LANE_ROWS]):
                more = len(lane) - LANE_ROWS if row == LANE_ROWS - 1 else 0
                rect = QRectF(
                    geo.day_x(n) + 2,
                    self.lane_top() + row * self.chip_height(),
                    geo.day_width - 4,
                    self.chip_height() - 2,
                )
                chips.append((n, rect, entry, max(0, more)))
        return chips

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
            parts.append(
                self.tr("⚠ {load}/{limit}").format(
                    load=display.number(load), limit=display.number(limit)
                )
            )
            warn = True
        return " · ".join(parts), warn

    def paintEvent(self, event: QPaintEvent) -> None:
        grid = self.grid
        geo = self.geometry_here()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self.line_height()
        bold = derived_font(self.font(), weight=QFont.Weight.DemiBold)
        fm, fm_bold = QFontMetrics(self.font()), QFontMetrics(bold)
        painter.setPen(QPen(QColor(LINE), 1))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        for n, day in enumerate(grid.days):
            x, width = geo.day_x(n), geo.day_width
            if day == grid.today:
                painter.fillRect(QRectF(x, 0, width, self.height()), QColor(TODAY_TINT))
            text = next(
                (
                    day_text(day, fmt)
                    for fmt in ("ddd d MMM", "ddd d", "d")
                    if fm_bold.horizontalAdvance(day_text(day, fmt)) <= width - 8
                ),
                day_text(day, "d"),
            )
            painter.setFont(bold)
            painter.setPen(QColor(ACCENT if day == grid.today else INK))
            painter.drawText(QRectF(x + 4, 4, width - 8, line), Qt.AlignmentFlag.AlignLeft, text)
            note, warn = self.day_note(n)
            if note:
                painter.setFont(self.font())
                painter.setPen(QColor(OVERDUE if warn else INK_FAINT))
                painter.drawText(
                    QRectF(x + 4, 4 + line, width - 8, line),
                    Qt.AlignmentFlag.AlignLeft,
                    fm.elidedText(note, Qt.TextElideMode.ElideRight, int(width - 8)),
                )
            painter.setPen(QPen(QColor(LINE), 1))
            painter.drawLine(int(x), 0, int(x), self.height())
        painter.setFont(self.font())
        for _n, rect, entry, more in self.chip_rects():
            tp_id = entry.touchpoint.id
            paint_block(
                painter,
                rect,
                entry,
                selected=tp_id == grid.selected,
                overdue=entry.touchpoint.is_overdue(grid.today),
                show_time=False,
            )
            if more:
                painter.setPen(QColor(INK))
                painter.drawText(
                    rect.adjusted(0, 0, -4, 0),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    f"+{more}",
                )
        painter.end()
