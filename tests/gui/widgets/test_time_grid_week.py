"""A week placed for the time grid without a widget: its blocks, lanes and working hours."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

from planner.domain.model import AgendaEntry, Channel, CompanyKind, TouchPoint
from planner.nurture.settings import NurtureSettings
from planner.ui.widgets.time_grid_week import place_week, working_minutes

MONDAY = date(2026, 11, 23)
BERLIN = ZoneInfo("Europe/Berlin")


def _entry(tp_id: int, at: time | None, minutes: int = 30) -> AgendaEntry:
    tp = TouchPoint(
        1, MONDAY, Channel.CALL, time=at, tz="Europe/Berlin", duration_minutes=minutes, id=tp_id
    )
    return AgendaEntry(tp, "Acme", CompanyKind.CUSTOMER)


def test_overlapping_blocks_go_side_by_side_and_all_day_ones_to_the_lane(
    monday_first: None,
) -> None:
    entries = [
        _entry(1, time(9, 0), 60),
        _entry(2, time(9, 30)),
        _entry(3, None),
        _entry(4, time(11, 0)),
    ]
    week = place_week([(MONDAY, entries)], BERLIN)
    assert [e.touchpoint.id for e in week.all_day[0]] == [3]
    groups = week.groups[0]
    assert [[(p.key, p.column, p.columns) for p in group] for group in groups] == [
        [(1, 0, 2), (2, 1, 2)],
        [(4, 0, 1)],
    ]
    assert week.times == {1: "09:00", 2: "09:30", 4: "11:00"}
    assert set(week.entries) == {1, 2, 3, 4}


def test_a_block_is_placed_on_the_laptops_clock(monday_first: None) -> None:
    week = place_week([(MONDAY, [_entry(1, time(9, 0))])], ZoneInfo("Europe/London"))
    assert week.times == {1: "08:00"}


def test_a_day_off_work_has_no_working_hours() -> None:
    settings = NurtureSettings()
    assert working_minutes(settings, MONDAY) == (9 * 60, 17 * 60)
    assert working_minutes(settings, date(2026, 11, 28)) == (0, 0)  # a Saturday
