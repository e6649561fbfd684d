"""A table header's context menu that shows or hides its columns (the first always stays)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QMenu, QTableView


class ColumnMenu(QMenu):
    """Right-click on the header: one check box a column; a choice applies at once."""

    chosen = Signal()  # the rep showed or hid a column

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu_requested)
        self.aboutToShow.connect(self._on_about_to_show)

    def _on_about_to_show(self) -> None:
        self.clear()
        header = self.table.horizontalHeader()
        model = header.model()
        if model is None:
            return
        for column in range(header.count()):
            text = model.headerData(column, Qt.Orientation.Horizontal)
            action = self.addAction(str(text or ""))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            # The first column names the record: without it a row says nothing.
            action.setEnabled(column != 0)
            action.toggled.connect(lambda shown, c=column: self.show_column(c, shown))

    def show_column(self, column: int, shown: bool) -> None:
        """Show or hide one column; a column shown again gets a readable width."""
        header = self.table.horizontalHeader()
        header.setSectionHidden(column, not shown)
        if shown and header.sectionSize(column) < header.minimumSectionSize() + 10:
            self.table.resizeColumnToContents(column)
        self.chosen.emit()

    def _on_header_menu_requested(self, point: QPoint) -> None:
        self.popup(self.table.horizontalHeader().mapToGlobal(point))
