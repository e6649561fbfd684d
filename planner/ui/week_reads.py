"""Busy weeks read, sorted and placed on a thread of their own, so a week switch never stalls.

A week of a few hundred touch-points is read on the GUI thread within a frame; a week of
thousands (a busy past week of a big book) takes a few hundred milliseconds to read, turn into
entries, sort and place. `WeekReads` counts the week's rows first (on the day index alone, well
under a millisecond) and sends a busy week to a worker thread with its own read-only connection
(WAL gives it the committed state the GUI's connection sees). The worker does everything but
showing it; the GUI thread takes the result in one short turn. Each request replaces the one
before: a result for a week no longer asked for, or read before the file changed, is dropped,
so a quick switch back and forth ends on the week asked last. Most reads are back within a
frame or a few; `slow` says when one takes long enough that the rep should be told.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from planner.domain import travel
from planner.domain.errors import PlannerError
from planner.domain.model import AgendaEntry
from planner.storage import Store
from planner.storage.reader import Readers, ReadInterruptedError
from planner.ui.collector import SetAside, collection_paused
from planner.ui.i18n import error_text
from planner.ui.models.week_model import SortedWeek, sort_week
from planner.ui.widgets.time_grid_week import PlacedWeek, place_week

# A week with up to this many rows (its days and one either side) is read on the GUI thread:
# reading, sorting and placing cost ~0.1 ms a row there, so it stays well within a frame.
ROWS_AT_ONCE = 250
# The rows read for a week: a day either side, where a touch-point in another zone can fall.
DAYS_READ = 9
# A read not back after this long is said to be under way; a quicker one (most are) is not,
# so the week's days stay quiet instead of flashing a message on every click.
SLOW_AFTER_MS = 200
# Once the file has changed (the busy weeks kept are gone with it), what died in a reference
# cycle while set aside is swept up when no week has been asked for this long: a full
# collection (16–60 ms on the stress book) while the rep reads, not while they click.
SWEEP_AFTER_MS = 5000
# A week read with at least this many rows is set aside from the collector once kept (some
# 4,000 objects or more); the ordinary week of a big book (~500 rows) costs a full collection
# little even 24 times over, and its switch does not pay for a collection of its own.
SET_ASIDE_ROWS = 2000


@dataclass(frozen=True)
class WeekRead:
    """A week read off the GUI thread: its rows as `Reader.week` returns them, sorted by day
    (`WeekModel.set_rows`) and placed on the time grid (`TimeGrid.keep_placed`)."""

    serial: int
    start: date
    state: tuple[int, int]
    zone: tzinfo
    entries: list[AgendaEntry]
    sorted_rows: SortedWeek | None = None
    placed: PlacedWeek | None = None
    error: str | None = None
    broken: bool = False  # the worker failed on a bug (logged): read on the GUI thread from now


def prepare_week(store: Store, start: date, zone: tzinfo) -> tuple[list[AgendaEntry], SortedWeek]:
    """The week from `start` read (a day either side) and sorted into its days on `zone`'s
    clock: the part of showing a week that does not need the GUI thread."""
    entries = store.read.week(start - timedelta(days=1), DAYS_READ)
    days = [start + timedelta(days=n) for n in range(7)]
    return entries, sort_week(days, entries, zone)


class _Relay(QObject):
    """Lives in the GUI thread; a result emitted from the pool arrives there queued."""

    finished = Signal(object)  # WeekRead


class _Read(QRunnable):
    """One week read on the pool's thread, through a read-only connection of its own."""

    def __init__(self, readers: Readers, ask: WeekRead, relay: _Relay) -> None:
        super().__init__()
        self._readers = readers
        self._ask = ask
        self._relay = relay

    def run(self) -> None:
        ask = self._ask
        try:
            with collection_paused(), self._readers.reader() as store:
                entries, sorted_rows = prepare_week(store, ask.start, ask.zone)
                days = [ask.start + timedelta(days=n) for n in range(7)]
                placed = place_week(list(zip(days, sorted_rows[1], strict=True)), ask.zone)
            result = WeekRead(
                ask.serial, ask.start, ask.state, ask.zone, entries, sorted_rows, placed
            )
        except ReadInterruptedError:
            return  # the plan is being closed
        except PlannerError as error:
            message = error_text(error)
            result = WeekRead(ask.serial, ask.start, ask.state, ask.zone, [], error=message)
        except Exception:  # a bug: to the crash handler; the view reads its weeks itself then
            sys.excepthook(*sys.exc_info())
            result = WeekRead(ask.serial, ask.start, ask.state, ask.zone, [], broken=True)
        self._relay.finished.emit(result)


