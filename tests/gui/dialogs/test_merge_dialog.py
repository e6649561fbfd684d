"""Merging duplicates from the contacts and accounts views: side by side, history kept."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import Week, build_week
from PySide6.QtCore import Qt

from planner.domain.errors import NotFoundError
from planner.domain.model import Channel, Company, CompanyKind, Contact, ContentSend, TouchPoint
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.backup_files import Reason, plan_backups
from planner.ui.controller import Controller
from planner.ui.dialogs.merge_dialog import MergeDialog
from planner.ui.widgets.accounts_view import AccountsView
from planner.ui.widgets.contacts_view import ContactsView


def add_duplicate_ada(store: Store, week: Week) -> Contact:
    """A second Ada (no company, an e-mail) with a touch and a content send of her own."""
    with store.transaction():
        dup = store.contacts.add(Contact("Ada", "Lovelace", email="ada@acme.example"))
        assert dup.id is not None
        assert week.globex.id is not None
        store.touchpoints.add(
            TouchPoint(week.globex.id, date(2026, 11, 10), Channel.CALL, contact_id=dup.id)
        )
        assert week.paper.id is not None
        store.content.record_send(ContentSend(week.paper.id, dup.id, date(2026, 11, 11)))
    return dup


def history(store: Store, contact_id: int) -> tuple[set[int | None], set[int | None]]:
    touches = {e.touchpoint.id for e in store.touchpoints.for_contact(contact_id)}
    sends = {s.id for s in store.content.sends_for_contact(contact_id)}
    return touches, sends


def merge(qtbot, dialog: MergeDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)


def test_merging_two_contacts_keeps_the_touch_history(
    qtbot, controller: Controller, store: Store
) -> None:
    week = build_week(store)
    dup = add_duplicate_ada(store, week)
    assert week.ada.id is not None
    assert dup.id is not None
    kept_touches, kept_sends = history(store, week.ada.id)
    dup_touches, dup_sends = history(store, dup.id)
    assert dup_touches
    assert dup_sends
    view = ContactsView(controller)
    qtbot.addWidget(view)
    view.open_contact(dup.id)
    assert view.merge_action.isEnabled()

    dialog = view.merge_contact()
    assert isinstance(dialog, MergeDialog)
    assert dialog.keep_id() == week.ada.id  # the same name is picked as the likely original
    rows = [label.text() for label in dialog.gone_labels]
    kept = [label.text() for label in dialog.keep_labels]
    assert rows[:2] == ["Ada Lovelace", "—"]
    assert kept[:3] == ["Ada Lovelace", "Acme Corp", "CTO"]
    assert "cannot be undone" in dialog.warning_label.text()

    with qtbot.waitSignal(controller.changed):
        merge(qtbot, dialog)
    with pytest.raises(NotFoundError):
        store.contacts.get(dup.id)
    touches, sends = history(store, week.ada.id)
    assert touches == kept_touches | dup_touches
    assert sends == kept_sends | dup_sends
    assert store.contacts.get(week.ada.id).email == "ada@acme.example"  # filled from the duplicate
    assert view.current_contact_id() == week.ada.id
    assert not controller.undo_stack.canUndo()


def test_merging_two_accounts_moves_contacts_and_touches(
    qtbot, controller: Controller, store: Store
) -> None:
    week = build_week(store)
    with store.transaction():
        dup = store.companies.add(Company("ACME CORP.", CompanyKind.PROSPECT, industry="Rockets"))
        assert dup.id is not None
        store.contacts.add(Contact("Bea", "Builder", company_id=dup.id))
        store.touchpoints.add(TouchPoint(dup.id, date(2026, 11, 12), Channel.EMAIL))
    assert week.acme.id is not None
    touches_before = {e.touchpoint.id for e in store.touchpoints.for_company(week.acme.id)}
    dup_touches = {e.touchpoint.id for e in store.touchpoints.for_company(dup.id)}
    view = AccountsView(controller)
    qtbot.addWidget(view)
    view.open_company(dup.id)

    dialog = view.merge_account()
    assert isinstance(dialog, MergeDialog)
    assert dialog.keep_id() == week.acme.id  # "ACME CORP." = "Acme Corp"
    assert [label.text() for label in dialog.gone_labels][:3] == [
        "ACME CORP.",
        "Prospect",
        "Rockets",
    ]
    with qtbot.waitSignal(controller.changed):
        merge(qtbot, dialog)
    with pytest.raises(NotFoundError):
        store.companies.get(dup.id)
    after = {e.touchpoint.id for e in store.touchpoints.for_company(week.acme.id)}
    assert after == touches_before | dup_touches
    names = {c.full_name for c in store.contacts.for_company(week.acme.id)}
    assert {"Ada Lovelace", "Bea Builder"} <= names
    assert store.companies.get(week.acme.id).industry == "Rockets"


def test_nothing_is_merged_until_a_record_to_keep_is_picked(
    qtbot, controller: Controller, store: Store
) -> None:
    week = build_week(store)
    view = AccountsView(controller)
    qtbot.addWidget(view)
    assert week.globex.id is not None
    dialog = view.merge_account(week.globex.id)
    assert isinstance(dialog, MergeDialog)
    assert dialog.keep_id() is None  # no look-alike: nothing is guessed
    assert not dialog.merge_button.isEnabled()
    assert all(label.text() == "" for label in dialog.keep_labels)
    dialog.keep_combo.setEditText("Acme corp")
    assert dialog.keep_id() == week.acme.id
    assert dialog.merge_button.isEnabled()
    dialog.reject()
    assert store.companies.count() == 2


def test_a_merge_of_a_plan_file_is_backed_up_first(
    qtbot, file_store: Store, clock: FixedClock
) -> None:
    controller = Controller(file_store, clock)
    week = build_week(file_store)
    dup = add_duplicate_ada(file_store, week)
    assert dup.id is not None
    assert file_store.path is not None
    view = ContactsView(controller)
    qtbot.addWidget(view)
    dialog = view.merge_contact(dup.id)
    assert isinstance(dialog, MergeDialog)
    assert str(file_store.folders.backups) in dialog.warning_label.text()
    merge(qtbot, dialog)
    made = plan_backups(file_store.folders.backups, file_store.path)
    assert [b.reason for b in made] == [Reason.MANUAL]
    assert file_store.contacts.count() == 1
