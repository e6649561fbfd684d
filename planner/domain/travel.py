"""Travelling: times shown in the laptop's current time zone, and the zone a touch-point was
planned in when that differs ("10:00 in New York")."""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from zoneinfo import ZoneInfo

from planner.domain.model import TouchPoint


def current_zone() -> tzinfo:
    """The time zone the machine is in now (follows TZ and the system setting)."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def local_time(tp: TouchPoint, zone: tzinfo | None = None) -> time | None:
    """A timed touch-point's start on the wall clock of `zone` (default: the current zone)."""
    start = tp.start
    if start is None:
        return None
    return start.astimezone(zone or current_zone()).time().replace(tzinfo=None)


def local_start(tp: TouchPoint, zone: tzinfo | None = None) -> datetime | None:
    """A timed touch-point's start as a naive wall-clock datetime of `zone` (default: current)."""
    if tp.time is None:
        return None
    return local_moment(tp.day, tp.time, tp.tz, zone)


def local_moment(day: date, at: time, tz: str, zone: tzinfo | None = None) -> datetime:
    """The time `at` on `day` on the clock of zone `tz`, as a naive wall-clock datetime of
    `zone` (default: current)."""
    start = datetime.combine(day, at, tzinfo=ZoneInfo(tz))
    return start.astimezone(zone or current_zone()).replace(tzinfo=None)


def shown_day(tp: TouchPoint, zone: tzinfo | None = None) -> date:
    """The day a touch-point falls on for the laptop's clock: a timed one planned in another
    zone can cross midnight (23:00 in New York is the next day in Berlin)."""
    start = local_start(tp, zone)
    return tp.day if start is None else start.date()


def zone_place(name: str) -> str:
    """A zone's place for people: "America/New_York" → "New York", "UTC" → "UTC"."""
    return name.rsplit("/", 1)[-1].replace("_", " ")


def planned_elsewhere(tp: TouchPoint, zone: tzinfo | None = None) -> tuple[time, str] | None:
    """(its own local time, the place) when a timed touch-point's zone keeps another clock
    than `zone` at that moment; None for all-day ones and those in step with `zone`."""
    start = tp.start
    if start is None or tp.time is None:
        return None
    here = start.astimezone(zone or current_zone())
    if here.utcoffset() == start.utcoffset():
        return None
    return tp.time, zone_place(tp.tz)
