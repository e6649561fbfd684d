"""Undo import on a plan file: off the GUI thread, one at a time, all or nothing, said plainly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.domain.timing import FixedClock
from planner.interchange.importer import ImportSource
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.dialogs.undo_import_dialog import UndoImportDialog
from planner.ui.main_window import MainWindow
from tests.unit.storage.test_bulk_inserts import derived, existing_book
from tests.unit.storage.test_touch_facts import recompute, stored

HEADER = "first_name,last_name,company,title,level,buying_role,email,phone,profile_url,notes\n"
PEOPLE = 400


def _book(store: Store) -> dict[str, Any]:
    """Every table's rows but the imports' own log, and the search indexes and touch facts."""
    names = [
        name
        for (name,) in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%fts%' AND name NOT LIKE 'search_everything%' "
            "AND name NOT LIKE 'import_%' ORDER BY name"
        )
    ]
    tables = {n: store.db.execute(f'SELECT * FROM "{n}" ORDER BY 1').fetchall() for n in names}
    return {"tables": tables, "derived": derived(store)}


@pytest.fixture
def controller(file_store: Store, clock: FixedClock) -> Controller:
    return Controller(file_store, clock)


@pytest.fixture
def imported(file_store: Store, controller: Controller) -> dict[str, Any]:
    """A book, its state before a bulk import of PEOPLE new people, and that import."""
    existing_book(file_store)
    before = _book(file_store)
    import_people(file_store, controller)
    return before


def import_people(store: Store, controller: Controller) -> None:
    """Import PEOPLE new people, each at a new account, as one undo step ("people.csv")."""
    rows = [f"P{i},Undo,Newco {i % 9},Buyer,,,p{i}@undo.example,,,\n" for i in range(PEOPLE)]
    source = ImportSource.from_bytes((HEADER + "".join(rows)).encode(), "people.csv")
    controller.import_source(source)
    assert store.contacts.count() == PEOPLE + 1


@pytest.fixture
def after_import(file_store: Store, imported: dict[str, Any]) -> dict[str, Any]:
    """The state the import left (read before another program locks the file: the search
    indexes' own check writes)."""
    return _book(file_store)


def _dialog(qtbot, controller: Controller) -> UndoImportDialog:
    dialog = UndoImportDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _confirm(on_modal) -> None:  # type: ignore[no-untyped-def]
    def press(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "Undo import").click()

    on_modal(press)


def test_the_window_keeps_turning_and_no_second_undo_starts_meanwhile(
    qtbot, controller: Controller, file_store: Store, imported, other_program, on_modal
) -> None:
    dialog = _dialog(qtbot, controller)
    beats: list[int] = []
    heartbeat = QTimer(dialog)
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(lambda: beats.append(1))
    heartbeat.start()
    _confirm(on_modal)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    # The undo waits on its own thread for the other program's write to end …
    assert dialog.busy
    assert dialog.busy_bar.isVisible()
    assert "Undoing the import of people.csv" in dialog.busy_label.text()
    qtbot.waitUntil(lambda: len(beats) >= 20)  # … while the event loop keeps turning.
    assert not dialog.undo_button.isEnabled()
    assert not dialog.close_button.isEnabled()
    assert not dialog.undo_selected()  # no second undo
    assert not dialog.runner.start(file_store.imports.all()[0].id)
    dialog.reject()  # Escape, or the window's close button
    assert dialog.isVisible()
    assert file_store.contacts.count() == PEOPLE + 1  # nothing half done meanwhile
    with qtbot.waitSignal(dialog.undone) as undone:
        other_program.execute("ROLLBACK")
    assert undone.args[0].deleted_contacts == PEOPLE
    assert _book(file_store) == imported
    assert stored(file_store) == recompute(file_store)
    assert file_store.search("Undo") == []
    assert not dialog.busy
    assert not dialog.busy_bar.isVisible()
    assert dialog.close_button.isEnabled()
    assert "Import undone: removed 400 contacts and 9 accounts" in dialog.result_label.text()
    assert not controller.undo_stack.canUndo()  # the import's Ctrl+Z step went with it
    dialog.reject()
    assert not dialog.isVisible()


def test_a_refused_undo_says_why_and_changes_nothing(
    qtbot,
    controller: Controller,
    file_store: Store,
    imported,
    after_import,
    other_program,
    on_modal,
) -> None:
    dialog = _dialog(qtbot, controller)
    dialog.runner.lock_wait_ms = 50  # the other program does not let go in time
    _confirm(on_modal)
    with (
        qtbot.assertNotEmitted(controller.changed),
        qtbot.waitSignal(dialog.runner.failed) as failed,
    ):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert "locked by another program" in failed.args[0]
    assert dialog.result_label.text() == failed.args[0]
    assert not file_store.imports.all()[0].is_undone
    assert controller.undo_stack.canUndo()
    assert not dialog.busy
    assert dialog.undo_button.isEnabled()  # try again
    other_program.execute("ROLLBACK")
    assert _book(file_store) == after_import
    _confirm(on_modal)
    with qtbot.waitSignal(dialog.undone):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert _book(file_store) == imported


def test_a_plan_file_that_vanished_is_not_undone_anew(
    qtbot, controller: Controller, file_store: Store, after_import
) -> None:
    assert file_store.path is not None
    dialog = _dialog(qtbot, controller)
    moved = file_store.path.with_name("moved.db")
    file_store.path.rename(moved)
    with qtbot.waitSignal(dialog.runner.failed) as failed:
        assert dialog.undo_selected()
    assert "does not exist" in failed.args[0]
    assert not file_store.path.exists()  # no empty plan made in its place
    assert _book(file_store) == after_import


def test_the_window_reloads_once_after_an_undo_from_the_file_menu(
    qtbot, controller: Controller, file_store: Store, imported
) -> None:
    assert file_store.path is not None
    window = MainWindow(controller, Path(file_store.path))
    window.finish_start()
    qtbot.addWidget(window)
    dialog = window.interchange.open_undo_import()
    # The window takes no edits meanwhile: the dialog is modal to it.
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    with qtbot.waitSignal(dialog.undone), qtbot.waitSignal(controller.changed):
        assert dialog.undo_selected()
    # The undo's own connection wrote it: that is no other program's change to reload for.
    with qtbot.assertNotEmitted(controller.changed):
        assert not window.external_changes.check()
    dialog.close()
