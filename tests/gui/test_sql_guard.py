"""Speed guarded without timing: the SQL that start-up (and its first frame), a week switch, an
accept and an account's detail run.

Every statement the GUI's connection runs is recorded (sqlite3's trace callback) and its
plan read (EXPLAIN QUERY PLAN): none may scan touchpoints, contacts or companies whole. The
work SQLite does (virtual-machine steps) is compared between a book and one ten times as big
with the same week: it must follow the week, not the book. With Plan my week shown, the plan
is a file and the nurture engine reads it on its worker's own connections, traced as well:
they run off the GUI thread, and a week switch plans on the snapshot already read.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from planner import paths
from planner.domain.model import Channel, Company, CompanyKind, Contact, Purpose, Status, TouchPoint
from planner.domain.timing import FixedClock
from planner.nurture.settings import Tier
from planner.nurture.week_plan import Suggestion
from planner.storage import Store, reader
from planner.storage.clean_read import QuickReader
from planner.storage.folders import Folders
from planner.ui import first_frame_week
from planner.ui.controller import Controller
from planner.ui.first_frame_week import read_frame_week
from planner.ui.main_window import MainWindow, Page

MONDAY = date(2026, 11, 23)
GUARDED = ("touchpoints", "contacts", "companies")
_ALIAS = re.compile(
    r"\b(touchpoints|contacts|companies)\s+(?:AS\s+)?(?!WHERE|ON|JOIN|LEFT|ORDER|GROUP|SET"
    r"|VALUES|LIMIT|USING|INDEXED|UNION|INNER|CROSS|NATURAL|WINDOW)([a-z_]\w*)",
    re.IGNORECASE,
)
_SKIPPED = ("--", "PRAGMA", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


@dataclass
class Record:
    """What one step ran: its statements and SQLite's virtual-machine steps (in hundreds)."""

    statements: list[str] = field(default_factory=list)
    steps: int = 0


@dataclass
class WorkerTrace:
    """The statements the engine's own connections ran, and on which threads."""

    statements: list[str] = field(default_factory=list)
    threads: set[threading.Thread] = field(default_factory=set)

    def take(self) -> list[str]:
        taken, self.statements[:] = list(self.statements), []
        return taken


@pytest.fixture
def worker_trace(monkeypatch: pytest.MonkeyPatch) -> WorkerTrace:
    """Every read-only connection the engine's worker opens traces into one record."""
    trace = WorkerTrace()
    real = reader.open_reader

    def traced(path: Path, clock: FixedClock) -> Store:
        store = real(path, clock)
        trace.threads.add(threading.current_thread())
        store.db.conn.set_trace_callback(trace.statements.append)
        return store

    monkeypatch.setattr(reader, "open_reader", traced)
    return trace


@contextmanager
def recording(store: Store) -> Iterator[Record]:
    record = Record()
    conn = store.db.conn

    def step() -> int:
        record.steps += 1
        return 0

    conn.set_trace_callback(record.statements.append)
    conn.set_progress_handler(step, 100)
    try:
        yield record
    finally:
        conn.set_trace_callback(None)
        conn.set_progress_handler(None, 0)


def full_scans(store: Store, statements: list[str]) -> list[str]:
    """The statements whose plan scans a guarded table whole (with or without an index)."""
    found = []
    for sql in statements:
        text = sql.strip()
        if not text or text.upper().startswith(_SKIPPED):
            continue
        names = {t.lower(): t.lower() for t in GUARDED}
        for table, alias in _ALIAS.findall(text):
            names[alias.lower()] = table.lower()
        plan = store.db.execute("EXPLAIN QUERY PLAN " + text).fetchall()
        for row in plan:
            match = re.match(r"SCAN (\w+)", row[3])
            if match and match[1].lower() in names:
                found.append(f"{row[3]}  ←  {text[:200]}")
    return found


