"""Travelling: a touch-point's time on the current clock, and its own zone when that differs."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

from planner.domain.model import Channel, TouchPoint
from planner.domain.travel import local_time, planned_elsewhere, zone_place

BERLIN = ZoneInfo("Europe/Berlin")


def meeting(tz: str, at: time | None = time(10, 0)) -> TouchPoint:
    return TouchPoint(1, date(2026, 11, 24), Channel.MEETING, time=at, tz=tz)


def test_a_new_york_meeting_shows_berlin_time_and_its_own() -> None:
    tp = meeting("America/New_York")
    assert local_time(tp, BERLIN) == time(16, 0)
    assert planned_elsewhere(tp, BERLIN) == (time(10, 0), "New York")


def test_same_clock_or_all_day_says_nothing_more() -> None:
    assert planned_elsewhere(meeting("Europe/Berlin"), BERLIN) is None
    assert planned_elsewhere(meeting("Europe/Paris"), BERLIN) is None  # same offset
    assert planned_elsewhere(meeting("UTC", at=None), BERLIN) is None
    assert local_time(meeting("UTC", at=None), BERLIN) is None


def test_daylight_saving_is_taken_at_the_meetings_date() -> None:
    # 24 Nov: New York UTC-5, Berlin UTC+1; in late March the US has changed clocks, Europe not.
    march = TouchPoint(1, date(2026, 3, 20), Channel.CALL, time=time(10, 0), tz="America/New_York")
    assert local_time(march, BERLIN) == time(15, 0)


def test_zone_place() -> None:
    assert zone_place("America/Argentina/Buenos_Aires") == "Buenos Aires"
    assert zone_place("UTC") == "UTC"


def test_a_moment_is_read_on_another_clock_across_midnight() -> None:
    from planner.domain.travel import local_moment, local_start

    berlin = ZoneInfo("Europe/Berlin")
    # 23:30 in New York on a Tuesday in March is 05:30 on Wednesday in Berlin (before the US
    # clocks change, Berlin is six hours ahead).
    moment = local_moment(date(2026, 3, 3), time(23, 30), "America/New_York", berlin)
    assert moment.isoformat() == "2026-03-04T05:30:00"
    tp = TouchPoint(1, date(2026, 3, 3), Channel.CALL, time=time(23, 30), tz="America/New_York")
    assert local_start(tp, berlin) == moment
    assert local_start(TouchPoint(1, date(2026, 3, 3), Channel.CALL), berlin) is None
