"""The home screen: seven day columns of cards, the overdue tray, a month and an agenda."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.model import AgendaEntry, Status
from planner.domain.timing import week_start
from planner.ui import display
from planner.ui.controller import COMPANIES, SETTINGS, TOUCHPOINTS, Change, Controller
from planner.ui.days_off import days_off_between, planned_on_days_off
from planner.ui.dialogs.touchpoint_dialog import TouchpointDialog
from planner.ui.engine_runner import EngineRunner
from planner.ui.follow_up_flow import run_mark_done
from planner.ui.i18n import error_text
from planner.ui.models.agenda_model import AgendaModel
from planner.ui.models.plan_model import SUGGESTION_MIME_TYPE, decode_keys
from planner.ui.models.week_model import (
    MIME_TYPE,
    DayModel,
    EntryRole,
    OverdueModel,
    WeekModel,
    day_text,
    decode_ids,
    qdate,
)
from planner.ui.theme import INK_FAINT
from planner.ui.widgets.agenda_delegate import AgendaDelegate
from planner.ui.widgets.card_delegate import CardDelegate
from planner.ui.widgets.month_view import MonthView

CARD_BATCH = 12  # cards laid out per turn of the event loop


def first_weekday() -> int:
    """The locale's first day of the week, 0 for Monday … 6 for Sunday."""
    return int(QLocale().firstDayOfWeek().value) - 1


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


# The narrowest a day column gets: a card still shows its time, title and account.
DAY_MIN_WIDTH = 96
HEADER_FORMATS = ("ddd d MMM", "ddd d", "d")  # a day column's header, longest first


