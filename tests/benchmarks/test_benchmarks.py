"""Speed at the size of a heavy user and beyond: run apart from the suite, no time asserted."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from measure import (
    BARE_WINDOW,
    FREE_WEEK,
    PYTHON,
    TODAY,
    bench_env,
    cli,
    gui_argv,
    gui_env,
    import_vcards,
    open_store,
    run_process,
)
from pytest_benchmark.fixture import BenchmarkFixture

ROUNDS = int(os.environ.get("NURTURE_BENCH_ROUNDS", "5"))
# The offscreen platform warns on every dialog; it says nothing about the planner.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _process(benchmark: BenchmarkFixture, argv: list[str], env: dict[str, str]) -> None:
    peaks: list[float] = []

    def once() -> None:
        run = run_process(argv, env)
        assert run.returncode == 0, run.stderr
        peaks.append(run.max_rss_mb)

    benchmark.pedantic(once, rounds=ROUNDS, warmup_rounds=1)
    benchmark.extra_info["peak_rss_mb"] = round(max(peaks), 1)


def test_cold_start_to_the_first_frame(benchmark: BenchmarkFixture, db: Path) -> None:
    _process(benchmark, gui_argv(db), gui_env())


def test_cold_start_to_the_whole_windows_painted_week(
    benchmark: BenchmarkFixture, db: Path
) -> None:
    _process(benchmark, gui_argv(db), gui_env("1"))


def test_bare_pyside6_window_yardstick(benchmark: BenchmarkFixture) -> None:
    _process(benchmark, [PYTHON, "-c", BARE_WINDOW], gui_env())


def test_minimal_week_program_yardstick(benchmark: BenchmarkFixture, db: Path) -> None:
    program = str(Path(__file__).with_name("minimal_week.py"))
    _process(benchmark, [PYTHON, program, str(db), TODAY.isoformat()], gui_env())


def test_agenda_week_process(benchmark: BenchmarkFixture, db: Path) -> None:
    _process(benchmark, cli(db, "agenda", "--days", "7"), bench_env())


def test_plan_week_process(benchmark: BenchmarkFixture, db: Path) -> None:
    _process(benchmark, cli(db, "plan-week"), bench_env())


@pytest.mark.parametrize("days", [91, 365], ids=["13-weeks", "year"])
def test_export_ics_process(
    benchmark: BenchmarkFixture, db: Path, tmp_path: Path, days: int
) -> None:
    last = (TODAY + timedelta(days=days)).isoformat()
    _process(
        benchmark, cli(db, "export-ics", str(tmp_path / "plan.ics"), "--to", last), bench_env()
    )


@pytest.mark.parametrize("week", [TODAY, FREE_WEEK], ids=["shown", "with-room"])
def test_plan_week_in_process(benchmark: BenchmarkFixture, db: Path, week: date) -> None:
    from planner.cli.plan import load_settings
    from planner.nurture.week_plan_rank import plan_week_on_book
    from planner.storage.week_ranking import StoreBook

    store = open_store(db)
    settings = load_settings(store)
    try:
        benchmark.pedantic(
            lambda: plan_week_on_book(StoreBook(store), settings, TODAY, week),
            rounds=ROUNDS,
        )
    finally:
        store.close()


@pytest.mark.parametrize("days", [91, 365], ids=["13-weeks", "year"])
def test_export_ics_in_process(
    benchmark: BenchmarkFixture, db: Path, tmp_path: Path, days: int
) -> None:
    from planner.interchange.ical_export import ExportOptions
    from planner.interchange.ical_files import export_to_file

    store = open_store(db)
    options = ExportOptions(last=TODAY + timedelta(days=days))
    try:
        benchmark.pedantic(
            lambda: export_to_file(store, tmp_path / "plan.ics", options, TODAY, store.clock.now()),
            rounds=ROUNDS,
        )
    finally:
        store.close()


def test_import_10000_vcards(benchmark: BenchmarkFixture, db: Path, tmp_path: Path) -> None:
    seconds: list[float] = []

    def once() -> None:
        timing = import_vcards(db, tmp_path)
        if timing is None:
            pytest.skip("no importer (planner.interchange.importer.import_file) in this tree")
        seconds.append(timing.median)

    benchmark.pedantic(once, rounds=1)
    benchmark.extra_info["import_seconds"] = round(seconds[0], 3)


# In-process GUI steps on one main window per size.


@pytest.fixture(scope="module")
def window(qapp: Any, db: Path) -> Any:
    from gui_steps import main_window

    with main_window(db) as win:
        yield win


def _gui(benchmark: BenchmarkFixture, step: Callable[[], None], setup: Callable[[], None]) -> None:
    def timed_setup() -> tuple[tuple[()], dict[str, Any]]:
        setup()
        return (), {}

    benchmark.pedantic(step, setup=timed_setup, rounds=max(ROUNDS, 10))


def test_accounts_table_first_visit_to_end(benchmark: BenchmarkFixture, window: Any) -> None:
    from gui_steps import accounts_table_to_end

    result: list[float] = []
    benchmark.pedantic(lambda: result.append(accounts_table_to_end(window).median), rounds=1)


def test_next_week(benchmark: BenchmarkFixture, window: Any) -> None:
    from gui_steps import _settle_week

    view = window.week_view

    def back() -> None:
        view.show_week_of(TODAY)
        _settle_week(window)

    def step() -> None:
        view.go_next_week()
        _settle_week(window)

    _gui(benchmark, step, back)


def test_search_keystroke(benchmark: BenchmarkFixture, window: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    dialog = window.open_search()

    def reset() -> None:
        dialog.query.setText("Har")
        QApplication.processEvents()

    def type_one() -> None:
        QTest.keyClick(dialog.query, Qt.Key.Key_R)
        QApplication.processEvents()
        dialog.repaint()

    _gui(benchmark, type_one, reset)
    dialog.close()


def test_account_detail(benchmark: BenchmarkFixture, window: Any) -> None:
    from gui_steps import _settle

    from planner.ui.main_window import Page

    window.show_page(Page.ACCOUNTS)
    _settle(window)
    model = window.accounts_view.model
    ids = iter([model.summary(row).company.id for row in range(min(64, model.rowCount()))] * 4)

    def step() -> None:
        window.accounts_view.open_company(next(ids))
        _settle(window)

    benchmark.pedantic(step, rounds=max(ROUNDS, 10))
    window.show_page(Page.WEEK)


def test_longest_gui_stall_while_the_worker_plans(
    benchmark: BenchmarkFixture, db: Path, tmp_path: Path
) -> None:
    """Start-up, next week and an accept, each until the worker's plan is shown (heartbeat)."""
    from stalls import gui_stalls

    found: dict[str, float] = {}
    benchmark.pedantic(lambda: found.update(gui_stalls(db, tmp_path)), rounds=1)
    benchmark.extra_info.update({key: round(value, 4) for key, value in found.items()})


def test_busiest_past_weeks_first_visit(benchmark: BenchmarkFixture, window: Any, db: Path) -> None:
    """The busiest past weeks, each on its first visit: until painted, and the longest stall."""
    from gui_steps import busy_week_first_visits

    found: dict[str, float] = {}
    benchmark.pedantic(lambda: found.update(busy_week_first_visits(window, db)), rounds=1)
    benchmark.extra_info.update({key: round(value, 4) for key, value in found.items()})
