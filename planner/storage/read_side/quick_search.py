"""Quick search over accounts and contacts: name beginnings by index, then FTS5 matches.

Each keystroke must stay a few milliseconds at any size, so no query here reads every match:
names that begin with the text come first (an index range, stopped at the limit), then
rows whose indexed text holds every word (the FTS5 index, stopped at the limit).
"""

from __future__ import annotations

from planner.domain.model import CompanyKind, SearchHit
from planner.storage.db import Database
from planner.storage.read_side.record_tables import book_count
from planner.storage.read_side.text_search import INDEXED, fts_query, tokenizer
from planner.storage.rows import like_pattern

# Below this many letters a word is too short for trigrams.
SHORT = 3
SCANNED_AT_MOST = 5_000  # rows a search of one or two letters may read (LIKE, no index)
_TOP = "\U0010ffff"  # above every character: "ab" <= name < "ab" + _TOP are names from "ab"


def _fts_ids(db: Database, table: str, text: str, limit: int) -> list[int]:
    """Ids of up to `limit` rows whose indexed text holds every (long enough) word of `text`.

    A text too short for trigrams is looked for with LIKE in a small book, which is quickly
    read whole; a big one offers the name beginnings alone until a third letter is typed.
    """
    words = [w for w in text.casefold().split() if len(w) >= SHORT]
    if not words:
        if book_count(db, table) > SCANNED_AT_MOST:
            return []
        pattern = like_pattern(text)
        likes = " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in INDEXED[table])
        rows = db.execute(
            f"SELECT id FROM {table} WHERE {likes} LIMIT ?",
            [pattern] * len(INDEXED[table]) + [limit],
        ).fetchall()
        return [r[0] for r in rows]
    fts = f"{table}_fts"
    rows = db.execute(
        f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? LIMIT ?",
        [fts_query(words, tokenizer(db, table)), limit],
    ).fetchall()
    return [r[0] for r in rows]


def _merge(first: list[int], then: list[int], limit: int) -> list[int]:
    seen = set(first)
    return (first + [i for i in then if i not in seen])[:limit]


def companies(db: Database, text: str, limit: int) -> list[SearchHit]:
    """Accounts whose name begins with `text`, then those whose text holds its words."""
    starts = [
        r[0]
        for r in db.execute(
            "SELECT id FROM companies WHERE name COLLATE NOCASE >= ? "
            "AND name COLLATE NOCASE < ? ORDER BY name COLLATE NOCASE LIMIT ?",
            [text, text + _TOP, limit],
        ).fetchall()
    ]
    more = _fts_ids(db, "companies", text, limit) if len(starts) < limit else []
    ids = _merge(starts, more, limit)
    if not ids:
        return []
    rows = db.execute(
        f"SELECT id, name, kind FROM companies WHERE id IN ({','.join('?' * len(ids))})", ids
    ).fetchall()
    by_id = {r[0]: r for r in rows}
    return [
        SearchHit("company", i, by_id[i][1], CompanyKind(by_id[i][2]).label)
        for i in ids
        if i in by_id
    ]


def contacts(db: Database, text: str, limit: int) -> list[SearchHit]:
    """Contacts whose first or last name begins with `text`, then those holding its words."""
    starts = [
        r[0]
        for r in db.execute(
            "SELECT id FROM (SELECT id, last_name AS name FROM contacts "
            "WHERE last_name COLLATE NOCASE >= ?1 AND last_name COLLATE NOCASE < ?2 "
            "ORDER BY last_name COLLATE NOCASE LIMIT ?3) "
            "UNION SELECT id FROM (SELECT id FROM contacts "
            "WHERE first_name COLLATE NOCASE >= ?1 AND first_name COLLATE NOCASE < ?2 "
            "ORDER BY first_name COLLATE NOCASE LIMIT ?3) LIMIT ?3",
            [text, text + _TOP, limit],
        ).fetchall()
    ]
    more = _fts_ids(db, "contacts", text, limit) if len(starts) < limit else []
    ids = _merge(starts, more, limit)
    if not ids:
        return []
    rows = db.execute(
        "SELECT c.id, trim(c.first_name || ' ' || c.last_name), coalesce(co.name, ''), c.title "
        "FROM contacts c LEFT JOIN companies co ON co.id = c.company_id "
        f"WHERE c.id IN ({','.join('?' * len(ids))}) "
        "ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id",
        ids,
    ).fetchall()
    return [
        SearchHit("contact", r[0], r[1], " · ".join(p for p in (r[3], r[2]) if p)) for r in rows
    ]
