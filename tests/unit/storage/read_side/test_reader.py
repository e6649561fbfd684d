"""The read side returns what the repositories know, as plain values, and plain errors."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from planner.domain.errors import StorageError
from planner.domain.model import Channel, Company, Contact, Status, TouchPoint
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.read_side import Reader

MONDAY = date(2026, 11, 23)


def _book(store: Store) -> tuple[int, int]:
    with store.transaction():
        acme = store.companies.add(Company("Acme", industry="Software"))
        assert acme.id is not None
        ada = store.contacts.add(Contact("Ada", "Lovelace", company_id=acme.id))
        assert ada.id is not None
        for offset in range(-10, 20):
            store.touchpoints.add(
                TouchPoint(
                    company_id=acme.id,
                    contact_id=ada.id,
                    day=MONDAY + timedelta(days=offset),
                    channel=Channel.CALL,
                    status=Status.DONE if offset < -5 else Status.PLANNED,
                )
            )
    return acme.id, ada.id


def test_week_overdue_upcoming_and_counts_match_the_repositories(store: Store) -> None:
    _book(store)
    read = store.read
    week = read.week(MONDAY)
    assert [e.touchpoint.day for e in week] == [MONDAY + timedelta(days=i) for i in range(7)]
    assert week == store.touchpoints.between(MONDAY, MONDAY + timedelta(days=6))
    assert read.overdue(MONDAY) == store.touchpoints.overdue(MONDAY)
    assert len(read.overdue(MONDAY)) == 5  # -5 … -1 are planned and past
    upcoming = read.upcoming(MONDAY, 3)
    assert [e.touchpoint.day for e in upcoming] == [MONDAY + timedelta(days=i) for i in range(3)]
    counts = read.day_counts(MONDAY, MONDAY + timedelta(days=2))
    assert counts == {MONDAY + timedelta(days=i): 1 for i in range(3)}


def test_summaries_by_id_keep_the_order_asked_for(store: Store) -> None:
    acme_id, ada_id = _book(store)
    with store.transaction():
        globex = store.companies.add(Company("Globex"))
    assert globex.id is not None
    rows = store.read.company_summaries([globex.id, acme_id])
    assert [s.company.name for s in rows] == ["Globex", "Acme"]
    acme = rows[1]
    assert acme.contacts == 1
    assert acme.last_touch == MONDAY - timedelta(days=6)
    assert acme.next_touch == MONDAY - timedelta(days=5)
    assert rows == [
        s for i in (globex.id, acme_id) for s in store.read.company_summaries() if s.company.id == i
    ]
    [ada] = store.read.contact_summaries([ada_id])
    assert (ada.company_name, ada.last_touch) == ("Acme", MONDAY - timedelta(days=6))
    assert store.read.company_summaries([999]) == []


def test_book_counts_follow_adds_and_deletes(store: Store) -> None:
    acme_id, _ada = _book(store)
    assert (store.read.count("companies"), store.read.count("touchpoints")) == (1, 30)
    store.delete_company(acme_id)  # its contacts and touch-points go with it
    counts = [store.read.count(t) for t in ("companies", "contacts", "touchpoints")]
    assert counts == [0, 0, 0]


def _damage_all_but_the_header(path: Path) -> None:
    """Every page after the first overwritten, as a failing disk might leave it."""
    data = bytearray(path.read_bytes())
    page = 4096
    data[page:] = bytes(range(256)) * ((len(data) - page) // 256)
    path.write_bytes(bytes(data))


def test_a_damaged_file_gives_a_plain_error_on_reading(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "planner.db"
    store = Store.open(path, clock)
    with store.transaction():
        acme = store.companies.add(Company("Acme", notes="x" * 3000))
        assert acme.id is not None
        for offset in range(400):
            store.touchpoints.add(
                TouchPoint(
                    company_id=acme.id,
                    day=MONDAY + timedelta(days=offset % 7),
                    channel=Channel.CALL,
                    notes="y" * 200,
                )
            )
    store.close()
    _damage_all_but_the_header(path)
    db = Database(path)
    try:
        with pytest.raises(StorageError) as caught:
            Reader(db, path).week(MONDAY)
    finally:
        db.close()
    assert "\n" not in str(caught.value)
    assert "Traceback" not in str(caught.value)


def test_account_choices_and_names_read_only_what_pickers_show(store: Store) -> None:
    acme_id, _ada = _book(store)
    with store.transaction():
        globex = store.companies.add(Company("globex"))
    choices = store.read.account_choices()
    assert [(c.id, c.name) for c in choices] == [(acme_id, "Acme"), (globex.id, "globex")]
    assert store.read.company_names([acme_id, None, 999]) == {acme_id: "Acme"}
    assert store.read.industries() == ["Software"]
