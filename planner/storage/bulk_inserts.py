"""Many new rows at once: the per-row insert triggers set aside, their work done set-based after.

Every insert into touchpoints fires triggers that keep the touch facts, the calendar outbox, the
book's counts and the search indexes current. For a few rows that is what keeps them exact
whatever the path; for a million (the demo's stress book) the per-row work is most of the time.
Inside `bulk_inserts` the insert triggers this module knows how to catch up are dropped, and at
the end their work is done once over the new rows in set-based SQL and the triggers are
re-created from their own stored text. All of it happens in one savepoint of the caller's
transaction: DDL is transactional in SQLite, so an error, a rollback or a killed process leaves
the file with its triggers (and without the rows). Triggers it does not know keep firing.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from typing import Any

from planner.storage import fts_bulk
from planner.storage.db import Database
from planner.storage.touch_facts_bulk import refresh_after_inserts
from planner.storage.touch_facts_schema import TRIGGERS as TOUCH_FACT_TRIGGERS

# A bigger page cache while the rows go in: one transaction of a million rows outgrows the
# default 2 MB, and every spill writes pages to the WAL that the next rows change again.
_CACHE_KIB = 128 * 1024

# A trigger whose whole body is one INSERT ... VALUES (expressions of new.*): the search
# indexes. Its work for many rows is the same INSERT ... SELECT over the new rows, as `new`.
_ONE_INSERT = re.compile(
    r"CREATE TRIGGER \w+ AFTER INSERT ON (\w+) BEGIN\s*"
    r"(INSERT INTO \w+ \([\w, ]+\)) VALUES \(([^;]*)\);\s*END",
    re.DOTALL,
)
# The book's row counts: n = n + 1 per row.
_COUNT = re.compile(
    r"CREATE TRIGGER \w+ AFTER INSERT ON (\w+) BEGIN\s*"
    r"UPDATE book_counts SET n = n \+ 1 WHERE name = '(\w+)';\s*END",
    re.DOTALL,
)
_TOUCH_FACTS = {
    sql.split()[2]: sql
    for sql in TOUCH_FACT_TRIGGERS
    if sql.split()[2] in ("touch_facts_tp_insert", "touch_facts_send_insert")
}

CatchUp = Callable[[Database, dict[str, int]], None]


@dataclass(frozen=True)
class _OneInsert:
    """A one-INSERT trigger's work over all new rows of `table` (a search index's)."""

    table: str
    insert: str
    values: str

    @property
    def target(self) -> str:
        """The table the trigger inserts into."""
        return self.insert.split()[2]

    def __call__(self, db: Database, before: dict[str, int]) -> None:
        db.execute(
            f"{self.insert} SELECT {self.values} FROM {self.table} AS new "
            "WHERE new.id > ? ORDER BY new.id",
            [before[self.table]],
        )


def _bulk_loaded(db: Database, catch_ups: list[CatchUp], before: dict[str, int]) -> list[str]:
    """The search indexes that get at least as many new rows as they hold: loaded in bulk."""
    new: dict[str, int] = {}
    for catch_up in catch_ups:
        if isinstance(catch_up, _OneInsert) and fts_bulk.is_fts5(db, catch_up.target):
            (n,) = db.execute(
                f"SELECT count(*) FROM {catch_up.table} WHERE id > ?", [before[catch_up.table]]
            ).fetchone()
            new[catch_up.target] = new.get(catch_up.target, 0) + int(n)
    return [t for t, n in new.items() if n and n >= fts_bulk.indexed_rows(db, t)]


def _count(table: str, name: str) -> CatchUp:
    def catch_up(db: Database, before: dict[str, int]) -> None:
        db.execute(
            "UPDATE book_counts SET n = n + (SELECT count(*) FROM "
            f"{table} WHERE id > ?) WHERE name = ?",
            [before[table], name],
        )

    return catch_up


def _touch_facts(db: Database, before: dict[str, int]) -> None:
    refresh_after_inserts(db, before.get("touchpoints"), before.get("content_sends"))


def _calendar_outbox(db: Database, before: dict[str, int]) -> None:
    # The trigger gives each new touch-point, in id order, the next change number (and moves an
    # entry left behind under a reused id on to it): the same numbers in one statement.
    (last,) = db.execute("SELECT coalesce(max(change), 0) FROM calendar_outbox").fetchone()
    db.execute(
        "INSERT INTO calendar_outbox (touchpoint_id, change) "
        "SELECT id, ? + row_number() OVER (ORDER BY id) FROM touchpoints WHERE id > ? "
        "ORDER BY id ON CONFLICT (touchpoint_id) DO UPDATE SET change = excluded.change",
        [last, before["touchpoints"]],
    )


_OUTBOX_BODY = re.compile(
    r"CREATE TRIGGER calendar_outbox_insert AFTER INSERT ON touchpoints BEGIN\s*"
    r"UPDATE calendar_outbox SET change = \(SELECT coalesce\(max\(change\), 0\) \+ 1 FROM "
    r"calendar_outbox\) WHERE touchpoint_id = NEW\.id; INSERT INTO calendar_outbox "
    r"\(touchpoint_id, change\) SELECT NEW\.id, \(SELECT coalesce\(max\(change\), 0\) \+ 1 "
    r"FROM calendar_outbox\) WHERE NOT EXISTS \(SELECT 1 FROM calendar_outbox WHERE "
    r"touchpoint_id = NEW\.id\);\s*END",
    re.DOTALL,
)


def _catch_up_for(name: str, sql: str) -> CatchUp | None:
    """How to do trigger `name`'s work for many rows at once; None when it is not known."""
    if _TOUCH_FACTS.get(name) == sql:
        return _touch_facts
    if _OUTBOX_BODY.fullmatch(sql):
        return _calendar_outbox
    if m := _COUNT.fullmatch(sql):
        return _count(m[1], m[2])
    if m := _ONE_INSERT.fullmatch(sql):
        return _OneInsert(m[1], m[2], m[3])
    return None


