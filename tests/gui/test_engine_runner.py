"""The engine on its own thread: never a stale plan, the new plan after Accept, a turning loop."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication

from planner.demo import generate
from planner.domain.model import Channel, TouchPoint
from planner.domain.portfolio import Portfolio
from planner.domain.timing import FixedClock
from planner.nurture.engine import AccountReader, NurtureEngine
from planner.nurture.settings import NurtureSettings
from planner.nurture.week_plan import plan_week
from planner.storage import Store
from planner.storage.portfolio import load_portfolio
from planner.ui.controller import Controller
from planner.ui.engine_runner import EngineResult, EngineRunner, Work
from planner.ui.main_window import MainWindow
from planner.ui.session import Session
from planner.ui.widgets.plan_panel import PlanPanel


@pytest.fixture
def window(qtbot, file_store: Store, clock: FixedClock, monday_first: None) -> MainWindow:
    assert file_store.path is not None
    generate(file_store, clock.today())
    widget = MainWindow(Controller(file_store, clock), file_store.path)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.plan_panel.refreshed, timeout=20000):
        widget.show()
    return widget


def expected_keys(store: Store, week: date, today: date, controller: Controller) -> list[str]:
    """The plan computed directly on the GUI's own store, for comparison."""
    portfolio = load_portfolio(store, today)
    plan = plan_week(portfolio, week, controller.nurture_settings(), today)
    dismissed = controller.dismissed_suggestions(week)
    return [s.key for s in plan if s.key not in dismissed]


def test_one_engine_is_handed_to_every_view(qtbot, tmp_path: Path, clock: FixedClock) -> None:
    session = Session(clock)
    assert session.open(tmp_path / "plan.db", show=False) is None
    window = session.window
    assert window is not None
    qtbot.addWidget(window)
    engine = session.engine
    assert engine is not None
    assert engine.threaded
    assert window.engine is engine
    assert window.plan_panel.engine is engine
    assert window.insights_view.engine is engine
    assert window.accounts_view.engine is engine
    assert window.contacts_view.engine is engine
    window.close()
    session.close()


def test_the_plan_is_computed_on_another_thread(qtbot, window: MainWindow) -> None:
    engine = window.engine
    assert engine.threaded
    threads: list[QThread] = []

    def where(work: Work) -> object:
        threads.append(QThread.currentThread())
        return None

    with qtbot.waitSignal(engine.ready, timeout=20000):
        engine.request("where", where)
    assert threads
    assert threads[0] is not QThread.currentThread()


def test_after_accept_the_panel_shows_the_new_plan(
    qtbot, window: MainWindow, file_store: Store, clock: FixedClock
) -> None:
    panel = window.plan_panel
    chosen = panel.model.suggestion(0)
    with qtbot.waitSignal(panel.refreshed, timeout=20000):
        panel.accept([chosen])
    assert not panel.planning
    shown = [s.key for s in panel.suggestions()]
    assert chosen.key not in shown
    assert shown == expected_keys(file_store, panel.week, clock.today(), window.controller)


def test_an_edit_while_the_worker_plans_never_shows_a_stale_plan(
    qtbot, window: MainWindow, file_store: Store, clock: FixedClock
) -> None:
    panel = window.plan_panel
    controller = window.controller
    engine = window.engine
    shown: list[tuple[int, list[str]]] = []
    panel.refreshed.connect(
        lambda: shown.append((controller.revision, [s.key for s in panel.suggestions()]))
    )
    chosen = panel.model.suggestion(0)
    dropped = engine.dropped
    panel.refresh()  # the worker starts planning revision r …
    assert panel.planning
    assert panel.model.rowCount() == 0  # … and nothing of the old plan is offered meanwhile
    # … while an edit (from elsewhere in the window) plans the first suggestion.
    controller.plan_touchpoint(chosen.to_touchpoint())
    assert panel.model.rowCount() == 0
    qtbot.waitUntil(lambda: not panel.planning and not engine.busy, timeout=20000)
    assert engine.dropped > dropped  # the plan for revision r was thrown away
    assert shown
    for revision, keys in shown:
        assert revision == controller.revision
        assert chosen.key not in keys
    assert shown[-1][1] == expected_keys(file_store, panel.week, clock.today(), controller)


