"""The time grid's "+N": how it is drawn, and the list of a group's touch-points it opens."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from planner.domain.model import AgendaEntry
from planner.ui import display
from planner.ui.display import day_text
from planner.ui.fonts import derived_font
from planner.ui.models.week_model import EntryTableModel
from planner.ui.theme import ACCENT, CANVAS, INK, INK_FAINT
from planner.ui.widgets.card_delegate import CardDelegate
from planner.ui.widgets.time_grid_blocks import MARGIN, blank_pixmap, keep_pixmap, pixel_ratio
from planner.ui.widgets.week_columns import CardList

POPUP_WIDTH = 300
POPUP_MAX_HEIGHT = 460


def overflow_text(count: int) -> str:
    """What a "+N" says: how many more touch-points it holds."""
    text = _texts.get(count)
    if text is None:
        text = _texts[count] = f"+{display.number(count)}"
    return text


def paint_overflow(
    painter: QPainter,
    rect: QRectF,
    count: int,
    *,
    selected: bool,
    centred: bool = False,
    visible_top: float | None = None,
) -> None:
    """A "+N" for the `count` touch-points not drawn: a quiet card with the count at its top
    (in its middle when `centred`), outlined when one of them is selected.

    A tall "+N" scrolled half out of view keeps its count at `visible_top`, where it shows.
    The card is drawn once into a pixmap and copied, as the blocks are; the count on it is
    drawn each time, since where it stands follows the scrolling.
    """
    left, top = round(rect.left()), round(rect.top())
    width, height = round(rect.right()) - left, round(rect.bottom()) - top
    if width <= 0 or height <= 0:
        return
    ratio = pixel_ratio(painter)
    font = painter.font()
    font_key = font.key()
    key = (width, height, selected, ratio)
    pixmap = _markers.get(key)
    if pixmap is None:
        pixmap = blank_pixmap(width, height, ratio)
        marker = QPainter(pixmap)
        marker.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(MARGIN, MARGIN, width, height), 4, 4)
        marker.fillPath(path, QColor(CANVAS))
        marker.setPen(QPen(QColor(ACCENT if selected else INK_FAINT), 2.0 if selected else 1.0))
        marker.drawPath(path)
        marker.end()
        keep_pixmap(_markers, key, pixmap, _MARKER_LIMIT)
    else:
        _markers.move_to_end(key)
    painter.drawPixmap(QPointF(left - MARGIN, top - MARGIN), pixmap)
    bold = _bold_fonts.get(font_key)
    if bold is None:
        bold = _bold_fonts[font_key] = derived_font(font, weight=QFont.Weight.Bold)
    text = overflow_text(count)
    painter.save()
    painter.setFont(bold)
    painter.setPen(QColor(INK))
    if centred:
        box = rect
        align = Qt.AlignmentFlag.AlignVCenter
    else:
        line = QFontMetrics(bold).height()
        y = rect.top() + 2
        if visible_top is not None:
            y = max(y, min(visible_top + 2, rect.bottom() - line - 2))
        box = QRectF(rect.left(), y, rect.width(), line)
        align = Qt.AlignmentFlag.AlignTop
    painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | align), text)
    painter.restore()


_MARKER_LIMIT = 128
_markers: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
_bold_fonts: dict[str, QFont] = {}
_texts: dict[int, str] = {}  # a count as the locale writes it (asking the locale is slow)


class OverflowPopup(QFrame):
    """The touch-points behind a "+N" (or a day's all-day lane) as cards in a popup: a click
    selects one in the week, Enter or a double-click opens it, the right button its menu."""

    selected = Signal(int)
    activated = Signal(int)
    context_menu_requested = Signal(int, object)  # id, the global position

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("overflowPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setObjectName("overflowTitle")
        self.model = EntryTableModel(self)
        self.cards = CardList(None, CardDelegate(self), self)
        self.cards.setObjectName("overflowList")
        self.cards.setModel(self.model)
        self.cards.setAccessibleName(self.tr("Touch-points at the same time"))
        self.cards.setAccessibleDescription(
            self.tr("Up and Down move between them, Enter opens one, Escape closes the list.")
        )
        self.cards.activated.connect(self._on_activated)
        self.cards.selectionModel().currentChanged.connect(self._on_current_changed)
        self.cards.customContextMenuRequested.connect(self._on_context_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.cards, 1)
        self.resize(POPUP_WIDTH, POPUP_MAX_HEIGHT)

    def show_entries(
        self,
        heading: str,
        entries: list[AgendaEntry],
        today: date,
        anchor: QRect,
        current: int | None = None,
    ) -> None:
        """Show `entries` under `heading` beside `anchor` (global coordinates), with
        `current` (else the first) ready for the keys."""
        self.model.set_entries(entries, today)
        count = len(entries)
        self.title.setText(
            self.tr("{heading} · %Ln touch-point(s)", "", count).format(heading=heading)
        )
        self.setAccessibleName(self.title.text())
        row = self.model.row_of(current) if current is not None else None
        rows_height = sum(
            self.cards.sizeHintForRow(r) + 2 * self.cards.spacing() for r in range(min(count, 6))
        )
        height = min(POPUP_MAX_HEIGHT, self.title.sizeHint().height() + rows_height + 30)
        self.resize(POPUP_WIDTH, max(120, height))
        self.move(self._place_beside(anchor))
        index = self.model.index(row if row is not None else 0, 0)
        if index.isValid():
            # Ready for the keys without selecting it in the week before the rep moves.
            self.cards.selectionModel().blockSignals(True)
            self.cards.setCurrentIndex(index)
            self.cards.selectionModel().blockSignals(False)
        self.show()
        self.cards.setFocus(Qt.FocusReason.PopupFocusReason)
        if index.isValid():
            self.cards.scrollTo(index)

    def _place_beside(self, anchor: QRect) -> QPoint:
        """Right of the anchor where the screen has room, else left of it; kept on screen."""
        screen = self.screen().availableGeometry()
        x = anchor.right() + 4
        if x + self.width() > screen.right():
            x = anchor.left() - self.width() - 4
        x = max(screen.left(), min(x, screen.right() - self.width()))
        y = max(screen.top(), min(anchor.top(), screen.bottom() - self.height()))
        return QPoint(x, y)

    def touchpoint_ids(self) -> list[int]:
        """The touch-points listed, in their order."""
        return [tp_id for e in self.model.entries() if (tp_id := e.touchpoint.id) is not None]

    def card_rect(self, touchpoint_id: int) -> QRect:
        """Where a touch-point's card sits in the list's viewport (tests click there)."""
        return self.cards.card_rect(touchpoint_id)

    def _on_activated(self, index: QModelIndex) -> None:
        tp_id = self.cards.touchpoint_id_at(index)
        if tp_id is not None:
            self.close()
            self.activated.emit(tp_id)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        tp_id = self.cards.touchpoint_id_at(current)
        if tp_id is not None:
            self.selected.emit(tp_id)

    def _on_context_menu(self, pos: QPoint) -> None:
        tp_id = self.cards.touchpoint_id_at(self.cards.indexAt(pos))
        if tp_id is not None:
            at = self.cards.viewport().mapToGlobal(pos)
            self.close()
            self.context_menu_requested.emit(tp_id, at)


def group_heading(day: date, first: str, last: str) -> str:
    """A popup's heading for a group of overlaps: the day and the hours it spans."""
    return f"{day_text(day, 'ddd d MMM')} · {first}–{last}"
