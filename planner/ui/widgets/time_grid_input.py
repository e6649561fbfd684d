"""The time grid's mouse and keys: select, drag a block in time and day, stretch its lower
edge, double-click an empty hour, drop cards and suggestions, arrows between blocks, and a
"+N" opened by a click or by Enter on a touch-point it holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from planner.domain.model import AgendaEntry
from planner.ui.display import clock_text, day_text
from planner.ui.mime import MIME_TYPE, decode_ids
from planner.ui.models.plan_model import SUGGESTION_MIME_TYPE, decode_keys
from planner.ui.widgets.time_grid import Preview, TimeGrid
from planner.ui.widgets.time_grid_blocks import block_rect, block_summary
from planner.ui.widgets.time_grid_layout import DAY_MINUTES, SNAP_MINUTES, Overflow, snap
from planner.ui.widgets.time_grid_overflow import OverflowPopup, group_heading
from planner.ui.widgets.time_grid_week import start_minutes

EDGE = 5  # pixels above a block's lower edge that grab the edge


@dataclass
class Press:
    """A mouse press on a block: what it grabbed and where."""

    key: int
    resize: bool
    origin: QPointF
    grab_minutes: float  # from the block's start to the pointer
    dragging: bool = False


class GridInput(QObject):
    """Watches the grid's canvas and head and turns their events into the grid's signals."""

    def __init__(self, grid: TimeGrid) -> None:
        super().__init__(grid)
        self.grid = grid
        self.press: Press | None = None
        self.popup: OverflowPopup | None = None  # made on the first "+N" opened
        grid.canvas.installEventFilter(self)
        grid.head.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        on_canvas = watched is self.grid.canvas
        kind = event.type()
        if isinstance(event, QMouseEvent):
            if kind == QEvent.Type.MouseButtonDblClick:
                return self._double_click(event, on_canvas)
            if kind == QEvent.Type.MouseButtonPress:
                return self._press(event, on_canvas)
            if kind == QEvent.Type.MouseMove and on_canvas:
                return self._move(event)
            if kind == QEvent.Type.MouseButtonRelease and on_canvas:
                return self._release(event)
        elif isinstance(event, QKeyEvent) and kind == QEvent.Type.KeyPress:
            return self._key(event)
        elif isinstance(event, QContextMenuEvent):
            key = self.key_at(event.pos().toPointF(), on_canvas)
            if key is not None:
                self._select(key)
                self.grid.context_menu_requested.emit(key, event.globalPos())
                return True
        elif isinstance(event, QHelpEvent) and kind == QEvent.Type.ToolTip:
            point = event.pos().toPointF()
            key = self.key_at(point, on_canvas)
            more = self.overflow_at(point) if on_canvas else None
            if more is not None:
                QToolTip.showText(
                    event.globalPos(),
                    self.tr(
                        "%Ln more touch-point(s) at the same time: click to see them all",
                        "",
                        len(more[1].hidden),
                    ),
                )
            elif key is not None:
                QToolTip.showText(event.globalPos(), block_summary(self.grid.entries[key]))
            else:
                QToolTip.hideText()
            return True
        elif isinstance(event, QDragEnterEvent | QDragMoveEvent):
            mime = event.mimeData()
            if mime.hasFormat(MIME_TYPE) or mime.hasFormat(SUGGESTION_MIME_TYPE):
                event.setDropAction(Qt.DropAction.MoveAction)
                event.accept()
                return True
        elif isinstance(event, QDropEvent):
            return self._drop(event, on_canvas)
        return False

    # Where things are.

    def key_at(self, point: QPointF, on_canvas: bool) -> int | None:
        """The touch-point under `point` on the canvas or the head, if any."""
        grid = self.grid
        if not on_canvas:
            for _n, rect, entry, _more in grid.head.chip_rects():
                if rect.contains(point):
                    return entry.touchpoint.id
            return None
        geo = grid.geometry_now
        minimum = grid.min_block_height()
        for n, layout in enumerate(grid.day_layouts(geo)):
            for p in reversed(layout.blocks):
                if block_rect(geo, n, p, minimum).contains(point):
                    return p.key
        return None

    def overflow_at(self, point: QPointF) -> tuple[int, Overflow] | None:
        """The day and "+N" under `point` on the canvas, if any."""
        grid = self.grid
        geo = grid.geometry_now
        for n, layout in enumerate(grid.day_layouts(geo)):
            for overflow in layout.overflows:
                if grid.overflow_rect(n, overflow, geo).contains(point):
                    return n, overflow
        return None

    # The "+N".

    def open_overflow(self, day: int, overflow: Overflow, current: int | None = None) -> None:
        """List a group's touch-points beside its "+N", `current` (else the first hidden one)
        ready for the keys."""
        grid = self.grid
        entries = [grid.entries[key] for key in overflow.keys]
        keys = set(overflow.keys)
        group = [p for p in grid.placed[day] if p.key in keys]
        first = min(p.start for p in group)
        last = min(DAY_MINUTES - 1, max(p.end for p in group))
        heading = group_heading(
            grid.days[day],
            clock_text(time(first // 60, first % 60)),
            clock_text(time(last // 60, last % 60)),
        )
        rect = grid.overflow_rect(day, overflow).toRect()
        self._show_popup(heading, entries, rect, current or overflow.hidden[0])

    def open_all_day(self, day: int) -> None:
        """List a day's all-day touch-points (its lane shows the first few)."""
        grid = self.grid
        rects = [rect for n, rect, _entry, _more in grid.head.chip_rects() if n == day]
        if not rects:
            return
        anchor = QRect(rects[0].toRect().topLeft(), rects[-1].toRect().bottomRight())
        heading = self.tr("{day}, all day").format(day=day_text(grid.days[day], "ddd d MMM"))
        self._show_popup(heading, grid.all_day[day], anchor, grid.selected, on_canvas=False)

    def _show_popup(
        self,
        heading: str,
        entries: list[AgendaEntry],
        anchor: QRect,
        current: int | None,
        *,
        on_canvas: bool = True,
    ) -> None:
        grid = self.grid
        if self.popup is None:
            self.popup = OverflowPopup(grid)
            self.popup.selected.connect(self._select)
            self.popup.activated.connect(grid.touchpoint_activated)
            self.popup.context_menu_requested.connect(grid.context_menu_requested)
        widget = grid.canvas if on_canvas else grid.head
        top_left = widget.mapToGlobal(anchor.topLeft())
        self.popup.show_entries(
            heading, entries, grid.today, QRect(top_left, anchor.size()), current
        )

    def more_chip_at(self, point: QPointF) -> int | None:
        """The day whose all-day "+N" (right of its last chip) is under `point`."""
        for n, rect, _more in self.grid.head.more_rects():
            if rect.contains(point):
                return n
        return None

    def day_at(self, x: float) -> date | None:
        grid = self.grid
        return grid.days[grid.geometry_now.day_at(x)] if grid.days else None

    # The mouse.

    def _select(self, key: int | None) -> None:
        self.grid.select(key)
        self.grid.touchpoint_selected.emit(key)

    def _press(self, event: QMouseEvent, on_canvas: bool) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        point = event.position()
        if on_canvas and (more := self.overflow_at(point)) is not None:
            self.grid.canvas.setFocus(Qt.FocusReason.MouseFocusReason)
            self.open_overflow(*more)
            return True
        if not on_canvas and (day := self.more_chip_at(point)) is not None:
            self.open_all_day(day)
            return True
        key = self.key_at(point, on_canvas)
        self._select(key)
        if on_canvas:
            self.grid.canvas.setFocus(Qt.FocusReason.MouseFocusReason)
        if key is None or not on_canvas:
            return key is not None
        rect = self.grid.block_rect(key)
        start = start_minutes(self.grid.entries[key]) or 0
        geo = self.grid.geometry_now
        self.press = Press(
            key,
            resize=point.y() >= rect.bottom() - EDGE,
            origin=point,
            grab_minutes=geo.minutes_at(point.y()) - start,
        )
        return True

    def _move(self, event: QMouseEvent) -> bool:
        grid = self.grid
        press = self.press
        point = event.position()
        if press is None:
            # The pointer shows where the lower edge can be grabbed.
            key = self.key_at(point, True)
            near_edge = key is not None and point.y() >= grid.block_rect(key).bottom() - EDGE
            cursor = Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.ArrowCursor
            if key is None and self.overflow_at(point) is not None:
                cursor = Qt.CursorShape.PointingHandCursor
            grid.canvas.setCursor(cursor)
            return False
        if not press.dragging:
            if (point - press.origin).manhattanLength() < QApplication.startDragDistance():
                return True
            press.dragging = True
        grid.preview = self._preview(press, point)
        grid.canvas.update()
        return True

    def _preview(self, press: Press, point: QPointF) -> Preview:
        grid = self.grid
        geo = grid.geometry_now
        entry = grid.entries[press.key]
        start = start_minutes(entry) or 0
        length = max(SNAP_MINUTES, entry.touchpoint.duration_minutes)
        day = grid.days.index(entry_day(grid, press.key))
        if press.resize:
            end = max(start + SNAP_MINUTES, snap(geo.minutes_at(point.y())))
            return Preview(press.key, day, start, min(DAY_MINUTES, end))
        new_start = snap(geo.minutes_at(point.y()) - press.grab_minutes)
        new_day = geo.day_at(point.x())
        return Preview(press.key, new_day, new_start, min(DAY_MINUTES, new_start + length))

    def _release(self, event: QMouseEvent) -> bool:
        grid = self.grid
        press, self.press = self.press, None
        if press is None:
            return False
        preview = self._preview(press, event.position()) if press.dragging else None
        grid.preview = None
        grid.canvas.update()
        if preview is None:
            return True
        entry = grid.entries[press.key]
        if press.resize:
            minutes = preview.end - preview.start
            if minutes != entry.touchpoint.duration_minutes:
                grid.block_resized.emit(press.key, minutes)
            return True
        at = datetime.combine(grid.days[preview.day], time()) + timedelta(minutes=preview.start)
        if preview.day != grid.days.index(entry_day(grid, press.key)) or preview.start != (
            start_minutes(entry)
        ):
            grid.block_moved.emit(press.key, at)
        return True

    def _double_click(self, event: QMouseEvent, on_canvas: bool) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        point = event.position()
        self.press = None
        key = self.key_at(point, on_canvas)
        if key is not None:
            self.grid.touchpoint_activated.emit(key)
            return True
        if on_canvas and self.overflow_at(point) is not None:
            return True  # the press opened its list already
        day = self.day_at(point.x())
        if day is None:
            return False
        at: time | None = None
        if on_canvas:
            # The slot under the pointer: its quarter of an hour.
            minutes = int(self.grid.geometry_now.minutes_at(point.y()))
            minutes -= minutes % SNAP_MINUTES
            at = time(minutes // 60, minutes % 60)
        self.grid.slot_double_clicked.emit(day, at)
        return True

    def _drop(self, event: QDropEvent, on_canvas: bool) -> bool:
        mime = event.mimeData()
        point = event.position()
        day = self.day_at(point.x())
        if day is None:
            return False
        if mime.hasFormat(SUGGESTION_MIME_TYPE):
            event.accept()
            if keys := decode_keys(mime):
                self.grid.suggestions_dropped.emit(keys, day)
            return True
        ids = decode_ids(mime)
        if not ids:
            return False
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        if on_canvas and len(ids) == 1:
            # A card dropped on an hour gets that time.
            minutes = snap(self.grid.geometry_now.minutes_at(point.y()))
            at = datetime.combine(day, time()) + timedelta(minutes=minutes)
            self.grid.block_moved.emit(ids[0], at)
        else:
            self.grid.touchpoints_dropped.emit(ids, day)
        return True

    # The keys: arrows between blocks, Enter opens.

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        grid = self.grid
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            hidden = grid.overflow_of(grid.selected) if grid.selected is not None else None
            if hidden is not None:
                # A touch-point behind a "+N" is reached by the arrows; Enter lists its group.
                self.open_overflow(*hidden, current=grid.selected)
                return True
            if grid.selected is None or key == Qt.Key.Key_Space:
                return False
            grid.touchpoint_activated.emit(grid.selected)
            return True
        steps: dict[int, tuple[int, int]] = {
            int(Qt.Key.Key_Up): (0, -1),
            int(Qt.Key.Key_Down): (0, 1),
            int(Qt.Key.Key_Left): (-1, 0),
            int(Qt.Key.Key_Right): (1, 0),
        }
        step = steps.get(int(key))
        if step is None:
            return False
        target = self.neighbour(*step)
        if target is not None:
            self._select(target)
        return True

    def day_order(self, day: int) -> list[int]:
        """A day's touch-points in reading order: all day first, then by start."""
        grid = self.grid
        lane = [e.touchpoint.id for e in grid.all_day[day] if e.touchpoint.id is not None]
        timed = [p.key for p in sorted(grid.placed[day], key=lambda p: (p.start, p.column))]
        return lane + timed

    def neighbour(self, sideways: int, down: int) -> int | None:
        """The block an arrow leads to: the next in the day, or the nearest in time on the
        next day with blocks; the first of the week when none is selected."""
        grid = self.grid
        orders = [self.day_order(n) for n in range(len(grid.days))]
        if grid.selected is None:
            return next((order[0] for order in orders if order), None)
        day = grid.days.index(entry_day(grid, grid.selected))
        order = orders[day]
        row = order.index(grid.selected)
        if down:
            row += down
            return order[row] if 0 <= row < len(order) else None
        here = start_minutes(grid.entries[grid.selected]) or -1
        n = day + sideways
        while 0 <= n < len(orders):
            if orders[n]:
                return min(
                    orders[n],
                    key=lambda k: abs((start_minutes(grid.entries[k]) or -1) - here),
                )
            n += sideways
        return None


def entry_day(grid: TimeGrid, key: int) -> date:
    """The day a shown touch-point is drawn on."""
    for n, placed in enumerate(grid.placed):
        if any(p.key == key for p in placed):
            return grid.days[n]
    for n, lane in enumerate(grid.all_day):
        if any(e.touchpoint.id == key for e in lane):
            return grid.days[n]
    raise KeyError(key)


def time_grid_with_input(parent: QWidget) -> TimeGrid:
    """A time grid with its mouse, keys and drops wired in (the input lives as its child)."""
    grid = TimeGrid(parent)
    GridInput(grid)
    return grid