def build_book(store: Store, accounts: int) -> int:
    """`accounts` accounts with five contacts and ten done touches each, long past; the same
    visible week (ten planned touches) and overdue tray (three) at any size. Returns the id
    of the account the week's touches belong to."""
    with store.transaction():
        first = 0
        for n in range(accounts):
            company = store.companies.add(
                Company(f"Account {n:05d}", CompanyKind.CUSTOMER, industry="Retail")
            )
            assert company.id is not None
            first = first or company.id
            people = [
                store.contacts.add(Contact(f"Person{j}", f"Family{n}", company_id=company.id))
                for j in range(5)
            ]
            for k in range(10):
                store.touchpoints.add(
                    TouchPoint(
                        company_id=company.id,
                        contact_id=people[k % 5].id,
                        day=MONDAY - timedelta(days=90 + 30 * k),
                        channel=Channel.CALL,
                        status=Status.DONE,
                    )
                )
        for k in range(10):
            store.touchpoints.add(
                TouchPoint(
                    company_id=first, day=MONDAY + timedelta(days=k % 5), channel=Channel.EMAIL
                )
            )
        for k in range(3):
            store.touchpoints.add(
                TouchPoint(
                    company_id=first, day=MONDAY - timedelta(days=2 + k), channel=Channel.CALL
                )
            )
    return first


@dataclass
class Steps:
    start_up: Record
    week_switch: Record
    accept: Record
    account_detail: Record


def run_steps(
    qtbot, accounts: int, *, plan_panel: bool, folder: Path | None = None
) -> tuple[Store, Steps]:
    """The three steps on a book of `accounts`: in memory, or in a file in `folder` (then the
    engine works on its own thread and each step waits for it to finish)."""
    clock = FixedClock(datetime(2026, 11, 25, 9, 0, tzinfo=ZoneInfo("UTC")))
    path = None if folder is None else folder / f"plan-{accounts}.db"
    store = Store.memory(clock) if path is None else Store.open(path, clock)
    company_id = build_book(store, accounts)
    controller = Controller(store, clock)

    def settle(window: MainWindow) -> None:
        QApplication.processEvents()
        qtbot.waitUntil(lambda: not window.engine.busy, timeout=60_000)
        QApplication.processEvents()

    with recording(store) as start_up:
        window = MainWindow(controller, path)
        window.finish_start()  # the whole window, its week read
        qtbot.addWidget(window)
        window.plan_action.setChecked(plan_panel)
        window.show()
        qtbot.waitExposed(window)
        settle(window)
    with recording(store) as week_switch:
        window.week_view.go_next_week()
        settle(window)
    suggestion = Suggestion(
        key="guard-1",
        day=MONDAY + timedelta(days=9),
        company_id=company_id,
        company_name="Account 00000",
        contact_id=None,
        contact_name="",
        channel=Channel.CALL,
        purpose=Purpose.CHECK_IN,
        reason="",
        priority=1.0,
        tier=Tier.A,
        rule="cadence",
    )
    with recording(store) as accept:
        assert controller.accept_suggestions([suggestion])
        settle(window)
    window.show_page(Page.ACCOUNTS)  # the table's first visit is not the detail's work
    settle(window)
    with recording(store) as account_detail:
        window.accounts_view.open_company(company_id)
        settle(window)
    assert window.accounts_view.detail is not None
    assert window.accounts_view.detail.title.text() == "Account 00000"
    window.engine.shutdown()
    return store, Steps(start_up, week_switch, accept, account_detail)


STEPS: tuple[Callable[[Steps], Record], ...] = (
    lambda s: s.start_up,
    lambda s: s.week_switch,
    lambda s: s.accept,
    lambda s: s.account_detail,
)
NAMES = ("start-up", "week switch", "accept", "account detail")


