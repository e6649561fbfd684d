"""Keeps the open plan in step with its calendar server: after changes, periodically, on demand.

All network work runs on the calendar runner's thread; this object only decides when, keeps the
state the status bar shows, and turns what a sync pulled into undo steps.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from planner.interchange.calendar_sync.account import (
    CalendarAccount,
    CalendarRefusedError,
    CalendarUnreachableError,
    read_account,
)
from planner.interchange.calendar_sync.discover import CertificateError, plain_failures
from planner.interchange.calendar_sync.sync import SyncReport, status, sync
from planner.storage import Store
from planner.storage.calendar_sync import outbox_count
from planner.ui.calendar.runner import CalendarRunner, Job, Outcome
from planner.ui.calendar.steps import push_pulled_steps
from planner.ui.controller import Change, Controller

# A sync follows this long after the last change (a burst of edits makes one sync).
DEBOUNCE_MS = 2000
# And runs this often while the plan is open, to pick up moves made on the phone.
PERIOD_MS = 5 * 60 * 1000


@dataclass(frozen=True)
class CalendarState:
    """What the status bar shows: connected?, syncing?, offline?, an error, what waits, when."""

    connected: bool
    syncing: bool = False
    offline: bool = False
    error: str = ""
    waiting: int = 0
    conflicts: int = 0
    last_sync: datetime | None = None


def parse_moment(text: str | None) -> datetime | None:
    """A moment as the sync tables store it (UTC), or None."""
    if not text:
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


class CalendarSync(QObject):
    """The plan's calendar connection while the window is open.

    A change to the plan that leaves something in the outbox starts a sync DEBOUNCE_MS later;
    a timer syncs every PERIOD_MS; `sync_now` syncs at once. One sync runs at a time (a request
    meanwhile runs once more afterwards). Without a keychain the server's refusal asks for the
    password once (`password_needed`); the answer lives in memory for this run only.
    """

    state_changed = Signal(object)  # CalendarState
    synced = Signal(object)  # SyncReport
    password_needed = Signal()

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.runner = CalendarRunner(controller.store, controller.clock, self)
        # The password typed in this run when there is no keychain; never written anywhere.
        self.password: str | None = None
        self._asked = False
        self._syncing = False
        self._again = False
        self.syncs = 0
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.sync_now)
        self._period = QTimer(self)
        self._period.setInterval(PERIOD_MS)
        self._period.timeout.connect(self.sync_now)
        self.state = self._read_state()
        controller.changed.connect(self._on_controller_changed)
        self._period.start()
        if self.state.connected:
            self._debounce.start()

    @property
    def store(self) -> Store:
        return self.controller.store

    def account(self) -> CalendarAccount | None:
        return read_account(self.store)

    @property
    def busy(self) -> bool:
        """True while a sync or another calendar job is under way."""
        return self._syncing or self.runner.pending > 0

    def _read_state(self) -> CalendarState:
        now = status(self.store)
        return CalendarState(
            connected=now.connected,
            waiting=now.waiting,
            conflicts=len(now.conflicts),
            last_sync=parse_moment(now.last_sync),
        )

    def _set_state(self, state: CalendarState) -> None:
        self.state = state
        self.state_changed.emit(state)

    def refresh_state(self) -> None:
        """Read what waits and the conflicts again (no network), keeping syncing/offline/error."""
        now = self._read_state()
        self._set_state(
            replace(
                self.state,
                connected=now.connected,
                waiting=now.waiting,
                conflicts=now.conflicts,
                last_sync=now.last_sync,
            )
        )

    def reload(self) -> None:
        """Read the connection again (after connecting or disconnecting) and sync if connected."""
        self._asked = False
        self._set_state(self._read_state())
        if self.state.connected:
            self.sync_now()

    def sync_now(self) -> None:
        """Sync at once (or right after the one running); nothing when no calendar is connected."""
        self._debounce.stop()
        if self._syncing:
            self._again = True
            return
        if read_account(self.store) is None:
            if self.state.connected:
                self._set_state(CalendarState(connected=False))
            return
        self._syncing = True
        self._again = False
        self.syncs += 1
        self._set_state(replace(self.state, connected=True, syncing=True))
        password = self.password

        def job(store: Store) -> SyncReport:
            account = read_account(store)
            if account is None:
                return sync(store, password=password)  # says "not connected"
            # Told apart from being offline: a certificate that does not verify, no CalDAV.
            with plain_failures(account.server):
                return sync(store, password=password)

        self.runner.run(job, self._on_synced)

    def run(self, job: Job, then: Callable[[Outcome], None]) -> None:
        """Another calendar job (connect, look-ups) on the same thread, after any sync."""
        self.runner.run(job, then)

    def shutdown(self) -> None:
        """Stop the timers and the thread (the running request finishes first)."""
        self._debounce.stop()
        self._period.stop()
        self.runner.shutdown()

    def _on_synced(self, outcome: Outcome) -> None:
        self._syncing = False
        waiting = outbox_count(self.store.db)
        if outcome.error is None:
            report = outcome.value
            assert isinstance(report, SyncReport)
            push_pulled_steps(self.controller, report)
            state = self._read_state()
            self._set_state(state)
            self.synced.emit(report)
            if state.waiting and not self._again:
                self._debounce.start()  # changed while the sync ran: those go next
        elif isinstance(outcome.error, CalendarUnreachableError) and not isinstance(
            outcome.error, CertificateError
        ):
            self._set_state(
                replace(self.state, syncing=False, offline=True, error="", waiting=waiting)
            )
        elif isinstance(outcome.error, CalendarRefusedError) and self._may_ask():
            self._asked = True
            self._set_state(
                replace(self.state, syncing=False, error=outcome.message, waiting=waiting)
            )
            self.password_needed.emit()
        else:
            self._set_state(
                replace(
                    self.state, syncing=False, offline=False, error=outcome.message, waiting=waiting
                )
            )
        if self._again:
            self.sync_now()

    def _may_ask(self) -> bool:
        account = read_account(self.store)
        return account is not None and bool(account.user) and not self._asked

    def give_password(self, password: str) -> None:
        """The password the rep typed (no keychain): kept in memory for this run, then sync."""
        self.password = password
        self.sync_now()

    def _on_controller_changed(self, change: Change) -> None:
        if not self.state.connected:
            return
        waiting = outbox_count(self.store.db)
        if waiting != self.state.waiting:
            self._set_state(replace(self.state, waiting=waiting))
        if waiting and not self._syncing:
            self._debounce.start()  # restarted by every change: one sync after the burst
