"""`nurture-planner export-ics FILE`: the plan as an .ics calendar file, written atomically."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from planner.cli.common import Context
from planner.domain.errors import ValidationError
from planner.domain.model import Channel, CompanyKind
from planner.domain.timing import parse_date
from planner.interchange.export_target import parse_target

if TYPE_CHECKING:
    from planner.interchange.ical_export import ExportOptions


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "export-ics",
        parents=parents,
        help="write the plan as an iCalendar (.ics) file",
        description="Write the touch-points of a range as an iCalendar file that calendar apps "
        "import or subscribe to. Default range: overdue ones plus the next 13 weeks. Google and "
        "Outlook do not update events from a re-imported file: import into a dedicated calendar, "
        "or subscribe to a file that is kept up to date.",
    )
    p.add_argument("file", metavar="FILE", help="the .ics file to write (replaced atomically)")
    p.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help="first day (default: today, plus every overdue touch-point)",
    )
    p.add_argument(
        "--to", dest="end", metavar="DATE", help="last day (default: 13 weeks after today)"
    )
    p.add_argument(
        "--alarm",
        type=int,
        metavar="MINUTES",
        help="a reminder this many minutes before each timed touch-point",
    )
    p.add_argument(
        "--include-done", action="store_true", help="also export done and skipped touch-points"
    )
    p.add_argument(
        "--kind",
        action="append",
        choices=[str(k) for k in CompanyKind],
        help="only accounts of this kind (repeatable)",
    )
    p.add_argument(
        "--channel",
        action="append",
        choices=[str(c) for c in Channel],
        help="only touch-points on this channel (repeatable)",
    )
    p.add_argument("--name", metavar="TEXT", help="the calendar's name (default: Nurture Planner)")
    p.add_argument(
        "--force",
        action="store_true",
        help="replace FILE even when it is not a calendar exported from this plan",
    )
    p.set_defaults(func=run)


def options_from_args(args: argparse.Namespace) -> ExportOptions:
    from planner.interchange.ical_export import DEFAULT_CALENDAR_NAME, ExportOptions

    return ExportOptions(
        first=parse_date(args.start, "--from") if args.start is not None else None,
        last=parse_date(args.end, "--to") if args.end is not None else None,
        kinds=frozenset(CompanyKind(k) for k in args.kind) if args.kind else None,
        channels=frozenset(Channel(c) for c in args.channel) if args.channel else None,
        include_done=args.include_done,
        alarm_minutes=args.alarm,
        calendar_name=args.name or DEFAULT_CALENDAR_NAME,
    )


def run(args: argparse.Namespace, ctx: Context) -> int:
    from planner.interchange.ical_files import export_to_file

    options = options_from_args(args)
    store = ctx.open_store(read_only=True)
    target = parse_target(args.file)
    if target.path is None:
        raise ValidationError(target.problem or "Choose a file to export to.")
    path = target.path
    count = export_to_file(store, path, options, ctx.today, ctx.clock.now(), replace=args.force)
    first, last = options.date_range(ctx.today)
    overdue = " and overdue ones" if options.includes_overdue else ""
    ctx.print(f"Wrote {count} touch-point(s) from {first} to {last}{overdue} to {path}.")
    return 0
