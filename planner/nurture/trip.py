"""The trip planner: whom to visit near a place over a few days, in what order, and when.

Accounts within the radius are ranked by the nurture engine's urgency (the needs Plan my week
finds: due or overdue cadences, renewal runways, job changes, lost touch), spread over the
trip's working days within capacity, working hours and the timed items already on the
calendar, and each day's stops are put in a short round trip from the base by networkx's
travelling-salesman solver (simulated annealing started from the nearest-neighbour tour, so a
day's route is never longer than visiting the stops in nearest-neighbour order).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from planner.domain.model import Channel, Purpose, TouchPoint
from planner.domain.portfolio import Portfolio
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.nurture.places import Position, distance_km, driving_minutes
from planner.nurture.scoring import Score, score_portfolio
from planner.nurture.settings import NurtureSettings
from planner.nurture.week_plan_needs import Need, collect_needs, merge
from planner.nurture.working_hours import working_hours

DEFAULT_RADIUS_KM = 50.0
_SLOT = 5  # visits start on the next five minutes after arriving
_SEED = 20240607  # the solver is randomised: a fixed seed makes the same plan give the same trip


class LeftOutReason(StrEnum):
    """Why an account in reach of the trip got no visit; each has a plain sentence."""

    NO_POSITION = "no_position"
    TOO_FAR = "too_far"
    NOT_DUE = "not_due"
    DAY_FULL = "day_full"
    ALREADY_PLANNED = "already_planned"


_LEFT_OUT_TEXT = {
    LeftOutReason.NO_POSITION: QT_TRANSLATE_NOOP(
        "Trip", "Place unknown: give it a known city or pin its position"
    ),
    LeftOutReason.TOO_FAR: QT_TRANSLATE_NOOP("Trip", "Too far: {km} km away (radius {radius} km)"),
    LeftOutReason.NOT_DUE: QT_TRANSLATE_NOOP("Trip", "Not due for a touch on these days"),
    LeftOutReason.DAY_FULL: QT_TRANSLATE_NOOP("Trip", "No room left: the days are full"),
    LeftOutReason.ALREADY_PLANNED: QT_TRANSLATE_NOOP("Trip", "A visit is already planned on {day}"),
}


@dataclass(frozen=True, slots=True)
class TripRequest:
    """Where the trip is based, its first and last day, and how far from the base to go."""

    base: Position
    base_label: str
    first: date
    last: date
    radius_km: float = DEFAULT_RADIUS_KM


@dataclass(frozen=True, slots=True)
class Busy:
    """A timed item already on the calendar: no visit or drive may overlap it."""

    day: date
    start: time
    minutes: int


@dataclass(frozen=True, slots=True)
class Stop:
    """One proposed visit: a timed touch-point with the drive that leads to it."""

    key: str
    day: date
    at: time  # when the visit starts
    duration_minutes: int
    company_id: int
    company_name: str
    contact_id: int | None
    contact_name: str
    purpose: Purpose
    reason: str
    priority: float
    position: Position
    distance_km: float  # from the base
    travel_km: float  # from the previous stop (or the base)
    travel_minutes: int

    @property
    def title(self) -> str:
        return QT_TRANSLATE_NOOP("Trip", "Visit: {who}").format(
            who=self.contact_name or self.company_name
        )

    @property
    def end(self) -> time:
        """When the visit ends on the wall clock."""
        start = datetime.combine(self.day, self.at)
        return (start + timedelta(minutes=self.duration_minutes)).time()

    def to_touchpoint(self, tz: str = "UTC") -> TouchPoint:
        """The stop as a planned, timed visit in zone `tz`, ready to be added to the calendar."""
        return TouchPoint(
            company_id=self.company_id,
            day=self.day,
            channel=Channel.VISIT,
            contact_id=self.contact_id,
            time=self.at,
            duration_minutes=self.duration_minutes,
            tz=tz,
            purpose=self.purpose,
            title=self.title,
            reason=self.reason,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.day.isoformat(),
            "time": self.at.strftime("%H:%M"),
            "duration_minutes": self.duration_minutes,
            "company": self.company_name,
            "company_id": self.company_id,
            "contact": self.contact_name or None,
            "contact_id": self.contact_id,
            "distance_km": round(self.distance_km, 1),
            "travel_minutes": self.travel_minutes,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class LeftOut:
    """An account the trip does not visit, and why."""

    company_id: int
    company_name: str
    reason: LeftOutReason
    distance_km: float | None = None
    priority: float = 0.0
    day: date | None = None

    def text(self, radius_km: float) -> str:
        """Why, in plain words (marked for translation; the GUI translates the pattern)."""
        return _LEFT_OUT_TEXT[self.reason].format(
            km=round(self.distance_km or 0),
            radius=round(radius_km),
            day=self.day.isoformat() if self.day else "",
        )

    def to_json(self, radius_km: float) -> dict[str, Any]:
        return {
            "company": self.company_name,
            "company_id": self.company_id,
            "why": str(self.reason),
            "text": self.text(radius_km),
            "distance_km": None if self.distance_km is None else round(self.distance_km, 1),
        }


@dataclass(frozen=True, slots=True)
class DayRoute:
    """A day of the trip: its stops in driving order and the drive back to the base."""

    day: date
    stops: tuple[Stop, ...]
    return_km: float
    return_minutes: int

    @property
    def route_km(self) -> float:
        """Kilometres driven that day: to each stop in turn and back to the base."""
        return sum(s.travel_km for s in self.stops) + self.return_km


@dataclass(frozen=True, slots=True)
class TripPlan:
    """The proposed itinerary and the accounts left out."""

    request: TripRequest
    days: tuple[DayRoute, ...]
    left_out: tuple[LeftOut, ...] = field(default=())

    @property
    def stops(self) -> tuple[Stop, ...]:
        """Every stop of the trip, day by day in driving order."""
        return tuple(s for d in self.days for s in d.stops)

    def to_json(self) -> dict[str, Any]:
        return {
            "base": self.request.base_label,
            "from": self.request.first.isoformat(),
            "to": self.request.last.isoformat(),
            "radius_km": self.request.radius_km,
            "stops": [s.to_json() for s in self.stops],
            "left_out": [x.to_json(self.request.radius_km) for x in self.left_out],
        }


@dataclass
class _Candidate:
    need: Need
    company_name: str
    contact_name: str
    position: Position
    distance_km: float


def trip_key(company_id: int, first: date) -> str:
    """The plan key of a trip visit: accepting the same trip twice adds nothing."""
    return f"trip:{company_id}:{first.isoformat()}"


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _clock(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


class _Day:
    """One day's stops and the rules a schedule for them must keep."""

    def __init__(
        self, day: date, hours: tuple[time, time], busy: list[Busy], req: TripRequest, s: Any
    ) -> None:
        self.day = day
        self.start, self.end = _minutes(hours[0]), _minutes(hours[1])
        self.blocks = sorted((_minutes(b.start), _minutes(b.start) + b.minutes) for b in busy)
        self.base = req.base
        self.settings: NurtureSettings = s
        self.stops: list[_Candidate] = []

    def drive(self, a: Position, b: Position) -> tuple[float, int]:
        km = distance_km(a, b)
        return km, driving_minutes(km, self.settings.road_factor, self.settings.driving_speed_kmh)

    def schedule(self, order: list[_Candidate]) -> list[tuple[int, float, int]] | None:
        """(start minute, km, drive minutes) per stop in this order; None when it does not fit."""
        now, here = self.start, self.base
        duration = self.settings.visit_minutes
        result = []
        for stop in order:
            km, drive = self.drive(here, stop.position)
            depart = now
            while True:
                arrive = math.ceil((depart + drive) / _SLOT) * _SLOT
                finish = arrive + duration
                clash = [end for start, end in self.blocks if start < finish and end > depart]
                if not clash:
                    break
                depart = max(clash)
            if finish > self.end:
                return None
            result.append((arrive, km, drive))
            now, here = finish, stop.position
        return result

    def length(self, order: list[_Candidate]) -> float:
        points = [self.base, *(c.position for c in order), self.base]
        return sum(distance_km(a, b) for a, b in itertools.pairwise(points))

    def insertion(self, extra: _Candidate) -> list[_Candidate]:
        """The stops with `extra` put where it lengthens the round trip least."""
        options = [[*self.stops[:i], extra, *self.stops[i:]] for i in range(len(self.stops) + 1)]
        return min(options, key=self.length)


