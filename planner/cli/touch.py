"""`nurture-planner touch add|move|done|cancel`: plan, reschedule, complete or cancel one."""

from __future__ import annotations

import argparse
from typing import Any

from planner.cli.common import (
    Context,
    day_heading,
    find_company,
    find_contact,
    touchpoint_json,
)
from planner.cli.follow_up import plan_follow_up
from planner.domain.errors import ValidationError
from planner.domain.model import AgendaEntry, Channel, Purpose, Status, TouchPoint
from planner.domain.timing import local_zone_name, parse_date, parse_time
from planner.storage import Store


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    touch = subparsers.add_parser(
        "touch",
        parents=parents,
        help="add, move, complete or cancel a touch-point",
        description="Plan a touch-point, move it to another day, mark it done or cancel it.",
    )
    actions = touch.add_subparsers(title="actions", metavar="ACTION", required=True)

    add = actions.add_parser("add", parents=parents, help="plan a new touch-point")
    add.add_argument("--company", required=True, metavar="NAME", help="the account")
    add.add_argument("--contact", metavar="NAME", help="the person there (name or e-mail)")
    add.add_argument("--date", required=True, metavar="DATE", help="the day (YYYY-MM-DD)")
    add.add_argument("--time", metavar="HH:MM", help="a start time (else all day)")
    add.add_argument(
        "--duration", type=int, default=30, metavar="MINUTES", help="length (default: 30)"
    )
    add.add_argument("--channel", required=True, choices=[str(c) for c in Channel])
    add.add_argument("--purpose", default=str(Purpose.CHECK_IN), choices=[str(p) for p in Purpose])
    add.add_argument("--title", default="", metavar="TEXT", help="what the calendar shows")
    add.add_argument("--notes", default="", metavar="TEXT")
    add.add_argument("--json", action="store_true", help="print the new touch-point as JSON")
    add.set_defaults(func=run_add)

    move = actions.add_parser("move", parents=parents, help="move a touch-point to another day")
    move.add_argument("id", type=int, metavar="ID")
    move.add_argument("date", metavar="DATE", help="the new day (YYYY-MM-DD)")
    when = move.add_mutually_exclusive_group()
    when.add_argument("--time", metavar="HH:MM", help="a new start time (else the time stays)")
    when.add_argument("--all-day", action="store_true", help="make it an all-day touch-point")
    move.add_argument("--json", action="store_true", help="print the touch-point as JSON")
    move.set_defaults(func=run_move)

    done = actions.add_parser("done", parents=parents, help="mark a touch-point done")
    done.add_argument("id", type=int, metavar="ID")
    done.add_argument("--outcome", default="", metavar="TEXT", help="what came of it")
    done.add_argument(
        "--follow-up",
        metavar="DATE|auto",
        help="plan the next step with the same person and channel on DATE, "
        "or on the cadence's date with 'auto'",
    )
    done.add_argument(
        "--json", action="store_true", help="print the done touch-point and the follow-up as JSON"
    )
    done.set_defaults(func=run_done)

    cancel = actions.add_parser("cancel", parents=parents, help="cancel a planned touch-point")
    cancel.add_argument("id", type=int, metavar="ID")
    cancel.add_argument("--json", action="store_true", help="print the touch-point as JSON")
    cancel.set_defaults(func=run_cancel)


def _describe(entry: AgendaEntry) -> str:
    tp = entry.touchpoint
    when = day_heading(tp.day) + (f" {tp.time.strftime('%H:%M')}" if tp.time else " (all day)")
    who = entry.company_name + (f" · {entry.contact_name}" if entry.contact_name else "")
    return f"#{tp.id} {tp.channel.label} with {who} on {when}, revision {tp.revision}"


def _report(ctx: Context, store: Store, tp_id: int, verb: str, as_json: bool) -> int:
    entry = store.touchpoints.entry(tp_id)
    if as_json:
        ctx.print_json(touchpoint_json(entry, ctx.today))
    else:
        ctx.print(f"{verb} {_describe(entry)}.")
    return 0


def run_add(args: argparse.Namespace, ctx: Context) -> int:
    day = parse_date(args.date, "--date")
    at = parse_time(args.time, "--time") if args.time is not None else None
    if not 0 < args.duration <= 24 * 60:
        raise ValidationError(f"--duration {args.duration} is out of range (1 to 1440 minutes).")
    store = ctx.open_store()
    with store.transaction():
        company = find_company(store, args.company)
        contact = find_contact(store, args.contact, company) if args.contact else None
        channel = Channel(args.channel)
        title = args.title.strip() or (
            f"{channel.label}: {contact.full_name if contact else company.name}"
        )
        assert company.id is not None
        added = store.touchpoints.add(
            TouchPoint(
                company_id=company.id,
                contact_id=contact.id if contact else None,
                day=day,
                time=at,
                duration_minutes=args.duration,
                tz=local_zone_name() if at is not None else "UTC",
                channel=channel,
                purpose=Purpose(args.purpose),
                title=title,
                notes=args.notes,
            )
        )
    assert added.id is not None
    return _report(ctx, store, added.id, "Planned", args.json)


def run_move(args: argparse.Namespace, ctx: Context) -> int:
    day = parse_date(args.date, "DATE")
    at = parse_time(args.time, "--time") if args.time is not None else None
    store = ctx.open_store()
    with store.transaction():
        tp = store.touchpoints.get(args.id)
        if tp.status is not Status.PLANNED:
            raise ValidationError(
                f"Touch-point #{tp.id} is {tp.status.label.lower()}; "
                "only planned touch-points can be moved."
            )
        changes: dict[str, object] = {"day": day}
        if at is not None:
            changes.update(time=at, tz=local_zone_name())
        elif args.all_day:
            changes.update(time=None)
        store.touchpoints.update(tp.replace(**changes))
    return _report(ctx, store, args.id, "Moved", args.json)


def run_done(args: argparse.Namespace, ctx: Context) -> int:
    wanted = args.follow_up.strip() if args.follow_up is not None else None
    day = None if wanted in (None, "auto") else parse_date(wanted, "--follow-up")
    if day is not None and day < ctx.today:
        raise ValidationError(f"--follow-up {day.isoformat()} has passed; choose today or later.")
    store = ctx.open_store()
    with store.transaction():
        _before, done, send = store.complete_touchpoint(args.id, args.outcome.strip())
        follow_up_id = None
        if wanted is not None:
            follow_up_id = plan_follow_up(store, done, ctx.today, day).id
    if args.json:
        entry = store.touchpoints.entry(args.id)
        follow = store.touchpoints.entry(follow_up_id) if follow_up_id is not None else None
        ctx.print_json(
            {
                "touchpoint": touchpoint_json(entry, ctx.today),
                "follow_up": touchpoint_json(follow, ctx.today) if follow else None,
            }
        )
        return 0
    _report(ctx, store, args.id, "Done:", False)
    if send is not None:
        ctx.print("The content send is recorded in the send log.")
    if follow_up_id is not None:
        _report(ctx, store, follow_up_id, "Follow-up planned:", False)
    return 0


def run_cancel(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.open_store()
    with store.transaction():
        tp = store.touchpoints.get(args.id)
        if tp.status is not Status.PLANNED:
            raise ValidationError(
                f"Touch-point #{tp.id} is {tp.status.label.lower()}; "
                "only planned touch-points can be cancelled."
            )
        store.touchpoints.update(tp.replace(status=Status.CANCELLED))
    return _report(ctx, store, args.id, "Cancelled", args.json)
