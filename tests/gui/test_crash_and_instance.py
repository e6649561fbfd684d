"""Crash dialog and log, and the one-window-per-file lock, with pytest-qt."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import paths
from planner.domain.errors import DiskFullError
from planner.storage.file_state import instance_lock_path, open_in_running_app
from planner.ui.crash import LOG_NAME, CrashHandler, install_crash_handler
from planner.ui.single_instance import acquire_instance_lock, already_open_message


@pytest.fixture
def handler(qtbot, tmp_path: Path) -> Iterator[CrashHandler]:
    installed = install_crash_handler(tmp_path / "logs")
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


class _Emitter(QObject):
    fired = Signal()


def _boom() -> None:
    raise RuntimeError("the widget fell over")


def _crash_dialog() -> QMessageBox:
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "crashDialog" and w.isVisible()
    ]
    assert len(boxes) == 1
    return boxes[0]


def test_an_exception_in_a_slot_shows_details_logs_and_the_app_keeps_running(
    qtbot, handler: CrashHandler
) -> None:
    emitter = _Emitter()
    emitter.fired.connect(_boom)
    emitter.fired.emit()
    box = _crash_dialog()
    assert "keep working" in box.text()
    assert "RuntimeError: the widget fell over" in box.detailedText()
    assert "_boom" in box.detailedText()
    assert str(handler.log_path) in box.informativeText()
    log = handler.log_path.read_text(encoding="utf-8")
    assert "RuntimeError: the widget fell over" in log
    assert stat.S_IMODE(handler.log_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(handler.log_path.parent.stat().st_mode) == 0o700
    # A second error while the dialog is up joins it instead of stacking dialogs.
    emitter.fired.emit()
    assert _crash_dialog() is box
    assert box.detailedText().count("RuntimeError: the widget fell over") == 2
    box.accept()
    qtbot.waitUntil(lambda: handler.dialog is None)
    # The event loop is still alive: a later error gets a fresh dialog.
    emitter.fired.emit()
    assert _crash_dialog() is not box


def test_an_environment_error_shows_its_plain_message_without_a_traceback(
    qtbot, handler: CrashHandler
) -> None:
    error = DiskFullError("The disk holding plan.db is full; free some space and try again.")
    handler.handle(type(error), error, None)
    box = _crash_dialog()
    assert box.text() == str(error)
    assert box.detailedText() == ""
    assert "DiskFullError" in handler.log_path.read_text(encoding="utf-8")


def test_the_log_rotates_and_stays_private(tmp_path: Path) -> None:
    crash = CrashHandler(tmp_path / "logs", show_dialogs=False)
    for _ in range(400):
        try:
            raise ValueError("x" * 4000)
        except ValueError as error:
            crash.handle(ValueError, error, error.__traceback__)
    files = sorted((tmp_path / "logs").iterdir())
    assert [f.name for f in files] == [LOG_NAME, *(f"{LOG_NAME}.{i}" for i in (1, 2, 3))]
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600


def test_the_default_log_folder_is_the_user_log_folder(qtbot) -> None:
    crash = install_crash_handler(paths.log_dir())
    try:
        assert crash.log_path.parent == paths.log_dir()
    finally:
        crash.uninstall()
    assert sys.excepthook is not crash.handle


# One window per plan file.


def test_a_second_window_on_the_same_file_is_told_plainly(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "plan.db"
    first = acquire_instance_lock(db)
    assert first is not None
    assert open_in_running_app(db)
    assert acquire_instance_lock(db) is None
    message = already_open_message(db)
    assert "already open in another Nurture Planner window" in message
    assert str(db) in message
    # Another file is not affected.
    other = acquire_instance_lock(tmp_path / "other.db")
    assert other is not None
    other.unlock()
    first.unlock()
    assert not instance_lock_path(db).exists()
    again = acquire_instance_lock(db)
    assert again is not None
    again.unlock()


def test_a_lock_held_by_another_live_process_is_respected(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "plan.db"
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from planner.ui.single_instance import acquire_instance_lock\n"
        "app = QCoreApplication([])\n"
        "lock = acquire_instance_lock(Path(sys.argv[1]))\n"
        "print('locked' if lock else 'refused', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", script, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "locked"
            assert acquire_instance_lock(db) is None
        finally:
            child.kill()
            child.wait(timeout=30)
    # The other process died without unlocking: its lock is stale and the next window takes it.
    assert instance_lock_path(db).exists()
    lock = acquire_instance_lock(db)
    assert lock is not None
    lock.unlock()


@pytest.mark.parametrize(
    "content",
    [
        "999999999\nnurture-planner\n{host}\n",
        "",
        "not a lock file",
    ],
    ids=["dead-process", "empty", "garbage"],
)
def test_a_stale_or_broken_lock_file_is_cleared(qtbot, tmp_path: Path, content: str) -> None:
    db = tmp_path / "plan.db"
    instance_lock_path(db).write_text(content.format(host=socket.gethostname()))
    lock = acquire_instance_lock(db)
    assert lock is not None
    assert int(instance_lock_path(db).read_text().split("\n")[0]) == os.getpid()
    lock.unlock()
