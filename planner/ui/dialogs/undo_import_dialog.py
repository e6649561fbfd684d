"""Undo import: the past imports, and taking one back as a whole with an account of what stayed."""

from __future__ import annotations

import re

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.imports import UndoImportResult
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage import Store
from planner.ui import display
from planner.ui.controller import Controller
from planner.ui.dialogs.confirm import confirm
from planner.ui.i18n import translate
from planner.ui.import_undo_runner import ImportUndoRunner
from planner.ui.models.filter_proxy import ID_ROLE
from planner.ui.models.import_batches_model import Column, ImportBatchesModel, when

_NOTE = re.compile(r"^(company|contact|employment|touchpoint) (\d+)(.*)$")
_CHANGED = re.compile(r"^: (\w+) was changed after the import$")
_NOW_HAS = " kept: it now has "
_EDITED = " kept: it was edited after the import"

# The tables whose rows keep a record, as "it now has …" names them.
_TABLES = {
    "touchpoints": QT_TRANSLATE_NOOP("UndoImportDialog", "touch-points"),
    "content_sends": QT_TRANSLATE_NOOP("UndoImportDialog", "content sends"),
    "employments": QT_TRANSLATE_NOOP("UndoImportDialog", "jobs"),
    "contacts": QT_TRANSLATE_NOOP("UndoImportDialog", "contacts"),
    "screenings": QT_TRANSLATE_NOOP("UndoImportDialog", "screenings"),
    "competitors": QT_TRANSLATE_NOOP("UndoImportDialog", "competitors"),
}
# The fields an import fills, as "… was changed after the import" names them.
_FIELDS = {
    "name": QT_TRANSLATE_NOOP("UndoImportDialog", "name"),
    "kind": QT_TRANSLATE_NOOP("UndoImportDialog", "kind"),
    "industry": QT_TRANSLATE_NOOP("UndoImportDialog", "industry"),
    "website": QT_TRANSLATE_NOOP("UndoImportDialog", "website"),
    "buying_timeframe": QT_TRANSLATE_NOOP("UndoImportDialog", "buying timeframe"),
    "margin_percent": QT_TRANSLATE_NOOP("UndoImportDialog", "margin"),
    "expected_deal_size": QT_TRANSLATE_NOOP("UndoImportDialog", "expected deal size"),
    "growth_potential": QT_TRANSLATE_NOOP("UndoImportDialog", "growth potential"),
    "our_annual_revenue": QT_TRANSLATE_NOOP("UndoImportDialog", "our annual revenue"),
    "estimated_annual_wallet": QT_TRANSLATE_NOOP("UndoImportDialog", "estimated annual wallet"),
    "contract_start": QT_TRANSLATE_NOOP("UndoImportDialog", "contract start"),
    "contract_end": QT_TRANSLATE_NOOP("UndoImportDialog", "contract end"),
    "notes": QT_TRANSLATE_NOOP("UndoImportDialog", "notes"),
    "competitors": QT_TRANSLATE_NOOP("UndoImportDialog", "competitors"),
    "company_id": QT_TRANSLATE_NOOP("UndoImportDialog", "account"),
    "first_name": QT_TRANSLATE_NOOP("UndoImportDialog", "first name"),
    "last_name": QT_TRANSLATE_NOOP("UndoImportDialog", "last name"),
    "title": QT_TRANSLATE_NOOP("UndoImportDialog", "title"),
    "level": QT_TRANSLATE_NOOP("UndoImportDialog", "level"),
    "buying_role": QT_TRANSLATE_NOOP("UndoImportDialog", "buying role"),
    "email": QT_TRANSLATE_NOOP("UndoImportDialog", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("UndoImportDialog", "phone"),
    "profile_url": QT_TRANSLATE_NOOP("UndoImportDialog", "profile URL"),
    "end": QT_TRANSLATE_NOOP("UndoImportDialog", "end date"),
    "duration_minutes": QT_TRANSLATE_NOOP("UndoImportDialog", "duration"),
    "tz": QT_TRANSLATE_NOOP("UndoImportDialog", "time zone"),
    "purpose": QT_TRANSLATE_NOOP("UndoImportDialog", "purpose"),
    "status": QT_TRANSLATE_NOOP("UndoImportDialog", "status"),
    "reason": QT_TRANSLATE_NOOP("UndoImportDialog", "reason"),
    "outcome": QT_TRANSLATE_NOOP("UndoImportDialog", "outcome"),
    "content_id": QT_TRANSLATE_NOOP("UndoImportDialog", "content"),
    "completed_at": QT_TRANSLATE_NOOP("UndoImportDialog", "completion time"),
}
# One whole sentence for each kind of record and why it was kept. A record that can no longer
# be looked up is named by its number ("#12").
_NOW_HAS_TEXT = {
    "company": QT_TRANSLATE_NOOP(
        "UndoImportDialog", "The account {name} was kept: it now has {things}."
    ),
    "contact": QT_TRANSLATE_NOOP(
        "UndoImportDialog", "The contact {name} was kept: it now has {things}."
    ),
    "touchpoint": QT_TRANSLATE_NOOP(
        "UndoImportDialog",
        "The touch-point on {day} with {account} was kept: it now has {things}.",
    ),
    "touchpoint#": QT_TRANSLATE_NOOP(
        "UndoImportDialog", "The touch-point {name} was kept: it now has {things}."
    ),
}
_EDITED_TEXT = {
    "touchpoint": QT_TRANSLATE_NOOP(
        "UndoImportDialog",
        "The touch-point on {day} with {account} was kept: it was edited after the import.",
    ),
    "touchpoint#": QT_TRANSLATE_NOOP(
        "UndoImportDialog", "The touch-point {name} was kept: it was edited after the import."
    ),
}
_CHANGED_TEXT = {
    "company": QT_TRANSLATE_NOOP(
        "UndoImportDialog",
        "The account {name}: {field} was changed after the import; that value was kept.",
    ),
    "contact": QT_TRANSLATE_NOOP(
        "UndoImportDialog",
        "The contact {name}: {field} was changed after the import; that value was kept.",
    ),
    "employment": QT_TRANSLATE_NOOP(
        "UndoImportDialog",
        "A job: {field} was changed after the import; that value was kept.",
    ),
    "touchpoint": QT_TRANSLATE_NOOP(
        "UndoImportDialog",
        "The touch-point on {day} with {account}: {field} was changed after the import; "
        "that value was kept.",
    ),
    "touchpoint#": QT_TRANSLATE_NOOP(
        "UndoImportDialog",
        "The touch-point {name}: {field} was changed after the import; that value was kept.",
    ),
}


def _tr(text: str) -> str:
    return translate("UndoImportDialog", text)


def _things(tables: str) -> str:
    """The tables a storage note names ("touchpoints, content_sends") as the locale lists them."""
    names = [t.strip() for t in tables.split(",") if t.strip()]
    words = [_tr(_TABLES[t]) if t in _TABLES else t.replace("_", " ") for t in names]
    return display.locale().createSeparatedList(words)


def _field(name: str) -> str:
    return _tr(_FIELDS[name]) if name in _FIELDS else name.replace("_", " ")


def _subject(store: Store, entity: str, number: int) -> tuple[str, dict[str, str]]:
    """Which sentence names the record (its key in the tables above) and the names it needs."""
    try:
        if entity == "company":
            return entity, {"name": store.companies.get(number).name}
        if entity == "contact":
            return entity, {"name": store.contacts.get(number).full_name}
        if entity == "touchpoint":
            entry = store.touchpoints.entry(number)
            return entity, {"day": display.day(entry.touchpoint.day), "account": entry.company_name}
    except PlannerError:
        pass
    number_text = f"#{number}"
    if entity == "touchpoint":
        return "touchpoint#", {"name": number_text}
    return entity, {"name": number_text}


def describe_kept(store: Store, note: str) -> str:
    """A storage note ("contact 12 kept: it now has touchpoints") in the rep's words."""
    match = _NOTE.match(note)
    if match is None:
        return note
    entity, number, rest = match.group(1), int(match.group(2)), match.group(3)
    key, names = _subject(store, entity, number)
    changed = _CHANGED.match(rest)
    if changed is not None and key in _CHANGED_TEXT:
        return _tr(_CHANGED_TEXT[key]).format(field=_field(changed.group(1)), **names)
    if rest.startswith(_NOW_HAS) and key in _NOW_HAS_TEXT:
        things = _things(rest.removeprefix(_NOW_HAS))
        return _tr(_NOW_HAS_TEXT[key]).format(things=things, **names)
    if rest == _EDITED and key in _EDITED_TEXT:
        return _tr(_EDITED_TEXT[key]).format(**names)
    return note


class UndoImportDialog(QDialog):
    """Lists past imports; Undo this import takes the chosen one back in one transaction.

    The undo runs off the GUI thread (`ImportUndoRunner`): meanwhile the dialog shows that it
    is busy, keeps painting, and neither starts a second undo nor closes. `undone` follows a
    finished undo, once the views have been told to reload.
    """

    undone = Signal(object)  # UndoImportResult

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.store = controller.store
        self.last_result: UndoImportResult | None = None
        self.runner = ImportUndoRunner(controller, self)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.setWindowTitle(self.tr("Undo import"))

        intro = QLabel(
            self.tr(
                "Undoing an import removes the records it added, unless they have history since "
                "(a logged touch keeps a contact), and puts back the fields it filled, unless "
                "you edited them since. It cannot itself be undone."
            ),
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
        self.empty_label = QLabel(self.tr("No imports yet."), self)
        self.empty_label.setStyleSheet("color: #52606d;")
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setStyleSheet(
            "background: #eef6f6; border: 1px solid #c9e2e4; border-radius: 4px; padding: 6px;"
        )
        self.result_label.hide()
        self.busy_label = QLabel(self)
        self.busy_label.setWordWrap(True)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # no steps to count: SQLite does the work in a few statements
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Undoing the import"))
        self.busy_label.hide()
        self.busy_bar.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.undo_button = QPushButton(self.tr("&Undo this import"), self)
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
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
        busy = self.runner.running
        self.undo_button.setEnabled(batch is not None and not batch.is_undone and not busy)
        self.table.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        if batch is not None:
            self.undo_button.setToolTip(
                self.tr("Undo the import of {file} on {when}").format(
                    file=batch.source, when=when(batch)
                )
            )

    @property
    def busy(self) -> bool:
        """True while an undo runs."""
        return self.runner.running

    def undo_selected(self) -> bool:
        """Start undoing the selected import; False when none is chosen or one is running.

        The outcome shows in the dialog when the undo is over (`undone` follows a success);
        a plan in memory is undone at once.
        """
        batch_id = self.current_batch_id()
        row = None if batch_id is None else self.model.row_of(batch_id)
        if batch_id is None or row is None or self.runner.running:
            return False
        self.result_label.hide()
        self.busy_label.setText(
            self.tr("Undoing the import of {file}…").format(file=self.model.batch(row).source)
        )
        self.setCursor(Qt.CursorShape.BusyCursor)
        started = self.runner.start(batch_id)
        self._update_state()
        return started

    def reject(self) -> None:
        """Close, unless an undo is running (its outcome is shown here when it is over)."""
        if not self.runner.running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.running:
            event.ignore()
            return
        super().closeEvent(event)

    def describe_undo(self, result: UndoImportResult) -> str:
        """What undoing an import did, and what it left alone and why."""
        # self.tr, not translate(): lupdate only sees the count of a tr() call.
        contacts = self.tr("%Ln contact(s)", "", result.deleted_contacts)
        accounts = self.tr("%Ln account(s)", "", result.deleted_companies)
        fields = self.tr("%Ln field(s)", "", result.restored_fields)
        if result.deleted_touchpoints:
            touchpoints = self.tr("%Ln touch-point(s)", "", result.deleted_touchpoints)
            summary = self.tr(
                "Import undone: removed {touchpoints}, {contacts} and {accounts}, "
                "put back {fields}."
            ).format(touchpoints=touchpoints, contacts=contacts, accounts=accounts, fields=fields)
        else:
            summary = self.tr(
                "Import undone: removed {contacts} and {accounts}, put back {fields}."
            ).format(contacts=contacts, accounts=accounts, fields=fields)
        lines = [summary]
        if result.kept:
            lines.append(self.tr("Kept because of later changes:"))
            lines.extend(
                self.tr("• {reason}").format(reason=describe_kept(self.store, note))
                for note in result.kept
            )
        return "\n".join(lines)

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

    def _on_runner_finished(self, result: UndoImportResult) -> None:
        self.unsetCursor()
        self.last_result = result
        self.reload()
        self._show(self.describe_undo(result), error=False)
        self.undone.emit(result)

    def _on_runner_failed(self, message: str) -> None:
        self.unsetCursor()
        self.reload()  # the batch may have been undone elsewhere meanwhile
        self._show(message, error=True)

    def _on_undo_button_clicked(self) -> None:
        batch_id = self.current_batch_id()
        row = None if batch_id is None else self.model.row_of(batch_id)
        if row is None:
            return
        batch = self.model.batch(row)
        question = self.tr(
            "Undo the import of {file} on {when}? It removes what the import added and puts "
            "back the fields it filled, except where you changed them since. This cannot be "
            "undone."
        ).format(file=batch.source, when=when(batch))
        if confirm(self, self.tr("Undo import"), question, self.tr("Undo import")):
            self.undo_selected()
