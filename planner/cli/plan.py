"""`nurture-planner plan-week` and `simulate`: the week's proposals and the year's proof."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from planner.cli.common import Context
from planner.domain.errors import ValidationError
from planner.domain.timing import local_zone_name, parse_date, planning_week

if TYPE_CHECKING:  # the planner is loaded when a command runs, not to parse the command line
    from planner.nurture.settings import NurtureSettings
    from planner.nurture.week_plan import Suggestion
    from planner.storage import Store

MAX_WEEKS = 260


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "plan-week",
        parents=parents,
        help="propose this week's touch-points, each with its reason",
        description="Propose touch-points for a week (working days only, within the daily "
        "capacity, counting what is already planned), highest priority first, each with its "
        "reason in plain words. --apply writes them; applying the same week twice adds nothing.",
    )
    p.add_argument(
        "--week",
        metavar="DATE",
        help="any day of the week to plan (default: this week, or next week at the weekend)",
    )
    p.add_argument("--apply", action="store_true", help="write the proposals as planned")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.set_defaults(func=run_plan_week)

    s = subparsers.add_parser(
        "simulate",
        parents=parents,
        help="play a year of following the plan against the 90-day-call habit",
        description="Play N weeks in memory: each week the plan is accepted and completed. "
        "Compare with the habit of one call to each account every 90 days. Nothing is written.",
    )
    s.add_argument("--weeks", type=int, default=52, metavar="N", help="weeks (default: 52)")
    s.add_argument(
        "--accept",
        type=float,
        default=1.0,
        metavar="P",
        help="share of the suggestions the rep accepts, 0 to 1 (default: 1)",
    )
    s.add_argument(
        "--complete",
        type=float,
        default=1.0,
        metavar="Q",
        help="share of what is planned done on its day, 0 to 1; the rest slips by a day or two "
        "(default: 1)",
    )
    s.add_argument("--seed", type=int, default=0, metavar="N", help="random seed (default: 0)")
    s.add_argument("--json", action="store_true", help="print JSON instead of a table")
    s.set_defaults(func=run_simulate)


def load_settings(store: Store) -> NurtureSettings:
    from planner.nurture.settings import SETTINGS_KEY, NurtureSettings

    return NurtureSettings.from_json(store.setting(SETTINGS_KEY, None))


def _week(text: str | None, today: date, settings: NurtureSettings) -> date:
    if text is not None:
        return planning_week(parse_date(text, "--week"))
    start = planning_week(today)
    remaining = [
        start + timedelta(days=i)
        for i in range(7)
        if start + timedelta(days=i) >= today
        and (start + timedelta(days=i)).weekday() in settings.working_days
    ]
    return start if remaining else start + timedelta(days=7)


def run_plan_week(args: argparse.Namespace, ctx: Context) -> int:
    from planner.nurture.week_plan_rank import plan_week_on_book
    from planner.storage.plans import apply_suggestions
    from planner.storage.week_ranking import StoreBook

    store = ctx.open_store(read_only=not args.apply)
    settings = load_settings(store)
    today = ctx.today
    week = _week(args.week, today, settings)
    if week + timedelta(days=6) < today:
        raise ValidationError(
            f"The week of {week.isoformat()} has passed; plan this week or later."
        )
    # Only the accounts that can take a place in the week are read in full.
    suggestions, portfolio = plan_week_on_book(
        StoreBook(store), settings, today, week, ctx.clock.now().time()
    )
    # Proposed times are the rep's wall-clock times: kept in the local time zone.
    added = apply_suggestions(store, suggestions, local_zone_name()) if args.apply else None
    if args.json:
        ctx.print_json([s.to_json() for s in suggestions])
        return 0
    if not suggestions:
        ctx.print(f"Nothing to propose for the week of {week.isoformat()}.")
    for s in suggestions:
        ctx.print(_line(s))
    dismissed = sum(1 for key in portfolio.dismissed if key.endswith(f":{week.isoformat()}"))
    if dismissed:
        ctx.print(f"({dismissed} dismissed for this week in the app: left out.)")
    if added is not None:
        skipped = len(suggestions) - added
        ctx.print(
            f"Added {added} touch-point{'s' if added != 1 else ''} to the plan"
            + (f" ({skipped} already there)." if skipped else ".")
        )
    return 0


def _line(s: Suggestion) -> str:
    who = s.contact_name or "(no contact yet)"
    content = f" [{s.content_title}]" if s.content_title else ""
    when = "all day" if s.time is None else f"{s.time:%H:%M} {s.duration_minutes} min"
    return (
        f"{s.day.isoformat()} {when:>12}  {s.company_name} · {who} · {s.channel.label} · "
        f"{s.purpose.label}{content} — {s.reason}"
    )


def run_simulate(args: argparse.Namespace, ctx: Context) -> int:
    from planner.nurture.simulate import MEASURES, simulate
    from planner.storage.portfolio import load_portfolio

    if not 1 <= args.weeks <= MAX_WEEKS:
        raise ValidationError(f"--weeks {args.weeks} is out of range (1 to {MAX_WEEKS}).")
    store = ctx.open_store(read_only=True)
    settings = load_settings(store)
    portfolio = load_portfolio(store, ctx.today)
    from planner.nurture.rep import Rep

    rep = Rep(args.accept, args.complete, args.seed)
    result = simulate(portfolio, args.weeks, settings, rep=rep)
    if args.json:
        ctx.print_json(result.to_json())
        return 0
    way = (
        "the plan, accepted and done every week"
        if rep.perfect
        else f"a rep who accepts {rep.accept:.0%} of the plan and does {rep.complete:.0%} of it "
        f"on its day (seed {rep.seed})"
    )
    ctx.print(
        f"{args.weeks} weeks from {result.start.isoformat()} to {result.end.isoformat()}: "
        f"{way}, against one call per account every 90 days."
    )
    ctx.print()
    ctx.print(result.table())
    ctx.print()
    losing = [m for m in MEASURES if not result.plan_wins(m)]
    if losing:
        ctx.print(f"The habit does better on: {', '.join(losing)}.")
    else:
        ctx.print("The plan does at least as well as the habit on every measure.")
    return 0
