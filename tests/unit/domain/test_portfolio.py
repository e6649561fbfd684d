"""The portfolio's derived views: records by id, what is on the calendar, and day loads."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.model import Company, Contact, ContactLevel, ContentItem
from planner.domain.portfolio import Planned, Portfolio

TODAY = date(2026, 11, 23)
YESTERDAY = TODAY - timedelta(days=1)
TOMORROW = TODAY + timedelta(days=1)

ACME = Company("Acme", id=1)
GLOBEX = Company("Globex", id=2)
ANN = Contact("Ann", "Lee", id=10, company_id=1, level=ContactLevel.EXECUTIVE)
BOB = Contact("Bob", "Ray", id=11, company_id=1)
NOBODY = Contact("Free", "Lancer", id=12)
GUIDE = ContentItem("Guide", id=5)


def _book(*planned: Planned) -> Portfolio:
    return Portfolio(
        today=TODAY,
        companies=(ACME, GLOBEX),
        contacts=(ANN, BOB, NOBODY),
        content=(GUIDE,),
        planned=planned,
    )


def test_records_are_found_by_id_and_contacts_by_their_company() -> None:
    book = _book()
    assert book.company_by_id == {1: ACME, 2: GLOBEX}
    assert book.contact_by_id[12] is NOBODY
    assert book.contacts_by_company == {1: (ANN, BOB)}  # a contact with no company is in none
    assert book.content_by_id == {5: GUIDE}


def test_what_is_planned_counts_from_today_on() -> None:
    book = _book(
        Planned(1, YESTERDAY, contact_id=11),
        Planned(1, TODAY, contact_id=10),
        Planned(2, TOMORROW),
    )
    assert [p.day for p in book.planned_from_today] == [TODAY, TOMORROW]
    assert book.planned_companies == frozenset({1, 2})
    assert book.planned_contacts == frozenset({10})
    assert book.planned_levels == frozenset({(1, ContactLevel.EXECUTIVE)})
    assert set(book.planned_by_company) == {1, 2}


def test_planned_content_leaves_out_what_is_done() -> None:
    book = _book(
        Planned(1, TOMORROW, contact_id=10, content_id=5),
        Planned(1, TODAY, contact_id=11, content_id=5, done=True),
    )
    assert book.planned_content == {10: frozenset({5})}


def test_day_loads_count_every_entry_and_plan_keys_only_the_accepted() -> None:
    book = _book(
        Planned(1, TOMORROW, plan_key="w48:1"),
        Planned(2, TOMORROW),
        Planned(2, TODAY, done=True, plan_key="w48:2"),
    )
    assert book.load_on(TOMORROW) == 2
    assert book.load_on(TODAY) == 1
    assert book.load_on(YESTERDAY) == 0
    assert book.plan_keys == frozenset({"w48:1", "w48:2"})


def test_replace_gives_a_new_snapshot_with_fresh_views() -> None:
    book = _book(Planned(1, TOMORROW))
    assert book.load_on(TOMORROW) == 1
    later = book.replace(planned=())
    assert later.load_on(TOMORROW) == 0
    assert book.load_on(TOMORROW) == 1
