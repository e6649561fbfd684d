"""Quick search over companies, contacts and content, jumping to the chosen record."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QVBoxLayout, QWidget

from planner.storage import Store


class QuickSearchDialog(QDialog):
    """A line edit over a result list; Enter emits `chosen(kind, id)` and closes."""

    chosen = Signal(str, int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("Quick search")
        layout = QVBoxLayout(self)
        self.query = QLineEdit(self)
        self.results = QListWidget(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
