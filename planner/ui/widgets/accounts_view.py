"""The accounts view: a sortable, filterable table of companies with a detail panel."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner.ui.controller import Controller


class AccountsView(QWidget):
    """Lists the accounts and shows the selected one in detail."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Accounts"))

    def open_company(self, company_id: int) -> None:
        """Select and show one account."""
