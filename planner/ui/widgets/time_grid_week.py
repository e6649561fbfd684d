"""The week placed for the time grid, without a widget: each block's time as shown, the groups of
overlaps per day, the all-day lanes and each day's working hours (the grid, the week's reads off
the GUI thread and the start's first frame place a week alike)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, tzinfo

from PySide6.QtCore import QLocale

from planner.domain import travel
from planner.domain.model import AgendaEntry
from planner.domain.travel import local_start
from planner.nurture.settings import NurtureSettings
from planner.ui.display import clock_text
from planner.ui.widgets.time_grid_layout import DAY_MINUTES, DayLayout, Placed, Span, place_groups

DEFAULT_HOURS = (9 * 60, 17 * 60)
MIN_HOUR_HEIGHT = 40
MAX_HOUR_HEIGHT = 72


@dataclass
class PlacedWeek:
    """A week's entries sorted for the grid: each block's shown time, the groups of overlaps
    per day, the all-day lanes, and the days as drawn by the columns that fit."""

    entries: dict[int, AgendaEntry] = field(default_factory=dict)
    times: dict[int, str] = field(default_factory=dict)
    groups: list[list[list[Placed]]] = field(default_factory=list)
    all_day: list[list[AgendaEntry]] = field(default_factory=list)
    layouts: dict[int, list[DayLayout]] = field(default_factory=dict)

    @property
    def placed(self) -> list[list[Placed]]:
        return [[p for group in groups for p in group] for groups in self.groups]


def start_minutes(entry: AgendaEntry, zone: tzinfo | None = None) -> int | None:
    """A timed entry's start in minutes of its day on the laptop's clock (or `zone`'s); None
    when all day."""
    start = local_start(entry.touchpoint, zone)
    return None if start is None else start.hour * 60 + start.minute


def working_minutes(settings: NurtureSettings, day: date) -> tuple[int, int]:
    """A day's working hours in minutes of the day; none (0, 0) on a day off work."""
    if day.weekday() not in settings.working_days:
        return 0, 0
    begin, end = settings.working_hours[day.weekday()]
    return begin.hour * 60 + begin.minute, end.hour * 60 + end.minute


def week_key(
    per_day: list[tuple[date, list[AgendaEntry]]],
) -> tuple[tuple[object, ...], list[AgendaEntry]]:
    """What a placed week is kept under (its days, the clock's zone, the locale, its size),
    and its rows in order (a kept placing is reused only for the very same entries)."""
    rows = [entry for _day, entries in per_day for entry in entries]
    key = (tuple(day for day, _ in per_day), travel.current_zone(), QLocale().name(), len(rows))
    return key, rows


def place_week(per_day: list[tuple[date, list[AgendaEntry]]], zone: tzinfo) -> PlacedWeek:
    """The week's timed blocks placed in their groups of overlaps and its all-day lanes, on
    the clock of `zone` (no widget needed: a busy week is placed off the GUI thread)."""
    week = PlacedWeek()
    shown_times: dict[int, str] = {}
    # Thousands of touch-points, a few hundred distinct starts: each put on this clock once.
    starts: dict[tuple[date, time | None, str], int | None] = {}
    for _day, entries in per_day:
        spans, lane = [], []
        for entry in entries:
            tp = entry.touchpoint
            tp_id = tp.id
            if tp_id is None:
                continue
            week.entries[tp_id] = entry
            key = (tp.day, tp.time, tp.tz)
            if key in starts:
                start = starts[key]
            else:
                start = starts[key] = start_minutes(entry, zone)
            if start is None:
                lane.append(entry)
            else:
                if start not in shown_times:  # a week holds few distinct times
                    shown_times[start] = clock_text(time(start // 60, start % 60))
                week.times[tp_id] = shown_times[start]
                end = min(DAY_MINUTES, start + max(0, tp.duration_minutes))
                spans.append(Span(tp_id, start, end))
        week.groups.append(place_groups(spans))
        week.all_day.append(lane)
    return week
