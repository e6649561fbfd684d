"""Undoes a past import on a thread of its own, so the window keeps painting while it runs."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from planner.domain.errors import PlannerError
from planner.domain.imports import UndoImportResult
from planner.domain.timing import Clock
from planner.storage.folders import Folders
from planner.storage.side_writer import open_side_writer
from planner.storage.write_lock import BUSY_TIMEOUT_MS
from planner.ui.controller import Controller
from planner.ui.i18n import error_text, translate


class _Relay(QObject):
    """Lives in the GUI thread; what the pool's thread emits arrives there queued."""

    done = Signal(object)  # UndoImportResult
    failed = Signal(str)  # the plain message


def _failure() -> str:
    return translate("ImportUndoRunner", "The import could not be undone; see the log.")


class _Run(QRunnable):
    """One undo on the pool's thread, on a connection opened and closed in that thread."""

    def __init__(
        self, path: Path, clock: Clock, folders: Folders, batch_id: int, wait_ms: int, relay: _Relay
    ) -> None:
        super().__init__()
        self._path = path
        self._clock = clock
        self._folders = folders
        self._batch_id = batch_id
        self._wait_ms = wait_ms
        self._relay = relay

    def run(self) -> None:
        try:
            store = open_side_writer(
                self._path, self._clock, self._folders, busy_timeout_ms=self._wait_ms
            )
            try:
                with store.transaction():
                    result = store.imports.undo(self._batch_id)
            finally:
                store.close()
        except PlannerError as error:
            self._relay.failed.emit(error_text(error))
        except Exception:  # a bug: the crash handler logs it; the dialog says so plainly
            sys.excepthook(*sys.exc_info())
            self._relay.failed.emit(_failure())
        else:
            self._relay.done.emit(result)


class ImportUndoRunner(QObject):
    """Takes one past import back at a time, off the GUI thread, as one transaction.

    On a plan file the undo runs on a thread with its own connection, under the same write
    lock as every writer; the window keeps painting meanwhile. `finished` carries the result
    after the controller has cleared the undo stack and told every view to reload; `failed`
    carries the plain message of a refused undo, which changed nothing. A plan in memory has
    no second connection: its undo runs at once on the calling thread (tests, dry runs).
    """

    finished = Signal(object)  # UndoImportResult
    failed = Signal(str)

    def __init__(
        self,
        controller: Controller,
        parent: QObject | None = None,
        *,
        lock_wait_ms: int = BUSY_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        # How long the undo waits for another program's write to end before it gives up.
        self.lock_wait_ms = lock_wait_ms
        self._running = False
        # Made before the relay, so it is destroyed first: it waits for a running undo.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_relay_done)
        self._relay.failed.connect(self._on_relay_failed)

    @property
    def running(self) -> bool:
        """True from `start` until `finished` or `failed`: no second undo may start."""
        return self._running

    def start(self, batch_id: int) -> bool:
        """Begin undoing import `batch_id`; False (and nothing done) while one is running."""
        if self._running:
            return False
        self._running = True
        store = self.controller.store
        if store.path is None:
            try:
                with store.transaction():
                    result = store.imports.undo(batch_id)
            except PlannerError as error:
                self._on_relay_failed(error_text(error))
            else:
                self._on_relay_done(result)
            return True
        self._pool.start(
            _Run(
                store.path,
                self.controller.clock,
                store.folders,
                batch_id,
                self.lock_wait_ms,
                self._relay,
            )
        )
        return True

    def wait(self) -> None:
        """Block until a running undo is over (the plan is being put away)."""
        self._pool.waitForDone()

    # Slots.

    def _on_relay_done(self, result: UndoImportResult) -> None:
        self._running = False
        self.controller.import_undone()
        self.finished.emit(result)

    def _on_relay_failed(self, message: str) -> None:
        self._running = False
        self.failed.emit(message)
