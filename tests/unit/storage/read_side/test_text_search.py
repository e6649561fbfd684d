"""Word matching through the search indexes: parts of words, short words, quotes taken literally."""

from __future__ import annotations

from planner.domain.model import Company, Contact
from planner.storage import Store
from planner.storage.read_side.text_search import fts_query, tokenizer, word_match


def _ids(store: Store, table: str, word: str) -> list[int]:
    condition, params = word_match(store.db, table, "r.id", word)
    rows = store.db.execute(f"SELECT r.id FROM {table} r WHERE {condition} ORDER BY r.id", params)
    return [row[0] for row in rows.fetchall()]


def test_plans_search_with_trigrams(store: Store) -> None:
    assert tokenizer(store.db, "companies") == "trigram"
    assert tokenizer(store.db, "contacts") == "trigram"
    assert tokenizer(store.db, "no_such_table") == "unicode61"


def test_a_word_matches_inside_any_indexed_column(store: Store) -> None:
    nordwind = store.companies.add(Company("Nordwind Logistik", industry="Freight"))
    store.companies.add(Company("Acme"))
    assert _ids(store, "companies", "wind") == [nordwind.id]
    assert _ids(store, "companies", "FREIGHT") == [nordwind.id]
    assert _ids(store, "companies", "zzz") == []


def test_words_too_short_for_trigrams_are_still_found(store: Store) -> None:
    acme = store.companies.add(Company("Acme"))
    ann = store.contacts.add(Contact("Jo", "Li", company_id=acme.id, email="jo@acme.example"))
    assert _ids(store, "contacts", "li") == [ann.id]
    assert _ids(store, "contacts", "%") == []  # a wildcard is a character, not "anything"


def test_quotes_in_a_word_do_not_break_the_query(store: Store) -> None:
    quoted = store.companies.add(Company('The "Best" Bakery'))
    assert _ids(store, "companies", '"best"') == [quoted.id]


def test_fts_queries_hold_every_word() -> None:
    assert fts_query(["nord", "log"], "trigram") == '"nord" AND "log"'
    assert fts_query(["nord"], "unicode61") == '"nord"*'
    assert fts_query(['say "hi"'], "trigram") == '"say ""hi"""'