def _max_id(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])


def _plain_indexes(
    db: Database, tables: Sequence[str], unique: bool = False
) -> list[tuple[str, str]]:
    """The indexes of `tables` that only speed reads up: not unique (unless `unique`), not made
    by SQLite (those of a table's own constraints)."""
    return [
        (name, sql)
        for name, sql in _schema_objects(db, "index", tables)
        if unique or not re.match(r"CREATE\s+UNIQUE", sql, re.I)
    ]


def _schema_objects(db: Database, kind: str, tables: Sequence[str]) -> list[tuple[str, str]]:
    """Name and SQL of the `kind` objects (index, trigger) on `tables`; none SQLite made."""
    marks = ", ".join("?" * len(tables))
    rows = db.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY name",
        [kind, *tables],
    ).fetchall()
    return [(str(name), str(sql)) for name, sql in rows]


def insert_rows(
    db: Database,
    table: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    constants: Mapping[str, Any] | None = None,
) -> int:
    """Insert `rows` (values in `columns` order, as stored) into `table`; returns how many.

    `constants` are columns with one value for every row, bound once instead of per row. For
    callers that make stored values themselves (the demo's million touch-points), skipping
    domain values and their conversion; nothing is validated here.
    """
    fixed = dict(constants or {})
    literals = [db.execute("SELECT quote(?)", [v]).fetchone()[0] for v in fixed.values()]
    count = 0

    def counted() -> Iterator[Sequence[Any]]:
        nonlocal count
        for row in rows:
            count += 1
            yield row

    with db.atomic():
        db.conn.executemany(
            f"INSERT INTO {table} ({', '.join([*columns, *fixed])}) "
            f"VALUES ({', '.join(['?'] * len(columns) + literals)})",
            counted(),
        )
    return count


@contextmanager
def bulk_inserts(
    db: Database,
    tables: Sequence[str],
    *,
    indexes_after: bool = False,
    unique_after: bool = False,
) -> Iterator[None]:
    """Insert many rows into `tables` with the insert triggers' work done once at the end.

    Inside, the caller only inserts new rows (ids chosen by SQLite) into `tables`; updates and
    deletes, and inserts into other tables, fire their triggers as always. Must run inside the
    caller's transaction; on an error the rows and the set-aside triggers are rolled back.

    With `indexes_after`, the tables' plain (not unique) indexes are dropped too and built
    again, sorted, at the end: for a million rows that is three times quicker than keeping
    them in step row by row. Only for callers that read none of these tables inside.
    With `unique_after` too, the unique indexes go the same way: a duplicate then fails the
    whole insert when they are built again (rolled back) instead of at its row; only for
    callers that write no conflicting values and rely on no conflict clause inside.
    """
    if not db.conn.in_transaction:
        raise RuntimeError("bulk_inserts runs inside the caller's transaction")
    with db.atomic():
        before = {table: _max_id(db, table) for table in tables}
        set_aside: list[tuple[str, str]] = []
        catch_ups: list[CatchUp] = []
        for name, sql in _schema_objects(db, "trigger", tables):
            catch_up = _catch_up_for(name, sql)
            if catch_up is None:
                continue
            set_aside.append((name, sql))
            if catch_up is not _touch_facts or _touch_facts not in catch_ups:
                catch_ups.append(catch_up)
        indexes = _plain_indexes(db, tables, unique_after) if indexes_after else []
        (cache,) = db.execute("PRAGMA cache_size").fetchone()
        db.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        try:
            for name, _sql in set_aside:
                db.execute(f"DROP TRIGGER {name}")
            for name, _sql in indexes:
                db.execute(f"DROP INDEX {name}")
            yield
            # The catch-ups read the new rows by these indexes: they come back first.
            for _name, sql in indexes:
                db.execute(sql)
            with ExitStack() as loads:
                for index in _bulk_loaded(db, catch_ups, before):
                    loads.enter_context(fts_bulk.loading(db, index))
                for catch_up in catch_ups:
                    catch_up(db, before)
            for _name, sql in set_aside:
                db.execute(sql)
        finally:
            db.execute(f"PRAGMA cache_size = {int(cache)}")


@contextmanager
def whole_book_writes(db: Database) -> Iterator[None]:
    """The connection set for writing a whole book into an empty file, and set back after.

    For a writer whose every id is one the store just gave it (the demo generator): checking
    each row's account, contact and content against their tables costs the stress book
    seconds, so foreign keys are not checked. And the book goes into the file itself under a
    rollback journal rather than through the write-ahead log, which would write its gigabyte
    twice (the log, then the checkpoint): pages the file did not have before are not
    journaled, and an error or a killed process still rolls the file back to empty. Both
    switch only between transactions (inside a caller's, nothing changes); WAL is left as it
    is when another connection holds the file.
    """
    conn = db.conn
    (keys,) = conn.execute("PRAGMA foreign_keys").fetchone()
    (mode,) = conn.execute("PRAGMA journal_mode").fetchone()
    conn.execute("PRAGMA foreign_keys = OFF")
    if mode == "wal" and not conn.in_transaction:
        with suppress(sqlite3.OperationalError):
            conn.execute("PRAGMA journal_mode = DELETE")
    try:
        yield
    finally:
        if mode == "wal":
            # Should this fail, the next open of the file sets WAL again.
            with suppress(sqlite3.OperationalError):
                conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA foreign_keys = {int(keys)}")
