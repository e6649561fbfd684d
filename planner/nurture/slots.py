"""Slotting: the week plan's calls, meetings and visits placed into free working hours."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time

from planner.domain.model import Channel
from planner.domain.portfolio import Planned
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.nurture.settings import NurtureSettings
from planner.nurture.workweek import clock_of, minutes_of

# Times are proposed on the quarter hour.
STEP_MINUTES = 15
TIMED_CHANNELS = frozenset({Channel.CALL, Channel.MEETING, Channel.VISIT})
_WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("Plan", "Monday"),
    QT_TRANSLATE_NOOP("Plan", "Tuesday"),
    QT_TRANSLATE_NOOP("Plan", "Wednesday"),
    QT_TRANSLATE_NOOP("Plan", "Thursday"),
    QT_TRANSLATE_NOOP("Plan", "Friday"),
    QT_TRANSLATE_NOOP("Plan", "Saturday"),
    QT_TRANSLATE_NOOP("Plan", "Sunday"),
)


def channel_minutes(channel: Channel, settings: NurtureSettings) -> int | None:
    """How long a call, meeting or visit takes; None for channels that need no slot."""
    return {
        Channel.CALL: settings.call_minutes,
        Channel.MEETING: settings.meeting_minutes,
        Channel.VISIT: settings.visit_minutes,
    }.get(channel)


@dataclass(frozen=True, slots=True)
class Slot:
    """Where a suggestion lands: its day, and its start and length (None for all-day)."""

    day: date
    time: time | None
    duration_minutes: int | None


class DayBook:
    """The busy intervals of each planning day, in minutes since midnight, as they fill up."""

    def __init__(
        self,
        settings: NurtureSettings,
        days: Sequence[date],
        planned: Iterable[Planned],
        today: date,
        now: time | None,
    ) -> None:
        self.settings = settings
        self.busy: dict[date, list[tuple[int, int]]] = {d: [] for d in days}
        self.earliest: dict[date, int] = {}
        for day in days:
            start, _ = settings.working_hours[day.weekday()]
            earliest = minutes_of(start)
            if day == today and now is not None:
                # Never in the past: the next quarter hour after now.
                earliest = max(earliest, -(-minutes_of(now) // STEP_MINUTES) * STEP_MINUTES)
            self.earliest[day] = earliest
            if settings.admin_slot is not None:
                a, b = settings.admin_slot
                self.busy[day].append((minutes_of(a), minutes_of(b)))
        for p in planned:
            if p.time is not None and p.day in self.busy:
                begin = minutes_of(p.time)
                self.busy[p.day].append((begin, begin + max(p.duration_minutes, 1)))

    def find(self, day: date, minutes: int) -> int | None:
        """The earliest free start on the day that fits `minutes` within working hours."""
        _, end = self.settings.working_hours[day.weekday()]
        last = minutes_of(end) - minutes
        start = -(-self.earliest[day] // STEP_MINUTES) * STEP_MINUTES
        busy = self.busy[day]
        while start <= last:
            clash = [b for a, b in busy if a < start + minutes and start < b]
            if not clash:
                return start
            # Jump past the clash, onto the next quarter hour.
            start = -(-max(clash) // STEP_MINUTES) * STEP_MINUTES
        return None

    def take(self, day: date, start: int, minutes: int) -> None:
        """Mark `minutes` from `start` (minutes after midnight) busy; `find` steps around them."""
        self.busy[day].append((start, start + minutes))


def place(
    book: DayBook,
    open_days: Sequence[date],
    channel: Channel,
    target: date,
    spread: Mapping[date, int],
) -> Slot:
    """The best open day: fewest touches at the account (`spread`), then nearest to `target`.

    A timed channel prefers days where it still fits.

    Calls, meetings and visits get the earliest free start that day; e-mails and content
    sends go into the admin slot when there is one, all-day otherwise. A timed channel that
    fits on no open day stays all-day rather than overlap anything.
    """

    def order(day: date) -> tuple[int, int, date]:
        return spread.get(day, 0), abs((day - target).days), day

    minutes = channel_minutes(channel, book.settings)
    if minutes is None:
        day = min(open_days, key=order)
        admin = book.settings.admin_slot
        if admin is None:
            return Slot(day, None, None)
        return Slot(day, admin[0], minutes_of(admin[1]) - minutes_of(admin[0]))
    fitting = [d for d in open_days if book.find(d, minutes) is not None]
    day = min(fitting or open_days, key=order)
    start = book.find(day, minutes)
    if start is None:
        return Slot(day, None, None)
    book.take(day, start, minutes)
    return Slot(day, clock_of(start), minutes)


def day_reason(day: date, target: date, first: date) -> str:
    """Why the suggestion is on that day, in a sentence."""
    weekday = _WEEKDAY_NAMES[day.weekday()]
    if day == target:
        return QT_TRANSLATE_NOOP("Plan", "{weekday}: the day it falls due").format(weekday=weekday)
    if target < first:
        return QT_TRANSLATE_NOOP("Plan", "{weekday}: due already, the first day with room").format(
            weekday=weekday
        )
    return QT_TRANSLATE_NOOP(
        "Plan", "{weekday}: the free day nearest to when it falls due ({date})"
    ).format(weekday=weekday, date=target.isoformat())
