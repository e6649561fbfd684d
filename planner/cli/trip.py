"""`nurture-planner trip` and `brief`: plan visits near a place, and print a visit's brief."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.cli.common import Context, find_company
from planner.domain.errors import ValidationError
from planner.domain.timing import local_zone_name, parse_date

if TYPE_CHECKING:  # the trip planner loads when the command runs, not to parse arguments
    from planner.nurture.trip import TripPlan, TripRequest
    from planner.storage import Store

# planner.nurture.trip.DEFAULT_RADIUS_KM, spelled out so that parsing loads no planner.
DEFAULT_RADIUS_KM = 50.0

MAX_TRIP_DAYS = 31


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "trip",
        parents=parents,
        help="plan visits near a city over a few days",
        description="Propose visits to the accounts within reach of a city (or of an account), "
        "most urgent first, spread over the days within capacity and working hours, each day a "
        "short round trip. Places are found offline. --apply writes the visits (applying the "
        "same trip twice adds nothing); --pack writes a day sheet per day and a brief per visit.",
    )
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--near", metavar="CITY[,COUNTRY]", help="the city the trip starts from")
    where.add_argument("--base", metavar="ACCOUNT", help="an account whose place is the base")
    p.add_argument("--from", dest="first", metavar="DATE", required=True, help="the first day")
    p.add_argument("--to", dest="last", metavar="DATE", required=True, help="the last day")
    p.add_argument(
        "--radius",
        type=float,
        default=DEFAULT_RADIUS_KM,
        metavar="KM",
        help=f"how far from the base (default: {DEFAULT_RADIUS_KM:g} km)",
    )
    p.add_argument("--apply", action="store_true", help="write the visits as planned")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.add_argument("--pack", metavar="FILE.pdf", help="write the trip pack as PDF")
    p.set_defaults(func=run_trip)

    b = subparsers.add_parser(
        "brief",
        parents=parents,
        help="write the one-page brief of a touch-point as PDF",
        description="Write a one-page brief for a touch-point: the account, why this touch, "
        "the people by level, the last touches, content sent and the best piece to bring.",
    )
    b.add_argument("touchpoint", type=int, metavar="TOUCHPOINT_ID")
    b.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help="the PDF to write")
    b.set_defaults(func=run_brief)


def _request(args: argparse.Namespace, store: Store) -> TripRequest:
    from planner.nurture.places import Place, gazetteer
    from planner.nurture.trip import TripRequest

    first = parse_date(args.first, "--from")
    last = parse_date(args.last, "--to")
    if last < first:
        raise ValidationError("--to must not be before --from.")
    if (last - first).days >= MAX_TRIP_DAYS:
        raise ValidationError(f"A trip lasts at most {MAX_TRIP_DAYS} days.")
    if not 0 < args.radius <= 1000:
        raise ValidationError("--radius is a distance in km between 0 and 1000.")
    places = gazetteer()
    if args.near is not None:
        place: Place = places.parse(args.near)
        return TripRequest(place.position, place.label, first, last, args.radius)
    company = find_company(store, args.base)
    position = places.position_of(company)
    if position is None:
        raise ValidationError(
            f"The place of {company.name} is unknown: give it a known city or pin its position."
        )
    return TripRequest(position, company.name, first, last, args.radius)


def _print_text(ctx: Context, plan: TripPlan) -> None:
    req = plan.request
    ctx.print(f"Trip from {req.base_label}, {req.first} to {req.last}, within {req.radius_km:g} km")
    if not plan.stops:
        ctx.print("No visit fits.")
    for route in plan.days:
        ctx.print(f"\n{route.day:%a %Y-%m-%d}")
        for s in route.stops:
            who = s.company_name + (f" — {s.contact_name}" if s.contact_name else "")
            drive = f"{s.travel_minutes} min, {s.travel_km:.0f} km"
            ctx.print(f"  {s.at:%H:%M}  {s.duration_minutes} min  ({drive})  {who}: {s.reason}")
        back = f"{route.return_minutes} min, {route.return_km:.0f} km"
        ctx.print(f"  back to {req.base_label}: {back}")
    if plan.left_out:
        ctx.print("\nLeft out:")
        for x in plan.left_out:
            ctx.print(f"  {x.company_name}: {x.text(req.radius_km)}")


def run_trip(args: argparse.Namespace, ctx: Context) -> int:
    from planner.interchange.briefing import plan_trip_from_store
    from planner.storage.plans import accept_suggestions

    store = ctx.open_store()
    request = _request(args, store)
    plan = plan_trip_from_store(store, request, ctx.today)
    tz = local_zone_name()
    added = []
    if args.apply:
        with store.transaction():
            added = accept_suggestions(store, plan.stops, tz)
    if args.pack:
        _write_pack(store, plan, Path(args.pack), ctx.today, tz)
    if args.json:
        data = plan.to_json()
        data["added"] = len(added)
        ctx.print_json(data)
    else:
        _print_text(ctx, plan)
        if args.apply:
            ctx.print(f"\nPlanned {len(added)} visit(s).")
        if args.pack:
            ctx.print(f"Wrote {args.pack}")
    return 0


def _write_pack(store: Store, plan: TripPlan, path: Path, today: date, tz: str) -> None:
    from planner.interchange.briefing import BriefMaker
    from planner.ui.report.pdf import ensure_gui_application, write_trip_pack

    ensure_gui_application()
    maker = BriefMaker(store, today)
    briefs = [maker.brief(stop.to_touchpoint(tz)) for stop in plan.stops]
    write_trip_pack(plan, briefs, path)


def run_brief(args: argparse.Namespace, ctx: Context) -> int:
    from planner.interchange.briefing import build_brief
    from planner.ui.report.pdf import ensure_gui_application, write_brief

    store = ctx.open_store()
    brief = build_brief(store, args.touchpoint, ctx.today)
    ensure_gui_application()
    write_brief(brief, Path(args.output))
    ctx.print(f"Wrote {args.output}")
    return 0
