"""The time grid's mouse and keys: select, drag a block in time and day, stretch its lower
edge, double-click an empty hour, drop cards and suggestions, and arrows between blocks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
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

from planner.ui.mime import MIME_TYPE, decode_ids
from planner.ui.models.plan_model import SUGGESTION_MIME_TYPE, decode_keys
from planner.ui.widgets.time_grid import Preview, TimeGrid, start_minutes
from planner.ui.widgets.time_grid_blocks import block_rect, block_summary
from planner.ui.widgets.time_grid_layout import DAY_MINUTES, SNAP_MINUTES, snap

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
            key = self.key_at(event.pos().toPointF(), on_canvas)
            if key is not None:
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
        for n, placed in enumerate(grid.placed):
            for p in reversed(placed):
                if block_rect(geo, n, p, minimum).contains(point):
                    return p.key
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
            grid.canvas.setCursor(
                Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.ArrowCursor
            )
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
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if grid.selected is not None:
                grid.touchpoint_activated.emit(grid.selected)
                return True
            return False
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
