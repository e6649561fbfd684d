"""The content library: items, who received each and when, and recording sends."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner.ui.controller import Controller


class ContentLibraryView(QWidget):
    """Lists the content items and shows the selected one's recipients."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Content library"))

    def open_item(self, item_id: int) -> None:
        """Select and show one content item."""
