"""GUI fixtures: a controller on the in-memory store, a hand-built week (in memory or in a file the
app closed cleanly), and modal-dialog help."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from planner import paths
from planner.domain.model import (
    Channel,
    Company,
    CompanyKind,
    Contact,
    ContentItem,
    ContentKind,
    Purpose,
    Status,
    TouchPoint,
)
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.folders import Folders
from planner.ui.controller import Controller
from planner.ui.i18n import install_translators, remove_translators


@dataclass
class Week:
    """The hand-built plan around Monday 23 Nov 2026 that the week-view tests look at."""

    acme: Company
    globex: Company
    ada: Contact
    paper: ContentItem
    call: TouchPoint  # Tue 24 Nov 10:00, planned
    send: TouchPoint  # Wed 25 Nov, all day, content to Ada, planned
    done: TouchPoint  # Mon 23 Nov, done
    overdue: TouchPoint  # Thu 19 Nov, still planned
    later: TouchPoint  # Tue 1 Dec, planned


def build_week(store: Store) -> Week:
    with store.transaction():
        acme = store.companies.add(Company("Acme Corp", CompanyKind.CUSTOMER))
        globex = store.companies.add(Company("Globex", CompanyKind.DREAM_CLIENT))
        assert acme.id is not None
        assert globex.id is not None
        ada = store.contacts.add(Contact("Ada", "Lovelace", company_id=acme.id, title="CTO"))
        paper = store.content.add(ContentItem("Benchmark report", ContentKind.WHITE_PAPER))
        tps = store.touchpoints
        call = tps.add(
            TouchPoint(
                acme.id,
                date(2026, 11, 24),
                Channel.CALL,
                contact_id=ada.id,
                time=time(10, 0),
                tz="Europe/Berlin",
                title="Quarterly check-in",
            )
        )
        send = tps.add(
            TouchPoint(
                acme.id,
                date(2026, 11, 25),
                Channel.CONTENT,
                contact_id=ada.id,
                content_id=paper.id,
                purpose=Purpose.VALUE_ADD,
                title="Send the benchmark",
            )
        )
        done = tps.add(
            TouchPoint(
                globex.id,
                date(2026, 11, 23),
                Channel.EMAIL,
                status=Status.DONE,
                outcome="Replied",
                title="Intro e-mail",
            )
        )
        overdue = tps.add(
            TouchPoint(globex.id, date(2026, 11, 19), Channel.VISIT, title="Site visit")
        )
        later = tps.add(TouchPoint(globex.id, date(2026, 12, 1), Channel.MEETING, title="Lunch"))
    return Week(acme, globex, ada, paper, call, send, done, overdue, later)


@pytest.fixture(scope="session", autouse=True)
def _english_texts(qapp: QApplication) -> Iterator[None]:
    """The English catalogue the app loads at start-up, whatever the machine's locale."""
    translators = install_translators(qapp, QLocale(QLocale.Language.English))
    yield
    remove_translators(qapp, translators)


@pytest.fixture
def controller(store: Store, clock: FixedClock) -> Controller:
    return Controller(store, clock)


@pytest.fixture
def week(store: Store) -> Week:
    return build_week(store)


@dataclass
class ClosedPlan:
    """The hand-built week in a plan file the app closed cleanly (the quick read reads it)."""

    path: Path
    week: Week


@pytest.fixture
def closed_plan(tmp_path: Path, clock: FixedClock) -> ClosedPlan:
    path = tmp_path / "plan.db"
    store = Store.open(path, clock, folders=Folders(paths.data_dir()))
    week = build_week(store)
    store.close()
    return ClosedPlan(path, week)


@pytest.fixture
def monday_first() -> Iterator[None]:
    """A Monday-first English locale ("Mon 23 Nov"), restored afterwards."""
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def on_modal(qtbot) -> Iterator[Callable[[Callable[[QWidget], None]], None]]:
    """Run `handler(dialog)` once a modal dialog opens; the dialog is closed if it stays open.

    Modal dialogs run their own event loop, so the test arranges the handler first and then
    does what opens the dialog.
    """
    failures: list[BaseException] = []

    def arrange(handler: Callable[[QWidget], None]) -> None:
        def run() -> None:
            widget = QApplication.activeModalWidget()
            if widget is None:
                QTimer.singleShot(10, run)
                return
            try:
                handler(widget)
            except BaseException as error:  # reported after the dialog is gone
                failures.append(error)
            finally:
                if widget.isVisible():
                    widget.close()

        QTimer.singleShot(0, run)

    yield arrange
    if failures:
        raise failures[0]


@pytest.fixture
def other_program(file_store: Store) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of a write to the plan file, until it rolls back."""
    assert file_store.path is not None
    other = sqlite3.connect(file_store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()
