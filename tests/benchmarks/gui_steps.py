"""GUI steps timed in one process: next week, a search keystroke, an account, the accounts table."""

from __future__ import annotations

import gc
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from measure import TODAY, Timing, median_call, open_store
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def application() -> QApplication:
    from planner.app import create_application

    return create_application(["nurture-planner-bench"])


@contextmanager
def main_window(db: Path) -> Iterator[Any]:
    """The app's main window on `db`, shown and painted once."""
    from planner.ui.controller import Controller
    from planner.ui.main_window import MainWindow

    app = application()
    store = open_store(db)
    controller = Controller(store, store.clock)
    window = MainWindow(controller, db)
    # As the app does (planner.app.run_gui): what start-up made is set aside from the cyclic
    # collector once the start is over.
    window.start_steps.finished.connect(gc.freeze)
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    window.repaint()
    try:
        yield window
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        store.close()


def _settle(window: Any) -> None:
    """Deliver pending events and paint the window now (the frame the user sees)."""
    QApplication.processEvents()
    window.repaint()


def _settle_week(window: Any) -> None:
    """`_settle`, once the week shown is read (a busy one is read off the GUI thread)."""
    while window.week_view.week_reads.pending is not None:
        QApplication.processEvents()
    _settle(window)


def next_week(window: Any, n: int = 15) -> Timing:
    view = window.week_view

    def back() -> None:
        view.show_week_of(TODAY)
        _settle_week(window)

    def step() -> None:
        view.go_next_week()
        _settle_week(window)

    return median_call(step, n, setup=back)


def search_keystroke(window: Any, n: int = 15) -> Timing:
    """One more letter typed into quick search (results listed and painted)."""
    dialog = window.open_search()
    QApplication.processEvents()

    def reset() -> None:
        dialog.query.setText("Har")
        QApplication.processEvents()

    def type_one() -> None:
        QTest.keyClick(dialog.query, Qt.Key.Key_R)
        QApplication.processEvents()
        dialog.repaint()

    timing = median_call(type_one, n, setup=reset)
    dialog.close()
    return timing


def account_detail(window: Any, n: int = 15) -> Timing:
    """Select an account in the table and show its detail panel."""
    from planner.ui.main_window import Page

    window.show_page(Page.ACCOUNTS)
    _settle(window)
    model = window.accounts_view.model
    picks = iter([model.summary(row).company.id for row in range(min(64, model.rowCount()))] * 4)

    def open_one() -> None:
        window.accounts_view.open_company(next(picks))
        _settle(window)

    timing = median_call(open_one, n)
    window.show_page(Page.WEEK)
    return timing


def accounts_table_to_end(window: Any) -> Timing:
    """The first visit of the accounts page, scrolled to its last row and painted."""
    from planner.ui.main_window import Page

    def visit() -> None:
        window.show_page(Page.ACCOUNTS)
        _settle(window)
        table = window.accounts_view.table
        while table.model().canFetchMore(table.rootIndex()):
            table.model().fetchMore(table.rootIndex())
        table.scrollToBottom()
        _settle(window)

    timing = median_call(visit, 1)
    window.show_page(Page.WEEK)
    return timing


def busiest_past_weeks(db: Path, n: int = 5) -> list[date]:
    """The Mondays of the `n` weeks before the demo's today that hold the most touch-points."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT date(day, 'weekday 0', '-6 days') AS monday, count(*) AS n FROM touchpoints"
            " WHERE day < ? GROUP BY monday ORDER BY n DESC LIMIT ?",
            [(TODAY - timedelta(days=TODAY.weekday())).isoformat(), n],
        ).fetchall()
    finally:
        conn.close()
    return [date.fromisoformat(monday) for monday, _n in rows]


def busy_week_first_visits(window: Any, db: Path, n: int = 5) -> dict[str, float]:
    """The busiest past weeks, each visited for the first time from the event loop: the time
    until it is read, laid out and painted (median), and the longest GUI-thread stall of all
    the visits (a heartbeat timer's longest gap, the worker planning meanwhile)."""
    from stalls import Heartbeat, _turn_until

    view = window.week_view
    window.finish_start()  # the window whole and its first plan shown: the visits alone
    _turn_until(lambda: not window.engine.busy)
    heart = Heartbeat()
    shown: list[float] = []
    stalls: list[float] = []
    for monday in busiest_past_weeks(db, n):
        ran: list[bool] = []

        def switch(day: date = monday + timedelta(days=2), ran: list[bool] = ran) -> None:
            view.show_week_of(day)
            ran.append(True)

        heart.start()
        begin = time.perf_counter()
        QTimer.singleShot(0, switch)
        _turn_until(lambda ran=ran: bool(ran) and view.week_reads.pending is None)
        window.repaint()
        shown.append(time.perf_counter() - begin)
        _turn_until(lambda begin=begin: time.perf_counter() - begin > shown[-1] + 0.05)
        stalls.append(heart.stop())
    return {"busy_week": sorted(shown)[len(shown) // 2], "stall_busy_week": max(stalls)}


def all_steps(db: Path) -> dict[str, Timing]:
    """Every in-process GUI timing on one window (accounts first: its first visit is cold)."""
    with main_window(db) as window:
        return {
            "accounts_to_end": accounts_table_to_end(window),
            "next_week": next_week(window),
            "search_keystroke": search_keystroke(window),
            "account_detail": account_detail(window),
        }
