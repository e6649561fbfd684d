"""The visit brief as PDF: one page, the names and last touch, long notes, non-Latin names."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pypdf
from PySide6.QtGui import QFontDatabase

from planner.domain.model import (
    Channel,
    Company,
    CompanyKind,
    Competitor,
    Contact,
    ContactLevel,
    Purpose,
    Status,
    TouchPoint,
)
from planner.interchange.briefing import build_brief
from planner.storage import Store
from planner.ui.report.pdf import write_brief

TODAY = date(2026, 11, 23)


def _text(path: Path) -> tuple[int, str]:
    reader = pypdf.PdfReader(path)
    words = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    return len(reader.pages), words


def _account(store: Store, name: str, people: list[tuple[str, str]], notes: str = "") -> int:
    company = store.companies.add(
        Company(
            name,
            CompanyKind.CUSTOMER,
            industry="Chemicals",
            our_annual_revenue=250_000.0,
            estimated_annual_wallet=800_000.0,
            contract_end=date(2027, 6, 30),
            competitors=(Competitor("PackRight", "film"),),
            street="27 quai Perrache",
            postal_code="69002",
            city="Lyon",
            country="France",
        )
    )
    assert company.id is not None
    levels = list(ContactLevel)
    contacts = [
        store.contacts.add(
            Contact(first, last, company_id=company.id, level=levels[i % 3], title="Buyer")
        )
        for i, (first, last) in enumerate(people)
    ]
    store.touchpoints.add(
        TouchPoint(
            company.id,
            date(2026, 11, 2),
            Channel.MEETING,
            contact_id=contacts[0].id,
            status=Status.DONE,
            title="Quarterly review",
            outcome="Asked for a quote on the new line",
        )
    )
    visit = store.touchpoints.add(
        TouchPoint(
            company.id,
            date(2026, 11, 30),
            Channel.VISIT,
            contact_id=contacts[0].id,
            time=time(10, 0),
            duration_minutes=60,
            purpose=Purpose.CHECK_IN,
            reason="Renewal runway: 210 days before the contract ends",
            notes=notes,
        )
    )
    assert visit.id is not None
    return visit.id


def test_a_typical_brief_is_one_page_with_names_and_last_touch(
    qapp: object, store: Store, tmp_path: Path
) -> None:
    people = [("Camille", "Durand"), ("Hugo", "Bernard"), ("Lucie", "Martin"), ("Jonas", "Weber")]
    visit = _account(store, "Soieries du Rhône", people)
    path = tmp_path / "brief.pdf"
    write_brief(build_brief(store, visit, TODAY), path)
    pages, words = _text(path)
    assert pages == 1
    for expected in ("Soieries du Rhône", "Camille Durand", "Jonas Weber", "Quarterly review"):
        assert expected in words
    assert "Asked for a quote" in words
    assert "Renewal runway" in words
    assert "PackRight" in words
    assert "Lyon" in words


def test_long_notes_still_fit_one_page(qapp: object, store: Store, tmp_path: Path) -> None:
    notes = "Bring the samples of the recycled film and the price sheet. " * 200
    people = [(f"Person{i}", f"Number{i}") for i in range(12)]
    visit = _account(store, "Gones Imprimerie", people, notes=notes)
    path = tmp_path / "brief.pdf"
    write_brief(build_brief(store, visit, TODAY), path)
    pages, words = _text(path)
    assert pages == 1
    assert "Gones Imprimerie" in words
    assert "Bring the samples" in words


def test_non_latin_names_print_with_their_glyphs(
    qapp: object, store: Store, tmp_path: Path
) -> None:
    families = QFontDatabase.families()
    assert any("DejaVu" in f or "Noto" in f for f in families), "a font with Cyrillic and Greek"
    people = [("Дмитрий", "Иванов"), ("Ελένη", "Παπαδοπούλου")]
    visit = _account(store, "Ωμέγα Συσκευασίες", people)
    path = tmp_path / "brief.pdf"
    write_brief(build_brief(store, visit, TODAY), path)
    pages, words = _text(path)
    assert pages == 1
    assert "Дмитрий Иванов" in words
    assert "Ελένη Παπαδοπούλου" in words
    assert "Ωμέγα Συσκευασίες" in words
