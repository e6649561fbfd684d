"""What the start's first frame shows of the week, read with the quick read before the window's
modules load (planner.ui.first_frame draws it).

Only where each touch-point sits is read for the whole week: the texts, accounts and people are
read for the blocks and chips drawn alone (a busy week holds thousands, a frame shows a hundred
or so). The week's own days are read: the window's read adds a day either side, for a
touch-point planned in another time zone that falls in this week on the laptop's clock; the
frame, on the screen for a few tenths of a second, does without those.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path

from planner.domain import travel
from planner.domain.errors import PlannerError
from planner.domain.model import AgendaEntry, Status
from planner.domain.timing import Clock
from planner.domain.travel import local_moment
from planner.nurture.settings import SETTINGS_KEY, NurtureSettings
from planner.storage.clean_read import quick_reader
from planner.storage.errors import storage_errors
from planner.storage.read_side.agenda import Outline
from planner.ui.display import clock_text
from planner.ui.widgets.time_grid_head import LANE_ROWS
from planner.ui.widgets.time_grid_layout import (
    DAY_MINUTES,
    DayLayout,
    Span,
    cap_columns,
    columns_that_fit,
    place_groups,
)
from planner.ui.widgets.time_grid_week import working_minutes

# Overdue cards measured for the tray's height, as the tray measures them (week_tray).
MEASURED_CARDS = 200


@dataclass(frozen=True)
class FrameWeek:
    """A week as the first frame draws it.

    Each day's working hours (minutes), its timed blocks laid out as the grid lays them out for
    days `day_width` pixels wide, its all-day lane (ids, card order) and load (planned and done
    touch-points); the entries of the blocks and chips drawn with each block's time as shown;
    the status of every touch-point of the week (its counts); the daily limit; and the first
    overdue touch-points with how many there are.
    """

    start: date
    today: date
    now: datetime
    day_width: float
    hours: list[tuple[int, int]]
    layouts: list[DayLayout]
    all_day: list[list[int]]
    loads: list[int]
    times: dict[int, str]
    entries: dict[int, AgendaEntry]
    statuses: list[str]
    capacity: int
    overdue: list[AgendaEntry]
    overdue_count: int

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range(7)]

    def over_limit(self, n: int) -> bool:
        """Whether day `n` holds more than the daily limit (a day past is not marked)."""
        return self.loads[n] > self.capacity and self.days[n] >= self.today


def read_frame_week(
    db_path: Path, clean_closes: Path, start: date, clock: Clock, day_width: float
) -> FrameWeek | None:
    """The week from `start` laid out for days `day_width` pixels wide; None when the file
    needs the full open (the window's start then says what is wrong, if anything)."""
    reader = quick_reader(db_path, clean_closes)
    if reader is None:
        return None
    today = clock.today()
    days = [start + timedelta(days=n) for n in range(7)]
    zone = travel.current_zone()
    try:
        # A damaged or locked file is a StorageError; settings or a zone the planner cannot
        # read, a ValidationError or a ValueError.
        with storage_errors(db_path):
            outlines = reader.outlines(days[0], days[-1])
            settings = NurtureSettings.from_json(reader.setting(SETTINGS_KEY, None))
            spans, all_day, statuses, loads = _place(days, outlines, zone)
            fit = columns_that_fit(day_width)
            layouts = [cap_columns(place_groups(day), fit) for day in spans]
            drawn = [p.key for layout in layouts for p in layout.blocks]
            drawn += [key for lane in all_day for key in lane[:LANE_ROWS]]
            entries = {e.touchpoint.id or 0: e for e in reader.entries_with_ids(drawn)}
            overdue = reader.overdue(today, MEASURED_CARDS)
            overdue_count = reader.overdue_count(today) if len(overdue) == MEASURED_CARDS else 0
    except (PlannerError, ValueError, TypeError, KeyError):
        return None  # the window's own read names what is wrong
    finally:
        reader.close()
    times = {
        p.key: clock_text(time(p.start // 60, p.start % 60))
        for layout in layouts
        for p in layout.blocks
    }
    now = clock.now()
    return FrameWeek(
        start=start,
        today=today,
        now=now.astimezone(zone).replace(tzinfo=None) if now.tzinfo else now,
        day_width=day_width,
        hours=[working_minutes(settings, day) for day in days],
        layouts=layouts,
        all_day=all_day,
        loads=loads,
        times=times,
        entries=entries,
        statuses=statuses,
        capacity=settings.capacity_per_day,
        overdue=overdue,
        overdue_count=max(overdue_count, len(overdue)),
    )


def _place(
    days: list[date], outlines: list[Outline], zone: tzinfo
) -> tuple[list[list[Span]], list[list[int]], list[str], list[int]]:
    """Each day's timed spans (minutes on the clock of `zone`), its all-day ids in card order
    and its load; and the status of each touch-point that falls in `days`."""
    index = {day.isoformat(): n for n, day in enumerate(days)}
    spans: list[list[Span]] = [[] for _ in days]
    all_day: list[list[int]] = [[] for _ in days]
    statuses: list[str] = []
    per_day: list[Counter[str]] = [Counter() for _ in days]
    # Thousands of touch-points, a few hundred distinct starts: each put on this clock once.
    starts: dict[tuple[str, str, str], tuple[int | None, int]] = {}
    for key, day, at, tz, minutes, status in outlines:
        if not at:
            n = index.get(day)
            if n is not None:
                all_day[n].append(key)
        else:
            found = starts.get((day, at, tz))
            if found is None:
                moment = local_moment(date.fromisoformat(day), time.fromisoformat(at), tz, zone)
                found = (index.get(moment.date().isoformat()), moment.hour * 60 + moment.minute)
                starts[(day, at, tz)] = found
            n, begin = found
            if n is not None:
                spans[n].append(Span(key, begin, min(DAY_MINUTES, begin + max(0, minutes))))
        if n is not None:
            statuses.append(status)
            per_day[n][status] += 1
    loads = [count[Status.PLANNED] + count[Status.DONE] for count in per_day]
    return spans, all_day, statuses, loads
