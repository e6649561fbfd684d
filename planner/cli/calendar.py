"""`nurture-planner calendar connect|sync|status|disconnect`: the plan on a calendar server."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from planner.cli.common import Context
from planner.domain.model import Channel, CompanyKind
from planner.interchange.calendar_sync.account import (
    DEFAULT_CALENDAR,
    PASSWORD_VARIABLE,
    CalendarUnreachableError,
)
from planner.interchange.calendar_sync.sync import (
    connect,
    disconnect,
    status,
    sync,
    take_calendars_version,
)
from planner.interchange.ical_export import DEFAULT_WEEKS_AHEAD, ExportOptions


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "calendar",
        parents=parents,
        help="publish the plan to your calendar server (CalDAV) and follow moves made there",
        description="Keep the plan on your own calendar server (Nextcloud, Fastmail, iCloud, "
        "mailbox.org, Synology, Radicale, ...), so it is on your phone within seconds. Moving "
        "an event there moves the touch-point; deleting it cancels it; every other field is "
        "the plan's. Google Calendar needs OAuth and is not supported: use export-ics.",
    )
    commands = p.add_subparsers(title="calendar commands", metavar="COMMAND", required=True)
    c = commands.add_parser(
        "connect",
        parents=parents,
        help="connect this plan to a calendar server (on this computer only)",
        description="Test the server, find or create the calendar and remember the connection "
        "for this plan on this computer. The password goes into the system keychain; "
        f"{PASSWORD_VARIABLE} gives it to scripts.",
    )
    c.add_argument("url", metavar="URL", help="the server's address, or a calendar's (https://)")
    c.add_argument("--user", default="", help="your user name on the server")
    c.add_argument(
        "--calendar",
        default=DEFAULT_CALENDAR,
        metavar="NAME",
        help=f"the calendar to publish to, created when missing (default: {DEFAULT_CALENDAR})",
    )
    c.add_argument(
        "--password-stdin", action="store_true", help="read the (app) password from stdin"
    )
    c.add_argument(
        "--include-done", action="store_true", help="also publish done and skipped touch-points"
    )
    c.add_argument("--alarm", type=int, metavar="MINUTES", help="a reminder before timed ones")
    c.add_argument(
        "--weeks",
        type=int,
        default=DEFAULT_WEEKS_AHEAD,
        help=f"weeks ahead to publish (default: {DEFAULT_WEEKS_AHEAD})",
    )
    c.add_argument("--kind", action="append", choices=[str(k) for k in CompanyKind])
    c.add_argument("--channel", action="append", choices=[str(ch) for ch in Channel])
    c.set_defaults(func=run_connect)
    s = commands.add_parser(
        "sync", parents=parents, help="push the plan's changes and pull the calendar's"
    )
    s.add_argument("--json", action="store_true", help="print the counts as JSON")
    s.set_defaults(func=run_sync)
    st = commands.add_parser(
        "status", parents=parents, help="what is connected and waiting (no network)"
    )
    st.add_argument("--json", action="store_true", help="print the status as JSON")
    st.set_defaults(func=run_status)
    t = commands.add_parser(
        "take-calendar",
        parents=parents,
        help="settle a conflict the calendar's way (see calendar status)",
    )
    t.add_argument("conflict", type=int, metavar="CONFLICT", help="the conflict's number")
    t.set_defaults(func=run_take)
    d = commands.add_parser(
        "disconnect", parents=parents, help="forget the connection and its password"
    )
    d.add_argument(
        "--remove-events",
        action="store_true",
        help="first delete the published events from the calendar",
    )
    d.set_defaults(func=run_disconnect)


def _password(args: argparse.Namespace) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return None


def run_connect(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.open_store()
    options = ExportOptions(
        kinds=frozenset(CompanyKind(k) for k in args.kind) if args.kind else None,
        channels=frozenset(Channel(ch) for ch in args.channel) if args.channel else None,
        include_done=args.include_done,
        alarm_minutes=args.alarm,
        weeks_ahead=args.weeks,
    )
    result = connect(store, args.url, args.user, _password(args), args.calendar, options)
    made = "created" if result.created else "found"
    ctx.print(
        f"Connected to {result.account.server}: calendar {result.account.calendar_name!r} "
        f"({made}). Run `calendar sync` to publish."
    )
    if args.password_stdin and not result.password_kept:
        ctx.print(f"No keychain here: give the password in {PASSWORD_VARIABLE} to sync.")
    return 0


def run_sync(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.open_store()
    try:
        report = sync(store, today=ctx.today, now=ctx.clock.now())
    except CalendarUnreachableError:
        waiting = status(store).waiting
        if args.json:
            ctx.print_json({"reachable": False, "waiting": waiting})
        print(
            f"The calendar server cannot be reached; {waiting} change(s) wait for the next sync.",
            file=sys.stderr,
        )
        return 1
    if args.json:
        ctx.print_json({"reachable": True, **report.to_json()})
        return 0
    ctx.print(
        f"Pushed {report.pushed}, deleted {report.deleted}; pulled {len(report.moves)} move(s) "
        f"and {len(report.deletions)} deletion(s); {report.conflicts} conflict(s); "
        f"{report.waiting} waiting."
    )
    return 0


def run_status(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.open_store()
    state = status(store)
    if args.json:
        ctx.print_json(state.to_json())
        return 0
    if not state.connected:
        ctx.print("No calendar server is connected to this plan on this computer.")
        return 0
    last = state.last_sync or "never"
    ctx.print(
        f"Connected to {state.server} as {state.user or '(no user)'}: calendar "
        f"{state.calendar_name!r}; {state.published} event(s) published, {state.waiting} "
        f"change(s) waiting; last sync {last}."
    )
    for c in state.conflicts:
        there = c.calendar_start or "deleted"
        ctx.print(
            f"Conflict {c.id}: touch-point {c.touchpoint_id} kept at {c.plan_start}; the calendar "
            f"had {there} (take it with `calendar take-calendar {c.id}`)."
        )
    return 0


def run_take(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.open_store()
    change = take_calendars_version(store, args.conflict)
    if change is None:
        ctx.print("The touch-point no longer exists; the conflict is closed.")
    else:
        ctx.print(
            f"Touch-point {change.after.id} now follows the calendar; the next sync publishes it."
        )
    return 0


def run_disconnect(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.open_store()
    removed = disconnect(store, remove_events=args.remove_events)
    extra = f" and removed {removed} event(s) from the calendar" if args.remove_events else ""
    ctx.print(f"Disconnected{extra}.")
    return 0