def check(qtbot, *, plan_panel: bool, folder: Path | None = None) -> None:
    small_store, small = run_steps(qtbot, 40, plan_panel=plan_panel, folder=folder)
    big_store, big = run_steps(qtbot, 400, plan_panel=plan_panel, folder=folder)
    for name, pick in zip(NAMES, STEPS, strict=True):
        if name == "account detail" and folder is None:
            # In memory the engine reads the book on this connection for the account's
            # nurture facts; on a file it reads on its own, and this connection is guarded.
            continue
        assert full_scans(big_store, pick(big).statements) == [], name
        # The same week in a book ten times as big: about the same work, not ten times.
        assert pick(big).steps <= 1.5 * pick(small).steps + 20, (
            name,
            pick(small).steps,
            pick(big).steps,
        )
    small_store.close()
    big_store.close()


def test_the_week_reads_by_the_week_not_by_the_book(qtbot, monday_first: None) -> None:
    check(qtbot, plan_panel=False)


def test_with_the_plan_panel_the_gui_connection_reads_by_the_week(
    qtbot, monday_first: None, tmp_path: Path, worker_trace: WorkerTrace
) -> None:
    check(qtbot, plan_panel=True, folder=tmp_path)
    # The engine did read the book, on its own connections and never on the GUI thread.
    assert worker_trace.statements
    assert worker_trace.threads
    assert threading.main_thread() not in worker_trace.threads


def test_a_week_switch_plans_on_the_book_already_read(
    qtbot, monday_first: None, tmp_path: Path, worker_trace: WorkerTrace
) -> None:
    clock = FixedClock(datetime(2026, 11, 25, 9, 0, tzinfo=ZoneInfo("UTC")))
    path = tmp_path / "plan.db"
    store = Store.open(path, clock)
    build_book(store, 40)
    window = MainWindow(Controller(store, clock), path)
    window.finish_start()  # the whole window, its week read
    qtbot.addWidget(window)
    window.plan_action.setChecked(True)
    window.show()
    qtbot.waitUntil(lambda: not window.engine.busy and bool(worker_trace.statements))
    worker_trace.take()
    window.week_view.go_next_week()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not window.engine.busy)
    assert full_scans(store, worker_trace.take()) == []
    window.engine.shutdown()
    store.close()


def test_the_guard_sees_a_full_scan(store: Store) -> None:
    statements = ["SELECT count(*) FROM touchpoints", "SELECT t.id FROM touchpoints t"]
    assert len(full_scans(store, statements)) == 2
    assert full_scans(store, ["SELECT id FROM touchpoints WHERE day = '2026-11-23'"]) == []


def test_the_first_frame_reads_by_the_week_not_by_the_book(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The start's first frame reads with the quick read: its statements scan no table of the
    book, and a book ten times as big costs it about the same work."""
    clock = FixedClock(datetime(2026, 11, 25, 9, 0, tzinfo=ZoneInfo("UTC")))
    folders = Folders(paths.data_dir())
    statements: list[str] = []
    real = first_frame_week.quick_reader

    def traced(path: Path, clean_closes: Path) -> QuickReader | None:
        reader = real(path, clean_closes)
        if reader is not None:
            reader.trace(statements.append)
        return reader

    monkeypatch.setattr(first_frame_week, "quick_reader", traced)
    steps = []
    for accounts in (40, 400):
        path = tmp_path / f"frame-{accounts}.db"
        store = Store.open(path, clock, folders=folders)
        build_book(store, accounts)
        store.close()
        statements.clear()
        week = read_frame_week(path, folders.clean_closes, MONDAY, clock, 120.0)
        assert week is not None
        assert len(week.statuses) == 10  # the week's ten planned touches, at any size
        assert week.overdue_count == 7  # three long past, and this week's before Wednesday
        # The statements again, on a connection that counts SQLite's work (the trace gives
        # them with their values).
        store = Store.open(path, clock, folders=folders)
        assert statements
        assert full_scans(store, statements) == []
        with recording(store) as record:
            for sql in statements:
                if not sql.lstrip().upper().startswith(_SKIPPED):
                    store.db.execute(sql).fetchall()
        steps.append(record.steps)
        store.close()
    assert steps[1] <= 1.5 * steps[0] + 20, steps
