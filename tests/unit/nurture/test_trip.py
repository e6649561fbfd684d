"""The trip planner: radius, capacity, working hours, timed items, route order, reasons."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import pairwise

from planner.domain.model import CompanyKind, ContactLevel
from planner.domain.portfolio import Planned
from planner.nurture.places import Position, distance_km
from planner.nurture.settings import NurtureSettings
from planner.nurture.trip import Busy, LeftOutReason, TripRequest, plan_trip, shortest_round_trip

from .helpers import NEXT_WEEK, company, person, portfolio, touched_all

LYON = Position(45.74906, 4.84789)
S = NurtureSettings()
# Towns around Lyon (and one 100 km away) as (name, latitude, longitude).
NEAR = [
    ("Villeurbanne", 45.76601, 4.8795),
    ("Vénissieux", 45.69719, 4.88580),
    ("Bron", 45.73865, 4.91303),
    ("Caluire", 45.79462, 4.84640),
    ("Vienne", 45.52569, 4.87484),
    ("Givors", 45.59063, 4.76903),
    ("Villefranche", 45.98967, 4.71961),
    ("Meyzieu", 45.76667, 5.00366),
    ("Rillieux", 45.82046, 4.89930),
    ("Oullins", 45.71404, 4.80755),
    ("Décines", 45.76873, 4.95919),
    ("Tassin", 45.76260, 4.77809),
    ("Saint-Priest", 45.69651, 4.94385),
    ("Écully", 45.77450, 4.77755),
]
FAR = ("Grenoble", 45.16667, 5.71667)  # about 95 km as the crow flies
GENEVA = ("Geneva", 46.20222, 6.14569)  # about 110 km


def _book(extra: tuple[tuple[str, float, float], ...] = (FAR, GENEVA), **kw):
    places = [*NEAR, *extra]
    companies = tuple(
        company(i, CompanyKind.DREAM_CLIENT if i % 2 else CompanyKind.CUSTOMER, name=name)
        for i, (name, _, _) in enumerate(places, start=1)
    )
    contacts = tuple(person(100 + i, i, ContactLevel.MANAGER) for i in range(1, len(places) + 1))
    positions = {i: Position(lat, lon) for i, (_, lat, lon) in enumerate(places, start=1)}
    return portfolio(companies, contacts, **kw), positions


def _request(days: int = 3, radius: float = 50.0) -> TripRequest:
    return TripRequest(LYON, "Lyon, FR", NEXT_WEEK, NEXT_WEEK + timedelta(days=days - 1), radius)


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def test_every_stop_is_within_the_radius_and_far_ones_say_why() -> None:
    book, positions = _book()
    plan = plan_trip(book, _request(), positions, S)
    assert plan.stops
    assert all(distance_km(LYON, s.position) <= 50 for s in plan.stops)
    far = {x.company_name: x for x in plan.left_out if x.reason is LeftOutReason.TOO_FAR}
    assert set(far) == {"Grenoble", "Geneva"}
    assert "km away" in far["Grenoble"].text(50)
    assert 90 < (far["Grenoble"].distance_km or 0) < 110


def test_days_keep_capacity_and_working_hours() -> None:
    settings = S.replace(capacity_per_day=3)
    book, positions = _book(planned=(Planned(1, NEXT_WEEK, None),))
    plan = plan_trip(book, _request(), positions, settings)
    per_day = {d.day: len(d.stops) for d in plan.days}
    assert per_day[NEXT_WEEK] <= 2  # one touch-point is already on Monday
    assert all(n <= 3 for n in per_day.values())
    for stop in plan.stops:
        assert _minutes(stop.at) >= 9 * 60
        assert _minutes(stop.at) + stop.duration_minutes <= 17 * 60
    full = [x for x in plan.left_out if x.reason is LeftOutReason.DAY_FULL]
    assert full, "14 due accounts cannot fit in 3 days of 3"
    assert len(plan.stops) + len(full) == len(NEAR)


def test_visits_never_overlap_each_other_or_timed_items() -> None:
    busy = [Busy(NEXT_WEEK, time(10, 0), 90), Busy(NEXT_WEEK + timedelta(days=1), time(13, 0), 60)]
    book, positions = _book()
    plan = plan_trip(book, _request(), positions, S.replace(visit_minutes=45), busy)
    for route in plan.days:
        spans = [
            (_minutes(s.at) - s.travel_minutes, _minutes(s.at) + s.duration_minutes)
            for s in route.stops
        ]
        for a, b in pairwise(spans):
            assert a[1] <= b[0] + 1, "a drive starts when the previous visit ends"
        for b in busy:
            if b.day == route.day:
                block = (_minutes(b.start), _minutes(b.start) + b.minutes)
                for start, end in spans:
                    assert end <= block[0] or start >= block[1]


def test_same_plan_gives_the_same_trip() -> None:
    book, positions = _book()
    first = plan_trip(book, _request(), positions, S)
    second = plan_trip(book, _request(), positions, S)
    assert first == second


def _nearest_neighbour_km(base: Position, points: list[Position]) -> float:
    here, todo, total = base, list(points), 0.0
    while todo:
        nxt = min(todo, key=lambda p: distance_km(here, p))
        total += distance_km(here, nxt)
        todo.remove(nxt)
        here = nxt
    return total + distance_km(here, base)


def test_each_day_is_no_longer_than_nearest_neighbour_order() -> None:
    book, positions = _book()
    plan = plan_trip(book, _request(), positions, S.replace(capacity_per_day=6))
    assert any(len(d.stops) >= 4 for d in plan.days)
    for route in plan.days:
        nn = _nearest_neighbour_km(LYON, [s.position for s in route.stops])
        assert route.route_km <= nn + 1e-6


def test_solver_beats_or_matches_nearest_neighbour_on_a_bad_case() -> None:
    # Points on a line on both sides of the base: nearest neighbour zig-zags.
    points = [Position(45.0, 4.0 + dx) for dx in (0.1, -0.15, 0.3, -0.35, 0.6, -0.7)]
    order = shortest_round_trip(Position(45.0, 4.0), points)
    assert sorted(order) == list(range(len(points)))
    tour = [Position(45.0, 4.0), *(points[i] for i in order), Position(45.0, 4.0)]
    km = sum(distance_km(a, b) for a, b in pairwise(tour))
    assert km <= _nearest_neighbour_km(Position(45.0, 4.0), points) + 1e-6


def test_an_account_100_km_away_is_left_out_at_50_and_visited_at_150() -> None:
    book, positions = _book(extra=(GENEVA,))
    plan = plan_trip(book, _request(), positions, S)
    geneva = next(x for x in plan.left_out if x.company_name == "Geneva")
    assert geneva.reason is LeftOutReason.TOO_FAR
    wide = plan_trip(book, _request(radius=150), positions, S.replace(capacity_per_day=8))
    assert "Geneva" in {s.company_name for s in wide.stops}


def test_unknown_place_and_not_due_are_reported() -> None:
    book, positions = _book(extra=())
    positions[1] = None
    companies, contacts = book.companies, book.contacts
    # Everyone but account 2 was touched yesterday: not due.
    recent = touched_all(
        tuple(c for c in companies if c.id != 2),
        tuple(c for c in contacts if c.company_id != 2),
        book.today - timedelta(days=1),
    )
    book = book.replace(**recent)
    plan = plan_trip(book, _request(), positions, S)
    reasons = {x.company_name: x.reason for x in plan.left_out}
    assert [s.company_name for s in plan.stops] == ["Vénissieux"]
    assert reasons["Bron"] is LeftOutReason.NOT_DUE
    assert "Villeurbanne" not in reasons  # neither due nor placed: nothing to say on this trip


def test_unknown_place_of_a_due_account_is_flagged() -> None:
    book, positions = _book(extra=())
    positions[1] = None
    plan = plan_trip(book, _request(), positions, S)
    reasons = {x.company_name: x.reason for x in plan.left_out}
    assert reasons["Villeurbanne"] is LeftOutReason.NO_POSITION


def test_stops_become_timed_visits_and_json_has_the_fields() -> None:
    book, positions = _book()
    plan = plan_trip(book, _request(), positions, S)
    stop = plan.stops[0]
    tp = stop.to_touchpoint("Europe/Paris")
    assert (str(tp.channel), tp.time, tp.duration_minutes) == ("visit", stop.at, 60)
    assert tp.start == datetime.combine(stop.day, stop.at, tp.start.tzinfo)
    data = plan.to_json()
    assert set(data["stops"][0]) >= {
        "date",
        "time",
        "duration_minutes",
        "company",
        "contact",
        "distance_km",
        "travel_minutes",
        "reason",
    }
    assert {"company", "why"} <= set(data["left_out"][0])


def test_days_before_today_and_days_off_are_skipped() -> None:
    book, positions = _book()
    saturday = NEXT_WEEK + timedelta(days=5)
    request = TripRequest(LYON, "Lyon", saturday, saturday + timedelta(days=2))
    plan = plan_trip(book, request, positions, S)
    assert {d.day for d in plan.days} <= {saturday + timedelta(days=2)}
    past = TripRequest(LYON, "Lyon", date(2020, 1, 6), date(2020, 1, 8))
    assert plan_trip(book, past, positions, S).stops == ()
