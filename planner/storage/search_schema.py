"""The search indexes (FTS5) and the book's row counts, as installed by m007 and m011.

This text is part of shipped migrations: never change it in place; a later change to the
indexes is a new migration of its own.
"""

from __future__ import annotations

import re

from planner.storage.db import Executor


def _run(db: Executor, *statements: str) -> None:
    for statement in statements:
        db.execute(statement)


def trigram_available(db: Executor) -> bool:
    """Whether this SQLite has FTS5's trigram tokenizer (3.34 and later)."""
    try:
        db.execute("CREATE VIRTUAL TABLE temp.trigram_probe USING fts5(x, tokenize='trigram')")
    except Exception:  # sqlite3.OperationalError: no such tokenizer
        return False
    db.execute("DROP TABLE temp.trigram_probe")
    return True


def search_index(db: Executor, table: str, columns: tuple[str, ...], tokenize: str) -> None:
    """An FTS5 index over `columns` of `table`, kept current by triggers, filled now."""
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    fts = f"{table}_fts"
    _run(
        db,
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
        f"content_rowid='id', tokenize='{tokenize}')",
        f"""CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN
            INSERT INTO {fts} (rowid, {cols}) VALUES (new.id, {new});
        END""",
        f"""CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN
            INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});
        END""",
        f"""CREATE TRIGGER {fts}_update AFTER UPDATE OF {cols} ON {table} BEGIN
            INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});
            INSERT INTO {fts} (rowid, {cols}) VALUES (new.id, {new});
        END""",
        f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')",
    )


def counted(db: Executor, table: str) -> None:
    """Keep `table`'s row count in book_counts, so no screen counts a million rows."""
    _run(
        db,
        f"INSERT INTO book_counts (name, n) SELECT '{table}', count(*) FROM {table}",
        f"""CREATE TRIGGER book_counts_{table}_insert AFTER INSERT ON {table} BEGIN
            UPDATE book_counts SET n = n + 1 WHERE name = '{table}';
        END""",
        f"""CREATE TRIGGER book_counts_{table}_delete AFTER DELETE ON {table} BEGIN
            UPDATE book_counts SET n = n - 1 WHERE name = '{table}';
        END""",
    )


# What each kind of record puts into the search_everything index (rowid = id * 4 + kind code).
EVERYTHING = {
    "companies": (0, "{r}.name", "{r}.industry || ' ' || {r}.website || ' ' || {r}.notes"),
    "contacts": (
        1,
        "trim({r}.first_name || ' ' || {r}.last_name)",
        "{r}.title || ' ' || {r}.email || ' ' || {r}.phone || ' ' || {r}.notes",
    ),
    "content_items": (2, "{r}.title", "{r}.topics || ' ' || {r}.notes"),  # topics: a JSON list
    "touchpoints": (3, "{r}.title", "{r}.notes || ' ' || {r}.outcome || ' ' || {r}.reason"),
}


def _columns(expression: str) -> list[str]:
    """The columns an EVERYTHING expression reads, in order."""
    return list(dict.fromkeys(re.findall(r"\{r\}\.(\w+)", expression)))


def search_everything(db: Executor) -> None:
    """The search_everything index over every kind of record, its triggers, filled now."""
    tokenize = "trigram" if trigram_available(db) else "unicode61"
    _run(
        db, f"CREATE VIRTUAL TABLE search_everything USING fts5(title, body, tokenize='{tokenize}')"
    )
    for table, (code, title, body) in EVERYTHING.items():
        new_row = f"new.id * 4 + {code}, {title.format(r='new')}, {body.format(r='new')}"
        _run(
            db,
            f"""CREATE TRIGGER search_everything_{table}_insert AFTER INSERT ON {table} BEGIN
                INSERT INTO search_everything (rowid, title, body) VALUES ({new_row});
            END""",
            f"""CREATE TRIGGER search_everything_{table}_delete AFTER DELETE ON {table} BEGIN
                DELETE FROM search_everything WHERE rowid = old.id * 4 + {code};
            END""",
            # Only edits of the indexed text re-index (a drag to another day does not).
            f"""CREATE TRIGGER search_everything_{table}_update
                AFTER UPDATE OF {", ".join(_columns(title + body))} ON {table} BEGIN
                DELETE FROM search_everything WHERE rowid = old.id * 4 + {code};
                INSERT INTO search_everything (rowid, title, body) VALUES ({new_row});
            END""",
            f"INSERT INTO search_everything (rowid, title, body) SELECT "
            f"id * 4 + {code}, {title.format(r=table)}, {body.format(r=table)} FROM {table}",
        )
