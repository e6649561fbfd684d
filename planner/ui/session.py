"""The open plan: its store, controller and main window, and moving the window to another file."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QSettings, Signal
from PySide6.QtWidgets import QMessageBox

from planner import APP_NAME
from planner.domain.errors import StorageError
from planner.domain.timing import Clock
from planner.paths import data_dir, demo_database
from planner.storage import Store
from planner.storage.file_state import needs_check
from planner.storage.folders import Folders
from planner.ui.controller import Controller
from planner.ui.engine_runner import EngineRunner
from planner.ui.i18n import error_text
from planner.ui.main_window import MainWindow
from planner.ui.single_instance import acquire_instance_lock, already_open_message

if TYPE_CHECKING:
    from planner.ui.backup_worker import DailyBackupWorker


class Session(QObject):
    """Owns one store and the window on it; File → Open another database file lands here.

    Opening another file opens its store first: if that fails (locked, not a database …) the
    plain message is shown and the current file stays open. On success a new window takes the
    old one's place and the old store closes once its window is gone. Each open file is locked
    against a second Nurture Planner window, and backed up at most once a day.
    """

    # The open plan's window has closed (not one that another plan's window replaced); Qt
    # quits by itself only when a shown window closes, so the app listens here.
    window_closed = Signal()

    def __init__(
        self, clock: Clock, settings: QSettings | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.settings = settings
        self.store: Store | None = None
        self.window: MainWindow | None = None
        self.lock: QLockFile | None = None
        self.engine: EngineRunner | None = None
        self.backup: DailyBackupWorker | None = None
        self._backup_due: Path | None = None  # the plan whose daily backup has not started yet

    def open(
        self,
        db_path: Path,
        *,
        demo: bool = False,
        show: bool = True,
        lock: QLockFile | None = None,
        answer: Callable[[], object] = lambda: None,
    ) -> str | None:
        """Open `db_path` in a new window; returns the plain error message if it cannot.

        `lock` is the plan's one-window lock when the caller holds it already (the start's
        first frame took it); the session holds it from here, and lets it go if the plan cannot
        open. `answer` is called between the plan's opening and the window's building (the
        first frame turns the event loop there)."""
        if lock is None:
            try:
                lock = acquire_instance_lock(db_path)
            except StorageError as error:
                return error_text(error)
        if lock is None:
            return already_open_message(db_path)
        folders = Folders(data_dir())
        checked = needs_check(db_path, folders.clean_closes)
        if checked:
            # Not closed cleanly: read whole first, on a thread, the window answering meanwhile.
            from planner.ui.open_check import check_before_open

            refused = check_before_open(db_path, folders, self.window)
            if refused is not None:
                lock.unlock()
                return refused
        try:
            store = Store.open(db_path, self.clock, folders=folders, checked=checked)
            if demo and store.is_empty():
                # The demo plan is made on first use, as `--demo` does (one transaction).
                from planner.demo import generate

                generate(store, self.clock.today())
        except StorageError as error:
            lock.unlock()
            return error_text(error)
        previous_window, previous_store, previous_lock = self.window, self.store, self.lock
        previous_engine = self.engine
        controller = Controller(store, self.clock)
        # The nurture engine is built once per plan and handed to the window's views.
        engine = EngineRunner(controller, controller)
        answer()  # the start's first frame answers before the window is built
        window = MainWindow(controller, db_path, demo=demo, settings=self.settings, engine=engine)
        window.open_another_requested.connect(self._on_window_open_another_requested)
        window.closed.connect(partial(self._on_window_closed, window))
        self.store, self.window, self.lock = store, window, lock
        self.engine = engine
        if previous_engine is not None:
            previous_engine.shutdown()
        self._start_backup()  # the previous plan's, if its window closes before it started
        # The day's backup reads the whole file: it waits until the window's start is over (the
        # week painted), so that it does not compete with reading and painting the week.
        self._backup_due = db_path
        window.start_steps.finished.connect(self._start_backup)
        if show:
            window.show()
        if previous_window is not None:
            if previous_store is not None:
                previous_window.destroyed.connect(lambda _obj=None, s=previous_store: s.close())
            previous_window.close()
            previous_window.deleteLater()
        elif previous_store is not None:
            previous_store.close()
        if previous_lock is not None:
            previous_lock.unlock()
        return None

    def _start_backup(self) -> None:
        """The day's backup (with its integrity check) on a thread of its own connection."""
        db_path, self._backup_due = self._backup_due, None
        if db_path is None:
            return
        from planner.ui.backup_worker import DailyBackupWorker

        if self.backup is not None:
            self.backup.wait()
        folders = self.store.folders if self.store is not None else None
        self.backup = DailyBackupWorker(db_path, self.clock, folders, self)
        self.backup.failed.connect(self._on_backup_failed)

    def close(self) -> None:
        if self.window is not None:
            self.window.start_steps.cancel()  # its steps read the store closed below
        self._start_backup()  # closed before its start was over: the day's backup still counts
        if self.backup is not None:
            self.backup.wait()
            self.backup = None
        if self.engine is not None:
            self.engine.shutdown()
            self.engine = None
        if self.store is not None:
            self.store.close()
            self.store = None
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None

    def _on_backup_failed(self, error: StorageError) -> None:
        # The plan is open and usable: say so without blocking.
        if self.window is not None:
            self.window.statusBar().showMessage(
                self.tr("Today's backup was not made: {error}").format(error=error_text(error))
            )

    def _on_window_closed(self, window: MainWindow) -> None:
        if window is self.window:
            self.window_closed.emit()

    def _on_window_open_another_requested(self, db_path: Path) -> None:
        current = self.window
        if current is not None and (
            current.db_path == db_path or not current.window_undo.may_leave()
        ):
            return
        error = self.open(db_path, demo=db_path == demo_database())
        if error is not None:
            QMessageBox.warning(current, APP_NAME, error)
