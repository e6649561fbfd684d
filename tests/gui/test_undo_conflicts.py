"""Undo and redo never overwrite a touch-point changed since, e.g. from the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import build_week

from planner.cli import main
from planner.domain.model import Status
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.ui.controller import Controller


@pytest.fixture
def plan(tmp_path: Path, clock: FixedClock):
    store = Store.open(tmp_path / "planner.db", clock)
    week = build_week(store)
    controller = Controller(store, clock)
    errors: list[str] = []
    controller.failed.connect(errors.append)
    yield store, week, controller, errors, tmp_path / "planner.db"
    store.close()


def _cli(db: Path, *args: str) -> None:
    assert main(["--db", str(db), "--today", "2026-11-23", *args]) == 0


def test_undo_does_not_revert_a_touch_point_the_cli_marked_done(qtbot, plan) -> None:
    store, week, controller, errors, db = plan
    later = week.later.id or 0
    controller.move_touchpoint(later, date(2026, 12, 2))
    _cli(db, "touch", "done", str(later), "--outcome", "Signed the renewal")

    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(errors))
    assert "changed since" in errors[0]
    tp = store.touchpoints.get(later)
    assert tp.status is Status.DONE
    assert tp.outcome == "Signed the renewal"
    assert tp.day == date(2026, 12, 2)
    assert controller.undo_stack.index() == 1  # the step stays, nothing was undone


def test_undo_of_a_new_touch_point_keeps_one_the_cli_completed(qtbot, plan) -> None:
    store, week, controller, errors, db = plan
    added = controller.plan_touchpoint(week.later.replace(id=None, title="Fresh call"))
    _cli(db, "touch", "done", str(added.id), "--outcome", "Booked a demo")
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(errors))
    assert store.touchpoints.get(added.id or 0).outcome == "Booked a demo"


def test_redo_does_not_overwrite_either(qtbot, plan) -> None:
    store, week, controller, errors, db = plan
    later = week.later.id or 0
    controller.set_status(later, Status.SKIPPED)
    controller.undo_stack.undo()
    assert store.touchpoints.get(later).status is Status.PLANNED
    _cli(db, "touch", "done", str(later), "--outcome", "Went well")
    controller.undo_stack.redo()
    qtbot.waitUntil(lambda: bool(errors))
    assert store.touchpoints.get(later).status is Status.DONE


def test_undo_and_redo_still_work_when_nothing_changed_elsewhere(qtbot, plan) -> None:
    store, week, controller, errors, _db = plan
    later = week.later.id or 0
    controller.complete_touchpoint(later, "Good talk")
    controller.undo_stack.undo()
    assert store.touchpoints.get(later).status is Status.PLANNED
    controller.undo_stack.redo()
    assert store.touchpoints.get(later).outcome == "Good talk"
    controller.delete_touchpoint(later)
    controller.undo_stack.undo()
    controller.undo_stack.redo()
    controller.undo_stack.undo()
    assert store.touchpoints.get(later).outcome == "Good talk"
    assert errors == []


def test_a_touch_point_deleted_elsewhere_is_not_brought_back(qtbot, plan) -> None:
    store, week, controller, errors, _db = plan
    later = week.later.id or 0
    controller.move_touchpoint(later, date(2026, 12, 3))
    store.touchpoints.delete(later)  # as another window or process would
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(errors))
    assert "deleted since" in errors[0]


def test_undo_keeps_an_account_edited_elsewhere(qtbot, plan) -> None:
    store, week, controller, errors, _db = plan
    acme = store.companies.get(week.acme.id or 0)
    controller.update_company(acme.replace(notes="Ours"))
    store.companies.update(store.companies.get(acme.id or 0).replace(notes="From elsewhere"))
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(errors))
    assert store.companies.get(acme.id or 0).notes == "From elsewhere"


def test_undo_keeps_a_contact_edited_elsewhere(qtbot, plan) -> None:
    store, week, controller, errors, _db = plan
    ada = store.contacts.get(week.ada.id or 0)
    controller.update_contact(ada.replace(notes="Ours"))
    store.contacts.update(store.contacts.get(ada.id or 0).replace(notes="From elsewhere"))
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(errors))
    assert store.contacts.get(ada.id or 0).notes == "From elsewhere"
    errors.clear()
    # Without a change elsewhere, undo works as before.
    controller.update_contact(store.contacts.get(ada.id or 0).replace(notes="Again"))
    controller.undo_stack.undo()
    assert store.contacts.get(ada.id or 0).notes == "From elsewhere"
    assert errors == []
