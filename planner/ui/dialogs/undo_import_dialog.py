"""Undo import: the past imports, and taking one back as a whole with an account of what stayed."""

from __future__ import annotations

import re

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.imports import UndoImportResult
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.models.filter_proxy import ID_ROLE
from planner.ui.models.import_batches_model import Column, ImportBatchesModel, when

_NOTE = re.compile(r"^(company|contact|employment|touchpoint) (\d+)(.*)$")
_TABLES = {
    "touchpoints": "touch-points",
    "content_sends": "content sends",
    "employments": "jobs",
    "contacts": "contacts",
    "screenings": "screenings",
}


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def describe_kept(store: Store, note: str) -> str:
    """A storage note ("contact 12 kept: it now has touchpoints") in the rep's words."""
    match = _NOTE.match(note)
    if match is None:
        return note
    entity, number, rest = match.group(1), int(match.group(2)), match.group(3)
    name = ""
    try:
        if entity == "company":
            name = f"The account {store.companies.get(number).name}"
        elif entity == "contact":
            name = f"The contact {store.contacts.get(number).full_name}"
        elif entity == "touchpoint":
            entry = store.touchpoints.entry(number)
            name = f"The touch-point on {entry.touchpoint.day:%Y-%m-%d} with {entry.company_name}"
    except PlannerError:
        name = ""
    if not name:
        name = "A job" if entity == "employment" else f"The {entity} with number {number}"
    rest = rest.removeprefix(":").removeprefix(" kept:").strip()
    for table, words in _TABLES.items():
        rest = re.sub(rf"\b{table}\b", words, rest)
    if rest.startswith("it now has "):
        return f"{name} was kept: it now has {rest.removeprefix('it now has ')}."
    if rest.startswith("it was "):
        return f"{name} was kept: {rest}."
    return f"{name}: {rest}; that value was kept."


def describe_undo(store: Store, result: UndoImportResult) -> str:
    """What undoing an import did, and what it left alone and why."""
    lines = [
        "Import undone: removed "
        + (
            f"{_plural(result.deleted_touchpoints, 'touch-point')}, "
            if result.deleted_touchpoints
            else ""
        )
        + f"{_plural(result.deleted_contacts, 'contact')} and "
        f"{_plural(result.deleted_companies, 'account')}, put back "
        f"{_plural(result.restored_fields, 'field')}."
    ]
    if result.kept:
        lines.append("Kept because of later changes:")
        lines.extend(f"• {describe_kept(store, note)}" for note in result.kept)
    return "\n".join(lines)


class UndoImportDialog(QDialog):
    """Lists past imports; Undo this import takes the chosen one back in one transaction."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.store = controller.store
        self.last_result: UndoImportResult | None = None
        self.setWindowTitle("Undo import")

        intro = QLabel(
            "Undoing an import removes the records it added, unless they have history since "
            "(a logged touch keeps a contact), and puts back the fields it filled, unless you "
            "edited them since. It cannot itself be undone.",
            self,
        )
        intro.setWordWrap(True)
        self.model = ImportBatchesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.FILE, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel("No imports yet.", self)
        self.empty_label.setStyleSheet("color: #52606d;")
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setStyleSheet(
            "background: #eef6f6; border: 1px solid #c9e2e4; border-radius: 4px; padding: 6px;"
        )
        self.result_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.undo_button = QPushButton("&Undo this import", self)
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.reload()
        latest = self.store.imports.last_undoable()
        if latest is not None:
            self.select(latest.id)
        self.resize(820, 420)

    def reload(self) -> None:
        keep = self.current_batch_id()
        self.model.set_batches(self.store.imports.all())
        self.empty_label.setVisible(self.model.rowCount() == 0)
        if keep is not None:
            self.select(keep)
        self._update_state()

    def select(self, batch_id: int) -> None:
        row = self.model.row_of(batch_id)
        if row is not None:
            self.table.selectRow(row)

    def current_batch_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ID_ROLE)
        return value if isinstance(value, int) else None

    def _update_state(self) -> None:
        batch_id = self.current_batch_id()
        row = None if batch_id is None else self.model.row_of(batch_id)
        batch = None if row is None else self.model.batch(row)
        self.undo_button.setEnabled(batch is not None and not batch.is_undone)
        if batch is not None:
            self.undo_button.setToolTip(f"Undo the import of {batch.source} on {when(batch)}")

    def undo_selected(self) -> UndoImportResult | None:
        """Undo the selected import and show what it kept."""
        batch_id = self.current_batch_id()
        if batch_id is None:
            return None
        try:
            result = self.controller.undo_import(batch_id)
        except PlannerError as error:
            self._show(str(error), error=True)
            return None
        self.last_result = result
        self.reload()
        self._show(describe_undo(self.store, result), error=False)
        return result

    def _show(self, text: str, *, error: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(
            "border-radius: 4px; padding: 6px; "
            + (
                "color: #b03a2e; background: #fbeaea; border: 1px solid #f0c4c0;"
                if error
                else "background: #eef6f6; border: 1px solid #c9e2e4;"
            )
        )
        self.result_label.show()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_state()

    def _on_undo_button_clicked(self) -> None:
        self.undo_selected()