def test_a_week_switch_plans_on_the_worker_and_shows_only_that_week(
    qtbot, window: MainWindow
) -> None:
    panel = window.plan_panel
    start = panel.week
    window.week_view.next_week_action.trigger()
    assert panel.week != start
    assert panel.planning
    assert panel.model.rowCount() == 0
    with qtbot.waitSignal(panel.refreshed, timeout=20000):
        pass
    assert {s.day >= panel.week for s in panel.suggestions()} <= {True}


def test_the_event_loop_turns_while_the_worker_plans(
    qtbot, file_store: Store, clock: FixedClock, monday_first: None
) -> None:
    """A heartbeat keeps beating while the worker is inside the planning of a real book."""
    generate(file_store, clock.today())
    controller = Controller(file_store, clock)
    runner = EngineRunner(controller)
    inside = threading.Event()
    release = threading.Event()
    real = runner.engine._loader

    def gated(today: date) -> tuple[NurtureSettings, Portfolio]:
        inside.set()
        # Holds the worker inside its work until the GUI thread has shown it keeps turning.
        release.wait(timeout=60)
        return real(today)

    runner.engine = NurtureEngine(gated)
    beats: list[bool] = []
    heart = QTimer()
    heart.setInterval(0)
    heart.timeout.connect(lambda: beats.append(inside.is_set() and not release.is_set()))
    heart.start()
    results: list[EngineResult] = []
    runner.ready.connect(results.append)
    runner.request("plan", lambda work: work.engine.plan(work.snapshot(), clock.today()))
    qtbot.waitUntil(lambda: sum(beats) >= 20, timeout=20000)
    assert not results  # the worker is still inside its work
    release.set()
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    heart.stop()
    assert results[0].snapshot is not None
    assert results[0].value is not None
    runner.shutdown()


def test_a_plan_panel_alone_in_memory_plans_at_once(qtbot, controller: Controller) -> None:
    from planner.ui.widgets.week_view import WeekView

    week_view = WeekView(controller)
    qtbot.addWidget(week_view)
    panel = PlanPanel(controller, week_view)
    qtbot.addWidget(panel)
    assert not panel.engine.threaded
    with qtbot.waitSignal(panel.refreshed):
        panel.refresh()
    assert not panel.planning


def test_insights_show_planning_until_the_engine_answers(qtbot, window: MainWindow) -> None:
    from planner.ui.main_window import Page

    view = window.insights_view
    with qtbot.waitSignal(view.refreshed, timeout=20000):
        window.show_page(Page.INSIGHTS)
        assert view.planning
        assert view.summary.text() == "Planning…"
    assert not view.planning
    assert "account" in view.summary.text()


def test_a_nurture_section_fills_in_when_the_snapshot_is_ready(
    qtbot, window: MainWindow, file_store: Store
) -> None:
    from planner.ui.main_window import Page

    window.show_page(Page.ACCOUNTS)
    controller = window.controller
    nurture = window.engine.engine
    release = threading.Event()
    real = nurture._open_book
    assert real is not None

    @contextlib.contextmanager
    def gated() -> Iterator[tuple[NurtureSettings, AccountReader]]:
        release.wait(timeout=60)  # the account stays unread until the test has looked
        with real() as book:
            yield book

    nurture._open_book = gated
    company = file_store.companies.all()[0]
    assert company.id is not None
    with file_store.transaction():
        file_store.touchpoints.add(TouchPoint(company.id, date(2026, 12, 2), Channel.CALL))
    controller.refresh_all()
    window.accounts_view.open_company(company.id)
    detail = window.accounts_view.detail
    assert detail is not None
    section = detail.nurture
    assert section.isVisible()
    assert section.facts.values["Tier"].text() == "Planning…"
    release.set()
    qtbot.waitUntil(lambda: "Why" in section.facts.values, timeout=20000)
    assert section.facts.values["Tier"].text().startswith("Tier ")