def shortest_round_trip(base: Position, points: list[Position]) -> list[int]:
    """The order (indexes into `points`) of a short round trip from `base` through all points.

    networkx's simulated annealing starts from its greedy (nearest-neighbour) tour and keeps
    the best tour seen, so the result is never longer than the nearest-neighbour order.
    """
    # networkx takes half a second to import: loaded when a trip is planned, not at start.
    import networkx as nx
    from networkx.algorithms.approximation import simulated_annealing_tsp

    if len(points) <= 2:
        return list(range(len(points)))
    graph = nx.Graph()
    nodes = [base, *points]
    for i in range(len(nodes)):
        for j in range(i + 1, len(nodes)):
            graph.add_edge(i, j, weight=distance_km(nodes[i], nodes[j]))
    cycle = simulated_annealing_tsp(graph, "greedy", source=0, seed=_SEED)
    return [node - 1 for node in cycle[1:-1]]


def _candidates(
    portfolio: Portfolio,
    request: TripRequest,
    positions: Mapping[int, Position | None],
    settings: NurtureSettings,
    scores: Mapping[int, Score],
) -> tuple[list[_Candidate], list[LeftOut]]:
    needs = merge(collect_needs(portfolio, scores, settings, request.first, request.last))
    best: dict[int, Need] = {}
    for n in sorted(needs, key=lambda n: (-n.priority, n.company_id, n.contact_id or 0)):
        best.setdefault(n.company_id, n)
    visits = {
        p.company_id: p.day
        for p in sorted(portfolio.planned, key=lambda p: p.day, reverse=True)
        if p.channel is Channel.VISIT and not p.done and request.first <= p.day <= request.last
    }
    contacts = portfolio.contact_by_id
    result: list[_Candidate] = []
    left: list[LeftOut] = []
    for company in portfolio.companies:
        cid = company.id
        if cid is None:
            continue
        need = best.get(cid)
        position = positions.get(cid)
        km = None if position is None else distance_km(request.base, position)
        priority = 0.0 if need is None else need.priority
        if km is not None and km > request.radius_km:
            if need is not None:
                left.append(LeftOut(cid, company.name, LeftOutReason.TOO_FAR, km, priority))
        elif need is None:
            if position is not None:
                left.append(LeftOut(cid, company.name, LeftOutReason.NOT_DUE, km))
        elif position is None or km is None:
            left.append(LeftOut(cid, company.name, LeftOutReason.NO_POSITION, None, priority))
        elif cid in visits:
            left.append(
                LeftOut(cid, company.name, LeftOutReason.ALREADY_PLANNED, km, priority, visits[cid])
            )
        else:
            contact = contacts.get(need.contact_id) if need.contact_id is not None else None
            name = "" if contact is None else contact.full_name
            result.append(_Candidate(need, company.name, name, position, km))
    result.sort(key=lambda c: (-c.need.priority, c.need.company_id))
    return result, left


