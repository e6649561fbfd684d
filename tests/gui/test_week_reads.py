"""Busy weeks read off the GUI thread: every touch-point shown (as a block or in a "+N"), the
week asked last is the week shown, and edits made meanwhile are never lost."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from planner.domain import travel
from planner.domain.errors import StorageError
from planner.domain.model import AgendaEntry, Channel, Company, CompanyKind, Status, TouchPoint
from planner.domain.timing import FixedClock
from planner.storage import Store, reader
from planner.ui import week_reads
from planner.ui.controller import Controller
from planner.ui.models.week_model import WeekModel, sort_week
from planner.ui.widgets import week_fill, week_view
from planner.ui.widgets.time_grid_head import LANE_ROWS
from planner.ui.widgets.time_grid_week import place_week
from planner.ui.widgets.week_view import WeekView

TODAY = date(2026, 11, 25)
BUSY_A = date(2026, 6, 1)  # Mondays of two busy past weeks
BUSY_B = date(2026, 6, 8)
QUIET = date(2026, 11, 23)


@pytest.fixture
def in_berlin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(travel, "current_zone", lambda: ZoneInfo("Europe/Berlin"))


def fill_week(store: Store, company_id: int, monday: date, title: str) -> list[int]:
    """A crowded week: twelve calls at the same hour each weekday, six all-day sends on its
    Monday, and calls spread over the day."""
    tps: list[TouchPoint] = []
    for day in range(5):
        for n in range(12):
            tps.append(
                TouchPoint(
                    company_id,
                    monday + timedelta(days=day),
                    Channel.CALL,
                    time=time(10, 0),
                    tz="Europe/Berlin",
                    status=Status.DONE,
                    title=f"{title} call {day}-{n}",
                )
            )
        for hour in range(8, 18):
            tps.append(
                TouchPoint(
                    company_id,
                    monday + timedelta(days=day),
                    Channel.MEETING,
                    time=time(hour, 30),
                    tz="Europe/Berlin",
                    status=Status.DONE,
                    title=f"{title} meeting {day}-{hour}",
                )
            )
    for n in range(6):
        tps.append(
            TouchPoint(company_id, monday, Channel.EMAIL, status=Status.DONE, title=f"{title} {n}")
        )
    with store.transaction():
        return [tp.id for tp in map(store.touchpoints.add, tps) if tp.id is not None]


@pytest.fixture
def book(tmp_path) -> Iterator[tuple[Store, dict[date, list[int]]]]:
    store = Store.open(tmp_path / "busy.db", FixedClock.on(TODAY))
    company = store.companies.add(Company("Busy Corp", CompanyKind.CUSTOMER))
    assert company.id is not None
    weeks = {
        monday: fill_week(store, company.id, monday, str(monday)) for monday in (BUSY_A, BUSY_B)
    }
    quiet = store.touchpoints.add(TouchPoint(company.id, QUIET, Channel.CALL, title="Quiet"))
    assert quiet.id is not None
    weeks[QUIET] = [quiet.id]
    yield store, weeks
    store.close()


@pytest.fixture
def view(qtbot, book, monday_first: None, in_berlin: None) -> Iterator[WeekView]:
    store, _weeks = book
    widget = WeekView(Controller(store, store.clock))
    widget.week_reads.rows_at_once = 20  # the busy weeks here hold over a hundred each
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.week_reads.shutdown()


def shown(qtbot, view: WeekView) -> None:
    """Until the week asked for is read and shown, and painted."""
    qtbot.waitUntil(lambda: view.week_reads.pending is None, timeout=20_000)
    QApplication.processEvents()


def ids_in_grid(view: WeekView) -> tuple[set[int], int]:
    """Every touch-point the grid shows as a block or chip, and how many its "+N" count."""
    grid = view.grid
    drawn: set[int] = set()
    counted = 0
    for layout in grid.day_layouts():
        drawn.update(p.key for p in layout.blocks)
        counted += sum(len(overflow.hidden) for overflow in layout.overflows)
    for lane in grid.all_day:
        drawn.update(e.touchpoint.id for e in lane[:LANE_ROWS] if e.touchpoint.id is not None)
        counted += max(0, len(lane) - LANE_ROWS)
    return drawn, counted


def test_a_busy_week_shows_every_touch_point_as_a_block_or_in_a_count(
    qtbot, view: WeekView, book
) -> None:
    _store, weeks = book
    statements: list[str] = []
    view.store.db.conn.set_trace_callback(statements.append)
    view.show_week_of(BUSY_A)
    view.store.db.conn.set_trace_callback(None)
    # The switch itself counted the week and read none of its rows on the GUI thread, and the
    # week before is not shown under the new title.
    assert view.week_reads.pending == BUSY_A
    assert not [s for s in statements if "JOIN companies" in s]
    assert any("count(*)" in s for s in statements)
    assert view.week_model.rowCount() == 0
    assert view.grid.entries == {}
    assert view.subtitle_label.text() == ""  # quiet: a read back soon flashes no message
    assert view.title_label.text() == "1 – 7 June 2026"
    shown(qtbot, view)
    assert view.week_reads.sent == 1
    week = set(weeks[BUSY_A])
    assert {e.touchpoint.id for e in view.week_model.entries()} == week
    assert set(view.grid.entries) == week
    drawn, counted = ids_in_grid(view)
    assert drawn < week  # not everything fits side by side at a laptop's size …
    assert len(drawn) + counted == len(week)  # … and what does not is counted in a "+N"
    hidden = {k for layout in view.grid.day_layouts() for o in layout.overflows for k in o.hidden}
    lanes = {e.touchpoint.id for lane in view.grid.all_day for e in lane[LANE_ROWS:]}
    assert drawn | hidden | lanes == week
    assert f"{len(week)} touch-points" in view.subtitle_label.text()


def test_a_quick_switch_back_and_forth_ends_on_the_week_asked_last(
    qtbot, view: WeekView, book
) -> None:
    _store, weeks = book
    for monday in (BUSY_A, BUSY_B, BUSY_A, QUIET, BUSY_B):
        view.show_week_of(monday)
    shown(qtbot, view)
    qtbot.wait(50)  # results of the weeks asked before, if any came late, are dropped
    assert view.start == BUSY_B
    assert {e.touchpoint.id for e in view.week_model.entries()} == set(weeks[BUSY_B])
    assert set(view.grid.entries) == set(weeks[BUSY_B])
    # Back and forth again, with the event loop turning in between: each ends right.
    view.show_week_of(BUSY_A)
    QApplication.processEvents()
    view.show_week_of(QUIET)  # a quiet week is read at once; the busy read is dropped
    assert {e.touchpoint.id for e in view.week_model.entries()} == set(weeks[QUIET])
    shown(qtbot, view)
    qtbot.wait(50)
    assert view.start == QUIET
    assert {e.touchpoint.id for e in view.week_model.entries()} == set(weeks[QUIET])


def test_a_busy_week_once_read_is_kept_until_the_file_changes(qtbot, view: WeekView, book) -> None:
    store, weeks = book
    view.show_week_of(BUSY_A)
    shown(qtbot, view)
    view.show_week_of(BUSY_B)
    shown(qtbot, view)
    view.show_week_of(BUSY_A)
    assert view.week_reads.pending is None  # kept: shown at once, nothing read again
    assert view.week_reads.sent == 2
    assert set(view.grid.entries) == set(weeks[BUSY_A])
    # An edit through the window: the week is read again and shows it; undo brings it back.
    tp_id = weeks[BUSY_A][0]
    view.controller.update_touchpoint(store.touchpoints.get(tp_id).replace(title="Changed"))
    shown(qtbot, view)
    assert view.grid.entries[tp_id].touchpoint.title == "Changed"
    view.controller.undo_stack.undo()
    shown(qtbot, view)
    assert view.grid.entries[tp_id].touchpoint.title.endswith("call 0-0")
    assert view.week_reads.sent == 4


def test_a_write_while_the_week_is_read_is_never_lost(qtbot, view: WeekView, book) -> None:
    store, weeks = book
    tp_id = weeks[BUSY_A][-1]
    view.show_week_of(BUSY_A)
    assert view.week_reads.pending == BUSY_A
    # Written on the file behind the window's back, while the worker reads: whichever state
    # the worker saw, its result is not kept and the week is read again.
    store.touchpoints.update(store.touchpoints.get(tp_id).replace(title="Written meanwhile"))
    shown(qtbot, view)
    assert view.week_reads.sent == 2
    assert view.grid.entries[tp_id].touchpoint.title == "Written meanwhile"


def test_a_touch_point_selected_while_its_week_is_read_is_selected_once_shown(
    qtbot, view: WeekView, book
) -> None:
    _store, weeks = book
    tp_id = weeks[BUSY_B][30]
    view.show_week_of(BUSY_B)
    view.select_touchpoint(tp_id)
    shown(qtbot, view)
    assert view.selected_touchpoint_id() == tp_id
    assert view.grid.selected == tp_id


def test_a_week_the_worker_cannot_read_is_read_where_it_is_asked(
    qtbot, view: WeekView, book, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store, weeks = book

    def unreadable(path: Path, clock: FixedClock) -> Store:  # a fault this test cannot cause
        raise StorageError("The plan file is locked.")

    monkeypatch.setattr(reader, "open_reader", unreadable)
    view.show_week_of(BUSY_A)
    assert view.week_reads.pending == BUSY_A
    qtbot.waitUntil(lambda: set(view.grid.entries) == set(weeks[BUSY_A]), timeout=20_000)
    assert view.week_reads.pending is None
    assert f"{len(weeks[BUSY_A])} touch-points" in view.subtitle_label.text()
    # Only that once: the next busy week goes to the worker again.
    view.show_week_of(BUSY_B)
    assert view.week_reads.pending == BUSY_B


def test_the_models_filled_off_the_gui_thread_pass_the_model_tester(
    qtbot, qtmodeltester, view: WeekView
) -> None:
    view.show_week_of(BUSY_A)
    shown(qtbot, view)
    qtmodeltester.check(view.week_model)
    for model in view.week_model.days:
        qtmodeltester.check(model)


def test_a_week_sorted_and_placed_elsewhere_equals_one_sorted_and_placed_here(
    book, in_berlin: None
) -> None:
    store, _weeks = book
    entries = store.read.week(BUSY_A - timedelta(days=1), 9)
    here = WeekModel(BUSY_A)
    here.set_rows(entries, TODAY)
    there = WeekModel(BUSY_A)
    days = [m.day for m in there.days]
    sorted_rows = sort_week(days, entries, travel.current_zone())
    there.set_rows(entries, TODAY, sorted_rows)
    assert there.entries() == here.entries()
    assert [m.entries() for m in there.days] == [m.entries() for m in here.days]
    per_day = [(m.day, m.entries()) for m in here.days]
    placed = place_week(per_day, travel.current_zone())
    assert any(placed.placed)  # timed blocks placed, besides the all-day lanes
    assert {k for day in placed.placed for k in (p.key for p in day)} | {
        e.touchpoint.id for lane in placed.all_day for e in lane
    } == {e.touchpoint.id for e in here.entries()}


def test_touch_points_at_the_same_hour_in_other_zones_keep_their_own_places(
    in_berlin: None,
) -> None:
    def entry(tp_id: int, zone: str) -> AgendaEntry:
        tp = TouchPoint(1, BUSY_A, Channel.CALL, id=tp_id, time=time(22, 0), tz=zone)
        return AgendaEntry(tp, "Busy Corp", CompanyKind.CUSTOMER)

    berlin, new_york, berlin_again = (
        entry(1, "Europe/Berlin"),
        entry(2, "America/New_York"),
        entry(3, "Europe/Berlin"),
    )
    days = [BUSY_A + timedelta(days=n) for n in range(7)]
    _week, by_day = sort_week(days, [berlin, new_york, berlin_again], travel.current_zone())
    assert by_day[0] == [berlin, berlin_again]  # 22:00 in Berlin
    assert by_day[1] == [new_york]  # 22:00 in New York is 04:00 the next day in Berlin
    placed = place_week(list(zip(days, by_day, strict=True)), travel.current_zone())
    assert [(p.key, p.start) for p in placed.placed[0]] == [(1, 22 * 60), (3, 22 * 60)]
    assert [(p.key, p.start) for p in placed.placed[1]] == [(2, 4 * 60)]


@pytest.fixture
def subtitles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every subtitle the week view writes under its title, in order."""
    written: list[str] = []

    def recording(view: WeekView, subtitle: str) -> None:
        written.append(subtitle)
        week_fill.write_title(view, subtitle)

    monkeypatch.setattr(week_view, "write_title", recording)
    return written


