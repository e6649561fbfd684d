"""Every hostile-environment failure, seen from the window: the plain message and nothing lost."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import Week, build_week
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from planner import app as app_module
from planner.demo import generate
from planner.domain.model import Company
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.crash import CrashHandler, install_crash_handler
from planner.ui.dialogs.touchpoint_dialog import TouchpointDialog
from planner.ui.main_window import MainWindow
from planner.ui.mime import decode_ids
from planner.ui.session import Session
from planner.ui.widgets.week_columns import CardList

TUE = date(2026, 11, 24)
FRI = date(2026, 11, 27)
Rows = dict[str, list[dict[str, Any]]]


@pytest.fixture
def week(file_store: Store) -> Week:
    return build_week(file_store)


@pytest.fixture
def window(
    qtbot, file_store: Store, clock: FixedClock, week: Week, monday_first: None
) -> MainWindow:
    assert file_store.path is not None
    widget = MainWindow(Controller(file_store, clock), file_store.path)
    widget.finish_start()  # the whole window, its week read
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def saved(store: Store) -> Rows:
    """Every row of every table, as the file holds it now."""
    return {name: list(store.db.utils.table(name).rows) for name in store.db.table_names()}


@pytest.fixture
def quit_if_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    """A start that wrongly opens the window leaves run_gui after the first paint, not never."""
    monkeypatch.setenv("NURTURE_PLANNER_QUIT_AFTER_PAINT", "1")


def read_box(
    on_modal: Callable[[Callable[[QWidget], None]], None], shown: list[str] | None = None
) -> list[str]:
    """Arrange to read the next message box's text (and close it); the list fills when it shows."""
    shown = [] if shown is None else shown

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox), type(box).__name__
        shown.append(box.text())
        box.accept()

    on_modal(read)
    return shown


def plain(message: str) -> str:
    assert "Traceback" not in message
    assert "\n" not in message
    assert "sqlite3" not in message
    return message


def drop(view_list: CardList, touchpoint_id: int, target: CardList) -> None:
    """A card dragged from one day's list and dropped on another's."""
    model = view_list.model()
    row = next(
        r
        for r in range(model.rowCount())
        if view_list.touchpoint_id_at(model.index(r, 0)) == touchpoint_id
    )
    mime = model.mimeData([model.index(row, 0)])
    assert decode_ids(mime) == [touchpoint_id]
    pos = QPointF(target.viewport().rect().center())
    args = (
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target.viewport(), QDragEnterEvent(pos.toPoint(), *args))
    QApplication.sendEvent(target.viewport(), QDragMoveEvent(pos.toPoint(), *args))
    event = QDropEvent(pos, *args)
    QApplication.sendEvent(target.viewport(), event)
    assert event.isAccepted()


def shows_on(window: MainWindow, day: date) -> list[int]:
    """The touch-points whose cards the week view shows on `day`."""
    column = window.week_view.column_for(day)
    assert column is not None
    model = column.cards.model()
    return [column.cards.touchpoint_id_at(model.index(r, 0)) for r in range(model.rowCount())]


def drag_call_to_friday(window: MainWindow, week: Week) -> None:
    source = window.week_view.column_for(TUE)
    target = window.week_view.column_for(FRI)
    assert source is not None
    assert target is not None
    drop(source.cards, week.call.id, target.cards)


def plan_with_a_note(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, on_modal, note: str, *, refused: bool
) -> list[str]:
    """Double-click Thursday, fill in the touch-point dialog with `note` and press OK.

    When the plan is expected to be `refused`, the returned list receives the text of the
    message box that says why.
    """
    column = window.week_view.column_for(date(2026, 11, 26))
    assert column is not None
    shown: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, TouchpointDialog)
        dialog.company_combo.setEditText("Acme Corp")
        dialog.title_edit.setText("Rollout notes")
        dialog.notes_edit.setPlainText(note)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        if refused:  # its message box opens once this dialog has closed: read it then
            read_box(on_modal, shown)

    on_modal(fill)
    qtbot.mouseDClick(
        column.cards.viewport(),
        Qt.MouseButton.LeftButton,
        pos=column.cards.viewport().rect().center(),
    )
    return shown


# 1. Not a database, at start.


