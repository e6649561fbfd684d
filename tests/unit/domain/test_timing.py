"""Clocks, weeks, working days and strict parsing of dates and times."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.timing import (
    FixedClock,
    SystemClock,
    add_working_days,
    is_working_day,
    parse_date,
    parse_time,
    week_days,
    week_start,
)

MONDAY = date(2026, 11, 23)
SUNDAY = date(2026, 11, 29)


# Clocks.


def test_fixed_clock_reads_the_same_aware_moment() -> None:
    clock = FixedClock.on(MONDAY, time(23, 30), tz="Europe/Berlin")
    assert clock.now() == datetime(2026, 11, 23, 23, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert clock.now().tzinfo is not None
    assert clock.today() == MONDAY  # the local date, not the UTC one (22:30 UTC is the same day)
    assert clock.now() == clock.now()


def test_fixed_clock_today_is_local_when_utc_is_already_tomorrow() -> None:
    clock = FixedClock.on(MONDAY, time(0, 30), tz="Europe/Berlin")
    assert clock.today() == MONDAY


def test_system_clock_is_aware() -> None:
    assert SystemClock().now().tzinfo is not None


# Weeks.


@pytest.mark.parametrize("offset", range(7))
def test_week_starts_on_monday_by_default(offset: int) -> None:
    assert week_start(MONDAY + timedelta(days=offset)) == MONDAY


@pytest.mark.parametrize("offset", range(7))
def test_week_starts_on_sunday_for_sunday_first_locales(offset: int) -> None:
    sunday_before = date(2026, 11, 22)
    day = sunday_before + timedelta(days=offset)
    start = week_start(day, first_weekday=6)
    assert start == sunday_before
    assert start.weekday() == 6


def test_sunday_starts_its_own_week_when_sunday_comes_first() -> None:
    assert week_start(SUNDAY, first_weekday=6) == SUNDAY
    assert week_start(SUNDAY, first_weekday=0) == MONDAY


def test_saturday_first_locale() -> None:
    assert week_start(MONDAY, first_weekday=5) == date(2026, 11, 21)


def test_week_start_across_a_year_boundary() -> None:
    assert week_start(date(2027, 1, 1)) == date(2026, 12, 28)


def test_week_days_are_seven_consecutive_days() -> None:
    days = week_days(MONDAY)
    assert days[0] == MONDAY
    assert days[-1] == SUNDAY
    assert len(days) == 7
    assert all(b - a == timedelta(days=1) for a, b in itertools.pairwise(days))


# Working days.


def test_is_working_day() -> None:
    assert is_working_day(MONDAY)
    assert not is_working_day(SUNDAY)
    assert is_working_day(SUNDAY, frozenset({6}))


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (MONDAY, 0, MONDAY),
        (MONDAY, 1, date(2026, 11, 24)),
        (MONDAY, 4, date(2026, 11, 27)),  # Friday
        (MONDAY, 5, date(2026, 11, 30)),  # over the weekend to next Monday
        (date(2026, 11, 27), 1, date(2026, 11, 30)),  # Friday + 1 = Monday
        (date(2026, 11, 28), 1, date(2026, 11, 30)),  # Saturday + 1 = Monday
        (MONDAY, -1, date(2026, 11, 20)),  # back over the weekend to Friday
        (MONDAY, -5, date(2026, 11, 16)),
        (MONDAY, 10, date(2026, 12, 7)),
    ],
)
def test_add_working_days(start: date, n: int, expected: date) -> None:
    assert add_working_days(start, n) == expected


def test_add_working_days_with_a_custom_week() -> None:
    sunday_to_thursday = frozenset({6, 0, 1, 2, 3})
    thursday = date(2026, 11, 26)
    assert add_working_days(thursday, 1, sunday_to_thursday) == SUNDAY


def test_add_working_days_refuses_a_week_without_working_days() -> None:
    with pytest.raises(ValueError, match="working day"):
        add_working_days(MONDAY, 1, frozenset())


# Parsing.


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2026-11-23", MONDAY), ("  2026-11-23 ", MONDAY), ("2028-02-29", date(2028, 2, 29))],
)
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2026-02-30", "day is out of range"),
        ("2027-02-29", "day is out of range"),
        ("2026-13-01", "month must be in 1..12"),
        ("2026-00-10", "month must be in 1..12"),
    ],
)
def test_parse_date_names_an_impossible_day(text: str, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(text, "--date")
    message = str(caught.value)
    assert message.startswith(f"--date {text!r} is not a valid date")
    assert reason in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "text", ["", "tomorrow", "23.11.2026", "11/23/2026", "20261123", "2026-W48-1", "2026-11-23T10"]
)
def test_parse_date_wants_yyyy_mm_dd(text: str) -> None:
    with pytest.raises(ValidationError, match=r"is not a valid date \(expected YYYY-MM-DD\)$"):
        parse_date(text)


def test_parse_errors_are_planner_errors_without_a_chained_traceback() -> None:
    with pytest.raises(PlannerError) as caught:
        parse_date("2026-02-30")
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10:00", time(10, 0)),
        ("09:05", time(9, 5)),
        ("9:05", time(9, 5)),
        (" 23:59 ", time(23, 59)),
        ("00:00", time(0, 0)),
    ],
)
def test_parse_time(text: str, expected: time) -> None:
    parsed = parse_time(text)
    assert parsed == expected
    assert parsed.tzinfo is None


@pytest.mark.parametrize("text", ["25:00", "24:00", "10:60", "99:99"])
def test_parse_time_names_an_impossible_time(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_time(text, "--time")
    message = str(caught.value)
    assert message.startswith(f"--time {text!r} is not a valid time")
    assert "00-23" in message


@pytest.mark.parametrize(
    "text", ["", "noon", "10", "1000", "10.30", "10:00:00", "10:00+05:00", "T10:00", "-1:00"]
)
def test_parse_time_wants_hh_mm(text: str) -> None:
    with pytest.raises(ValidationError, match=r"is not a valid time \(expected HH:MM\)$"):
        parse_time(text)
