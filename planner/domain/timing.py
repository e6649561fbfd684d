"""Dates and times: the Clock passed to whoever needs "today", weeks, and strict parsing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.domain.errors import ValidationError
from planner.domain.text import QT_TRANSLATE_NOOP


class Clock(Protocol):
    """Where "now" comes from; code never reads the system time behind the clock's back."""

    def now(self) -> datetime:
        """The current moment as an aware datetime."""
        ...

    def today(self) -> date:
        """The current local date."""
        ...


@dataclass(frozen=True, slots=True)
class SystemClock:
    """The real clock, in the machine's local time zone."""

    def now(self) -> datetime:
        return datetime.now(UTC).astimezone()

    def today(self) -> date:
        return self.now().date()


@dataclass(frozen=True, slots=True)
class FixedClock:
    """A clock that always reads the same moment: `--today` and the tests use it."""

    moment: datetime

    @classmethod
    def on(cls, day: date, at: time = time(9, 0), tz: str = "UTC") -> FixedClock:
        """A clock reading `day` at `at` (9:00 by default, a working morning) in zone `tz`."""
        return cls(datetime.combine(day, at, tzinfo=ZoneInfo(tz)))

    def now(self) -> datetime:
        return self.moment

    def today(self) -> date:
        return self.moment.date()


def local_zone_name() -> str:
    """The IANA name of the machine's time zone, or UTC when it cannot be told."""
    tz = datetime.now().astimezone().tzinfo
    key = getattr(tz, "key", None)
    if isinstance(key, str):
        return key
    try:
        with open("/etc/timezone", encoding="utf-8") as fh:
            name = fh.read().strip()
        ZoneInfo(name)
        return name
    except (OSError, ValueError, ZoneInfoNotFoundError):
        pass
    return "UTC"


def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of the week holding `day`; `first_weekday` is 0 for Monday … 6 for Sunday."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def planning_week(day: date) -> date:
    """The Monday starting the planning week that holds `day`: the ISO week, whatever the locale.

    Plan keys carry this day, so the window and the command line plan the same weeks.
    """
    return week_start(day, 0)


def planning_week_of_view(first_shown: date) -> date:
    """The planning week a seven-day view starting on `first_shown` shows most of.

    A Sunday-first calendar shows Sunday to Saturday: its working days are those of the ISO
    week starting the next day.
    """
    return planning_week(first_shown + timedelta(days=3))


def week_days(start: date) -> list[date]:
    """The seven days from `start` on, whatever the working days are."""
    return [start + timedelta(days=i) for i in range(7)]


def is_working_day(day: date, working_days: frozenset[int] = frozenset(range(5))) -> bool:
    """`day` falls on one of the working weekdays (0 is Monday; Monday to Friday by default)."""
    return day.weekday() in working_days


def add_working_days(day: date, n: int, working_days: frozenset[int] = frozenset(range(5))) -> date:
    """`day` moved forward (or back, for negative n) by n working days."""
    if n and not any(0 <= d <= 6 for d in working_days):
        raise ValueError("add_working_days needs at least one working day in the week")
    step = 1 if n >= 0 else -1
    remaining = abs(n)
    current = day
    while remaining:
        current += timedelta(days=step)
        if current.weekday() in working_days:
            remaining -= 1
    return current


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"(\d{1,2}):(\d{2})")


def parse_date(text: str, what: str = "date") -> date:
    """An ISO date (YYYY-MM-DD), or a ValidationError that says what was wrong.

    `what` names where the text came from as the user typed it: an option (--from) or a file's
    column (date); it is not translated.
    """
    value = text.strip()
    # date.fromisoformat alone would also take 20261123 or 2026-W48-1.
    if not _DATE.fullmatch(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{what} {value!r} is not a valid date (expected YYYY-MM-DD)"
            ).format(what=what, value=text)
        )
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        # Python's reason ("day is out of range for month") is English only.
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{what} {value!r} is not a valid date ({reason})").format(
                what=what, value=text, reason=str(error)
            )
        ) from None


def parse_time(text: str, what: str = "time") -> time:
    """A wall-clock time HH:MM (or H:MM), or a ValidationError; `what` as for parse_date."""
    # time.fromisoformat would also take "10", "1000" or "10:00+05:00" (dropping the offset).
    match = _TIME.fullmatch(text.strip())
    if not match:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{what} {value!r} is not a valid time (expected HH:MM)"
            ).format(what=what, value=text)
        )
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{what} {value!r} is not a valid time (hours run 00-23, minutes 00-59)"
            ).format(what=what, value=text)
        )
    return time(hour, minute)
