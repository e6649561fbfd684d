"""A search index filled in bulk holds and finds what one filled row by row does."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from planner.domain.model import Company, Status, TouchPoint
from planner.domain.timing import FixedClock
from planner.storage import Store, fts_bulk
from planner.storage.bulk_inserts import bulk_inserts

from .books import id_of

TODAY = date(2026, 11, 23)
WORDS = ("warm", "pilot", "Acme", "renewal", "ting", "title : (call)", '"line audit"')
OUTCOMES = ("Agreed a pilot of the shrinkwrap line", "Left a message", "")
TITLES = ("Renewal call", "Line audit at Acme", "Meeting about pallets", "")


def _touches(company_id: int, n: int) -> list[TouchPoint]:
    return [
        TouchPoint(
            company_id,
            TODAY - timedelta(days=i % 400),
            title=TITLES[i % len(TITLES)] + (f" {i}" if i % 7 == 0 else ""),
            status=Status.DONE if i % 3 else Status.PLANNED,
            outcome=OUTCOMES[(i // 3) % len(OUTCOMES)] if i % 3 else "",
            reason="Keep the account warm between reviews." if i % 2 else "",
        )
        for i in range(n)
    ]


def _fill(store: Store, bulk: Callable[[tuple[str, ...]], Any], n: int) -> None:
    with store.transaction():
        acme = store.companies.add(Company("Acme Foods", notes="Key account"))
        with bulk(("touchpoints",)):
            store.touchpoints.add_many(_touches(id_of(acme), n))


def _index(store: Store) -> dict[str, Any]:
    db = store.db
    db.execute(
        "INSERT INTO search_everything (search_everything, rank) VALUES ('integrity-check', 1)"
    )
    return {
        "rows": db.execute(
            "SELECT rowid, title, body FROM search_everything ORDER BY 1"
        ).fetchall(),
        "found": [
            db.execute(
                "SELECT rowid FROM search_everything WHERE search_everything MATCH ?", [w]
            ).fetchall()
            for w in WORDS
        ],
        "hits": [store.search(w) for w in ("warm", "pilot", "audit acme")],
    }


def _settings(store: Store) -> list[tuple[Any, ...]]:
    return store.db.execute(
        "SELECT k, v FROM search_everything_config WHERE k IN ('automerge', 'crisismerge') "
        "ORDER BY k"
    ).fetchall()


def test_a_bulk_loaded_index_holds_and_finds_what_row_by_row_inserts_give() -> None:
    by_rows = Store.memory(FixedClock.on(TODAY))
    in_bulk = Store.memory(FixedClock.on(TODAY))
    # Enough rows for FTS5 to write several segments before the one merge at the end.
    _fill(by_rows, lambda tables: contextlib.nullcontext(), 6_000)
    _fill(in_bulk, lambda tables: bulk_inserts(in_bulk.db, tables), 6_000)
    kept = _index(by_rows)
    assert all(kept["found"])
    assert all(kept["hits"])
    assert _index(in_bulk) == kept


def test_the_merge_settings_come_back_after_a_bulk_load() -> None:
    store = Store.memory(FixedClock.on(TODAY))
    assert _settings(store) == []
    _fill(store, lambda tables: bulk_inserts(store.db, tables), 50)
    # FTS5's defaults, written out.
    assert _settings(store) == [("automerge", 4), ("crisismerge", 16)]
    store.db.execute(
        "INSERT INTO search_everything (search_everything, rank) VALUES ('automerge', 8)"
    )
    with store.transaction(), fts_bulk.loading(store.db, "search_everything"):
        assert _settings(store) == [("automerge", 0), ("crisismerge", 1000)]
    assert _settings(store) == [("automerge", 8), ("crisismerge", 16)]


def test_a_few_rows_into_a_big_index_are_indexed_as_ever(store: Store) -> None:
    _fill(store, lambda tables: contextlib.nullcontext(), 200)
    acme = store.companies.find("Acme Foods")
    with store.transaction(), bulk_inserts(store.db, ("touchpoints",)):
        store.touchpoints.add_many(_touches(id_of(acme), 3))
    # No bulk load (and no rewrite of the whole index) for three rows into two hundred.
    assert _settings(store) == []
    assert store.search("pilot")


def test_an_error_while_loading_takes_the_settings_back(store: Store) -> None:
    with (
        pytest.raises(RuntimeError, match="power cut"),
        store.transaction(),
        fts_bulk.loading(store.db, "search_everything"),
    ):
        raise RuntimeError("power cut")
    assert _settings(store) == []


def test_it_knows_an_fts5_table(store: Store) -> None:
    assert fts_bulk.is_fts5(store.db, "search_everything")
    assert fts_bulk.is_fts5(store.db, "contacts_fts")
    assert not fts_bulk.is_fts5(store.db, "touchpoints")
    assert fts_bulk.indexed_rows(store.db, "search_everything") == 0
