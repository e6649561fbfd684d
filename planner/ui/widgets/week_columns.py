"""The compact week: a day column of cards per day, and the card list the overdue tray shares."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QSizePolicy,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planner.ui import display
from planner.ui.display import day_text
from planner.ui.mime import MIME_TYPE, decode_ids
from planner.ui.models.plan_model import SUGGESTION_MIME_TYPE, decode_keys
from planner.ui.models.week_model import DayModel, EntryRole
from planner.ui.theme import INK_FAINT
from planner.ui.week_layout import DAY_MIN_WIDTH
from planner.ui.widgets.card_delegate import CardDelegate

CARD_BATCH = 12  # cards laid out per turn of the event loop


def repolish(widget: QWidget) -> None:
    """Have the stylesheet read a property just changed; a widget not polished yet (a window
    still being built) reads it when it is first polished."""
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


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
        self._layout_deferred = False
        if day is not None:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def doItemsLayout(self) -> None:
        # The compact week's lists stay filled while the time grid shows instead (selection
        # and the card actions go through them), but measuring a full week's cards there costs
        # more than drawing the grid: a list on a hidden page lays its cards out when shown.
        if not self.isVisibleTo(self.window()):
            self._layout_deferred = True
            return
        super().doItemsLayout()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._layout_deferred:
            self._layout_deferred = False
            self.scheduleDelayedItemsLayout()

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
        self.header.installEventFilter(self)
        self.note.installEventFilter(self)
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
            # A repolish under the app's style sheet is costly: only when the mark changes.
            if widget.property("today") != self.is_today:
                widget.setProperty("today", self.is_today)
                repolish(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Fitted on the labels' own resizes: when the column's resize arrives, its layout has
        # not yet given the labels their new width, and a form measured then could be cut off.
        if event.type() == QEvent.Type.Resize:
            if watched is self.header:
                self._fit_header()
            elif watched is self.note:
                self._fit_note()
        return super().eventFilter(watched, event)

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
        touchpoints = self.tr("%Ln touch-point(s)", "", count)
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
            tip = self.tr("{touchpoints}: more than your limit of %Ln a day", "", limit).format(
                touchpoints=self.tr("%Ln touch-point(s) to do or done", "", load)
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
            repolish(self.note)

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
        repolish(self)


def next_day_card(
    lists: list[CardList], source: CardList, step: int
) -> tuple[CardList, int] | None:
    """The card that Left or Right leads to: on the nearest day in `step`'s direction that has
    cards, at the same row where that day has as many cards, else its last card."""
    if source not in lists:
        return None
    row = max(source.currentIndex().row(), 0)
    position = lists.index(source) + step
    while 0 <= position < len(lists):
        target = lists[position]
        count = target.model().rowCount()
        if count:
            tp_id = target.touchpoint_id_at(target.model().index(min(row, count - 1), 0))
            return None if tp_id is None else (target, tp_id)
        position += step
    return None