class WeekReads(QObject):
    """Decides where a week is read and brings busy weeks back from a worker thread.

    `start(start)` returns False when the caller should read the week itself now (a quiet
    week, a kept one, a plan in memory); True when it is being read off the GUI thread: `ready`
    follows with the result for the week asked last, or `retry` when the file changed while it
    was read or the worker could not read it (the caller asks again), or `failed` with a plain
    message when the result cannot be kept; `slow` comes first when the read takes longer
    than `slow_after_ms` (`late` is True from then on).

    Once a busy week is kept by the read side, what is alive is set aside from the cyclic
    collector (`SetAside`); after the file has changed it is swept when the week view is idle.
    """

    ready = Signal(object)  # WeekRead
    failed = Signal(str)
    retry = Signal()
    slow = Signal()
    # The file changed since the week asked before: weeks kept elsewhere by the identity of
    # their entries (sorted, placed) cannot come back, and are let go.
    file_changed = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.rows_at_once = ROWS_AT_ONCE
        self.slow_after_ms = SLOW_AFTER_MS
        self.sweep_after_ms = SWEEP_AFTER_MS
        self.set_aside_rows = SET_ASIDE_ROWS
        self.sent = 0  # weeks sent to the worker (tests count them)
        self._serial = 0
        self._broken = False
        self._here_once = False
        self._wanted: WeekRead | None = None
        self._pool: QThreadPool | None = None
        self._readers: Readers | None = None
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_relay_finished)
        self._late_timer = QTimer(self)
        self._late_timer.setSingleShot(True)
        self._late_timer.timeout.connect(self._on_late)
        self.late = False  # the read under way has taken longer than `slow_after_ms`
        self.aside = SetAside()
        self._aside_state: tuple[int, int] | None = None  # the file's state when set aside
        self._aside_timer = QTimer(self)
        self._aside_timer.setSingleShot(True)
        self._aside_timer.setInterval(0)
        self._aside_timer.timeout.connect(self.aside.set_aside)
        self._sweep_timer = QTimer(self)
        self._sweep_timer.setSingleShot(True)
        self._sweep_timer.timeout.connect(self._on_sweep_timer)
        self.swept = 0  # sweeps made (tests count them)
        self._seen_state: tuple[int, int] | None = None  # the file's state at the last week
        self._sweep_due = False  # the file changed since something was set aside
        if store.path is not None:
            self._readers = Readers(store.path, store.clock)
            self._pool = QThreadPool(self)
            self._pool.setMaxThreadCount(1)
            self._pool.setExpiryTimeout(-1)  # one thread for the plan's life

    @property
    def pending(self) -> date | None:
        """The week being read off the GUI thread now, if any."""
        return None if self._wanted is None else self._wanted.start

    def start(self, start: date) -> bool:
        """Read the week from `start` off the GUI thread if it is busy (True), else leave it
        to the caller (False). Either way a read asked for before is forgotten."""
        self._forget_wanted()
        here_once, self._here_once = self._here_once, False
        self._note_file_state()
        if self._pool is None or self._readers is None or self._broken or here_once:
            return False
        read = self._store.read
        first = start - timedelta(days=1)
        if read.kept_week(first, DAYS_READ) is not None:
            return False
        if read.week_size(first, DAYS_READ) <= self.rows_at_once:
            return False
        state = read.file_state()
        if state is None:  # inside a transaction: what it sees may still be rolled back
            return False
        ask = WeekRead(self._serial, start, state, travel.current_zone(), [])
        self._wanted = ask
        self.sent += 1
        self._late_timer.start(self.slow_after_ms)
        self._pool.start(_Read(self._readers, ask, self._relay))
        return True

    def cancel(self) -> None:
        """Forget the read under way (its result will be dropped)."""
        self._forget_wanted()

    def _forget_wanted(self) -> None:
        self._serial += 1
        self._wanted = None
        self._late_timer.stop()
        self.late = False

    def _on_late(self) -> None:
        if self._wanted is not None:
            self.late = True
            self.slow.emit()

    def _note_file_state(self) -> None:
        """`file_changed` when the file changed since the week asked before; a sweep once the
        view is idle when it changed since the set-aside (the kept weeks went with it)."""
        try:
            state = self._store.read.file_state()
        except PlannerError:
            return  # asked again at the next week; the read itself says what is wrong
        if state is None:
            return  # inside a transaction: asked again at the next week
        if self._seen_state is not None and state != self._seen_state:
            self.file_changed.emit()
        self._seen_state = state
        if self.aside.active and state != self._aside_state:
            self._sweep_due = True
        if self._sweep_due:
            self._sweep_timer.start(self.sweep_after_ms)  # from the last week asked for

    def _on_sweep_timer(self) -> None:
        if self._wanted is not None:  # a read under way: not idle yet
            self._sweep_timer.start(self.sweep_after_ms)
            return
        self.aside.sweep()
        self._sweep_due = False
        self.swept += 1
        try:
            self._aside_state = self._store.read.file_state()
        except PlannerError:
            self._aside_state = None

    def shutdown(self) -> None:
        """Stop the read under way (even mid-query) and wait for it: the plan is being closed."""
        self.cancel()
        self._aside_timer.stop()
        self._sweep_timer.stop()
        self.aside.give_back()  # what this plan held goes to the collector with it
        pool, self._pool = self._pool, None  # from now on a week is read where it is asked
        if self._readers is not None:
            self._readers.interrupt()
        if pool is not None:
            pool.waitForDone()

    def _on_relay_finished(self, result: WeekRead) -> None:
        wanted = self._wanted
        if wanted is None or result.serial != wanted.serial:
            return  # another week was asked for since
        self._forget_wanted()
        if result.broken or result.error is not None:
            # Read where it is asked instead (once, or from now on after a bug): that read
            # shows the week, or says plainly what stops it.
            self._broken = self._broken or result.broken
            self._here_once = True
            self.retry.emit()
            return
        read = self._store.read
        first = result.start - timedelta(days=1)
        try:
            kept = read.keep_week(first, DAYS_READ, result.entries, result.state)
        except PlannerError as error:
            self.failed.emit(error_text(error))
            return
        if not kept or travel.current_zone() != result.zone:
            self.retry.emit()  # the file (or the clock's zone) changed while it was read
            return
        self.ready.emit(result)
        if len(result.entries) >= self.set_aside_rows:
            # Kept now, its thousands of entries need not be visited by every full collection;
            # set aside in a turn of its own, after the week's first paint.
            self._aside_state = result.state
            self._aside_timer.start()
