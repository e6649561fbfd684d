"""The contacts view: a filterable table of people with their job history and touches."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner.ui.controller import Controller


class ContactsView(QWidget):
    """Lists the contacts and shows the selected one in detail."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Contacts"))

    def open_contact(self, contact_id: int) -> None:
        """Select and show one contact."""
