"""The controller's import commands: undoing an import, by Ctrl+Z or File → Undo import…,
refused plainly by a locked file, and nothing changed."""

from __future__ import annotations

import sqlite3

import pytest

from planner.domain.errors import DatabaseLockedError
from planner.domain.timing import FixedClock
from planner.interchange.importer import ImportSource
from planner.storage import Store
from planner.ui.controller import Controller

CSV = b"first_name,last_name,company\nAda,Lovelace,Fabrikam\nBo,Bauer,Contoso\n"


@pytest.fixture
def controller(file_store: Store, clock: FixedClock) -> Controller:
    return Controller(file_store, clock)


def _lock(store: Store) -> sqlite3.Connection:
    """Another program in the middle of a write; the window's connection waits briefly."""
    assert store.path is not None
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    store.db.execute("PRAGMA busy_timeout = 50")
    return other


def test_ctrl_z_of_an_import_on_a_locked_file_says_so_and_keeps_the_step(
    qtbot, controller: Controller, file_store: Store
) -> None:
    controller.import_source(ImportSource.from_bytes(CSV, "people.csv"))
    other = _lock(file_store)
    with qtbot.waitSignal(controller.failed) as failed:
        controller.undo_stack.undo()
    assert "locked by another program" in failed.args[0]
    other.execute("ROLLBACK")
    other.close()
    assert file_store.contacts.count() == 2
    assert controller.undo_stack.canUndo()  # the rep can try again
    with qtbot.waitSignal(controller.changed):
        controller.undo_stack.undo()
    assert file_store.contacts.count() == 0


def test_undo_import_on_a_locked_file_is_refused_plainly(
    controller: Controller, file_store: Store
) -> None:
    result = controller.import_source(ImportSource.from_bytes(CSV, "people.csv"))
    assert result.batch is not None
    other = _lock(file_store)
    with pytest.raises(DatabaseLockedError):
        controller.undo_import(result.batch.id)
    other.execute("ROLLBACK")
    other.close()
    assert file_store.contacts.count() == 2
    assert not file_store.imports.get(result.batch.id).is_undone
