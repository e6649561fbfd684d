"""Runs the nurture engine off the GUI thread and hands back only results that are still current."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from planner.domain.errors import PlannerError
from planner.ui.collector import collection_paused
from planner.ui.controller import COMPANIES, Change, Controller
from planner.ui.i18n import error_text, translate

if TYPE_CHECKING:
    # The engine and what it reads are loaded when it is first built (`EngineRunner.engine`):
    # after the week is painted, not before (they are about 25 ms of imports).
    from planner.domain.portfolio import Portfolio
    from planner.nurture.engine import BookOpener, Loader, NurtureEngine, Snapshot
    from planner.nurture.settings import NurtureSettings
    from planner.storage import Store
    from planner.storage.reader import Readers
    from planner.storage.week_ranking import StoreBook

# How long the engine's thread may hold the interpreter lock while the GUI thread waits for it.
# Python's default (5 ms) let a computing engine stretch the GUI's gaps to ~50 ms; at 1 ms the
# event loop turns about as often as when idle, and the engine loses no measurable speed.
SWITCH_INTERVAL_S = 0.001


@dataclass(frozen=True)
class Work:
    """What a job works with: the engine, and the revision and day it is asked for."""

    engine: NurtureEngine
    revision: int
    today: date

    def snapshot(self) -> Snapshot:
        """The whole book's snapshot for this revision and day (loaded now if need be)."""
        return self.engine.snapshot(self.revision, self.today)


# Work done for one view: plain values in, plain values out, no Qt.
Job = Callable[[Work], object]


@dataclass(frozen=True)
class Task:
    """One view's request: its key, the revision and day it is for, and the work on the snapshot."""

    key: str
    revision: int
    today: date
    job: Job | None = None


@dataclass(frozen=True)
class EngineResult:
    """What came back for a task; `snapshot` is the whole book's when the job built it."""

    key: str
    revision: int
    today: date
    snapshot: Snapshot | None = None
    value: object = None
    error: str | None = None
    superseded: bool = False


def _settings(store: Store) -> NurtureSettings:
    """The plan's nurture settings, or the defaults when they cannot be read."""
    from planner.nurture.settings import SETTINGS_KEY, NurtureSettings

    try:
        return NurtureSettings.from_json(store.setting(SETTINGS_KEY, None))
    except PlannerError:
        return NurtureSettings()


def read_book(store: Store, today: date) -> tuple[NurtureSettings, Portfolio]:
    """The nurture settings (defaults when unreadable) and the book, as one consistent read."""
    from planner.storage.portfolio import load_portfolio
    from planner.storage.reader import consistent_read

    with consistent_read(store):
        return _settings(store), load_portfolio(store, today)


@contextlib.contextmanager
def open_book(store: Store) -> Iterator[tuple[NurtureSettings, StoreBook]]:
    """The settings and a reader of the book in `store`, all inside one consistent read."""
    from planner.storage.reader import consistent_read
    from planner.storage.week_ranking import StoreBook

    with consistent_read(store):
        yield _settings(store), StoreBook(store)


def _file_loader(readers: Readers) -> Loader:
    """Loads through a read-only connection of its own, opened and closed in the loading thread."""

    def load(today: date) -> tuple[NurtureSettings, Portfolio]:
        with readers.reader() as store:
            return read_book(store, today)

    return load


def _file_book(readers: Readers) -> BookOpener:
    """Opens the book through a read-only connection of the calling (worker) thread."""

    @contextlib.contextmanager
    def opened() -> Iterator[tuple[NurtureSettings, StoreBook]]:
        with readers.reader() as store, open_book(store) as book:
            yield book

    return opened


def _whole(work: Work) -> Snapshot:
    return work.snapshot()


def _run(engine: NurtureEngine, task: Task) -> EngineResult:
    from planner.nurture.engine import SupersededError
    from planner.storage.reader import ReadInterruptedError

    work = Work(engine, task.revision, task.today)
    try:
        value = (task.job or _whole)(work)
    except (SupersededError, ReadInterruptedError):
        return EngineResult(task.key, task.revision, task.today, superseded=True)
    except PlannerError as error:
        return EngineResult(task.key, task.revision, task.today, error=error_text(error))
    snapshot = engine.current(task.revision, task.today)
    return EngineResult(task.key, task.revision, task.today, snapshot, value)


class _Relay(QObject):
    """Lives in the GUI thread; a result emitted from the pool arrives there queued."""

    finished = Signal(object)  # EngineResult


class _Work(QRunnable):
    """One task on the pool's thread."""

    def __init__(self, engine: NurtureEngine, task: Task, relay: _Relay) -> None:
        super().__init__()
        self._engine = engine
        self._task = task
        self._relay = relay

    def run(self) -> None:
        task = self._task
        try:
            with collection_paused():
                result = _run(self._engine, task)
        except Exception:  # a bug: logged and shown by the crash handler, and the views told
            sys.excepthook(*sys.exc_info())
            message = translate("EngineRunner", "The plan could not be worked out; see the log.")
            result = EngineResult(task.key, task.revision, task.today, error=message)
        self._relay.finished.emit(result)