def test_a_file_that_is_not_a_database_is_named_and_left_untouched(
    qtbot, tmp_path: Path, clock: FixedClock, on_modal, quit_if_opened: None
) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"Meeting notes, not SQLite.\n" * 200)
    before = bogus.read_bytes()
    shown = read_box(on_modal)
    assert app_module.run_gui(bogus, clock) == 1
    [message] = shown
    assert "is not a Nurture Planner database" in plain(message)
    assert str(bogus) in message
    assert bogus.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]  # no -wal, -shm or lock


# 2. Read-only, at start (in a process that cannot override file modes, as a rep's would be).

_START = """
import sys
from datetime import date
from pathlib import Path
from PySide6.QtWidgets import QMessageBox
from planner import app
from planner.domain.timing import FixedClock

def critical(parent, title, text, *args, **kwargs):
    print(text, flush=True)
    return QMessageBox.StandardButton.Ok

QMessageBox.critical = critical
sys.exit(app.run_gui(Path(sys.argv[1]), FixedClock.on(date(2026, 11, 23))))
"""


def test_a_read_only_file_at_start_says_so_and_stays_as_it_was(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "plan.db"
    store = Store.open(path, clock)
    with store.transaction():
        store.companies.add(Company("Acme Corp"))
    store.close()
    path.chmod(0o400)
    before = path.read_bytes()
    command = [sys.executable, "-c", _START, str(path)]
    if os.geteuid() == 0:
        # root writes to any file; without its capabilities it obeys the mode like a rep.
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root and setpriv (util-linux) is not installed")
        command = [setpriv, "--inh-caps=-all", "--bounding-set=-all", *command]
    # Were the file wrongly opened, the window would close after its first paint.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NURTURE_PLANNER_QUIT_AFTER_PAINT": "1"}
    result = subprocess.run(
        command, capture_output=True, text=True, check=False, timeout=60, env=env
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    [message] = result.stdout.splitlines()
    assert "is read-only" in plain(message)
    assert "copy it somewhere writable" in message
    assert str(path) in message
    assert path.read_bytes() == before


# 3. Read-only or locked while the window is open.


def test_a_file_that_turns_read_only_refuses_an_edit_plainly(
    qtbot, window: MainWindow, file_store: Store, week: Week, on_modal
) -> None:
    before = saved(file_store)
    steps = window.controller.undo_stack.count()
    # What SQLite says when the file or its folder stops being writable under an open plan.
    file_store.db.execute("PRAGMA query_only = ON")
    shown = read_box(on_modal)
    with qtbot.assertNotEmitted(window.controller.changed):
        drag_call_to_friday(window, week)
    [message] = shown
    assert "is read-only" in plain(message)
    assert str(file_store.path) in message
    assert saved(file_store) == before
    assert window.controller.undo_stack.count() == steps
    assert "Saved" not in window.statusBar().currentMessage()
    assert shows_on(window, TUE) == [week.call.id]
    # Writable again: the same drag works and is one undo step.
    file_store.db.execute("PRAGMA query_only = OFF")
    with qtbot.waitSignal(window.controller.changed):
        drag_call_to_friday(window, week)
    assert file_store.touchpoints.get(week.call.id).day == FRI
    assert window.controller.undo_stack.count() == steps + 1


def test_an_undo_refused_by_a_read_only_file_changes_nothing(
    qtbot, window: MainWindow, file_store: Store, week: Week, on_modal
) -> None:
    with qtbot.waitSignal(window.controller.changed):
        drag_call_to_friday(window, week)
    before = saved(file_store)
    file_store.db.execute("PRAGMA query_only = ON")
    shown = read_box(on_modal)
    with qtbot.waitSignal(window.controller.failed):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(shown))
    assert "is read-only" in plain(shown[0])
    assert saved(file_store) == before
    assert file_store.touchpoints.get(week.call.id).day == FRI


@pytest.fixture
def other_program(file_store: Store) -> Iterator[sqlite3.Connection]:
    """Another program writing the plan file: it holds SQLite's write lock until released."""
    assert file_store.path is not None
    other = sqlite3.connect(file_store.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    # The store waits 3 s for a lock before giving up; the test need not wait that long.
    file_store.db.execute("PRAGMA busy_timeout = 50")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def test_a_drag_while_another_program_locks_the_file_is_refused_plainly(
    qtbot, window: MainWindow, file_store: Store, week: Week, on_modal, other_program
) -> None:
    before = saved(file_store)
    steps = window.controller.undo_stack.count()
    shown = read_box(on_modal)
    with qtbot.assertNotEmitted(window.controller.changed):
        drag_call_to_friday(window, week)
    [message] = shown
    assert "locked by another program" in plain(message)
    assert "try again" in message
    assert saved(file_store) == before
    assert window.controller.undo_stack.count() == steps
    assert shows_on(window, TUE) == [week.call.id]  # the card went back to its day
    # The other program lets go: trying again works.
    other_program.execute("ROLLBACK")
    with qtbot.waitSignal(window.controller.changed):
        drag_call_to_friday(window, week)
    assert file_store.touchpoints.get(week.call.id).day == FRI


def test_a_new_account_while_the_file_is_locked_keeps_the_form_open_with_the_message(
    qtbot, window: MainWindow, file_store: Store, other_program: sqlite3.Connection
) -> None:
    before = saved(file_store)
    steps = window.controller.undo_stack.count()
    dialog = window.accounts_view.new_account()
    qtbot.keyClicks(dialog.name_edit, "Umbrella")
    with qtbot.assertNotEmitted(window.controller.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # what the rep typed is still there to save again
    assert "locked by another program" in plain(dialog.error_label.text())
    assert dialog.error_label.isVisible()
    assert saved(file_store) == before
    assert window.controller.undo_stack.count() == steps
    other_program.execute("ROLLBACK")
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Umbrella" in [c.name for c in file_store.companies.all()]


# 4. A full disk in the middle of an edit.


def test_a_full_disk_refuses_a_new_touch_point_and_keeps_everything_saved(
    qtbot, window: MainWindow, file_store: Store, week: Week, on_modal
) -> None:
    before = saved(file_store)
    steps = window.controller.undo_stack.count()
    (pages,) = file_store.db.execute("PRAGMA page_count").fetchone()
    file_store.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    note = "Discussed the rollout plan in detail. " * 3000  # about 110 kB: many new pages
    with qtbot.assertNotEmitted(window.controller.changed):
        shown = plan_with_a_note(qtbot, window, on_modal, note, refused=True)
    qtbot.waitUntil(lambda: bool(shown))
    [message] = shown
    assert "is full" in plain(message)
    assert "was not saved" in message
    assert "everything saved before it is safe" in message
    assert str(file_store.path) in message
    assert saved(file_store) == before
    assert window.controller.undo_stack.count() == steps
    assert file_store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # With space again, the same plan is saved whole.
    file_store.db.execute("PRAGMA max_page_count = 1073741823")
    with qtbot.waitSignal(window.controller.changed):
        plan_with_a_note(qtbot, window, on_modal, note, refused=False)
    [added] = [tp for tp in file_store.touchpoints.all() if tp.title == "Rollout notes"]
    assert added.notes == note.strip()
    assert window.controller.undo_stack.count() == steps + 1


def test_a_full_disk_refuses_plan_my_week_whole(
    qtbot, file_store: Store, clock: FixedClock, monday_first: None, on_modal
) -> None:
    assert file_store.path is not None
    generate(file_store, clock.today())
    window = MainWindow(Controller(file_store, clock), file_store.path)
    window.finish_start()  # the whole window, its week read
    qtbot.addWidget(window)
    window.plan_action.setChecked(True)
    panel = window.plan_panel
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        window.show()
    assert panel.isVisible()
    suggestions = panel.suggestions()
    assert len(suggestions) >= 2
    before = saved(file_store)
    steps = window.controller.undo_stack.count()
    # A full disk has no free pages inside the file either (search indexes leave some behind).
    file_store.db.execute("VACUUM")
    (pages,) = file_store.db.execute("PRAGMA page_count").fetchone()
    file_store.db.execute(f"PRAGMA max_page_count = {pages}")
    shown = read_box(on_modal)
    with qtbot.assertNotEmitted(window.controller.changed):
        qtbot.mouseClick(panel.accept_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    assert "is full" in plain(shown[0])
    assert saved(file_store) == before  # not one of the suggestions half-planned
    assert window.controller.undo_stack.count() == steps
    assert panel.suggestions() == suggestions


# 5. A second window on the same file, and an unexpected error in the middle of an action.


def test_a_second_window_on_the_same_file_is_told_plainly(
    qtbot, tmp_path: Path, clock: FixedClock, on_modal, quit_if_opened: None
) -> None:
    path = tmp_path / "plan.db"
    first = Session(clock)
    try:
        assert first.open(path, show=False) is None
        assert first.store is not None
        with first.store.transaction():
            first.store.companies.add(Company("Acme Corp"))
        shown = read_box(on_modal)
        assert app_module.run_gui(path, clock) == 1
        [message] = shown
        assert "already open in another Nurture Planner window" in plain(message)
        assert str(path) in message
        # The first window's plan is untouched and still writable.
        assert [c.name for c in first.store.companies.all()] == ["Acme Corp"]
        with first.store.transaction():
            first.store.companies.add(Company("Globex"))
    finally:
        first.close()


def test_opening_a_file_open_in_another_window_keeps_the_current_one(
    qtbot, tmp_path: Path, clock: FixedClock, on_modal
) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    other, session = Session(clock), Session(clock)
    try:
        assert other.open(one, show=False) is None
        assert session.open(two, show=False) is None
        window = session.window
        assert window is not None
        shown = read_box(on_modal)
        window.open_another_requested.emit(one)  # File → Open another database file
        [message] = shown
        assert "already open in another Nurture Planner window" in plain(message)
        assert session.window is window
        assert window.db_path == two
    finally:
        session.close()
        other.close()


@pytest.fixture
def crash(qtbot, tmp_path: Path) -> Iterator[CrashHandler]:
    handler = install_crash_handler(tmp_path / "logs", QApplication.activeWindow)
    yield handler
    handler.uninstall()
    if handler.dialog is not None:
        handler.dialog.close()


def test_a_bug_in_the_middle_of_a_drag_shows_the_crash_dialog_and_saves_nothing(
    qtbot,
    window: MainWindow,
    file_store: Store,
    week: Week,
    crash: CrashHandler,
) -> None:
    before = saved(file_store)
    steps = window.controller.undo_stack.count()
    real_update = file_store.touchpoints.update

    def update_then_fall_over(tp: Any) -> Any:
        real_update(tp)  # written inside the action's transaction …
        assert file_store.touchpoints.get(week.call.id).day == FRI
        raise RuntimeError("the planner tripped over its own feet")  # … then our bug

    with pytest.MonkeyPatch.context() as patch, qtbot.assertNotEmitted(window.controller.changed):
        patch.setattr(file_store.touchpoints, "update", update_then_fall_over)
        drag_call_to_friday(window, week)
    box = crash.dialog
    assert box is not None
    assert box.isVisible()
    assert "Something went wrong inside Nurture Planner" in box.text()
    assert "Everything saved before this is safe" in box.text()
    assert "RuntimeError: the planner tripped over its own feet" in box.detailedText()
    assert str(crash.log_path) in box.informativeText()
    assert "the planner tripped over its own feet" in crash.log_path.read_text(encoding="utf-8")
    # The half-done move was rolled back, and the app keeps working.
    assert saved(file_store) == before
    assert window.controller.undo_stack.count() == steps
    box.accept()
    with qtbot.waitSignal(window.controller.changed):
        drag_call_to_friday(window, week)
    assert file_store.touchpoints.get(week.call.id).day == FRI


def test_a_refused_undo_stays_on_the_stack_and_works_once_the_file_is_writable(
    qtbot, window: MainWindow, file_store: Store, week: Week, on_modal
) -> None:
    stack = window.controller.undo_stack
    with qtbot.waitSignal(window.controller.changed):
        drag_call_to_friday(window, week)
    steps, index = stack.count(), stack.index()
    file_store.db.execute("PRAGMA query_only = ON")
    shown = read_box(on_modal)
    with qtbot.waitSignal(window.controller.failed):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(shown))
    # Nothing changed, so the stack is where it was: the drag can still be undone.
    assert (stack.count(), stack.index()) == (steps, index)
    assert file_store.touchpoints.get(week.call.id).day == FRI

    file_store.db.execute("PRAGMA query_only = OFF")
    window.activateWindow()  # the closed message box had the focus
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(window.controller.changed):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert file_store.touchpoints.get(week.call.id).day == TUE
    assert stack.index() == index - 1
