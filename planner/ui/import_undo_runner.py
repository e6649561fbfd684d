"""Undoes a past import on a thread of its own, so the window keeps painting while it runs."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from planner.domain.errors import PlannerError
from planner.domain.imports import UndoImportResult
from planner.storage import Store
from planner.storage.side_writer import open_side_writer
from planner.storage.write_lock import BUSY_TIMEOUT_MS, PlannerDatabase
from planner.ui.controller import Controller
from planner.ui.i18n import error_text, translate
from planner.ui.undo import FinalUndoCommand


class _Relay(QObject):
    """Lives in the GUI thread; what the pool's thread emits arrives there queued."""

    done = Signal(object)  # UndoImportResult, or None: the import was undone elsewhere already
    failed = Signal(str)  # the plain message


def _failure() -> str:
    return translate("ImportUndoRunner", "The import could not be undone; see the log.")


@dataclass(frozen=True)
class _Job:
    """Which import to take back; `step` is its Ctrl+Z step when Edit → Undo asked for it."""

    batch_id: int
    step: FinalUndoCommand | None

    def run(self, store: Store) -> UndoImportResult | None:
        """Undo it in one transaction; None when another program undid it already and the
        rep pressed Ctrl+Z (the step then just leaves the stack, as the step's own undo does)."""
        with store.transaction():
            if self.step is not None and store.imports.get(self.batch_id).is_undone:
                return None
            return store.imports.undo(self.batch_id)


class _Run(QRunnable):
    """One undo on the pool's thread, on a connection opened and closed in that thread."""

    def __init__(self, window_store: Store, job: _Job, wait_ms: int, relay: _Relay) -> None:
        super().__init__()
        assert window_store.path is not None
        self._path: Path = window_store.path
        self._clock = window_store.clock
        self._folders = window_store.folders
        # The file the window opened: a file that took its place since is not written to.
        db = window_store.db
        self._identity = db.identity if isinstance(db, PlannerDatabase) else None
        self._job = job
        self._wait_ms = wait_ms
        self._relay = relay

    def run(self) -> None:
        try:
            store = open_side_writer(
                self._path,
                self._clock,
                self._folders,
                busy_timeout_ms=self._wait_ms,
                identity=self._identity,
            )
            try:
                result = self._job.run(store)
            finally:
                store.close()
        except PlannerError as error:
            self._relay.failed.emit(error_text(error))
        except Exception:  # a bug: the crash handler logs it; the window says so plainly
            sys.excepthook(*sys.exc_info())
            self._relay.failed.emit(_failure())
        else:
            self._relay.done.emit(result)


class ImportUndoRunner(QObject):
    """Takes one past import back at a time, off the GUI thread, as one transaction.

    On a plan file the undo runs on a thread with its own connection, under the same write
    lock as every writer, and only on the file the window opened; the window keeps painting
    meanwhile. `finished` carries the result after the controller has updated the undo stack
    and told every view to reload: File → Undo import… clears the stack, Ctrl+Z takes its own
    step off it (the result is None when another program had undone the import already).
    `failed` carries the plain message of a refused undo, which changed nothing (the step
    stays). A plan in memory has no second connection: its undo runs at once on the calling
    thread (tests, dry runs).
    """

    finished = Signal(object)  # UndoImportResult, or None (see above)
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
        self._job: _Job | None = None
        # Made before the relay, so it is destroyed first: it waits for a running undo.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_relay_done)
        self._relay.failed.connect(self._on_relay_failed)

    @property
    def running(self) -> bool:
        """True from `start` until `finished` or `failed`: no second undo may start."""
        return self._job is not None

    def start(self, batch_id: int, step: FinalUndoCommand | None = None) -> bool:
        """Begin undoing import `batch_id` (for Ctrl+Z: its `step`); False (and nothing done)
        while one is running."""
        if self._job is not None:
            return False
        job = self._job = _Job(batch_id, step)
        store = self.controller.store
        if store.path is None:
            try:
                result = job.run(store)
            except PlannerError as error:
                self._on_relay_failed(error_text(error))
            else:
                self._on_relay_done(result)
            return True
        self._pool.start(_Run(store, job, self.lock_wait_ms, self._relay))
        return True

    def wait(self) -> None:
        """Block until a running undo is over (the plan is being put away)."""
        self._pool.waitForDone()

    # Slots.

    def _on_relay_done(self, result: UndoImportResult | None) -> None:
        job, self._job = self._job, None
        if (
            job is not None
            and job.step is not None
            and self.controller.next_import_step() is job.step
        ):
            job.step.taken_back()
        else:  # File → Undo import… (or the stack moved meanwhile): older steps go too
            self.controller.import_undone()
        self.finished.emit(result)

    def _on_relay_failed(self, message: str) -> None:
        self._job = None
        self.failed.emit(message)