def plan_trip(
    portfolio: Portfolio,
    request: TripRequest,
    positions: Mapping[int, Position | None],
    settings: NurtureSettings,
    busy: Iterable[Busy] = (),
    scores: Mapping[int, Score] | None = None,
) -> TripPlan:
    """The proposed visits for a trip, most urgent accounts first, each day a short round trip.

    `positions` gives each account's position (None: unknown); `busy` the timed items already
    on the calendar. Days off and days before today are skipped; a day takes at most the
    capacity left after what is already planned, all visits within the working hours.
    """
    if scores is None:
        scores = score_portfolio(portfolio.companies, settings, portfolio.screenings)
    candidates, left = _candidates(portfolio, request, positions, settings, scores)
    busy_by_day: dict[date, list[Busy]] = {}
    for b in busy:
        busy_by_day.setdefault(b.day, []).append(b)
    days: list[_Day] = []
    room: dict[date, int] = {}
    day = max(request.first, portfolio.today)
    while day <= request.last:
        hours = working_hours(settings, day)
        if hours is not None:
            days.append(_Day(day, hours, busy_by_day.get(day, []), request, settings))
            room[day] = settings.capacity_per_day - portfolio.load_on(day)
        day += timedelta(days=1)

    for cand in candidates:
        choice: tuple[float, int, date] | None = None
        chosen: tuple[_Day, list[_Candidate]] | None = None
        for d in days:
            if room[d.day] <= len(d.stops):
                continue
            order = d.insertion(cand)
            if d.schedule(order) is None:
                continue
            rank = (d.length(order) - d.length(d.stops), len(d.stops), d.day)
            if choice is None or rank < choice:
                choice, chosen = rank, (d, order)
        if chosen is None:
            left.append(_full(cand))
        else:
            chosen[0].stops = chosen[1]

    routes = []
    for d in days:
        route, dropped = _final_route(d, request)
        left.extend(_full(c) for c in dropped)
        if route.stops:
            routes.append(route)
    reasons = list(LeftOutReason)
    left.sort(key=lambda x: (reasons.index(x.reason), -x.priority, x.company_name.casefold()))
    return TripPlan(request, tuple(routes), tuple(left))


def _full(cand: _Candidate) -> LeftOut:
    return LeftOut(
        cand.need.company_id,
        cand.company_name,
        LeftOutReason.DAY_FULL,
        cand.distance_km,
        cand.need.priority,
    )


def _final_route(d: _Day, request: TripRequest) -> tuple[DayRoute, list[_Candidate]]:
    """The day's stops in the solver's order; the least urgent go while that order won't fit."""
    stops = list(d.stops)
    dropped: list[_Candidate] = []
    while True:
        order = [stops[i] for i in shortest_round_trip(d.base, [c.position for c in stops])]
        times = d.schedule(order)
        if times is not None:
            break
        weakest = min(stops, key=lambda c: (c.need.priority, -c.need.company_id))
        stops.remove(weakest)
        dropped.append(weakest)
    result = []
    for cand, (start, km, drive) in zip(order, times, strict=True):
        need = cand.need
        result.append(
            Stop(
                key=trip_key(need.company_id, request.first),
                day=d.day,
                at=_clock(start),
                duration_minutes=d.settings.visit_minutes,
                company_id=need.company_id,
                company_name=cand.company_name,
                contact_id=need.contact_id,
                contact_name=cand.contact_name,
                purpose=need.purpose,
                reason=need.reason,
                priority=need.priority,
                position=cand.position,
                distance_km=cand.distance_km,
                travel_km=km,
                travel_minutes=drive,
            )
        )
    back_km, back_minutes = d.drive(order[-1].position, d.base) if order else (0.0, 0)
    return DayRoute(d.day, tuple(result), back_km, back_minutes), dropped
