"""Plan my week and the command line share dismissals and one planning week in any locale."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import redirect_stdout
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from planner.cli import main
from planner.demo import generate
from planner.domain.timing import FixedClock
from planner.nurture.week_plan import plan_week
from planner.storage import Store
from planner.storage.portfolio import load_portfolio
from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow
from planner.ui.widgets.plan_panel import PlanPanel

TODAY = date(2026, 11, 23)  # a Monday
MONDAY = date(2026, 11, 23)


@pytest.fixture
def sunday_first() -> Iterator[None]:
    """The en_US locale, whose weeks start on Sunday."""
    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan.db"
    store = Store.open(path, FixedClock.on(TODAY))
    generate(store, TODAY)
    store.close()
    return path


@pytest.fixture
def panel(qtbot, plan_file: Path, sunday_first: None) -> Iterator[PlanPanel]:
    store = Store.open(plan_file, FixedClock.on(date(2026, 11, 25)))
    controller = Controller(store, FixedClock.on(date(2026, 11, 25)))
    window = MainWindow(controller, plan_file)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.plan_panel.refreshed, timeout=10_000):
        window.show()
    qtbot.waitExposed(window)
    yield window.plan_panel
    window.close()
    store.close()


def cli_plan(plan_file: Path) -> list[dict[str, object]]:
    return cli_json(plan_file, "plan-week")


def cli_json(plan_file: Path, *argv: str) -> list[dict[str, object]]:
    out = StringIO()
    with redirect_stdout(out):
        code = main([*argv, "--db", str(plan_file), "--today", "2026-11-25", "--json"])
    assert code == 0
    rows = json.loads(out.getvalue())
    assert isinstance(rows, list)
    return rows


def test_a_sunday_first_locale_plans_the_same_week_as_the_command_line(
    panel: PlanPanel, plan_file: Path
) -> None:
    # The week view follows the locale: Sunday to Saturday.
    assert panel.week_view.start == date(2026, 11, 22)
    # The plan is for the rep's working week, Monday-based, with the command line's keys.
    assert panel.week == MONDAY
    shown = [s.key for s in panel.suggestions()]
    assert shown
    assert all(k.endswith(":2026-11-23") for k in shown)
    assert sorted(shown) == sorted(str(r["key"]) for r in cli_plan(plan_file))


def test_applying_from_the_panel_and_the_command_line_adds_no_duplicates(
    qtbot, panel: PlanPanel, plan_file: Path
) -> None:
    count = panel.model.rowCount()
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        qtbot.mouseClick(panel.accept_all_button, Qt.MouseButton.LeftButton)
    store = panel.controller.store
    before = store.touchpoints.count()
    assert cli_json(plan_file, "plan-week", "--apply") == []
    assert store.touchpoints.count() == before
    assert count > 0


def test_a_dismissal_in_the_panel_is_honoured_by_plan_week_and_apply(
    qtbot, panel: PlanPanel, plan_file: Path
) -> None:
    chosen = panel.model.suggestion(0)
    panel.list.setCurrentIndex(panel.model.index(0, 0))
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert panel.model.row_of(chosen.key) is None
    assert chosen.key not in {r["key"] for r in cli_plan(plan_file)}
    out = StringIO()
    with redirect_stdout(out):
        main(["plan-week", "--db", str(plan_file), "--today", "2026-11-25"])
    assert "(1 dismissed for this week in the app: left out.)" in out.getvalue()
    applied = cli_json(plan_file, "plan-week", "--apply")
    assert chosen.key not in {r["key"] for r in applied}
    store = panel.controller.store
    assert all(tp.plan_key != chosen.key for tp in store.touchpoints.all())
    # The simulation's first week leaves it out as well.
    portfolio = load_portfolio(store, date(2026, 11, 25))
    assert chosen.key in portfolio.dismissed
    settings = panel.controller.nurture_settings()
    assert chosen.key not in {s.key for s in plan_week(portfolio, MONDAY, settings)}


def test_the_panel_shows_and_restores_what_was_dismissed_this_week(qtbot, panel: PlanPanel) -> None:
    button = panel.dismissed_button
    assert button.isHidden()  # nothing dismissed yet
    first, second = panel.model.suggestion(0), panel.model.suggestion(1)
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        panel.dismiss_keys([first.key, second.key])
    assert button.isVisible()
    assert button.text() == "Dismissed (2)"
    assert "2 dismissed" in panel.subtitle.text()
    actions = [a for a in button.menu().actions() if not a.isSeparator()]
    assert [a.data() for a in actions[:2]] == sorted([first.key, second.key])
    assert all(a.text().startswith("Restore “") for a in actions[:2])
    restore = next(a for a in actions if a.data() == first.key)
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        restore.trigger()
    assert panel.model.row_of(first.key) is not None
    assert panel.model.row_of(second.key) is None
    assert button.text() == "Dismissed (1)"
    # Restoring is one undo step.
    with qtbot.waitSignal(panel.refreshed, timeout=10_000):
        panel.controller.undo_stack.undo()
    assert panel.model.row_of(first.key) is None
    assert button.text() == "Dismissed (2)"
