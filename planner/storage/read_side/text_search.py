"""Text matching through the FTS5 indexes over accounts and contacts, words in any order."""

from __future__ import annotations

from planner.storage.db import Database
from planner.storage.rows import like_pattern

# Columns the indexes cover, for words too short for trigrams (matched by a plain scan).
INDEXED = {
    "companies": ("name", "industry", "website"),
    "contacts": ("first_name", "last_name", "title", "email", "phone"),
}


def tokenizer(db: Database, table: str) -> str:
    """The tokenizer of `table`'s search index: "trigram" or "unicode61"."""
    row = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [f"{table}_fts"]).fetchone()
    return "trigram" if row is not None and "trigram" in row[0] else "unicode61"


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def word_match(db: Database, table: str, id_sql: str, word: str) -> tuple[str, list[object]]:
    """A condition true when `word` occurs in one of `table`'s indexed columns.

    `id_sql` is the id of the row tested. Trigram indexes find any part of a word of three
    letters or more; shorter words are matched by scanning the columns (LIKE), and the unicode61
    fallback matches word beginnings.
    """
    fts = f"{table}_fts"
    if tokenizer(db, table) == "trigram":
        if len(word) >= 3:
            return f"{id_sql} IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)", [_phrase(word)]
        # LIKE runs in C (ASCII case folding), far faster than a Python casefold per row.
        pattern = like_pattern(word)
        likes = " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in INDEXED[table])
        return (
            f"{id_sql} IN (SELECT id FROM {table} WHERE {likes})",
            [pattern] * len(INDEXED[table]),
        )
    return f"{id_sql} IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)", [_phrase(word) + "*"]


def fts_query(words: list[str], tokenize: str) -> str:
    """An FTS5 query holding every word: as parts of words (trigram) or word beginnings."""
    suffix = "*" if tokenize != "trigram" else ""
    return " AND ".join(_phrase(word) + suffix for word in words)
