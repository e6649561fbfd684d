"""Writes from elsewhere (the command line, another program) are noticed by an open window."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from planner.demo import generate
from planner.domain.model import Channel, Company, CompanyKind, TouchPoint
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, file_store: Store, clock: FixedClock, monday_first: None) -> MainWindow:
    assert file_store.path is not None
    generate(file_store, clock.today())
    widget = MainWindow(Controller(file_store, clock), file_store.path)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.plan_panel.refreshed, timeout=20000):
        widget.show()
    return widget


def test_a_cli_write_to_the_same_file_is_noticed(
    qtbot, window: MainWindow, file_store: Store
) -> None:
    assert file_store.path is not None
    company = file_store.companies.all()[0]
    before = window.plan_label.text()
    revision = window.controller.revision
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "planner",
            "touch",
            "add",
            "--db",
            str(file_store.path),
            "--today",
            "2026-11-23",
            "--company",
            company.name,
            "--date",
            "2026-11-25",
            "--channel",
            "call",
            "--title",
            "Added on the command line",
            "--json",
        ],
        check=True,
        capture_output=True,
        timeout=120,
        text=True,
    )
    added = json.loads(done.stdout)["id"]
    assert not window.week_view.select_touchpoint(added)
    # The window's poll finds it by itself; the plan is computed again, as after an own edit.
    with qtbot.waitSignal(window.external_changes.noticed, timeout=20000):
        pass
    assert window.controller.revision > revision
    assert window.plan_label.text() != before
    assert window.week_view.select_touchpoint(added)
    qtbot.waitUntil(lambda: not window.plan_panel.planning, timeout=20000)


def test_own_writes_are_not_taken_for_someone_elses(window: MainWindow) -> None:
    company = window.store.companies.all()[0]
    assert company.id is not None
    window.controller.plan_touchpoint(TouchPoint(company.id, date(2026, 11, 26), Channel.EMAIL))
    revision = window.controller.revision
    assert not window.external_changes.check()
    assert window.controller.revision == revision


def test_another_connection_in_the_same_process_is_noticed_on_check(
    window: MainWindow, file_store: Store, clock: FixedClock
) -> None:
    assert file_store.path is not None
    other = Store.open(file_store.path, clock)
    try:
        with other.transaction():
            other.companies.add(Company("Synced GmbH", CompanyKind.PROSPECT))
    finally:
        other.close()
    revision = window.controller.revision
    assert window.external_changes.check()
    assert window.controller.revision == revision + 1
    assert not window.external_changes.check()
