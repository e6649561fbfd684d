"""The contacts view: a filterable table of people with their job history and touches."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from planner.domain.model import Company, CompanyKind, Contact, Status
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.ui import display
from planner.ui.controller import COMPANIES, CONTACTS, CONTENT, TOUCHPOINTS, Controller
from planner.ui.dialogs.contact_dialog import ContactDialog
from planner.ui.dialogs.merge_dialog import MergeDialog, MergeKind
from planner.ui.dialogs.move_contact_dialog import Move, MoveContactDialog
from planner.ui.engine_runner import EngineRunner
from planner.ui.models.contacts_model import Column, ContactsModel
from planner.ui.widgets.contact_detail import ContactDetail
from planner.ui.widgets.records_view import RecordsSpec
from planner.ui.widgets.sql_records import ContactRows
from planner.ui.widgets.sql_records_view import SqlRecordsView

SPEC = RecordsSpec(
    new_text=QT_TRANSLATE_NOOP("RecordsView", "New contact"),
    new_tip=QT_TRANSLATE_NOOP("RecordsView", "Add a contact (Ctrl+N)"),
    edit_tip=QT_TRANSLATE_NOOP("RecordsView", "Edit the selected contact (double-click a row)"),
    delete_tip=QT_TRANSLATE_NOOP(
        "RecordsView", "Delete the selected contact (Delete; Ctrl+Z undoes it)"
    ),
    filter_placeholder=QT_TRANSLATE_NOOP(
        "RecordsView", "Filter contacts by name, company, title, e-mail…"
    ),
    placeholder=QT_TRANSLATE_NOOP(
        "RecordsView", "Select a contact to see their jobs, touches and content."
    ),
    empty_text=QT_TRANSLATE_NOOP("RecordsView", "No contacts yet — add one."),
    no_match_text=QT_TRANSLATE_NOOP("RecordsView", "No contact matches the filter."),
    open_failed=QT_TRANSLATE_NOOP("RecordsView", "Could not open the contact"),
    delete_failed=QT_TRANSLATE_NOOP("RecordsView", "Could not delete the contact"),
    widths={
        Column.NAME: 160,
        Column.COMPANY: 160,
        Column.TITLE: 170,
        Column.LEVEL: 95,
        Column.ROLE: 110,
        Column.EMAIL: 200,
        Column.PHONE: 120,
        Column.LAST_TOUCH: 100,
    },
    sort_column=Column.NAME,
    reload_on=(CONTACTS, COMPANIES, TOUCHPOINTS),
    refresh_on=(COMPANIES, CONTACTS, TOUCHPOINTS, CONTENT),
    stretch_column=Column.NAME,
    widest=160,
    # Shown while the table has room beside the names (the detail shows them too).
    optional=(Column.EMAIL, Column.PHONE),
    least=160,
)


class ContactsView(SqlRecordsView[ContactsModel, ContactDetail]):
    """Lists the contacts and shows the selected one in detail; edits go through the controller."""

    TABLE = "contacts"

    def __init__(
        self,
        controller: Controller,
        parent: QWidget | None = None,
        *,
        engine: EngineRunner | None = None,
    ) -> None:
        source = ContactRows(controller.store.read)
        super().__init__(controller, ContactsModel(), source, SPEC, parent, engine=engine)

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%Ln contact(s)", "", total)
        return self.tr("{shown} of %Ln contact(s)", "", total).format(shown=display.number(shown))

    def _make_actions(self) -> list[QAction]:
        self.move_action = QAction(self.tr("Moved to another company…"), self)
        self.move_action.setToolTip(
            self.tr("They changed jobs: keep the old job and their touch history")
        )
        self.move_action.triggered.connect(self._on_move_action_triggered)
        self.merge_action = QAction(self.tr("Merge into…"), self)
        self.merge_action.setToolTip(
            self.tr(
                "The selected contact is a duplicate: fold it into another, keeping its history"
            )
        )
        self.merge_action.triggered.connect(self._on_merge_action_triggered)
        return [self.move_action, self.merge_action]

    def _create_detail(self) -> ContactDetail:
        detail = ContactDetail(self.store, self)
        detail.nurture.set_engine(self.engine)
        return detail

    # Reading.

    def current_contact_id(self) -> int | None:
        return self.current_id()

    def open_contact(self, contact_id: int) -> None:
        """Select and show one contact, clearing a filter that would hide them."""
        self.open_record(contact_id)

    # Editing.

    def _companies(self) -> list[Company]:
        # The pickers read ids and names: the light list, not whole accounts.
        return self.store.read.account_choices()

    def new_contact(self, company_id: int | None = None) -> ContactDialog:
        """Open the form for a new contact (non-blocking; the dialog is kept in `dialog`)."""
        return self._open_contact_dialog(None, company_id)

    def edit_contact(self, contact_id: int | None = None) -> ContactDialog | None:
        contact = self._read(self.store.contacts.get, contact_id)
        return None if contact is None else self._open_contact_dialog(contact, None)

    def _open_contact_dialog(
        self, contact: Contact | None, company_id: int | None
    ) -> ContactDialog:
        saved: list[Contact] = []

        def save(value: Contact) -> None:
            if contact is None:
                saved.append(self.controller.add_contact(value, self.controller.today()))
            else:
                saved.append(self.controller.update_contact(value))

        dialog = ContactDialog(contact, self._companies(), save, self, company_id)
        self._keep_open(dialog, saved)
        return dialog

    def move_contact(self, contact_id: int | None = None) -> MoveContactDialog | None:
        """Ask where the contact went; a typed new name adds the company as a prospect."""
        chosen = self._chosen(contact_id)
        if chosen is None:
            return None
        contact = self.store.contacts.get(chosen)
        companies = self._companies()
        current = next((c.name for c in companies if c.id == contact.company_id), "")
        saved: list[Contact] = []

        def save(move: Move) -> None:
            title = move.title or None
            if move.company_id is not None:
                saved.append(
                    self.controller.move_contact(
                        chosen, move.company_id, move.on, title, move.planned
                    )
                )
            else:
                prospect = Company(name=move.new_company_name, kind=CompanyKind.PROSPECT)
                moved, _company = self.controller.move_contact_to_new_company(
                    chosen, prospect, move.on, title, move.planned
                )
                saved.append(moved)

        planned = [
            entry
            for entry in reversed(self.store.touchpoints.for_contact(chosen))
            if entry.touchpoint.status is Status.PLANNED
        ]
        dialog = MoveContactDialog(
            contact, current, companies, self.controller.today(), save, self, planned
        )
        self._keep_open(dialog, saved)
        return dialog

    def delete_contact(self, contact_id: int | None = None) -> None:
        self.delete_record(contact_id)

    def merge_contact(self, contact_id: int | None = None) -> MergeDialog | None:
        """Fold the selected duplicate into a contact picked side by side (keeps all history)."""
        return self._open_merge(MergeKind.CONTACT, contact_id)

    def _new(self) -> None:
        self.new_contact()

    def _edit(self, record_id: int | None) -> None:
        self.edit_contact(record_id)

    def _delete(self, record_id: int) -> None:
        self.controller.delete_contact(record_id)

    def _on_move_action_triggered(self) -> None:
        self.move_contact()

    def _on_merge_action_triggered(self) -> None:
        self.merge_contact()
