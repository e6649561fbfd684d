"""What the start's first frame reads of the week: where every touch-point sits, and the texts of
the blocks and chips it draws alone."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import Week, build_week

from planner import paths
from planner.domain import travel
from planner.domain.model import Channel, TouchPoint
from planner.domain.timing import FixedClock
from planner.nurture.settings import SETTINGS_KEY
from planner.storage import Store
from planner.storage.folders import Folders
from planner.ui.first_frame_week import MEASURED_CARDS, FrameWeek, read_frame_week

MONDAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _berlin(monkeypatch: pytest.MonkeyPatch) -> None:
    """The laptop's clock is Berlin's, whatever the machine's."""
    monkeypatch.setattr(travel, "current_zone", lambda: ZoneInfo("Europe/Berlin"))


def _folders() -> Folders:
    return Folders(paths.data_dir())


def _plan(
    tmp_path: Path, clock: FixedClock, fill: Callable[[Store, int], object] | None = None
) -> tuple[Path, Week]:
    """The hand-built week in a file the app closed cleanly; `fill(store, acme_id)` adds to it."""
    path = tmp_path / "plan.db"
    store = Store.open(path, clock, folders=_folders())
    week = build_week(store)
    if fill is not None:
        assert week.acme.id is not None
        with store.transaction():
            fill(store, week.acme.id)
    store.close()
    return path, week


def _read(path: Path, clock: FixedClock, day_width: float = 200.0) -> FrameWeek | None:
    return read_frame_week(path, _folders().clean_closes, MONDAY, clock, day_width)


def test_the_week_is_read_as_the_window_will_show_it(tmp_path: Path, clock: FixedClock) -> None:
    path, week = _plan(tmp_path, clock)
    frame_week = _read(path, clock)
    assert frame_week is not None
    assert frame_week.days[0] == MONDAY
    # Monday's done e-mail and Wednesday's content send are all day; Tuesday's call is at ten.
    assert frame_week.all_day[0] == [week.done.id]
    assert frame_week.all_day[2] == [week.send.id]
    assert [p.key for p in frame_week.layouts[1].blocks] == [week.call.id]
    assert frame_week.times[week.call.id] == "10:00"
    assert set(frame_week.entries) == {week.done.id, week.send.id, week.call.id}
    assert frame_week.entries[week.call.id].company_name == "Acme Corp"
    assert sorted(frame_week.statuses) == ["done", "planned", "planned"]
    assert frame_week.loads == [1, 1, 1, 0, 0, 0, 0]
    # Last Thursday's site visit is the one overdue; next Tuesday's lunch is not in the week.
    assert [e.touchpoint.id for e in frame_week.overdue] == [week.overdue.id]
    assert frame_week.overdue_count == 1
    assert frame_week.hours[0] == (9 * 60, 17 * 60)
    assert frame_week.hours[5] == (0, 0)  # Saturday is not a working day


def test_a_touchpoint_from_another_zone_is_drawn_on_the_day_it_falls_on_here(
    tmp_path: Path, clock: FixedClock
) -> None:
    def late_in_new_york(store: Store, company_id: int) -> None:
        store.touchpoints.add(
            TouchPoint(
                company_id,
                MONDAY + timedelta(days=1),
                Channel.CALL,
                time=time(23, 30),
                tz="America/New_York",
                title="Late call",
            )
        )

    path, _week = _plan(tmp_path, clock, late_in_new_york)
    frame_week = _read(path, clock)
    assert frame_week is not None
    wednesday = frame_week.layouts[2].blocks
    assert [frame_week.entries[p.key].touchpoint.title for p in wednesday] == ["Late call"]
    assert frame_week.times[wednesday[0].key] == "05:30"


def test_only_the_blocks_drawn_are_read_whole(tmp_path: Path, clock: FixedClock) -> None:
    def busy_tuesday(store: Store, company_id: int) -> None:
        for _ in range(40):
            store.touchpoints.add(
                TouchPoint(
                    company_id,
                    MONDAY + timedelta(days=1),
                    Channel.CALL,
                    time=time(10, 0),
                    tz="Europe/Berlin",
                )
            )

    path, week = _plan(tmp_path, clock, busy_tuesday)
    frame_week = _read(path, clock, day_width=100.0)  # two blocks side by side, a "+N" in one
    assert frame_week is not None
    tuesday = frame_week.layouts[1]
    assert len(tuesday.blocks) == 1
    assert [len(o.hidden) for o in tuesday.overflows] == [40]  # with the ten o'clock call
    drawn = {p.key for layout in frame_week.layouts for p in layout.blocks}
    assert set(frame_week.entries) == drawn | {week.done.id, week.send.id}
    assert len(frame_week.statuses) == 43  # every touch-point of the week is counted


def test_the_tray_measures_its_first_cards_and_counts_the_rest(
    tmp_path: Path, clock: FixedClock
) -> None:
    def many_overdue(store: Store, company_id: int) -> None:
        for n in range(MEASURED_CARDS + 5):
            store.touchpoints.add(TouchPoint(company_id, MONDAY - timedelta(days=2 + n % 30)))

    path, _week = _plan(tmp_path, clock, many_overdue)
    frame_week = _read(path, clock)
    assert frame_week is not None
    assert len(frame_week.overdue) == MEASURED_CARDS
    assert frame_week.overdue_count == MEASURED_CARDS + 6


def test_no_frame_week_when_the_file_needs_the_full_open(tmp_path: Path, clock: FixedClock) -> None:
    path, _week = _plan(tmp_path, clock)
    assert _read(tmp_path / "missing.db", clock) is None
    bogus = tmp_path / "notes.db"
    bogus.write_text("not a plan " * 500)
    assert _read(bogus, clock) is None
    assert _read(path, clock) is not None
    # A file written since the app closed it (by another program, or a crash) is checked first.
    other = sqlite3.connect(path)
    with other:
        other.execute("UPDATE companies SET name = 'Acme Inc' WHERE name = 'Acme Corp'")
    other.close()
    assert _read(path, clock) is None


def test_settings_the_planner_cannot_read_give_no_frame_week(
    tmp_path: Path, clock: FixedClock
) -> None:
    def unreadable(store: Store, _company_id: int) -> None:
        store.set_setting(SETTINGS_KEY, {"working_hours": ["nine to five"] * 7})

    path, _week = _plan(tmp_path, clock, unreadable)
    assert _read(path, clock) is None
