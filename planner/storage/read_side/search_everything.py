"""Search over everything: accounts, contacts, content and touch-points, typo-tolerant for names.

Every keystroke runs here, so every query is bounded: the search_everything FTS5 index
(migration m011_search_everything) is read for at most CANDIDATES rows, titles first, and the
typo pass compares at most CANDIDATES names in Python. Nothing scans a table.
"""

from __future__ import annotations

from collections.abc import Iterable

from planner.domain.model import Channel, CompanyKind, ContentKind, SearchHit, Status
from planner.storage.db import Database
from planner.storage.read_side import quick_search
from planner.storage.read_side.text_search import fts_query

# The order of the kinds is their code in the index: rowid = id * 4 + code.
KINDS = ("company", "contact", "content", "touchpoint")
SHORT = 3  # letters a trigram needs
CANDIDATES = 200  # index rows a keystroke reads at most, per pass
_INDEX = "search_everything"


def tokenizer(db: Database) -> str:
    """The index's tokenizer: "trigram" where SQLite has it, else "unicode61"."""
    row = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [_INDEX]).fetchone()
    return "trigram" if row is not None and "trigram" in row[0] else "unicode61"


def edit_distance(a: str, b: str, most: int) -> int:
    """Optimal-string-alignment distance of `a` and `b` (swaps count once), capped at most + 1."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, before[j - 2] + 1)
            current.append(value)
        before, row = row, current
        if min(row) > most:
            return most + 1
    return min(row[-1], most + 1)


def allowed_edits(word: str) -> int:
    """Typos forgiven in a name word: one up to five letters, two from six on."""
    return 1 if len(word) <= 5 else 2


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _rowids(db: Database, query: str, limit: int) -> list[int]:
    return [
        r[0]
        for r in db.execute(
            f"SELECT rowid FROM {_INDEX} WHERE {_INDEX} MATCH ? LIMIT ?", [query, limit]
        ).fetchall()
    ]


def _matches(db: Database, words: list[str], tokenize: str) -> list[int]:
    """Row ids holding every word: in a title first, then anywhere (notes, outcome …)."""
    query = fts_query(words, tokenize)
    titled = _rowids(db, f"title : ({query})", CANDIDATES)
    seen = set(titled)
    return titled + [r for r in _rowids(db, query, CANDIDATES) if r not in seen]


def _pieces(word: str, tokenize: str) -> list[str]:
    """Parts of `word` of which one survives any single typo: its two halves (or, for a short
    word, its first and last three letters); only the beginning for word-prefix indexes."""
    if tokenize != "trigram":
        return [_phrase(word[: max(SHORT, len(word) // 2)]) + "*"]
    if len(word) >= 2 * SHORT:
        half = len(word) // 2
        return [_phrase(word[:half]), _phrase(word[half:])]
    return list(dict.fromkeys([_phrase(word[:SHORT]), _phrase(word[-SHORT:])]))


def _near_names(db: Database, words: list[str], tokenize: str) -> list[int]:
    """Accounts and contacts whose name has a word within a typo or two of each query word."""
    longest = max(words, key=len)
    candidates = db.execute(
        f"SELECT rowid, title FROM {_INDEX} WHERE {_INDEX} MATCH ? LIMIT ?",
        [f"title : ({' OR '.join(_pieces(longest, tokenize))})", CANDIDATES],
    ).fetchall()
    found = []
    for rowid, title in candidates:
        if rowid % 4 > 1:  # content titles and touch-point titles are not names
            continue
        name_words = title.casefold().split()
        if all(
            any(edit_distance(w, n, allowed_edits(w)) <= allowed_edits(w) for n in name_words)
            for w in words
        ):
            found.append(rowid)
    return found


def _in(ids: list[int]) -> str:
    return ",".join("?" * len(ids))


def _ordered(hits: Iterable[SearchHit], ids: list[int]) -> list[SearchHit]:
    by_id = {h.id: h for h in hits}
    return [by_id[i] for i in ids if i in by_id]


def _companies(db: Database, ids: list[int]) -> list[SearchHit]:
    rows = db.execute(f"SELECT id, name, kind FROM companies WHERE id IN ({_in(ids)})", ids)
    hits = (SearchHit("company", r[0], r[1], CompanyKind(r[2]).label) for r in rows.fetchall())
    return _ordered(hits, ids)


def _contacts(db: Database, ids: list[int]) -> list[SearchHit]:
    rows = db.execute(
        "SELECT c.id, trim(c.first_name || ' ' || c.last_name), c.title, coalesce(co.name, '') "
        "FROM contacts c LEFT JOIN companies co ON co.id = c.company_id "
        f"WHERE c.id IN ({_in(ids)})",
        ids,
    ).fetchall()
    hits = (SearchHit("contact", r[0], r[1], " · ".join(p for p in r[2:] if p)) for r in rows)
    return _ordered(hits, ids)


def _content(db: Database, ids: list[int]) -> list[SearchHit]:
    rows = db.execute(f"SELECT id, title, kind FROM content_items WHERE id IN ({_in(ids)})", ids)
    hits = (SearchHit("content", r[0], r[1], ContentKind(r[2]).label) for r in rows.fetchall())
    return _ordered(hits, ids)


def _touchpoints(db: Database, ids: list[int]) -> list[SearchHit]:
    rows = db.execute(
        "SELECT t.id, t.title, t.channel, t.day, t.status, co.name, "
        "trim(coalesce(c.first_name || ' ' || c.last_name, '')) "
        "FROM touchpoints t JOIN companies co ON co.id = t.company_id "
        "LEFT JOIN contacts c ON c.id = t.contact_id "
        f"WHERE t.id IN ({_in(ids)})",
        ids,
    ).fetchall()
    hits = []
    for tp_id, title, channel, day, status, company, contact in rows:
        shown = title or f"{Channel(channel).label} · {contact or company}"
        detail = " · ".join([day, company, Status(status).label])
        hits.append(SearchHit("touchpoint", tp_id, shown, detail))
    return _ordered(hits, ids)


def search_everything(db: Database, text: str, limit: int = 20) -> list[SearchHit]:
    """Up to `limit` hits of each kind, grouped in the order of KINDS, best first in each.

    Accounts and contacts whose names begin with the text come first (name indexes), then
    records holding every word in a title, then in notes or outcomes; when names are still
    few, names within a typo or two of the words.
    """
    text = text.strip()
    if not text:
        return []
    tokenize = tokenizer(db)
    words = [w for w in text.casefold().split() if len(w) >= SHORT]
    by_kind: dict[int, list[int]] = {code: [] for code in range(len(KINDS))}
    if words:
        rowids = _matches(db, words, tokenize)
        names = sum(1 for r in rowids if r % 4 <= 1)
        if names < limit and len(max(words, key=len)) > SHORT:
            rowids += [r for r in _near_names(db, words, tokenize) if r not in set(rowids)]
        for rowid in rowids:
            by_kind[rowid % 4].append(rowid // 4)
    starts_companies = [h.id for h in quick_search.companies(db, text, limit)]
    starts_contacts = [h.id for h in quick_search.contacts(db, text, limit)]
    fetch = (_companies, _contacts, _content, _touchpoints)
    starts: tuple[list[int], ...] = (starts_companies, starts_contacts, [], [])
    hits: list[SearchHit] = []
    for code, read in enumerate(fetch):
        ids = list(dict.fromkeys(starts[code] + by_kind[code]))[:limit]
        if ids:
            hits += read(db, ids)
    return hits
