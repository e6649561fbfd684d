"""`trip` and `brief` on the command line: JSON stops, left-out reasons, apply once, PDF pack."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pypdf
import pytest

from planner.cli import main
from planner.domain.model import Company, CompanyKind, Contact, ContactLevel
from planner.domain.timing import FixedClock
from planner.storage import Store

TODAY = "2026-11-23"  # a Monday
TOWNS = [
    ("Soieries du Rhône", "Lyon", "France"),
    ("Gones Imprimerie", "Villeurbanne", "France"),
    ("Chimie de Vienne", "Vienne", "France"),
    ("Brasserie de Bron", "Bron", "France"),
    ("Alpes Emballages", "Grenoble", "France"),  # about 95 km away
    ("Nowhere Ltd", "Zzyzxville", ""),  # a place nobody knows
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "planner.db"
    store = Store.open(path, FixedClock.on(date(2026, 11, 23)))
    with store.transaction():
        for i, (name, city, country) in enumerate(TOWNS):
            company = store.companies.add(
                Company(name, CompanyKind.DREAM_CLIENT, city=city, country=country)
            )
            assert company.id is not None
            store.contacts.add(
                Contact(f"Person{i}", "Durand", company_id=company.id, level=ContactLevel.MANAGER)
            )
    store.close()
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_trip_json_has_stops_and_reasons(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--db", str(db), "--today", TODAY, "trip", "--near", "Lyon,France"]
    code, out, err = _run(capsys, *args, "--from", "2026-11-30", "--to", "2026-12-02", "--json")
    assert code == 0, err
    data = json.loads(out)
    visited = {s["company"] for s in data["stops"]}
    assert visited == {
        "Soieries du Rhône",
        "Gones Imprimerie",
        "Chimie de Vienne",
        "Brasserie de Bron",
    }
    stop = data["stops"][0]
    assert set(stop) >= {"date", "time", "duration_minutes", "company", "contact"}
    assert set(stop) >= {"distance_km", "travel_minutes", "reason"}
    why = {x["company"]: x["why"] for x in data["left_out"]}
    assert why == {"Alpes Emballages": "too_far", "Nowhere Ltd": "no_position"}
    assert data["added"] == 0


def test_trip_apply_writes_timed_visits_once(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--db", str(db), "--today", TODAY, "trip", "--near", "Lyon"]
    span = ["--from", "2026-11-30", "--to", "2026-12-02", "--apply", "--json"]
    code, out, err = _run(capsys, *args, *span)
    assert code == 0, err
    assert json.loads(out)["added"] == 4
    code, out, _ = _run(capsys, *args, *span)
    assert json.loads(out)["added"] == 0
    store = Store.open(db, FixedClock.on(date(2026, 11, 23)))
    try:
        visits = store.touchpoints.all()
        assert len(visits) == 4
        assert all(str(v.channel) == "visit" and v.time is not None for v in visits)
    finally:
        store.close()


def test_radius_and_bad_input(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--db", str(db), "--today", TODAY, "trip", "--from", "2026-11-30", "--to", "2026-12-02"]
    code, out, _ = _run(capsys, *base, "--near", "Lyon", "--radius", "150", "--json")
    assert "Alpes Emballages" in {s["company"] for s in json.loads(out)["stops"]}
    code, _, err = _run(capsys, *base, "--near", "Zzyzxville")
    assert code == 1
    assert "Zzyzxville" in err
    code, _, err = _run(capsys, *base, "--base", "Nowhere Ltd")
    assert code == 1
    assert "unknown" in err
    code, _, err = _run(
        capsys,
        "--db",
        str(db),
        "trip",
        "--near",
        "Lyon",
        "--from",
        "2026-12-02",
        "--to",
        "2026-11-30",
    )
    assert code == 1
    assert "--to" in err


def test_trip_pack_and_brief_pdfs(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "pack.pdf"
    args = ["--db", str(db), "--today", TODAY, "trip", "--base", "Soieries du Rhône"]
    code, _, err = _run(
        capsys, *args, "--from", "2026-11-30", "--to", "2026-12-02", "--apply", "--pack", str(pack)
    )
    assert code == 0, err
    reader = pypdf.PdfReader(pack)
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Trip day" in text
    assert "Chimie de Vienne" in text
    days = sum("Trip day" in " ".join(p.extract_text().split()) for p in reader.pages)
    assert days >= 1
    assert len(reader.pages) == days + 4  # a day sheet per day, a brief per visit
    brief = tmp_path / "brief.pdf"
    code, _, err = _run(capsys, "--db", str(db), "--today", TODAY, "brief", "1", "-o", str(brief))
    assert code == 0, err
    assert len(pypdf.PdfReader(brief).pages) == 1
    code, _, err = _run(capsys, "--db", str(db), "brief", "999", "-o", str(brief))
    assert code == 1