def test_a_read_back_before_it_is_slow_never_says_it_is_reading(
    qtbot, view: WeekView, book, subtitles: list[str]
) -> None:
    _store, weeks = book
    view.week_reads.slow_after_ms = 60_000  # whatever the machine's load, this read is quick
    view.show_week_of(BUSY_A)
    assert view.week_reads.pending == BUSY_A  # read by the worker …
    assert view.week_model.rowCount() == 0  # … the days empty meanwhile, not last week's
    assert view.title_label.text() == "1 – 7 June 2026"
    shown(qtbot, view)
    assert {e.touchpoint.id for e in view.week_model.entries()} == set(weeks[BUSY_A])
    assert not [s for s in subtitles if "Reading" in s]
    assert f"{len(weeks[BUSY_A])} touch-points" in subtitles[-1]


@pytest.fixture
def held_worker(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The worker's reads wait until the event is set (a slow disk, made on purpose)."""
    go_on = threading.Event()
    prepare = week_reads.prepare_week

    def held(*args: Any) -> Any:
        go_on.wait(timeout=60)
        return prepare(*args)

    monkeypatch.setattr(week_reads, "prepare_week", held)
    yield go_on
    go_on.set()


def test_a_slow_read_says_it_is_reading_until_the_week_is_back(
    qtbot, view: WeekView, book, held_worker: threading.Event
) -> None:
    _store, weeks = book
    view.show_week_of(BUSY_A)
    assert view.subtitle_label.text() == ""
    assert view.title_label.text() == "1 – 7 June 2026"
    with qtbot.waitSignal(view.week_reads.slow, timeout=20_000):
        pass
    assert view.subtitle_label.text() == "Reading the week's touch-points…"
    assert view.week_model.rowCount() == 0
    held_worker.set()
    shown(qtbot, view)
    assert f"{len(weeks[BUSY_A])} touch-points" in view.subtitle_label.text()
    # The next read starts quiet again: the message belongs to the read that was slow.
    held_worker.clear()
    view.show_week_of(BUSY_B)
    assert view.subtitle_label.text() == ""
    held_worker.set()
    shown(qtbot, view)


class Cycle:
    """An object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def collector(view: WeekView) -> Iterator[None]:
    """The cyclic collector on, and nothing set aside from it, before and after; the busy
    weeks here (over a hundred rows each) count as big enough to set aside."""
    view.week_reads.set_aside_rows = 100
    was = gc.isenabled()
    gc.enable()
    gc.unfreeze()
    yield
    gc.unfreeze()
    if not was:
        gc.disable()


def test_garbage_left_when_busy_weeks_are_read_is_still_collected(
    qtbot, view: WeekView, book, collector: None
) -> None:
    store, weeks = book
    gone: list[weakref.ref[Cycle]] = []
    for n, monday in enumerate([BUSY_A, BUSY_B] * 3):
        cycle = Cycle()
        gone.append(weakref.ref(cycle))
        gc.collect()  # an old object now: once dropped, only a full collection finds it
        del cycle
        tp_id = weeks[monday][n]  # a write each time: the week is read by the worker again
        store.touchpoints.update(store.touchpoints.get(tp_id).replace(title=f"Browsed {n}"))
        view.show_week_of(monday)
        assert view.week_reads.pending == monday
        shown(qtbot, view)
        qtbot.waitUntil(lambda n=n: view.week_reads.aside.times == n + 1, timeout=20_000)
    assert view.week_reads.sent == 6
    gc.collect()
    assert [ref for ref in gone if ref() is not None] == []


def test_a_week_read_by_the_worker_but_not_big_is_not_set_aside(
    qtbot, view: WeekView, book, collector: None
) -> None:
    view.week_reads.set_aside_rows = 1000
    view.show_week_of(BUSY_A)
    assert view.week_reads.pending == BUSY_A
    shown(qtbot, view)
    assert gc.get_freeze_count() == 0


def test_a_busy_week_kept_is_set_aside_from_the_collector_and_swept_after_a_change(
    qtbot, view: WeekView, book, collector: None
) -> None:
    store, weeks = book
    reads = view.week_reads
    reads.sweep_after_ms = 10
    cycle = Cycle()
    alive = weakref.ref(cycle)
    view.show_week_of(BUSY_A)
    shown(qtbot, view)
    # The week's entries, kept by the read side, are not visited by later collections (set
    # aside in a turn after the week is shown).
    qtbot.waitUntil(lambda: gc.get_freeze_count() >= len(weeks[BUSY_A]), timeout=20_000)
    tracked = {id(o) for o in gc.get_objects()}
    assert not [e for e in view.week_model.entries() if id(e) in tracked]
    # What was alive then and dies later in a cycle waits while the file is unchanged (a
    # sweep visits everything alive: browsing does not pay for one) …
    del cycle
    view.show_week_of(BUSY_B)
    shown(qtbot, view)
    view.show_week_of(BUSY_A)
    qtbot.wait(50)
    gc.collect()
    assert reads.swept == 0
    assert alive() is not None
    # … and is swept up once the file changed, when no week has been asked for a while.
    tp_id = weeks[BUSY_A][0]
    view.controller.update_touchpoint(store.touchpoints.get(tp_id).replace(title="Changed"))
    shown(qtbot, view)
    qtbot.waitUntil(lambda: reads.swept == 1, timeout=20_000)
    gc.collect()
    assert alive() is None
    assert not [e for e in view.week_model.entries() if id(e) in {id(o) for o in gc.get_objects()}]


def test_weeks_kept_sorted_and_placed_are_let_go_once_the_file_changes(
    qtbot, view: WeekView, book
) -> None:
    store, weeks = book

    def kept_but_not_read_now() -> set[int]:
        """Entries the model and the grid keep that the read side no longer hands out."""
        now = {id(e) for e in store.read.week(view.start - timedelta(days=1), 9)}
        kept = [rows for rows, _sorted in view.week_model._sorted.values()]
        kept += [rows for rows, _placed in view.grid._weeks.values()]
        return {id(e) for rows in kept for e in rows} - now

    for monday in (BUSY_A, BUSY_B, QUIET):
        view.show_week_of(monday)
        shown(qtbot, view)
    assert len(kept_but_not_read_now()) >= 2 * len(weeks[BUSY_A])  # kept for a way back
    # After a change the read side reads every week anew (new entries): what was kept of the
    # weeks before can never be used again, and would only hold their thousands of entries.
    tp_id = weeks[QUIET][0]
    view.controller.update_touchpoint(store.touchpoints.get(tp_id).replace(title="Changed"))
    shown(qtbot, view)
    assert kept_but_not_read_now() == set()
    assert view.grid.entries[tp_id].touchpoint.title == "Changed"
