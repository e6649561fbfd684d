"""The home screen: the week as a time grid (or as compact card columns), the overdue tray, a
month and an agenda."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.model import AgendaEntry, Status
from planner.domain.timing import week_start
from planner.ui.controller import COMPANIES, SETTINGS, TOUCHPOINTS, Change, Controller
from planner.ui.days_off import planned_on_days_off
from planner.ui.display import first_weekday, qdate
from planner.ui.engine_runner import EngineRunner
from planner.ui.i18n import error_text
from planner.ui.models.week_model import EntryRole, SortedWeek, WeekModel
from planner.ui.touchpoint_actions import TouchpointActions
from planner.ui.week_layout import (
    BOX_SPACING,
    DAY_SPACING,
    PAGE_MARGINS,
    SIDE_SPACING,
    side_panel_shows,
    week_min_width,
)
from planner.ui.week_reads import WeekRead, WeekReads
from planner.ui.week_texts import week_subtitle
from planner.ui.widgets.card_delegate import CardDelegate
from planner.ui.widgets.time_grid_input import time_grid_with_input
from planner.ui.widgets.week_columns import (
    CardList,
    DayColumn,
    next_day_card,
)
from planner.ui.widgets.week_fill import lay_out_days, write_title
from planner.ui.widgets.week_header import describe_week_view, nav_button
from planner.ui.widgets.week_side import SidePanel
from planner.ui.widgets.week_tray import OverdueTray


class WeekView(QWidget):
    """The week of touch-points with everything needed to plan, move and close them.

    Every change goes through the controller; the view reloads only the visible week (and
    the overdue tray and agenda) when a change touches touch-points or accounts. The week
    shows as a time grid, or as card columns when `compact_action` is checked.
    """

    failed = Signal(str)
    week_changed = Signal(object)  # the first day of the week now shown
    suggestions_dropped = Signal(list, object)  # suggestion keys dropped on a day, the day

    def __init__(
        self, controller: Controller, parent: QWidget | None = None, *, read_now: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("weekPage")
        self.controller = controller
        self.store = controller.store
        self.clock = controller.clock
        today = self.clock.today()
        self.week_model = WeekModel(week_start(today, first_weekday()), self)
        self._selected: int | None = None
        self.engine: EngineRunner | None = None  # set by the main window (Mark done's scores)
        # Actions other parts add to a card's context menu (printing its brief).
        self.extra_card_actions: list[QAction] = []
        self._trays_loaded = False  # the overdue tray and agenda, read once and on changes
        # False until the week is first read: a staged start (read_now=False) reads it in steps.
        self._loaded = False
        self.defer_while_hidden = False  # in the main window: no reloads while another page shows
        self._stale = False
        self.week_reads = WeekReads(self.store, self)  # a busy week is read off the GUI thread
        self.week_reads.ready.connect(self._on_week_read)
        self.week_reads.failed.connect(self.failed)
        self.week_reads.retry.connect(partial(self.reload, week_only=True))
        self.week_reads.slow.connect(partial(self._update_header, reading=True))
        self._rows_start: date | None = None  # the week whose rows the models hold
        self.commands = TouchpointActions(self, self)
        commands = self.commands
        self.plan_action, self.edit_action = commands.plan_action, commands.edit_action
        self.done_action, self.skip_action = commands.done_action, commands.skip_action
        self.cancel_action, self.reopen_action = commands.cancel_action, commands.reopen_action
        self.delete_action = commands.delete_action
        self._make_actions()

        # Header: navigation, the week's range and a button to plan.
        self.previous_button = nav_button(self, "‹", self.previous_week_action)
        self.today_button = nav_button(self, self.tr("Today"), self.today_action)
        self.next_button = nav_button(self, "›", self.next_week_action)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("weekTitle")
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("weekSubtitle")
        self.plan_button = QPushButton(self.tr("+  Plan touch-point"), self)
        self.plan_button.setObjectName("planButton")
        self.plan_button.clicked.connect(self.commands.plan_in_view)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header = QHBoxLayout()
        header.setSpacing(6)
        for button in (self.previous_button, self.today_button, self.next_button):
            header.addWidget(button)
        header.addSpacing(12)
        header.addLayout(titles)
        header.addStretch(1)
        header.addWidget(self.plan_button)

        self.overdue_tray = OverdueTray(self)
        self.overdue_model = self.overdue_tray.model
        self.overdue_list = self.overdue_tray.cards
        self.overdue_title = self.overdue_tray.title
        self.days_off_note = self.overdue_tray.days_off_note

        # The time grid, or the compact layout: seven day columns of cards over one week model.
        # Both are made in their stack: moving a built widget there would polish it again.
        self.layouts = QStackedWidget(self)
        self.compact = QWidget(self.layouts)
        self.columns: list[DayColumn] = []
        days_row = self._days_row = QHBoxLayout(self.compact)
        days_row.setContentsMargins(0, 0, 0, 0)
        days_row.setSpacing(DAY_SPACING)
        delegate = CardDelegate(self)
        for day_model in self.week_model.days:
            column = DayColumn(day_model, delegate, self.compact)
            self.columns.append(column)
            days_row.addWidget(column, 2)
        self.grid = time_grid_with_input(self.layouts)
        self.week_reads.file_changed.connect(self.grid.forget_placed)
        self.week_reads.file_changed.connect(self.week_model.forget_sorted)
        self.layouts.addWidget(self.grid)
        self.layouts.addWidget(self.compact)

        self.side_panel = SidePanel(self.clock, self)
        self.month_view = self.side_panel.month_view
        self.agenda_list = self.side_panel.agenda_list
        self.agenda_model = self.side_panel.agenda_model

        week_box = QVBoxLayout()
        week_box.setSpacing(BOX_SPACING)
        week_box.addLayout(header)
        week_box.addWidget(self.overdue_tray)
        week_box.addWidget(self.layouts, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(*PAGE_MARGINS)
        outer.setSpacing(SIDE_SPACING)
        outer.addLayout(week_box, 1)
        outer.addWidget(self.side_panel)

        for card_list in self.card_lists():
            card_list.activated.connect(self._on_cards_activated)
            card_list.customContextMenuRequested.connect(self._context_menu_handler(card_list))
            card_list.selectionModel().currentChanged.connect(self._selection_handler(card_list))
            card_list.touchpoints_dropped.connect(self.commands.move_touchpoints)
            card_list.suggestions_dropped.connect(self.suggestions_dropped)
            card_list.empty_double_clicked.connect(self.commands.plan_on)
            card_list.step_sideways.connect(partial(self.step_to_next_day, card_list))
        grid = self.grid
        grid.touchpoint_selected.connect(self.select_touchpoint)
        grid.touchpoint_activated.connect(self.commands.edit)
        grid.block_moved.connect(self._on_grid_block_moved)
        grid.block_resized.connect(self._on_grid_block_resized)
        grid.slot_double_clicked.connect(self.commands.plan_on)
        grid.touchpoints_dropped.connect(self.commands.move_touchpoints)
        grid.suggestions_dropped.connect(self.suggestions_dropped)
        grid.context_menu_requested.connect(self.show_card_menu)
        self.month_view.day_picked.connect(self.show_week_of)
        self.month_view.page_shown.connect(self._on_month_view_page_shown)
        self.agenda_list.activated.connect(self._on_agenda_list_activated)
        controller.changed.connect(self._on_controller_changed)

        # The week itself needs only its seven columns; the month and agenda beside it come
        # and go with the room there is (a laptop with the plan panel open has little).
        self.setMinimumWidth(week_min_width())

        describe_week_view(self)
        self.side_panel.setVisible(False)  # shown by resizeEvent once there is room for it
        self.show_week_of(self.clock.today())
        if read_now:
            self.reload()

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide_enough = side_panel_shows(event.size().width())
        if self.side_panel.isVisibleTo(self) != wide_enough:
            self.side_panel.setVisible(wide_enough)
            if wide_enough and self.side_panel.agenda_stale and self._trays_loaded:
                self.reload()  # the agenda was not read while hidden
        super().resizeEvent(event)

    # Actions (the main window puts the navigation ones in its Go menu, the layout in View).

    def _make_actions(self) -> None:
        def action(text: str, slot: Callable[[], None], *keys: str) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.triggered.connect(slot)
            return act

        self.previous_week_action = action(
            self.tr("&Previous week"), self.go_previous_week, "Alt+Left", "Ctrl+PgUp"
        )
        self.next_week_action = action(
            self.tr("&Next week"), self.go_next_week, "Alt+Right", "Ctrl+PgDown"
        )
        self.today_action = action(self.tr("&Today"), self.go_today, "Ctrl+T")
        self.compact_action = QAction(self.tr("&Compact week (cards)"), self)
        self.compact_action.setCheckable(True)
        self.compact_action.setToolTip(
            self.tr("Show the week as card columns instead of a time grid")
        )
        self.compact_action.toggled.connect(self.set_compact)
        self.commands.update(None)

    def card_actions(self) -> list[QAction]:
        return self.commands.card_actions()

    def set_compact(self, compact: bool) -> None:
        """Show the card columns (True) or the time grid (False)."""
        if self.compact_action.isChecked() != compact:
            self.compact_action.setChecked(compact)  # comes back here through toggled
            return
        self.layouts.setCurrentWidget(self.compact if compact else self.grid)
        self._reselect(self._selected)

    def is_compact(self) -> bool:
        return self.compact_action.isChecked()

    # Navigation.

    @property
    def start(self) -> date:
        return self.week_model.start

    def show_week_of(self, day: date) -> None:
        start = week_start(day, first_weekday())
        today = self.clock.today()
        self.week_model.set_week(start)
        for offset, column in enumerate(self.columns):
            column.set_day(start + timedelta(days=offset), today)
        self.month_view.set_week(start, start + timedelta(days=6))
        self.month_view.setSelectedDate(qdate(day))
        # Another week changes the week alone: the overdue tray and the agenda run from today.
        if self._loaded:
            self.reload(week_only=self._trays_loaded)
        self.week_changed.emit(start)

    def go_previous_week(self) -> None:
        self.show_week_of(self.start - timedelta(days=7))

    def go_next_week(self) -> None:
        self.show_week_of(self.start + timedelta(days=7))

    def go_today(self) -> None:
        self.show_week_of(self.clock.today())

    # Loading.

    def card_lists(self) -> list[CardList]:
        return [column.cards for column in self.columns] + [self.overdue_list]

    def reload(self, *, week_only: bool = False) -> None:
        """Read the visible week, the overdue tray and the agenda again (selection kept);
        `week_only` reads the week alone, for a switch to another week."""
        if self.week_reads.start(self.start):  # a busy week: read off the GUI thread
            if week_only or self.load_trays():
                self._show_reading()
            return
        week = self.read_week()
        if week is None or (not week_only and not self.load_trays()):
            return
        self.show_week_rows(week)
        self.show_week_header()

    def _show_reading(self) -> None:
        """While a busy week is read: its title and days, and never another week's rows."""
        if self._rows_start != self.start:  # the same week's rows and counts stay meanwhile
            self.show_week_rows([])
            self._update_header(reading=True)

    def _on_week_read(self, read: WeekRead) -> None:
        """A busy week is back from its thread, sorted and placed: shown in one short turn."""
        if read.start != self.start:
            return
        self.show_week_rows(read.entries, read.sorted_rows)
        if read.placed is not None:
            self.grid.keep_placed([(m.day, m.entries()) for m in self.week_model.days], read.placed)
        self.show_week_header()

    def read_week(self, skip: int = 0, days: int = 9) -> list[AgendaEntry] | None:
        """The shown week's entries (`days` of them after `skip`), None (`failed` emitted) if
        unreadable. A day either side: a touch-point in another zone can fall on one."""
        try:
            return self.store.read.week(self.start + timedelta(days=skip - 1), days)
        except PlannerError as error:
            self.failed.emit(error_text(error))
            return None

    def show_week_rows(self, week: list[AgendaEntry], by_day: SortedWeek | None = None) -> None:
        """Put the rows `read_week` returned (`by_day`: as sorted already) into the model."""
        self._loaded = True
        self._rows_start = self.start
        self.week_model.set_rows(week, self.clock.today(), by_day)
        self.month_view.request_marks()

    def show_week_header(self) -> None:
        """The title, the day counts and the time grid for the rows shown (selection kept)."""
        self._update_header()
        self._reselect(self._selected)

    def load_trays(self) -> bool:
        """Read and show the overdue tray and the agenda; False (`failed` emitted) on an error."""
        today = self.clock.today()
        read = self.store.read
        try:
            overdue = read.overdue(today)
            upcoming = self.side_panel.read_agenda(read, today)
        except PlannerError as error:
            self.failed.emit(error_text(error))
            return False
        self._trays_loaded = True
        self.overdue_tray.set_rows(overdue, planned_on_days_off(self.controller, today), today)
        self.side_panel.set_agenda(upcoming, today)
        return True

    def _reselect(self, selected: int | None) -> None:
        if selected is not None:
            self.select_touchpoint(selected)
        else:
            self._update_actions()

    def _update_header(self, *, reading: bool = False) -> None:
        statuses = [e.touchpoint.status for e in self.week_model.entries()]
        subtitle = week_subtitle(self.start, statuses)
        if reading:  # said once the read is late: a quick one leaves the days quiet
            subtitle = self.tr("Reading the week's touch-points…") if self.week_reads.late else ""
        write_title(self, subtitle)
        lay_out_days(self)

    # Selection.

    def selected_touchpoint_id(self) -> int | None:
        return self._selected

    def selected_entry(self) -> AgendaEntry | None:
        for card_list in self.card_lists():
            index = card_list.currentIndex()
            if index.isValid() and card_list.touchpoint_id_at(index) == self._selected:
                entry = index.data(EntryRole.ENTRY)
                return entry if isinstance(entry, AgendaEntry) else None
        return None

    def column_for(self, day: date) -> DayColumn | None:
        return next((column for column in self.columns if column.day == day), None)

    def select_touchpoint(self, touchpoint_id: int | None) -> bool:
        """Select a touch-point by id in whichever list and the grid; False if none shows it
        (while a busy week is read, it is selected once the week is shown)."""
        if self.week_reads.pending is not None:
            self._selected = touchpoint_id
            return touchpoint_id is not None
        found = False
        for card_list in self.card_lists():
            model = card_list.model()
            match = None
            if touchpoint_id is not None and not found:
                for row in range(model.rowCount()):
                    index = model.index(row, 0)
                    if card_list.touchpoint_id_at(index) == touchpoint_id:
                        match = index
                        break
            card_list.blockSignals(True)
            card_list.selectionModel().blockSignals(True)
            if match is not None:
                card_list.setCurrentIndex(match)
                card_list.scrollTo(match)
                found = True
            else:
                card_list.clearSelection()
                card_list.setCurrentIndex(QModelIndex())
            card_list.selectionModel().blockSignals(False)
            card_list.blockSignals(False)
            card_list.viewport().update()
        self._selected = touchpoint_id if found else None
        self.grid.select(self._selected)
        self._update_actions()
        return found

    def _selection_handler(self, source: CardList) -> Callable[[QModelIndex, QModelIndex], None]:
        def on_current_changed(current: QModelIndex, _previous: QModelIndex) -> None:
            tp_id = source.touchpoint_id_at(current)
            if tp_id is not None and tp_id != self._selected:
                self.select_touchpoint(tp_id)

        return on_current_changed

    def _update_actions(self) -> None:
        self.commands.update(self.selected_entry() if self._selected is not None else None)

    # Doing things: the touch-point commands, each one undo step on the controller.

    def set_status(self, touchpoint_id: int, status: Status) -> None:
        self.commands.set_status(touchpoint_id, status)

    # Slots.

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def _on_controller_changed(self, change: Change) -> None:
        if not self._loaded:
            return  # the start has not read the week yet; when it does, it reads this change
        if change.affects(TOUCHPOINTS, COMPANIES):
            if self.defer_while_hidden and not self.isVisible():
                self._stale = True  # read again when shown, not on every change meanwhile
                return
            self.reload()
        elif change.affects(SETTINGS):
            self.reload()  # a new daily limit, holidays or time off: which days to flag

    def _on_cards_activated(self, index: QModelIndex) -> None:
        tp_id = index.data(EntryRole.TOUCHPOINT_ID)
        if isinstance(tp_id, int):
            self.commands.edit(tp_id)

    def _on_grid_block_moved(self, touchpoint_id: int, start: datetime) -> None:
        self.commands.retime(touchpoint_id, start)
        self.select_touchpoint(touchpoint_id)

    def _on_grid_block_resized(self, touchpoint_id: int, minutes: int) -> None:
        self.commands.retime(touchpoint_id, None, minutes)
        self.select_touchpoint(touchpoint_id)

    def step_to_next_day(self, source: CardList, step: int) -> bool:
        """Select a card on the nearest day in `step`'s direction that has cards."""
        found = next_day_card([column.cards for column in self.columns], source, step)
        if found is None:
            return False
        target, tp_id = found
        self.select_touchpoint(tp_id)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_card_menu(self, touchpoint_id: int, at: QPoint) -> None:
        """The context menu of a card or block at global position `at`."""
        self.select_touchpoint(touchpoint_id)
        menu = QMenu(self)
        for act in self.card_actions():
            if act is self.commands.delete_action:
                menu.addSeparator()
            menu.addAction(act)
        if self.extra_card_actions:
            menu.addSeparator()
            menu.addActions(self.extra_card_actions)
        menu.exec(at)

    def _context_menu_handler(self, source: CardList) -> Callable[[QPoint], None]:
        def on_context_menu_requested(pos: QPoint) -> None:
            tp_id = source.touchpoint_id_at(source.indexAt(pos))
            if tp_id is not None:
                self.show_card_menu(tp_id, source.viewport().mapToGlobal(pos))

        return on_context_menu_requested

    def _on_month_view_page_shown(self, first: date, last: date) -> None:
        try:
            self.month_view.set_marks(self.store.read.day_counts(first, last))
        except PlannerError as error:
            self.failed.emit(error_text(error))

    def _on_agenda_list_activated(self, index: QModelIndex) -> None:
        day = index.data(EntryRole.DAY)
        tp_id = index.data(EntryRole.TOUCHPOINT_ID)
        if isinstance(day, date):
            self.show_week_of(day)
            if isinstance(tp_id, int):
                self.select_touchpoint(tp_id)
