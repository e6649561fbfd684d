"""Search over everything: touch-points by outcome, misspelt names, kinds grouped, no scans."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain.model import (
    Channel,
    Company,
    Contact,
    ContentItem,
    ContentKind,
    Status,
    TouchPoint,
)
from planner.storage import Store
from planner.storage.read_side.search_everything import (
    KINDS,
    edit_distance,
    search_everything,
)


@pytest.fixture
def book(store: Store) -> dict[str, int]:
    with store.transaction():
        acme = store.companies.add(Company("Acme Packaging", notes="Prefers recycled board"))
        assert acme.id is not None
        anna = store.contacts.add(Contact("Anna", "Schneider", company_id=acme.id))
        store.contacts.add(Contact("Bernd", "Hoffmann", company_id=acme.id, notes="golf"))
        paper = store.content.add(ContentItem("Pallet damage study", ContentKind.WHITE_PAPER))
        tp = store.touchpoints.add(
            TouchPoint(acme.id, date(2026, 11, 24), Channel.CALL, contact_id=anna.id,
                       title="Quarterly check", status=Status.DONE,
                       outcome="Agreed a pilot of the shrinkwrap line")
        )  # fmt: skip
    ids = {"acme": acme.id, "anna": anna.id, "paper": paper.id, "tp": tp.id}
    assert None not in ids.values()
    return ids  # type: ignore[return-value]


def kinds_and_ids(store: Store, text: str) -> list[tuple[str, int]]:
    return [(h.kind, h.id) for h in search_everything(store.db, text)]


def test_a_touchpoint_is_found_by_a_word_of_its_outcome(store: Store, book: dict[str, int]) -> None:
    assert kinds_and_ids(store, "shrinkwrap") == [("touchpoint", book["tp"])]
    assert ("touchpoint", book["tp"]) in kinds_and_ids(store, "quarterly")  # by title
    assert kinds_and_ids(store, "pilot shrink") == [("touchpoint", book["tp"])]  # prefix


def test_notes_and_content_are_found(store: Store, book: dict[str, int]) -> None:
    assert kinds_and_ids(store, "recycled") == [("company", book["acme"])]
    assert kinds_and_ids(store, "pallet") == [("content", book["paper"])]
    assert [h.text for h in search_everything(store.db, "golf")] == ["Bernd Hoffmann"]


def test_a_misspelt_surname_still_finds_the_contact(store: Store, book: dict[str, int]) -> None:
    for typo in ("Schnieder", "Shneider", "schneidr", "Hofman"):
        hits = search_everything(store.db, typo)
        assert hits, typo
        assert hits[0].kind == "contact"
    assert kinds_and_ids(store, "Schnieder")[0] == ("contact", book["anna"])
    assert search_everything(store.db, "Krawczyk") == []


def test_results_come_grouped_by_kind(store: Store, book: dict[str, int]) -> None:
    with store.transaction():
        store.touchpoints.add(
            TouchPoint(book["acme"], date(2026, 11, 25), Channel.EMAIL, title="Acme follow-up")
        )
    kinds = [h.kind for h in search_everything(store.db, "acme")]
    assert kinds == sorted(kinds, key=KINDS.index)
    assert {"company", "touchpoint"} <= set(kinds)


def test_the_index_follows_edits_and_deletes(store: Store, book: dict[str, int]) -> None:
    with store.transaction():
        tp = store.touchpoints.get(book["tp"])
        store.touchpoints.update(tp.replace(outcome="Lost to a competitor"))
    assert search_everything(store.db, "shrinkwrap") == []
    assert kinds_and_ids(store, "competitor") == [("touchpoint", book["tp"])]
    store.delete_touchpoint(book["tp"])
    assert search_everything(store.db, "competitor") == []


def test_no_keystroke_scans_a_table(store: Store, book: dict[str, int]) -> None:
    plans: list[str] = []
    original = store.db.execute

    def traced(sql: str, params: object = None) -> object:
        if sql.lstrip().upper().startswith("SELECT") and params is not None:
            rows = original(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
            plans.extend(str(r[-1]) for r in rows)
        return original(sql, params) if params is not None else original(sql)

    store.db.execute = traced  # type: ignore[method-assign]
    try:
        for text in ("sch", "Schnieder", "shrinkwrap pilot", "acme"):
            search_everything(store.db, text)
    finally:
        del store.db.execute
    assert plans
    # Scans of the FTS indexes (MATCH), of bounded subqueries and of the schema are fine.
    tables = ("companies", "contacts", "content_items", "touchpoints", "c", "co", "t")
    scans = [p for p in plans if p.split()[:2] in (["SCAN", t] for t in tables)]
    assert any("search_everything VIRTUAL TABLE" in p for p in plans)
    assert scans == [], scans


def test_edit_distance() -> None:
    assert edit_distance("schnieder", "schneider", 2) == 1  # a swap counts once
    assert edit_distance("hofman", "hoffmann", 2) == 2
    assert edit_distance("krawczyk", "schneider", 2) == 3  # capped
