"""Runs calendar server work (sync, connect, look-ups) on a thread of its own, one job at a time."""

from __future__ import annotations

import itertools
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, Signal, Slot

from planner.domain.errors import PlannerError
from planner.domain.timing import Clock
from planner.storage import Store
from planner.ui.i18n import error_text, translate

# A job gets the worker's own store (its own connection to the plan file) and returns a value.
Job = Callable[[Store], object]


@dataclass(frozen=True)
class Outcome:
    """What a job gave back: its value, or the error (with its plain message)."""

    job_id: int
    value: object = None
    error: PlannerError | None = None
    message: str = ""


class _Worker(QObject):
    """Lives on the calendar thread; opens the plan file once there and runs each job on it."""

    done = Signal(object)  # Outcome

    def __init__(self, path: Path | None, clock: Clock, store: Store | None = None) -> None:
        super().__init__()
        self._path = path
        self._clock = clock
        self._store = store
        # Set from the GUI thread at shutdown: jobs still queued then are skipped.
        self.stopping = threading.Event()

    @Slot(int, object)
    def run(self, job_id: int, job: Job) -> None:
        if self.stopping.is_set():
            return
        try:
            if self._store is None:
                assert self._path is not None
                self._store = Store.open(self._path, self._clock, create=False)
            outcome = Outcome(job_id, value=job(self._store))
        except PlannerError as error:
            outcome = Outcome(job_id, error=error, message=error_text(error))
        except Exception:  # a bug: logged and shown by the crash handler; the caller is told
            sys.excepthook(*sys.exc_info())
            message = translate("CalendarRunner", "The calendar work failed; see the log.")
            outcome = Outcome(job_id, error=PlannerError(message), message=message)
        self.done.emit(outcome)

    @Slot()
    def close(self) -> None:
        """Close the connection in its own thread, then end that thread's event loop."""
        if self._store is not None:
            self._store.close()
            self._store = None
        thread = QThread.currentThread()
        thread.quit()


class CalendarRunner(QObject):
    """Hands blocking calendar jobs to one worker thread and their outcomes back to the GUI.

    Jobs run in the order given, one at a time, each on the worker's own connection to the plan
    file (so the GUI thread never waits for the network). A plan in memory has no second
    connection: its jobs run at once on the calling thread (tests, dry runs).
    """

    _submit = Signal(int, object)
    _close = Signal()

    def __init__(self, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._ids = itertools.count(1)
        self._callbacks: dict[int, Callable[[Outcome], None]] = {}
        self._thread: QThread | None = None
        self._closed = False
        self._worker = _Worker(store.path, clock, None if store.path is not None else store)
        self._worker.done.connect(self._on_worker_done)
        if store.path is not None:
            self._thread = QThread(self)
            self._thread.setObjectName("calendar")
            self._worker.moveToThread(self._thread)
            self._submit.connect(self._worker.run)
            self._close.connect(self._worker.close)
            # Started by the first job: a plan with no calendar connected runs no thread.
            # Should this object go without `shutdown` (a window deleted unclosed), the
            # thread is still ended first: Qt aborts on a running thread's destruction.
            thread, worker = self._thread, self._worker
            self.destroyed.connect(lambda *_: _stop(thread, worker))

    @property
    def pending(self) -> int:
        """Jobs given and not yet answered."""
        return len(self._callbacks)

    def run(self, job: Job, then: Callable[[Outcome], None]) -> None:
        """Run `job` on the worker; `then` gets its Outcome on the GUI thread."""
        if self._closed:
            return
        job_id = next(self._ids)
        self._callbacks[job_id] = then
        if self._thread is None:
            self._worker.run(job_id, job)  # a plan in memory: here and now
            return
        if not self._thread.isRunning():
            self._thread.start()
        self._submit.emit(job_id, job)

    def shutdown(self) -> None:
        """Let the running job finish, drop the waiting ones, close the worker's connection."""
        if self._closed:
            return
        self._closed = True
        self._callbacks.clear()
        self._worker.stopping.set()
        if self._thread is not None and self._thread.isRunning():
            self._close.emit()  # after the running job; it quits the thread when done
            self._thread.wait()

    def _on_worker_done(self, outcome: Outcome) -> None:
        then = self._callbacks.pop(outcome.job_id, None)
        if then is not None and not self._closed:
            then(outcome)


def _stop(thread: QThread, worker: _Worker) -> None:
    """End the worker's thread (after its running job), closing its connection there."""
    worker.stopping.set()
    if thread.isRunning():
        QMetaObject.invokeMethod(worker, "close", Qt.ConnectionType.QueuedConnection)
        thread.wait()
