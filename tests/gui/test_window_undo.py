"""Ctrl+Z of an import in the window: on a worker, the window painting and waiting, all or none."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from planner.domain.model import Company
from planner.domain.timing import FixedClock
from planner.interchange.importer import ImportSource
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow
from planner.ui.pages import Page
from planner.ui.session import Session
from tests.gui.dialogs.test_undo_import_dialog import HEADER, PEOPLE, _book, import_people
from tests.unit.storage.test_bulk_inserts import existing_book
from tests.unit.storage.test_touch_facts import recompute, stored


@pytest.fixture
def controller(file_store: Store, clock: FixedClock) -> Controller:
    return Controller(file_store, clock)


@pytest.fixture
def imported(file_store: Store, controller: Controller) -> dict[str, Any]:
    """A book with one edit on the stack, its state before a bulk import of PEOPLE new
    people, and that import (the next step Ctrl+Z undoes)."""
    existing_book(file_store)
    controller.add_company(Company("Zeta Mills"))
    before = _book(file_store)
    import_people(file_store, controller)
    return before


@pytest.fixture
def window(qtbot, controller: Controller, file_store: Store) -> MainWindow:
    assert file_store.path is not None
    widget = MainWindow(controller, Path(file_store.path))
    widget.finish_start()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def _confirm(on_modal) -> None:  # type: ignore[no-untyped-def]
    def press(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "Undo import").click()

    on_modal(press)


def _ctrl_z(qtbot, window: MainWindow) -> None:
    focused = QApplication.focusWidget() or window
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _cursor() -> Qt.CursorShape | None:
    cursor = QGuiApplication.overrideCursor()
    return None if cursor is None else cursor.shape()


def test_ctrl_z_undoes_the_import_on_a_worker_while_the_window_keeps_turning(
    qtbot,
    qtmodeltester,
    window: MainWindow,
    controller: Controller,
    file_store: Store,
    imported,
    other_program,
    on_modal,
) -> None:
    window.show_page(Page.CONTACTS)
    contacts = window.page_widget(Page.CONTACTS)
    contacts.table.setFocus()  # a search field would take Ctrl+Z for its own text
    stack = controller.undo_stack
    count = stack.count()
    beats: list[int] = []
    heartbeat = QTimer(window)
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(lambda: beats.append(1))
    heartbeat.start()
    _confirm(on_modal)
    _ctrl_z(qtbot, window)
    # The undo waits on the worker for the other program's write to end …
    undo = window.window_undo
    assert undo.running
    qtbot.waitUntil(lambda: len(beats) >= 20)  # … while the event loop keeps turning,
    assert _cursor() == Qt.CursorShape.WaitCursor  # and the window says it is busy.
    assert window.statusBar().currentMessage() == "Undoing: Import people.csv…"
    assert not window.undo_action.isEnabled()
    assert not window.redo_action.isEnabled()
    # A second Ctrl+Z is refused, not queued: it would take back a step the rep has not seen.
    _ctrl_z(qtbot, window)
    assert not undo.undo()
    assert stack.index() == count  # the stack moves only once the undo has committed
    assert file_store.contacts.count() == PEOPLE + 1  # nothing half done meanwhile
    with qtbot.waitSignal(undo.runner.finished), qtbot.waitSignal(controller.changed):
        other_program.execute("ROLLBACK")
    assert not undo.running
    assert _book(file_store) == imported  # every table, the search indexes, the touch facts
    assert stored(file_store) == recompute(file_store)
    assert file_store.search("Undo") == []
    # The import's step is gone (it cannot be redone); the edit before it is next to undo.
    assert stack.count() == count - 1
    assert stack.undoText() == "Add Zeta Mills"
    assert not stack.canRedo()
    assert window.undo_action.isEnabled()
    assert _cursor() is None
    assert window.statusBar().currentMessage() == "Undone: Import people.csv"
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1)
    qtmodeltester.check(contacts.model)
    # The worker's own write is no other program's change to reload for.
    with qtbot.assertNotEmitted(controller.changed):
        assert not window.external_changes.check()


def test_a_step_to_redo_stays_there_after_the_imports_undo(
    qtbot, window: MainWindow, controller: Controller, file_store: Store, imported, on_modal
) -> None:
    controller.add_company(Company("Omega Works"))
    controller.undo_stack.undo()  # the rep took it back; Redo would add it again
    assert controller.undo_stack.canRedo()
    _confirm(on_modal)
    with qtbot.waitSignal(window.window_undo.runner.finished):
        window.undo()
    assert file_store.contacts.count() == 1
    assert controller.undo_stack.canRedo()
    assert window.redo_action.isEnabled()
    assert controller.undo_stack.redoText() == "Add Omega Works"
    assert controller.undo_stack.undoText() == "Add Zeta Mills"


def test_a_locked_file_says_so_plainly_and_the_import_stays_on_the_stack(
    qtbot, window: MainWindow, controller: Controller, file_store: Store, imported, on_modal
) -> None:
    after_import = _book(file_store)  # read before the lock: the search check writes
    assert file_store.path is not None
    other = sqlite3.connect(file_store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    window.window_undo.runner.lock_wait_ms = 50  # the other program does not let go in time
    shown: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())

    on_modal(read)
    with qtbot.waitSignal(controller.failed) as failed:
        assert window.window_undo.undo()  # Ctrl+Z once the rep has said yes
    qtbot.waitUntil(lambda: bool(shown))
    assert "locked by another program" in failed.args[0]
    assert shown == [failed.args[0]]
    assert "Traceback" not in shown[0]
    other.execute("ROLLBACK")
    other.close()
    assert not window.window_undo.running
    assert _cursor() is None
    assert controller.undo_stack.undoText() == "Import people.csv"  # try again
    assert window.undo_action.isEnabled()
    assert _book(file_store) == after_import
    _confirm(on_modal)
    with qtbot.waitSignal(window.window_undo.runner.finished):
        window.undo()
    assert _book(file_store) == imported


def test_a_file_put_in_the_plans_place_is_not_written_to(
    qtbot, window: MainWindow, controller: Controller, file_store: Store, imported, on_modal
) -> None:
    """A backup restored over the plan (or a sync tool's copy) is another file: the worker
    refuses to write into it, and the window's step stays."""
    assert file_store.path is not None
    path = Path(file_store.path)
    copy = path.with_name("restored.db")
    shutil.copyfile(path, copy)
    os.replace(copy, path)
    on_modal(lambda box: None)  # the plain message
    with qtbot.waitSignal(controller.failed) as failed:
        assert window.window_undo.undo()
    assert "was replaced" in failed.args[0]
    assert controller.undo_stack.undoText() == "Import people.csv"
    restored = sqlite3.connect(path)
    try:
        assert restored.execute("SELECT count(*) FROM contacts").fetchone() == (PEOPLE + 1,)
        assert restored.execute("SELECT undone_at FROM import_batches").fetchall() == [(None,)]
    finally:
        restored.close()


def test_a_plan_file_that_vanished_is_not_made_anew(
    qtbot, window: MainWindow, controller: Controller, file_store: Store, imported, on_modal
) -> None:
    assert file_store.path is not None
    path = Path(file_store.path)
    path.rename(path.with_name("moved.db"))
    on_modal(lambda box: None)
    with qtbot.waitSignal(controller.failed) as failed:
        assert window.window_undo.undo()
    assert "does not exist" in failed.args[0]
    assert not path.exists()
    assert controller.undo_stack.undoText() == "Import people.csv"


def test_another_file_is_not_opened_while_the_undo_runs(
    qtbot, tmp_path: Path, clock: FixedClock, on_modal
) -> None:
    plan, other_plan = tmp_path / "plan.db", tmp_path / "other.db"
    session = Session(clock, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    try:
        assert session.open(plan, show=False) is None
        window = session.window
        assert window is not None
        window.finish_start()
        source = ImportSource.from_bytes((HEADER + "Ada,Undo,Newco,,,,,,,\n").encode(), "a.csv")
        window.controller.import_source(source)
        other = sqlite3.connect(plan, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # the undo waits on the worker meanwhile
        assert window.window_undo.undo()
        shown: list[str] = []
        on_modal(lambda box: shown.append(box.text()))  # type: ignore[attr-defined]
        window.open_another_requested.emit(other_plan)
        assert shown == ["An import is being undone; open the other file once that is over."]
        assert session.window is window
        assert not other_plan.exists()
        with qtbot.waitSignal(window.window_undo.runner.finished):
            other.execute("ROLLBACK")
        other.close()
        assert window.controller.store.contacts.count() == 0
        window.open_another_requested.emit(other_plan)  # once it is over, it opens
        assert session.window is not window
        assert other_plan.exists()
    finally:
        session.close()


def test_other_steps_are_undone_at_once_on_the_gui_thread(
    qtbot, window: MainWindow, controller: Controller, file_store: Store
) -> None:
    controller.add_company(Company("Zeta Mills"))
    with qtbot.waitSignal(controller.changed):
        assert window.window_undo.undo()
    assert not window.window_undo.running
    assert file_store.companies.count() == 0
    assert not window.window_undo.undo()  # nothing left to undo


def test_the_window_takes_no_edit_and_does_not_close_while_the_undo_runs(
    qtbot,
    window: MainWindow,
    controller: Controller,
    file_store: Store,
    imported,
    other_program,
    on_modal,
) -> None:
    assert window.window_undo.undo()
    clicked: list[bool] = []
    window.week_view.plan_button.clicked.connect(lambda: clicked.append(True))
    editors: list[QWidget] = []
    on_modal(editors.append)  # closes the editor the button opens
    qtbot.mouseClick(window.week_view.plan_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # Quit
    assert not window.close()
    assert clicked == []
    assert window.isVisible()
    with qtbot.waitSignal(window.window_undo.runner.finished):
        other_program.execute("ROLLBACK")
    assert editors == []  # no editor opened meanwhile
    qtbot.mouseClick(window.week_view.plan_button, Qt.MouseButton.LeftButton)
    assert clicked == [True]  # once it is over, the window takes input again
    qtbot.waitUntil(lambda: bool(editors))
