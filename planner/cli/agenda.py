"""`nurture-planner agenda`: the touch-points of a range of days, overdue planned ones first."""

from __future__ import annotations

import argparse
from datetime import timedelta
from typing import Any

from planner.cli.common import Context, day_heading, touchpoint_json
from planner.domain.errors import ValidationError
from planner.domain.model import AgendaEntry, Status
from planner.domain.timing import parse_date

MAX_DAYS = 366


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "agenda",
        parents=parents,
        help="print the touch-points of the coming days, overdue ones first",
        description="Print the touch-points of a range of days grouped by day; planned "
        "touch-points whose day has passed come first.",
    )
    p.add_argument("--from", dest="start", metavar="DATE", help="first day (default: today)")
    p.add_argument("--days", type=int, default=7, metavar="N", help="how many days (default: 7)")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.set_defaults(func=run)


def collect(
    ctx: Context, start_text: str | None, days: int
) -> tuple[list[AgendaEntry], list[AgendaEntry]]:
    """The overdue entries and the entries of the range (without those already overdue)."""
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError(f"--days {days} is out of range (1 to {MAX_DAYS}).")
    first = parse_date(start_text, "--from") if start_text is not None else ctx.today
    last = first + timedelta(days=days - 1)
    reader = ctx.open_reader()
    overdue = reader.overdue(ctx.today)
    seen = {e.touchpoint.id for e in overdue}
    in_range = [e for e in reader.between(first, last) if e.touchpoint.id not in seen]
    return overdue, in_range


def run(args: argparse.Namespace, ctx: Context) -> int:
    overdue, in_range = collect(ctx, args.start, args.days)
    today = ctx.today
    if args.json:
        ctx.print_json([touchpoint_json(e, today) for e in overdue + in_range])
        return 0
    first = parse_date(args.start, "--from") if args.start is not None else today
    last = first + timedelta(days=args.days - 1)
    # Written at once: a line at a time is a system call each when output is unbuffered.
    out = [f"Agenda {day_heading(first)} – {day_heading(last)}"]
    if overdue:
        out += ["", f"Overdue ({len(overdue)})"]
        out += [f"  {line}" for line in _lines(overdue, with_day=True)]
    if not in_range:
        out += ["", "Nothing planned in this range."]
        ctx.print("\n".join(out))
        return 0
    rows = _rows(in_range, with_day=False)
    widths = _widths(rows)
    current = None
    for entry, row in zip(in_range, rows, strict=True):
        if entry.touchpoint.day != current:
            current = entry.touchpoint.day
            out += ["", day_heading(current) + ("  (today)" if current == today else "")]
        out.append(f"  {_join(row, widths)}")
    ctx.print("\n".join(out))
    return 0


def _rows(entries: list[AgendaEntry], *, with_day: bool) -> list[list[str]]:
    rows = []
    for e in entries:
        tp = e.touchpoint
        who = e.company_name + (f" · {e.contact_name}" if e.contact_name else "")
        status = "" if tp.status is Status.PLANNED else f"[{tp.status.label.lower()}]"
        row = [
            f"#{tp.id}",
            tp.time.strftime("%H:%M") if tp.time else "all day",
            tp.channel.label,
            tp.purpose.label,
            who,
            f"({e.company_kind.label.lower()})",
            tp.title,
            status,
        ]
        if with_day:
            row.insert(1, day_heading(tp.day))
        rows.append(row)
    return rows


def _widths(rows: list[list[str]]) -> list[int]:
    return [max(len(r[i]) for r in rows) for i in range(len(rows[0]))] if rows else []


def _join(row: list[str], widths: list[int]) -> str:
    return "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()


def _lines(entries: list[AgendaEntry], *, with_day: bool) -> list[str]:
    rows = _rows(entries, with_day=with_day)
    widths = _widths(rows)
    return [_join(r, widths) for r in rows]


__all__ = ["collect", "register", "run"]
