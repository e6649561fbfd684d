"""The week as a time grid: hours down the side, an all-day lane on top, timed touch-points as
blocks sized by their length, overlaps side by side and a line at now.

Drawn by hand on two widgets (the head with the days and the all-day lane, and the hours in a
scroll area): a week holds a few dozen blocks whose places are plain arithmetic, so a painted
widget stays simpler than a QGraphicsScene kept in step with the rows, and it repaints a drag
preview without moving items. A group of overlaps shows as many blocks side by side as the day's
width allows and counts the rest in a "+N" that lists them (as calendars do), so what is drawn
is bounded by pixels, not by how full the week is. Mouse and keys are in time_grid_input.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from planner.domain import travel
from planner.domain.model import AgendaEntry
from planner.ui.theme import OVERDUE
from planner.ui.widgets.time_grid_backdrop import paint_backdrop
from planner.ui.widgets.time_grid_blocks import (
    block_rect,
    block_summary,
    paint_block,
    paint_overflow,
)
from planner.ui.widgets.time_grid_head import GridHead
from planner.ui.widgets.time_grid_layout import (
    DayLayout,
    Geometry,
    Overflow,
    Placed,
    cap_columns,
    columns_that_fit,
)
from planner.ui.widgets.time_grid_week import (
    DEFAULT_HOURS,
    MAX_HOUR_HEIGHT,
    MIN_HOUR_HEIGHT,
    PlacedWeek,
    place_week,
    week_key,
)

WEEKS_KEPT = 24  # weeks whose blocks are kept placed (as many as the read side keeps)


@dataclass
class Preview:
    """A block being dragged or stretched: where it would land."""

    key: int
    day: int
    start: int
    end: int


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
        self.placed: list[list[Placed]] = []  # every timed block per day, shown or not
        self.groups: list[list[list[Placed]]] = []  # the same in their groups of overlaps
        self._week = PlacedWeek()
        self._weeks: OrderedDict[tuple[object, ...], tuple[list[AgendaEntry], PlacedWeek]] = (
            OrderedDict()
        )
        self.all_day: list[list[AgendaEntry]] = []
        self.hours: list[tuple[int, int]] = []
        self.days_off: dict[date, str] = {}
        self.today = date.min
        self.now: datetime | None = None
        self.selected: int | None = None
        self.preview: Preview | None = None
        self._scrolled_for: tuple[int, int] | None = None
        self.head = GridHead(self, self)
        self.canvas = GridCanvas(self)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("timeGridScroll")
        self.scroller.setWidget(self.canvas)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.verticalScrollBar().rangeChanged.connect(self._on_range_changed)
        self.scroller.verticalScrollBar().valueChanged.connect(self._on_scrolled)
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
        week = self._placed_week(per_day)
        self.entries, self.times = week.entries, week.times
        self.groups, self.all_day = week.groups, week.all_day
        self.placed = week.placed
        self._week = week
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

    def _placed_week(self, per_day: list[tuple[date, list[AgendaEntry]]]) -> PlacedWeek:
        """The week's blocks placed, or as placed before when the same rows come again (the
        read side hands back the same entries while the file is unchanged)."""
        key, rows = week_key(per_day)
        kept = self._weeks.get(key)
        if kept is not None and all(a is b for a, b in zip(kept[0], rows, strict=True)):
            self._weeks.move_to_end(key)
            return kept[1]
        week = place_week(per_day, travel.current_zone())
        self.keep_placed(per_day, week)
        return week

    def forget_placed(self) -> None:
        """Let go of the weeks kept placed (their rows will not come again: the file changed)."""
        self._weeks.clear()

    def keep_placed(self, per_day: list[tuple[date, list[AgendaEntry]]], week: PlacedWeek) -> None:
        """Keep `week` as the placing of these rows (placed off the GUI thread with
        `place_week`): `set_week` with the same rows places nothing."""
        key, rows = week_key(per_day)
        self._weeks[key] = (rows, week)
        self._weeks.move_to_end(key)
        if len(self._weeks) > WEEKS_KEPT:
            self._weeks.popitem(last=False)

    def day_layouts(self, geo: Geometry | None = None) -> list[DayLayout]:
        """The days as drawn at the grid's width: the blocks shown and each group's "+N"."""
        geo = geo or self.geometry_now
        fit = columns_that_fit(geo.day_width)
        layouts = self._week.layouts.get(fit)
        if layouts is None:
            layouts = [cap_columns(groups, fit) for groups in self.groups]
            self._week.layouts[fit] = layouts
        return layouts

    def overflow_of(self, touchpoint_id: int | None) -> tuple[int, Overflow] | None:
        """The day and "+N" a touch-point is hidden behind; None when it shows as a block."""
        for n, layout in enumerate(self.day_layouts()):
            for overflow in layout.overflows:
                if touchpoint_id in overflow.hidden:
                    return n, overflow
        return None

    def overflow_rect(self, day: int, overflow: Overflow, geo: Geometry | None = None) -> QRectF:
        """Where a "+N" sits on the canvas."""
        spot = Placed(-1, overflow.start, overflow.end, overflow.column, overflow.columns)
        return block_rect(geo or self.geometry_now, day, spot, self.min_block_height())

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
        """Where a timed block sits on the canvas (the "+N" it is counted in, when hidden);
        empty for an all-day or unknown one."""
        geo = self.geometry_now
        for day, layout in enumerate(self.day_layouts(geo)):
            for p in layout.blocks:
                if p.key == touchpoint_id:
                    return block_rect(geo, day, p, self.min_block_height()).toRect()
            for overflow in layout.overflows:
                if touchpoint_id in overflow.hidden:
                    return self.overflow_rect(day, overflow, geo).toRect()
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

    def _on_scrolled(self, _value: int) -> None:
        # A "+N" keeps its count at the top of what shows: repaint them as the view scrolls.
        geo = self.geometry_now
        for n, layout in enumerate(self.day_layouts(geo)):
            for overflow in layout.overflows:
                self.canvas.update(
                    self.overflow_rect(n, overflow, geo).toRect().adjusted(-3, -3, 3, 3)
                )

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
        font_key = self.font().key()
        visible_top = float(grid.scroller.verticalScrollBar().value())
        for n, layout in enumerate(grid.day_layouts(geo)):
            for p in layout.blocks:
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
                    font_key=font_key,
                )
            for overflow in layout.overflows:
                rect = grid.overflow_rect(n, overflow, geo)
                if exposed.intersects(rect):
                    paint_overflow(
                        painter,
                        rect,
                        len(overflow.hidden),
                        selected=grid.selected in overflow.hidden,
                        visible_top=visible_top,
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
