"""Connecting, syncing, status and disconnecting: the calendar API for the app and the CLI.

Every function that talks to the server blocks: run it off the GUI thread. `status` never
touches the network. Nothing is contacted unless a calendar is connected to the plan on
this machine, and then only the configured server.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from planner.domain.errors import NotFoundError
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.interchange.calendar_sync.account import (
    DEFAULT_CALENDAR,
    CalendarAccount,
    CalendarError,
    KeychainUnavailableError,
    check_url,
    forget_password,
    keep_password,
    read_account,
    read_password,
    write_account,
)
from planner.interchange.calendar_sync.connection import (
    find_or_create_calendar,
    open_calendar,
    open_client,
    request,
    server_errors,
)
from planner.interchange.calendar_sync.events import desired_objects, utc_now_text
from planner.interchange.calendar_sync.pull import PulledChange, pull, take_calendar_version
from planner.interchange.calendar_sync.push import push
from planner.interchange.ical_export import ExportOptions, TierLookup
from planner.storage import Store
from planner.storage.calendar_sync import (
    CALENDAR_URL,
    LAST_SYNC,
    Conflict,
    clear_outbox,
    close_conflict,
    open_conflicts,
    outbox_count,
    outbox_snapshot,
    published,
    reset_sync_state,
    set_sync_value,
    sync_value,
)

_NOT_CONNECTED = QT_TRANSLATE_NOOP(
    "Errors", "No calendar server is connected to this plan on this computer; connect one first."
)


@dataclass(frozen=True, slots=True)
class Connected:
    """The result of connecting: the account kept, whether the calendar was created for the
    plan, and whether the password went into the keychain (False: none given, or no keychain)."""

    account: CalendarAccount
    created: bool
    password_kept: bool


def connect(
    store: Store,
    url: str,
    user: str = "",
    password: str | None = None,
    calendar_name: str = DEFAULT_CALENDAR,
    options: ExportOptions | None = None,
) -> Connected:
    """Test the server, find or create the calendar, and keep the connection for the plan.

    Raises ValidationError for an address that is not allowed, CalendarUnreachableError or
    CalendarRefusedError (nothing is kept then). A server that asks for no password needs none.
    """
    checked = check_url(url)
    client = open_client(checked, user, password)
    found = find_or_create_calendar(client, checked, calendar_name or DEFAULT_CALENDAR)
    account = CalendarAccount(
        url=checked,
        user=user,
        calendar_url=found.url,
        calendar_name=found.name,
        options=_publishable(options or ExportOptions()),
    )
    kept = False
    if password:
        try:
            keep_password(store, account, password)
            kept = True
        except KeychainUnavailableError:
            kept = False
    write_account(store, account)
    with store.transaction():
        if sync_value(store.db, CALENDAR_URL) != account.calendar_url:
            reset_sync_state(store.db, account.calendar_url)
    return Connected(account, found.created, kept)


def _publishable(options: ExportOptions) -> ExportOptions:
    """The options with a rolling range (the calendar follows today) and no tier filter."""
    return ExportOptions(
        kinds=options.kinds,
        channels=options.channels,
        include_done=options.include_done,
        alarm_minutes=options.alarm_minutes,
        weeks_ahead=options.weeks_ahead,
    )


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What one sync did; `moves` and `deletions` carry before/after for undo steps."""

    pushed: int
    deleted: int
    moves: list[PulledChange]
    deletions: list[PulledChange]
    conflicts: int
    waiting: int

    def to_json(self) -> dict[str, Any]:
        return {
            "pushed": self.pushed,
            "deleted": self.deleted,
            "pulled_moves": len(self.moves),
            "pulled_deletions": len(self.deletions),
            "conflicts": self.conflicts,
            "waiting": self.waiting,
        }


def _account(store: Store) -> CalendarAccount:
    account = read_account(store)
    if account is None:
        raise CalendarError(_NOT_CONNECTED)
    return account


