"""The working hours of a day: its weekday's own hours, or none on a day off."""

from __future__ import annotations

from datetime import date, time

from planner.nurture.settings import NurtureSettings
from planner.nurture.working_hours import working_hours

MONDAY = date(2026, 11, 23)
SATURDAY = date(2026, 11, 28)


def test_each_weekday_has_its_own_hours() -> None:
    hours = [(time(9, 0), time(17, 0))] * 7
    hours[0] = (time(7, 30), time(12, 0))
    settings = NurtureSettings(working_hours=tuple(hours))
    assert working_hours(settings, MONDAY) == (time(7, 30), time(12, 0))
    assert working_hours(settings, date(2026, 11, 24)) == (time(9, 0), time(17, 0))


def test_a_day_that_is_not_a_working_day_has_no_hours() -> None:
    assert working_hours(NurtureSettings(), SATURDAY) is None
    six_days = NurtureSettings(working_days=frozenset(range(6)))
    assert working_hours(six_days, SATURDAY) == (time(9, 0), time(17, 0))
