"""The time grid's "+N": how it is drawn, and the list of a group's touch-points it opens."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from planner.domain.model import AgendaEntry
from planner.ui.display import day_text
from planner.ui.models.week_model import EntryTableModel
from planner.ui.widgets.card_delegate import CardDelegate
from planner.ui.widgets.week_columns import CardList

POPUP_WIDTH = 300
POPUP_MAX_HEIGHT = 460


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