def sync(
    store: Store,
    *,
    today: date | None = None,
    now: datetime | None = None,
    password: str | None = None,
    tier_of: TierLookup | None = None,
) -> SyncReport:
    """Pull the calendar's changes, then push the outbox; blocking (use a worker thread).

    Raises CalendarError (not connected; the server refused), CalendarUnreachableError (offline:
    every change stays queued in the plan file for the next sync).
    """
    account = _account(store)
    now = now or store.clock.now()
    today = today or store.clock.today()
    secret = password if password is not None else read_password(store, account)
    with store.transaction():
        if sync_value(store.db, CALENDAR_URL) != account.calendar_url:
            reset_sync_state(store.db, account.calendar_url)
    with server_errors(account.server), open_calendar(account, secret) as calendar:
        before = set(outbox_snapshot(store.db))
        desired = desired_objects(store, account.options, today, now, tier_of)
        pulled = pull(store, calendar, before, desired, now)
        seen = outbox_snapshot(store.db)  # after the pull: its own moves are pushed below
        desired = desired_objects(store, account.options, today, now, tier_of)
        pushed = push(store, calendar, desired, now)
    with store.transaction():
        clear_outbox(store.db, seen)
        set_sync_value(store.db, LAST_SYNC, utc_now_text(now))
    return SyncReport(
        pushed=pushed.pushed,
        deleted=pushed.deleted,
        moves=pulled.moves,
        deletions=pulled.deletions,
        conflicts=pulled.conflicts + pushed.conflicts,
        waiting=outbox_count(store.db),
    )


@dataclass(frozen=True, slots=True)
class CalendarStatus:
    """The connection and what waits, read from this machine's settings and the plan (offline)."""

    connected: bool
    server: str = ""
    user: str = ""
    calendar_name: str = ""
    calendar_url: str = ""
    waiting: int = 0
    published: int = 0
    last_sync: str | None = None
    conflicts: list[Conflict] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "connected": self.connected,
            "server": self.server,
            "user": self.user,
            "calendar": self.calendar_name,
            "calendar_url": self.calendar_url,
            "waiting": self.waiting,
            "published": self.published,
            "last_sync": self.last_sync,
            "conflicts": [
                {
                    "id": c.id,
                    "touchpoint_id": c.touchpoint_id,
                    "detected_at": c.detected_at,
                    "plan_start": c.plan_start,
                    "calendar_start": c.calendar_start,
                }
                for c in self.conflicts
            ],
        }


def status(store: Store) -> CalendarStatus:
    """What is connected and waiting; never contacts the server."""
    account = read_account(store)
    if account is None:
        return CalendarStatus(connected=False)
    return CalendarStatus(
        connected=True,
        server=account.server,
        user=account.user,
        calendar_name=account.calendar_name,
        calendar_url=account.calendar_url,
        waiting=outbox_count(store.db),
        published=sum(1 for o in published(store.db).values() if not o.deleted_on_server),
        last_sync=sync_value(store.db, LAST_SYNC),
        conflicts=open_conflicts(store.db),
    )


def take_calendars_version(store: Store, conflict_id: int) -> PulledChange | None:
    """Settle a conflict the calendar's way (one transaction); the next sync pushes it."""
    now = store.clock.now()
    with store.transaction():
        conflict = next((c for c in open_conflicts(store.db) if c.id == conflict_id), None)
        if conflict is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no open calendar conflict {id}.").format(
                    id=conflict_id
                )
            )
        change = take_calendar_version(store, conflict.touchpoint_id, conflict.calendar_start, now)
        close_conflict(store.db, conflict_id)
    return change


def disconnect(store: Store, *, remove_events: bool = False, password: str | None = None) -> int:
    """Forget the connection and its password; with `remove_events`, delete the published
    events from the calendar first (returns how many). Unreachable then: nothing is forgotten."""
    account = read_account(store)
    if account is None:
        return 0
    removed = 0
    if remove_events:
        secret = password if password is not None else read_password(store, account)
        with server_errors(account.server), open_calendar(account, secret) as calendar:
            for obj in published(store.db).values():
                if obj.deleted_on_server:
                    continue
                answer = request(calendar, "DELETE", obj.href)
                if answer.status in (200, 204):
                    removed += 1
    forget_password(store, account)
    write_account(store, None)
    with store.transaction():
        reset_sync_state(store.db, None)
    return removed
