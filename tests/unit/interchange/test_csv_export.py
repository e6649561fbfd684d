"""CSV export in the planner format: exact headers, inert formulas, a round trip through import."""

from __future__ import annotations

import csv
import io
import os
from datetime import date, time
from pathlib import Path

import pytest

from planner.domain.model import (
    BuyingRole,
    BuyingTimeframe,
    Channel,
    Company,
    CompanyKind,
    Competitor,
    Contact,
    ContactLevel,
    GrowthPotential,
    TouchPoint,
)
from planner.domain.timing import FixedClock
from planner.interchange.csv_export import export_csv, neutralise
from planner.interchange.csv_formats import ACCOUNT_HEADERS, CONTACT_HEADERS
from planner.interchange.importer import ImportSource, commit_import
from planner.storage import Store


def _world(store: Store) -> None:
    fab = store.companies.add(
        Company(
            "Fabrikam Inc.",
            CompanyKind.CUSTOMER,
            industry="=1+1",
            website="https://fabrikam.example",
            buying_timeframe=BuyingTimeframe.THIS_YEAR,
            margin_percent=-2.5,
            expected_deal_size=50000.0,
            growth_potential=GrowthPotential.HIGH,
            our_annual_revenue=120000.0,
            estimated_annual_wallet=400000.5,
            competitors=(Competitor("Contoso"), Competitor("@Litware")),
            contract_start=date(2025, 1, 1),
            contract_end=date(2027, 3, 31),
            notes='Line one\nline "two", with comma',
        )
    )
    store.companies.add(Company("Northwind", CompanyKind.DREAM_CLIENT))
    ada = store.contacts.add(
        Contact(
            "Ada",
            "Lovelace",
            company_id=fab.id,
            title="-CTO",
            level=ContactLevel.EXECUTIVE,
            buying_role=BuyingRole.CHAMPION,
            email="ada@f.example",
            phone="+44 20 7946 0000",
            profile_url="https://www.linkedin.com/in/ada",
            notes="\tindented",
        )
    )
    store.contacts.add(Contact("Solo", ""))
    store.touchpoints.add(
        TouchPoint(
            fab.id or 0,
            date(2026, 11, 24),
            Channel.MEETING,
            contact_id=ada.id,
            time=time(10, 0),
            tz="Europe/Berlin",
            duration_minutes=45,
            title="=cmd|' /C calc'!A0",
        )
    )


def _read(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+44 1", "'+44 1"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        ("", ""),
        ("a=b", "a=b"),
    ],
)
def test_neutralise(cell, expected):
    assert neutralise(cell) == expected


def test_export_headers_and_guarded_cells(store, tmp_path):
    _world(store)
    paths = export_csv(store, tmp_path / "out")
    accounts, contacts, touchpoints = (_read(p) for p in paths)
    assert tuple(accounts[0]) == ACCOUNT_HEADERS
    assert tuple(contacts[0]) == CONTACT_HEADERS
    assert touchpoints[0] == [
        "date",
        "time",
        "timezone",
        "duration_minutes",
        "company",
        "contact",
        "channel",
        "purpose",
        "status",
        "title",
        "reason",
        "notes",
        "outcome",
        "content",
        "completed_at",
    ]
    fab = dict(zip(accounts[0], accounts[1], strict=True))
    assert fab["industry"] == "'=1+1"
    assert fab["margin_percent"] == "-2.5"  # a number stays a number
    assert fab["our_annual_revenue"] == "120000"
    assert fab["incumbent_competitors"] == "Contoso;@Litware"
    assert fab["contract_end"] == "2027-03-31"
    ada = next(dict(zip(contacts[0], r, strict=True)) for r in contacts[1:] if r[0] == "Ada")
    assert (ada["phone"], ada["title"], ada["notes"]) == (
        "'+44 20 7946 0000",
        "'-CTO",
        "'\tindented",
    )
    tp = dict(zip(touchpoints[0], touchpoints[1], strict=True))
    assert tp["title"].startswith("'=")
    assert (tp["date"], tp["time"], tp["timezone"], tp["contact"]) == (
        "2026-11-24",
        "10:00",
        "Europe/Berlin",
        "Ada Lovelace",
    )
    raw = (tmp_path / "out" / "accounts.csv").read_bytes()
    assert raw.startswith(b"name,kind,")
    assert b"\r\n" in raw


def test_export_round_trips_through_import(store, tmp_path):
    _world(store)
    export_csv(store, tmp_path)
    fresh = Store.memory(FixedClock.on(date(2026, 11, 23)))
    try:
        commit_import(fresh, ImportSource.from_path(tmp_path / "accounts.csv"))
        commit_import(fresh, ImportSource.from_path(tmp_path / "contacts.csv"))

        def companies(s: Store):
            return [c.replace(id=None) for c in s.companies.all()]

        def contacts(s: Store):
            names = {c.id: c.name for c in s.companies.all()}
            return sorted(
                (c.replace(id=None, company_id=names.get(c.company_id)) for c in s.contacts.all()),
                key=lambda c: c.full_name,
            )

        assert companies(fresh) == companies(store)
        assert contacts(fresh) == contacts(store)
    finally:
        fresh.close()
    again = commit_import(store, ImportSource.from_path(tmp_path / "contacts.csv"))
    assert (again.preview.new, again.preview.updated, again.preview.unchanged) == (0, 0, 2)
    again = commit_import(store, ImportSource.from_path(tmp_path / "accounts.csv"))
    assert (again.preview.new, again.preview.updated, again.preview.unchanged) == (0, 0, 2)


def test_export_into_unwritable_place(store, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    from planner.domain.errors import PlannerError

    with pytest.raises(PlannerError, match="is a file, not a folder"):
        export_csv(store, blocker / "sub")


def test_export_text_is_valid_csv(store, tmp_path):
    _world(store)
    export_csv(store, tmp_path)
    text = (tmp_path / "accounts.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    # The address columns were appended after notes.
    assert rows[1][rows[0].index("notes")] == 'Line one\nline "two", with comma'


def test_an_export_replaces_only_earlier_exports(store: Store, tmp_path: Path) -> None:
    from planner.domain.errors import ValidationError
    from planner.interchange.csv_export import foreign_files

    first = export_csv(store, tmp_path)
    assert foreign_files(tmp_path) == []
    assert export_csv(store, tmp_path) == first  # its own earlier export: replaced
    mine = tmp_path / "contacts.csv"
    mine.write_text("my own spreadsheet\n")
    assert foreign_files(tmp_path) == [mine]
    with pytest.raises(ValidationError, match="not an earlier CSV export"):
        export_csv(store, tmp_path)
    assert mine.read_text() == "my own spreadsheet\n"
    export_csv(store, tmp_path, replace=True)
    assert foreign_files(tmp_path) == []


def test_an_export_never_writes_into_a_fifo(store: Store, tmp_path: Path) -> None:
    from planner.domain.errors import PlannerError

    os.mkfifo(tmp_path / "accounts.csv")
    with pytest.raises(PlannerError, match="special file"):
        export_csv(store, tmp_path, replace=True)