class CardList(QListView):
    """A list of cards that drags touch-point ids and, for a day column, accepts drops.

    `day` is None for the overdue tray, which only ever starts drags.
    """

    touchpoints_dropped = Signal(list, object)  # touch-point ids, the day they were dropped on
    suggestions_dropped = Signal(list, object)  # "Plan my week" suggestion keys, the day
    empty_double_clicked = Signal(object)  # the day
    step_sideways = Signal(int)  # Left (-1) or Right (+1) pressed in a day column
    drop_hovered = Signal(bool)

    def __init__(
        self, day: date | None, delegate: CardDelegate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.day = day
        self._empty_text = self.tr("Nothing planned\n\nDouble-click\nto plan one")
        self.setItemDelegate(delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(day is not None)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(
            QAbstractItemView.DragDropMode.DragDrop
            if day is not None
            else QAbstractItemView.DragDropMode.DragOnly
        )
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        # A busy day holds a hundred cards: lay out the first ones (all that show) at once and
        # the rest in later turns of the event loop, so switching weeks stays one frame.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(CARD_BATCH)
        if day is not None:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def viewportEvent(self, event: QEvent) -> bool:
        # A card's height follows the viewport's width (the title wraps), but QListView lays
        # its items out again only when the view itself is resized. When its scroll bar comes
        # or goes, only the viewport narrows or widens: without a new layout the cards keep
        # the old heights and overlap. The scroll bar only appears as cards grow, so this
        # settles after one more layout.
        if (
            event.type() == QEvent.Type.Resize
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        ):
            self.scheduleDelayedItemsLayout()
        return super().viewportEvent(event)

    def touchpoint_id_at(self, index: QModelIndex) -> int | None:
        value = index.data(EntryRole.TOUCHPOINT_ID) if index.isValid() else None
        return value if isinstance(value, int) else None

    def card_rect(self, touchpoint_id: int) -> QRect:
        """Where a touch-point's card sits in the viewport (tests click there)."""
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if self.touchpoint_id_at(index) == touchpoint_id:
                return self.visualRect(index)
        return QRect()

    # Dragging out.

    def startDrag(self, supportedActions: Qt.DropAction) -> None:  # noqa: N803
        indexes = self.selectedIndexes()
        if not indexes:
            return
        mime = self.model().mimeData(indexes)
        drag = QDrag(self)
        drag.setMimeData(mime)
        pixmap = self._card_pixmap(indexes[0])
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(pixmap.width() // 2, 16))
        drag.exec(Qt.DropAction.MoveAction)

    def _card_pixmap(self, index: QModelIndex) -> QPixmap:
        rect = self.visualRect(index)
        size = QSize(max(rect.width(), 160), max(rect.height(), 60))
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = QRect(QPoint(0, 0), size)
        self.itemDelegate().paint(painter, option, index)
        painter.end()
        return pixmap

    # Dropping in.

    def _wants(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        mime = event.mimeData()
        return self.day is not None and (
            mime.hasFormat(MIME_TYPE) or mime.hasFormat(SUGGESTION_MIME_TYPE)
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._wants(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self.drop_hovered.emit(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._wants(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drop_hovered.emit(False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_hovered.emit(False)
        if not self._wants(event):
            event.ignore()
            return
        if event.mimeData().hasFormat(SUGGESTION_MIME_TYPE):
            event.accept()
            keys = decode_keys(event.mimeData())
            if keys:
                self.suggestions_dropped.emit(keys, self.day)
            return
        ids = decode_ids(event.mimeData())
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        if ids:
            self.touchpoints_dropped.emit(ids, self.day)

    # The keyboard: Left and Right leave a day column for the next day with cards.

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (
            self.day is not None
            and key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
            and plain == Qt.KeyboardModifier.NoModifier
        ):
            event.accept()
            self.step_sideways.emit(-1 if key == Qt.Key.Key_Left else 1)
            return
        super().keyPressEvent(event)

    # Planning on an empty spot.

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.day is not None and not self.indexAt(event.position().toPoint()).isValid():
            event.accept()
            self.empty_double_clicked.emit(self.day)
            return
        super().mouseDoubleClickEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.day is not None and self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor(INK_FAINT))
            rect = self.viewport().rect().adjusted(6, 18, -6, 0)
            painter.drawText(
                rect,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                | int(Qt.TextFlag.TextWordWrap),
                self._empty_text,
            )
            painter.end()


class DayColumn(QFrame):
    """One day: a header with the date (today marked in colour and words) over its cards."""

    def __init__(
        self, day_model: DayModel, delegate: CardDelegate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dayColumn")
        self.day_model = day_model
        self.head = QFrame(self)
        self.head.setObjectName("dayHead")
        self.header = QLabel(self.head)
        self.header.setObjectName("dayHeader")
        # The header picks the longest date form that fits; it never widens the column.
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.note = QLabel(self.head)
        self.note.setObjectName("dayNote")
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.is_today = self.is_past = False
        self._note_forms: list[str] = []
        head = QVBoxLayout(self.head)
        head.setContentsMargins(10, 7, 10, 6)
        head.setSpacing(0)
        head.addWidget(self.header)
        head.addWidget(self.note)
        self.cards = CardList(day_model.day, delegate, self)
        self.cards.setObjectName("dayList")
        self.cards.setModel(day_model)
        self.cards.drop_hovered.connect(self._on_cards_drop_hovered)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.head)
        layout.addWidget(self.cards, 1)
        self.setMinimumWidth(DAY_MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def day(self) -> date:
        return self.day_model.day

    def set_day(self, day: date, today: date) -> None:
        self.cards.day = day
        self.is_today = day == today
        self.is_past = day < today
        self._fit_header()
        self.header.setAccessibleName(day_text(day, "dddd d MMMM yyyy"))
        self.header.setToolTip(day_text(day, "dddd d MMMM yyyy"))
        self.cards.setAccessibleName(
            self.tr("Touch-points on {day}").format(day=day_text(day, "dddd d MMMM yyyy"))
        )
        for widget in (self, self.head, self.header, self.note):
            widget.setProperty("today", self.is_today)
            _repolish(widget)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_header()
        self._fit_note()

    def _fit_header(self) -> None:
        """The longest date form that fits: "Sat 28 Nov", "Sat 28" or "28" (the tooltip has all)."""
        room = self.header.contentsRect().width()
        metrics = self.header.fontMetrics()
        for fmt in HEADER_FORMATS:
            text = day_text(self.day, fmt)
            if metrics.horizontalAdvance(text) <= room:
                break
        self.header.setText(text)

    def set_count(
        self, count: int, load: int = 0, limit: int | None = None, day_off: str = ""
    ) -> None:
        """The line under the date: how many touch-points, "Today", and a day over the limit.

        `load` is what counts against the daily limit (planned and done touch-points); a day
        from today on that holds more than `limit` says so in words and in colour, in the
        longest form that fits the column (the tooltip always has the whole sentence).
        """
        touchpoints = self.tr("%n touch-point(s)", "", count)
        over = limit is not None and load > limit and not self.is_past
        if over and limit is not None:
            values = {"load": display.number(load), "limit": display.number(limit)}
            forms = [
                self.tr("Over the limit: {load} of {limit}").format(**values),
                self.tr("Over limit: {load}/{limit}").format(**values),
                self.tr("⚠ {load}/{limit}").format(**values),
            ]
            if self.is_today:
                forms = [self.tr("Today · {count}").format(count=f) for f in forms] + forms[-1:]
            tip = self.tr("{touchpoints}: more than your limit of %n a day", "", limit).format(
                touchpoints=self.tr("%n touch-point(s) to do or done", "", load)
            )
        elif day_off:
            # A holiday or time off: named, and flagged when something is planned on it.
            over = load > 0 and not self.is_past
            forms = [f"⚠ {day_off}", day_off, "⚠"] if over else [day_off, ""]
            tip = (
                self.tr("{day}: a day off with {touchpoints} on it").format(
                    day=day_off, touchpoints=touchpoints
                )
                if over
                else day_off
            )
        elif self.is_today:
            forms = [self.tr("Today · {count}").format(count=display.number(count))]
            tip = touchpoints
        else:
            forms = [self.tr("Free") if count == 0 else touchpoints]
            tip = touchpoints
        self._note_forms = forms
        self._fit_note()
        self.note.setToolTip(tip)
        self.note.setAccessibleName(tip)
        if self.note.property("overLimit") != over:
            self.note.setProperty("overLimit", over)
            _repolish(self.note)

    def _fit_note(self) -> None:
        """The first of the note's forms that fits the column, else the shortest."""
        forms = self._note_forms
        if not forms:
            return
        room = self.note.contentsRect().width()
        metrics = self.note.fontMetrics()
        text = next((f for f in forms if metrics.horizontalAdvance(f) <= room), forms[-1])
        self.note.setText(text)

    def _on_cards_drop_hovered(self, hovered: bool) -> None:
        self.setProperty("dropTarget", hovered)
        _repolish(self)


class WeekView(QWidget):
    """The week of touch-points with everything needed to plan, move and close them.

    Every change goes through the controller; the view reloads only the visible week (and
    the overdue tray and agenda) when a change touches touch-points or accounts.
    """

    failed = Signal(str)
    week_changed = Signal(object)  # the first day of the week now shown
    suggestions_dropped = Signal(list, object)  # suggestion keys dropped on a day, the day

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekPage")
        self.controller = controller
        self.store = controller.store
        self.clock = controller.clock
        today = self.clock.today()
        self.week_model = WeekModel(week_start(today, first_weekday()), self)
        self.overdue_model = OverdueModel(self)
        self.agenda_model = AgendaModel(today, parent=self)
        self._selected: int | None = None
        # The nurture engine's runner, set by the main window: Mark done reads scores from it.
        self.engine: EngineRunner | None = None
        # Actions other parts add to a card's context menu (printing its brief).
        self.extra_card_actions: list[QAction] = []
        self._trays_loaded = False  # the overdue tray and agenda, read once and on changes
        # In the main window the week defers reloads while another page is shown.
        self.defer_while_hidden = False
        self._stale = False
        self._make_actions()

        # Header: navigation, the week's range and a button to plan.
        self.previous_button = self._nav_button("‹", self.previous_week_action)
        self.today_button = self._nav_button(self.tr("Today"), self.today_action)
        self.next_button = self._nav_button("›", self.next_week_action)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("weekTitle")
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("weekSubtitle")
        self.plan_button = QPushButton(self.tr("+  Plan touch-point"), self)
        self.plan_button.setObjectName("planButton")
        self.plan_button.clicked.connect(self._on_plan_button_clicked)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header = QHBoxLayout()
        header.setSpacing(6)
        header.addWidget(self.previous_button)
        header.addWidget(self.today_button)
        header.addWidget(self.next_button)
        header.addSpacing(12)
        header.addLayout(titles)
        header.addStretch(1)
        header.addWidget(self.plan_button)

        # The overdue tray: planned touch-points whose day has passed, never hidden.
        self.overdue_tray = QFrame(self)
        self.overdue_tray.setObjectName("overdueTray")
        self.overdue_title = QLabel(self.overdue_tray)
        self.overdue_title.setObjectName("overdueTitle")
        hint = QLabel(
            self.tr(
                "Drag a card onto a day to reschedule it, or right-click to mark it done or "
                "skip it."
            ),
            self.overdue_tray,
        )
        hint.setObjectName("weekSubtitle")
        hint.setWordWrap(True)
        self.overdue_list = CardList(None, CardDelegate(self, show_date=True, width=250), self)
        self.overdue_list.setObjectName("overdueList")
        self.overdue_list.setModel(self.overdue_model)
        self.overdue_list.setFlow(QListView.Flow.LeftToRight)
        self.overdue_list.setWrapping(False)
        self.overdue_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Many overdue cards scroll sideways rather than widening the window.
        self.overdue_list.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        card_height = self.overdue_list.sizeHintForRow(0) if self.overdue_model.rowCount() else 0
        self.overdue_list.setFixedHeight(max(card_height, 96) + 16)
        tray_title_row = QHBoxLayout()
        tray_title_row.addWidget(self.overdue_title)
        tray_title_row.addWidget(hint, 1)
        tray = QVBoxLayout(self.overdue_tray)
        tray.setContentsMargins(12, 8, 12, 6)
        tray.setSpacing(2)
        tray.addLayout(tray_title_row)
        tray.addWidget(self.overdue_list)
        # Touch-points planned on a holiday or time off: named here until they are moved.
        self.days_off_note = QLabel(self.overdue_tray)
        self.days_off_note.setObjectName("overdueTitle")
        self.days_off_note.setWordWrap(True)
        tray.addWidget(self.days_off_note)

        # Seven day columns over one week model.
        self.columns: list[DayColumn] = []
        days_row = self._days_row = QHBoxLayout()
        days_row.setSpacing(8)
        delegate = CardDelegate(self)
        for day_model in self.week_model.days:
            column = DayColumn(day_model, delegate, self)
            self.columns.append(column)
            days_row.addWidget(column, 2)

        # Beside the week: the month and what is coming up.
        self.side_panel = QFrame(self)
        self.side_panel.setObjectName("sidePanel")
        self.side_panel.setFixedWidth(264)
        self.month_view = MonthView(self.side_panel)
        self.agenda_list = QListView(self.side_panel)
        self.agenda_list.setObjectName("agendaList")
        self.agenda_list.setModel(self.agenda_model)
        self.agenda_list.setItemDelegate(AgendaDelegate(self.clock.today, self.agenda_list))
        self.agenda_list.setUniformItemSizes(False)
        self.agenda_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.agenda_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agenda_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.agenda_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        agenda_title = QLabel(
            self.tr("Coming up · next %n day(s)", "", self.agenda_model.days), self.side_panel
        )
        agenda_title.setObjectName("sectionTitle")
        side = QVBoxLayout(self.side_panel)
        side.setContentsMargins(10, 10, 10, 10)
        side.setSpacing(8)
        side.addWidget(self.month_view)
        side.addWidget(agenda_title)
        side.addWidget(self.agenda_list, 1)

        week_box = QVBoxLayout()
        week_box.setSpacing(10)
        week_box.addLayout(header)
        week_box.addWidget(self.overdue_tray)
        week_box.addLayout(days_row, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(14, 12, 14, 14)
        outer.setSpacing(14)
        outer.addLayout(week_box, 1)
        outer.addWidget(self.side_panel)

        for card_list in self.card_lists():
            card_list.activated.connect(self._on_cards_activated)
            card_list.customContextMenuRequested.connect(self._context_menu_handler(card_list))
            card_list.selectionModel().currentChanged.connect(self._selection_handler(card_list))
            card_list.touchpoints_dropped.connect(self._on_cards_touchpoints_dropped)
            card_list.suggestions_dropped.connect(self.suggestions_dropped)
            card_list.empty_double_clicked.connect(self._on_cards_empty_double_clicked)
            card_list.step_sideways.connect(self._sideways_handler(card_list))
        self.month_view.day_picked.connect(self._on_month_view_day_picked)
        self.month_view.page_shown.connect(self._on_month_view_page_shown)
        self.agenda_list.activated.connect(self._on_agenda_list_activated)
        controller.changed.connect(self._on_controller_changed)

        # The week itself needs only its seven columns; the month and agenda beside it come
        # and go with the room there is (a laptop with the plan panel open has little).
        margins = outer.contentsMargins()
        self._week_min_width = (
            7 * DAY_MIN_WIDTH + 6 * days_row.spacing() + margins.left() + margins.right()
        )
        self._side_room = self.side_panel.width() + outer.spacing()
        self.setMinimumWidth(self._week_min_width)

        self._describe_for_assistive_technology()
        self.show_week_of(self.clock.today())

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide_enough = event.size().width() >= self._week_min_width + self._side_room + 140
        if self.side_panel.isVisibleTo(self) != wide_enough:
            self.side_panel.setVisible(wide_enough)
        super().resizeEvent(event)

    def _describe_for_assistive_technology(self) -> None:
        for button, action in (
            (self.previous_button, self.previous_week_action),
            (self.today_button, self.today_action),
            (self.next_button, self.next_week_action),
        ):
            button.setAccessibleName(action.text().replace("&", ""))
        self.plan_button.setAccessibleName(self.tr("Plan a touch-point"))
        self.title_label.setAccessibleName(self.tr("Week shown"))
        self.overdue_list.setAccessibleName(self.tr("Overdue touch-points"))
        self.overdue_list.setAccessibleDescription(
            self.tr("Planned touch-points whose day has passed. Enter opens one.")
        )
        description = self.tr(
            "Cards of one day. Up and Down move within the day, Left and Right to the next "
            "day with cards, Enter opens the card, Delete deletes it (Ctrl+Z undoes)."
        )
        for column in self.columns:
            column.cards.setAccessibleDescription(description)
        self.month_view.setAccessibleName(self.tr("Month"))
        self.month_view.setAccessibleDescription(self.tr("Pick a day to show its week."))
        self.agenda_list.setAccessibleName(self.tr("Coming up"))

    # Actions (the main window puts the navigation ones in its Go menu).

    def _make_actions(self) -> None:
        def action(
            text: str,
            slot: Callable[[], None],
            *keys: QKeySequence | QKeySequence.StandardKey | str,
            local: bool = False,
        ) -> QAction:
            act = QAction(text, self)
            if keys:
                act.setShortcuts([QKeySequence(k) for k in keys])
            if local:
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(act)
            act.triggered.connect(slot)
            return act

        self.previous_week_action = action(
            self.tr("&Previous week"), self.go_previous_week, "Alt+Left", "Ctrl+PgUp"
        )
        self.next_week_action = action(
            self.tr("&Next week"), self.go_next_week, "Alt+Right", "Ctrl+PgDown"
        )
        self.today_action = action(self.tr("&Today"), self.go_today, "Ctrl+T")
        self.plan_action = action(
            self.tr("&Plan touch-point…"), self._on_plan_button_clicked, "Ctrl+N"
        )
        self.edit_action = action(self.tr("&Edit…"), self._on_edit_action_triggered)
        self.done_action = action(
            self.tr("Mark &done…"), self._on_done_action_triggered, "Ctrl+D", local=True
        )
        self.skip_action = action(
            self.tr("&Skip"), lambda: self._set_selected_status(Status.SKIPPED)
        )
        self.cancel_action = action(
            self.tr("&Cancel touch-point"), lambda: self._set_selected_status(Status.CANCELLED)
        )
        self.reopen_action = action(
            self.tr("&Reopen (planned)"), lambda: self._set_selected_status(Status.PLANNED)
        )
        self.delete_action = action(
            self.tr("De&lete"),
            self._on_delete_action_triggered,
            QKeySequence.StandardKey.Delete,
            local=True,
        )
        self._update_actions()

    def card_actions(self) -> list[QAction]:
        return [
            self.edit_action,
            self.done_action,
            self.skip_action,
            self.cancel_action,
            self.reopen_action,
            self.delete_action,
        ]

    def _nav_button(self, text: str, act: QAction) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName("navButton")
        shortcuts = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in act.shortcuts()
        )
        button.setToolTip(
            self.tr("{action} ({shortcuts})").format(
                action=act.text().replace("&", ""), shortcuts=shortcuts
            )
        )
        button.clicked.connect(act.trigger)
        return button

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
        """Read the visible week, the overdue tray and the agenda again (selection kept).

        `week_only` reads the week alone, for a switch to another week.
        """
        selected = self._selected
        today = self.clock.today()
        read = self.store.read
        try:
            week = read.week(self.start)
            if not week_only:
                overdue = read.overdue(today)
                upcoming = read.upcoming(today, self.agenda_model.days)
        except PlannerError as error:
            self.failed.emit(error_text(error))
            return
        self.week_model.set_rows(week, today)
        self.month_view.request_marks()
        self._update_header()
        if week_only:
            self._reselect(selected)
            return
        self._trays_loaded = True
        self.overdue_model.set_rows(overdue, today)
        self.agenda_model.set_rows(upcoming, today)
        overdue_count = self.overdue_model.rowCount()
        clashes = planned_on_days_off(self.controller, today)
        per_day = Counter((day, name) for _, day, name in clashes)
        self.days_off_note.setText(
            self.tr("⚠  %n planned on a day off: ", "", len(clashes))
            + ", ".join(
                f"{display.short_day(day)} · {name} ({display.number(n)})"
                for (day, name), n in list(per_day.items())[:5]
            )
            + (" …" if len(per_day) > 5 else "")
        )
        self.days_off_note.setVisible(bool(clashes))
        self.overdue_title.setVisible(overdue_count > 0)
        self.overdue_list.setVisible(overdue_count > 0)
        self.overdue_tray.setVisible(overdue_count > 0 or bool(clashes))
        if overdue_count:
            # Room for one row of cards and the horizontal scroll bar under them.
            self.overdue_list.setFixedHeight(self.overdue_list.sizeHintForRow(0) + 14)
        self.overdue_title.setText(
            self.tr("⚠  Overdue · %n planned touch-point(s) past their day", "", overdue_count)
        )
        self._reselect(selected)

    def _reselect(self, selected: int | None) -> None:
        if selected is not None:
            self.select_touchpoint(selected)
        else:
            self._update_actions()

    def _update_header(self) -> None:
        start, last = self.start, self.week_model.last
        if start.year != last.year:
            first, final = day_text(start, "d MMM yyyy"), day_text(last, "d MMM yyyy")
        elif start.month != last.month:
            first, final = day_text(start, "d MMM"), day_text(last, "d MMM yyyy")
        else:
            first, final = day_text(start, "d"), day_text(last, "d MMMM yyyy")
        self.title_label.setText(self.tr("{first} – {last}").format(first=first, last=final))
        entries = self.week_model.entries()
        done = sum(1 for e in entries if e.touchpoint.status is Status.DONE)
        planned = sum(1 for e in entries if e.touchpoint.status is Status.PLANNED)
        week_no = qdate(start + timedelta(days=3)).weekNumber()[0]
        self.subtitle_label.setText(
            self.tr(
                "Week {week}  ·  %n touch-point(s)  ·  {planned} planned  ·  {done} done",
                "",
                len(entries),
            ).format(
                week=display.number(week_no),
                planned=display.number(planned),
                done=display.number(done),
            )
        )
        counts: dict[date, int] = {}
        loads: dict[date, int] = {}
        for e in entries:
            counts[e.touchpoint.day] = counts.get(e.touchpoint.day, 0) + 1
            if e.touchpoint.status in (Status.PLANNED, Status.DONE):
                loads[e.touchpoint.day] = loads.get(e.touchpoint.day, 0) + 1
        limit = self.controller.nurture_settings().capacity_per_day
        off = days_off_between(self.controller, start, last)
        for column in self.columns:
            column.set_count(
                counts.get(column.day, 0), loads.get(column.day, 0), limit, off.get(column.day, "")
            )
            # Weekends get narrower columns unless something is planned on them.
            weekend = column.day.weekday() >= 5 and not counts.get(column.day)
            self._days_row.setStretchFactor(column, 1 if weekend else 2)

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
        for column in self.columns:
            if column.day == day:
                return column
        return None

    def select_touchpoint(self, touchpoint_id: int | None) -> bool:
        """Select a card by touch-point id in whichever list shows it; False if none does."""
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
        self._update_actions()
        return found

    def _selection_handler(self, source: CardList) -> Callable[[QModelIndex, QModelIndex], None]:
        def on_current_changed(current: QModelIndex, _previous: QModelIndex) -> None:
            tp_id = source.touchpoint_id_at(current)
            if tp_id is not None and tp_id != self._selected:
                self.select_touchpoint(tp_id)

        return on_current_changed

    def _update_actions(self) -> None:
        entry = self.selected_entry() if self._selected is not None else None
        status = entry.touchpoint.status if entry else None
        self.edit_action.setEnabled(entry is not None)
        self.delete_action.setEnabled(entry is not None)
        self.done_action.setEnabled(status is Status.PLANNED)
        self.skip_action.setEnabled(status is Status.PLANNED)
        self.cancel_action.setEnabled(status is Status.PLANNED)
        self.reopen_action.setEnabled(status is not None and status is not Status.PLANNED)

    # Doing things, always through the controller.

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except PlannerError as error:
            self.failed.emit(error_text(error))
            return False
        return True

    def plan_on(self, day: date) -> None:
        dialog = TouchpointDialog(self.store, self.clock, day=day, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        tp = dialog.touchpoint()
        holder: dict[str, int | None] = {}

        def plan() -> None:
            holder["id"] = self.controller.plan_touchpoint(tp).id

        if self._run(plan):
            if not self.start <= tp.day <= self.week_model.last:
                self.show_week_of(tp.day)
            self.select_touchpoint(holder.get("id"))

    def edit(self, touchpoint_id: int) -> None:
        try:
            original = self.store.touchpoints.get(touchpoint_id)
        except PlannerError as error:
            self.failed.emit(error_text(error))
            return
        dialog = TouchpointDialog(self.store, self.clock, touchpoint=original, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changed = dialog.touchpoint()
        if changed != original:
            self._run(lambda: self.controller.update_touchpoint(changed))

    def mark_done(self, touchpoint_id: int) -> None:
        """Ask how it went and offer the follow-up; done and follow-up are one undo step."""
        try:
            entry = self.store.touchpoints.entry(touchpoint_id)
        except PlannerError as error:
            self.failed.emit(error_text(error))
            return
        self._run(lambda: run_mark_done(self.controller, entry, self, self.engine))

    def set_status(self, touchpoint_id: int, status: Status) -> None:
        self._run(lambda: self.controller.set_status(touchpoint_id, status))

    def delete(self, touchpoint_id: int) -> None:
        if self._run(lambda: self.controller.delete_touchpoint(touchpoint_id)):
            self._selected = None
            self._update_actions()

    def move_touchpoints(self, touchpoint_ids: list[int], day: date) -> None:
        for tp_id in touchpoint_ids:
            try:
                current = self.store.touchpoints.get(tp_id)
            except PlannerError as error:
                self.failed.emit(error_text(error))
                continue
            if current.day != day:
                self._run(partial(self.controller.move_touchpoint, tp_id, day))
        if touchpoint_ids:
            self.select_touchpoint(touchpoint_ids[-1])

    # Slots.

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def _on_controller_changed(self, change: Change) -> None:
        if change.affects(TOUCHPOINTS, COMPANIES):
            if self.defer_while_hidden and not self.isVisible():
                self._stale = True  # read again when shown, not on every change meanwhile
                return
            self.reload()
        elif change.affects(SETTINGS):
            self.reload()  # a new daily limit, holidays or time off: which days to flag

    def _on_plan_button_clicked(self) -> None:
        today = self.clock.today()
        self.plan_on(today if self.start <= today <= self.week_model.last else self.start)

    def _on_cards_empty_double_clicked(self, day: date) -> None:
        self.plan_on(day)

    def _on_cards_activated(self, index: QModelIndex) -> None:
        tp_id = index.data(EntryRole.TOUCHPOINT_ID)
        if isinstance(tp_id, int):
            self.edit(tp_id)

    def _on_cards_touchpoints_dropped(self, ids: list[int], day: date) -> None:
        self.move_touchpoints(ids, day)

    def _on_edit_action_triggered(self) -> None:
        if self._selected is not None:
            self.edit(self._selected)

    def _on_done_action_triggered(self) -> None:
        if self._selected is not None:
            self.mark_done(self._selected)

    def _on_delete_action_triggered(self) -> None:
        if self._selected is not None:
            self.delete(self._selected)

    def _set_selected_status(self, status: Status) -> None:
        if self._selected is not None:
            self.set_status(self._selected, status)

    def _sideways_handler(self, source: CardList) -> Callable[[int], None]:
        def on_step_sideways(step: int) -> None:
            self.step_to_next_day(source, step)

        return on_step_sideways

    def step_to_next_day(self, source: CardList, step: int) -> bool:
        """Select a card on the nearest day in `step`'s direction that has cards.

        The row is kept where that day has as many cards; otherwise its last card.
        """
        lists = [column.cards for column in self.columns]
        if source not in lists:
            return False
        row = max(source.currentIndex().row(), 0)
        position = lists.index(source) + step
        while 0 <= position < len(lists):
            target = lists[position]
            count = target.model().rowCount()
            if count:
                tp_id = target.touchpoint_id_at(target.model().index(min(row, count - 1), 0))
                self.select_touchpoint(tp_id)
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            position += step
        return False

    def _context_menu_handler(self, source: CardList) -> Callable[[QPoint], None]:
        def on_context_menu_requested(pos: QPoint) -> None:
            tp_id = source.touchpoint_id_at(source.indexAt(pos))
            if tp_id is None:
                return
            self.select_touchpoint(tp_id)
            menu = QMenu(self)
            for act in self.card_actions():
                if act is self.delete_action:
                    menu.addSeparator()
                menu.addAction(act)
            if self.extra_card_actions:
                menu.addSeparator()
                menu.addActions(self.extra_card_actions)
            menu.exec(source.viewport().mapToGlobal(pos))

        return on_context_menu_requested

    def _on_month_view_day_picked(self, day: date) -> None:
        self.show_week_of(day)

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