def test_a_newer_change_restarts_the_work_on_the_newest_revision(
    qtbot, file_store: Store, clock: FixedClock
) -> None:
    generate(file_store, clock.today())
    controller = Controller(file_store, clock)
    runner = EngineRunner(controller)
    ran: list[int] = []

    def job(work: Work) -> int:
        ran.append(work.snapshot().revision)
        return work.snapshot().revision

    ready: list[EngineResult] = []
    runner.ready.connect(ready.append)
    runner.request("count", job)
    controller.refresh_all()  # a change before the first answer could be shown
    qtbot.waitUntil(lambda: bool(ready), timeout=20000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=20000)
    assert [r.revision for r in ready] == [controller.revision]
    assert ready[0].value == controller.revision
    assert runner.dropped == 1
    assert ran[-1] == controller.revision
    runner.shutdown()


def test_a_week_switch_never_plans_on_the_gui_thread(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import planner.nurture.week_plan_rank as engine_module

    threads: list[int] = []
    real = engine_module.plan_week

    def recorded(*args: object, **kwargs: object) -> object:
        threads.append(threading.get_ident())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine_module, "plan_week", recorded)
    panel = window.plan_panel
    for _ in range(3):
        with qtbot.waitSignal(panel.refreshed, timeout=20000):
            window.week_view.go_next_week()
    assert len(threads) >= 3
    assert threading.get_ident() not in threads


def test_a_bug_in_the_work_is_reported_and_the_engine_goes_on(
    qtbot, file_store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    controller = Controller(file_store, clock)
    runner = EngineRunner(controller)
    hooked: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: hooked.append(kind))

    def broken(work: Work) -> object:
        raise RuntimeError("a bug")

    with qtbot.waitSignal(runner.ready, timeout=20000) as failed:
        runner.request("broken", broken)
    assert failed.args[0].error
    assert hooked == [RuntimeError]
    with qtbot.waitSignal(runner.ready, timeout=20000) as fine:
        runner.request("fine")
    assert fine.args[0].snapshot is not None
    assert not runner.busy
    runner.shutdown()


def test_the_week_and_an_account_never_load_the_whole_book(
    qtbot, window: MainWindow, file_store: Store
) -> None:
    from planner.ui.main_window import Page

    nurture = window.engine.engine
    assert nurture.current(window.controller.revision, window.controller.today()) is None
    loads: list[date] = []
    real = nurture._loader

    def counted(today: date) -> tuple[NurtureSettings, Portfolio]:
        loads.append(today)
        return real(today)

    nurture._loader = counted
    panel = window.plan_panel
    with qtbot.waitSignal(panel.refreshed, timeout=20000):
        window.week_view.go_next_week()
    assert panel.suggestions()
    window.show_page(Page.ACCOUNTS)
    company = file_store.companies.all()[0]
    assert company.id is not None
    window.accounts_view.open_company(company.id)
    detail = window.accounts_view.detail
    assert detail is not None
    qtbot.waitUntil(lambda: "Why" in detail.nurture.facts.values, timeout=20000)
    assert loads == []
    window.show_page(Page.INSIGHTS)  # Insights looks at the whole book: loaded for it alone
    qtbot.waitUntil(lambda: not window.insights_view.planning, timeout=20000)
    assert len(loads) == 1


def test_the_collector_pauses_while_the_engine_works_and_resumes_after(
    qtbot, file_store: Store, clock: FixedClock
) -> None:
    import gc

    runner = EngineRunner(Controller(file_store, clock))
    assert runner.threaded
    inside: list[bool] = []

    def job(work: Work) -> None:
        inside.append(gc.isenabled())

    assert gc.isenabled()
    with qtbot.waitSignal(runner.ready, timeout=20000):
        runner.request("collector", job)
    assert inside == [False]  # a collection would stop the GUI thread too
    assert gc.isenabled()
    runner.shutdown()


def test_the_engine_waits_for_the_windows_first_paint(
    qtbot, file_store: Store, clock: FixedClock, monday_first: None
) -> None:
    generate(file_store, clock.today())
    window = MainWindow(Controller(file_store, clock), file_store.path)
    qtbot.addWidget(window)
    ran: list[bool] = []
    window.engine.request("first", lambda work: ran.append(True))
    for _ in range(20):
        QApplication.processEvents()
    assert not ran  # the week is painted first
    assert window.engine.busy  # … the request waits
    with qtbot.waitSignal(window.plan_panel.refreshed, timeout=20000):
        window.show()
    assert ran
    window.engine.shutdown()