class EngineRunner(QObject):
    """The open plan's nurture engine, built once per plan and handed to the views that need it.

    On a plan file the engine runs on a thread of its own (a one-thread pool), reading through
    its own read-only connection, one task at a time; a view asks with `request` and hears
    `ready`. Every result carries the revision it was computed for: one that a newer change has
    made stale is dropped (counted in `dropped`), and a change tells the engine, so work for an
    older revision stops early and the newest request runs next. A plan in memory (tests, dry
    runs) has no second connection, so its tasks run at once on the calling thread.
    """

    ready = Signal(object)  # EngineResult, current for the controller's revision

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        store = controller.store
        self.dropped = 0
        self._pending: dict[str, Task] = {}
        self._busy = False
        self._held = False
        self._closed = False
        self._running: Task | None = None
        self._pool: QThreadPool | None = None
        self._readers: Readers | None = None
        self._engine: NurtureEngine | None = None
        self._relay = _Relay(self)
        if store.path is not None:
            sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
            self._pool = QThreadPool(self)
            self._pool.setMaxThreadCount(1)
            self._pool.setExpiryTimeout(-1)  # one thread for the plan's life, started once
            self._relay.finished.connect(self._on_relay_finished)
        controller.changed.connect(self._on_controller_changed)

    @property
    def engine(self) -> NurtureEngine:
        """The nurture engine, built on first use (its modules load then, not at start)."""
        if self._engine is None:
            from planner.nurture.engine import NurtureEngine

            store = self.controller.store
            if store.path is None:
                engine = NurtureEngine(
                    lambda today: read_book(store, today), lambda: open_book(store)
                )
            else:
                from planner.storage.reader import Readers

                self._readers = Readers(store.path, self.controller.clock)
                engine = NurtureEngine(_file_loader(self._readers), _file_book(self._readers))
            engine.want(self.controller.revision)
            self._engine = engine
        return self._engine

    @engine.setter
    def engine(self, engine: NurtureEngine) -> None:
        self._engine = engine

    @property
    def threaded(self) -> bool:
        return self._pool is not None

    @property
    def busy(self) -> bool:
        """True while the worker computes or has work waiting."""
        return self._busy or bool(self._pending)

    def current(self) -> Snapshot | None:
        """The snapshot for the controller's revision and today, if it has been built."""
        if self._engine is None:
            return None
        return self.engine.current(self.controller.revision, self.controller.today())

    def request(self, key: str, job: Job | None = None) -> None:
        """Compute `job` on the current snapshot; `ready` follows (at once in memory).

        A newer request with the same key replaces one still waiting.
        """
        task = Task(key, self.controller.revision, self.controller.today(), job)
        if self._engine is not None:  # one built later starts at the newest revision
            self._engine.want(task.revision)
        if self._closed:
            return
        if self._pool is None:
            self._deliver(_run(self.engine, task))
            return
        self._pending[key] = task
        self._dispatch()

    def hold(self) -> None:
        """Keep requests waiting (a window not painted yet); `release` lets them run."""
        self._held = True

    def release(self) -> None:
        """Run the requests kept waiting by `hold`, newest of each kind."""
        self._held = False
        self._dispatch()

    def _dispatch(self) -> None:
        if self._busy or self._held or not self._pending or self._pool is None:
            return
        key = next(iter(self._pending))
        task = self._pending.pop(key)
        self._busy = True
        self._running = task
        self._pool.start(_Work(self.engine, task, self._relay))

    def _is_current(self, result: EngineResult) -> bool:
        return (
            not result.superseded
            and result.revision == self.controller.revision
            and result.today == self.controller.today()
        )

    def _deliver(self, result: EngineResult, task: Task | None = None) -> None:
        if self._is_current(result):
            self.ready.emit(result)
            return
        self.dropped += 1
        if task is not None and not self._closed and result.key not in self._pending:
            # A newer change came in meanwhile: the same work again, on the newest revision.
            self.request(task.key, task.job)

    def shutdown(self) -> None:
        """Stop the running work (even mid-query) and wait for it: the plan is being closed."""
        pool = self._pool
        if pool is None:
            return
        self._closed = True
        self._pending.clear()
        if self._engine is not None:
            self._engine.want(self._engine.latest + 1)
        if self._readers is not None:
            self._readers.interrupt()
        pool.waitForDone()

    # Slots.

    def _on_relay_finished(self, result: EngineResult) -> None:
        task, self._running = self._running, None
        self._busy = False
        if self._closed:
            return  # the plan was put away while this was computed
        self._deliver(result, task)
        self._dispatch()

    def _on_controller_changed(self, change: Change) -> None:
        # The controller bumped its revision first: older work may stop now.
        engine = self._engine
        if engine is None:
            return  # not built yet: it will start from the newest revision
        engine.want(self.controller.revision)
        if change.affects(COMPANIES):
            engine.accounts_changed()
