"""Quick search over companies, contacts and content, jumping to the chosen record."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.storage import Store

KIND_LABELS = {"company": "Account", "contact": "Contact", "content": "Content"}
HIT_ROLE = Qt.ItemDataRole.UserRole
_NAVIGATION = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}


class QuickSearchDialog(QDialog):
    """A line edit over a result list; Enter emits `chosen(kind, id)` and closes, Esc closes.

    Every keystroke runs one search; the store caps each kind of result with LIMIT, so this
    stays cheap on a large plan.
    """

    chosen = Signal(str, int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("Quick search")
        self.query = QLineEdit(self)
        self.query.setPlaceholderText("Search accounts, contacts and content…")
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setUniformItemSizes(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.status = QLabel("Type a name, an e-mail, an industry or a topic.", self)
        self.status.setStyleSheet("color: #52606d;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.query.textChanged.connect(self._on_query_text_changed)
        self.query.returnPressed.connect(self._on_query_return_pressed)
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.resize(560, 420)

    def showEvent(self, event: QShowEvent) -> None:
        """Opened again, the last query is selected so typing replaces it."""
        super().showEvent(event)
        self.query.selectAll()
        self.query.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow and page keys in the line edit move through the results."""
        if (
            watched is self.query
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _NAVIGATION
        ):
            self._step(event.key())
            return True
        return super().eventFilter(watched, event)

    def _step(self, key: int) -> None:
        count = self.results.count()
        if count == 0:
            return
        row = self.results.currentRow()
        page = max(1, self.results.height() // max(1, self.results.sizeHintForRow(0)) - 1)
        delta = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -page,
            Qt.Key.Key_PageDown: page,
        }[Qt.Key(key)]
        self.results.setCurrentRow(min(count - 1, max(0, row + delta)))

    def _on_query_text_changed(self, text: str) -> None:
        self.results.clear()
        if not text.strip():
            self.status.setText("Type a name, an e-mail, an industry or a topic.")
            return
        try:
            hits = self.store.search(text)
        except PlannerError as error:
            self.status.setText(str(error))
            return
        for hit in hits:
            label = KIND_LABELS.get(hit.kind, hit.kind)
            detail = f" — {hit.detail}" if hit.detail else ""
            item = QListWidgetItem(f"{hit.text}{detail}    [{label}]")
            item.setData(HIT_ROLE, (hit.kind, hit.id))
            item.setToolTip(f"{label}: {hit.text}")
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
            self.status.setText("↑↓ to move, Enter to open, Esc to close")
        else:
            self.status.setText(f"Nothing matches “{text.strip()}”.")

    def _on_query_return_pressed(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._choose(item)

    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        kind, record_id = item.data(HIT_ROLE)
        self.accept()
        self.chosen.emit(kind, record_id)
