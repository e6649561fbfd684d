"""A committing import's records held back until every row is matched, then written in bulk.

Two rows of a file may fill one record (two cards for one person), so writing each row as it
is matched would insert a record and then update it, firing the search-index and touch-fact
triggers twice. Instead a committing import matches exactly as a preview does: the accounts
and contacts it creates, and the changes it makes to records already in the plan, are kept as
shadows in the index's temporary tables (memory does not grow with the file). `write` then
inserts each new record once, at its final values, with executemany and the ids known; for a
big import with the per-row insert triggers set aside (`bulk_inserts`). The queued changes to
existing records follow, so they may point at the new accounts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, nullcontext
from itertools import groupby
from typing import Any

from planner.storage.bulk_inserts import bulk_inserts
from planner.storage.db import Database
from planner.storage.import_index import DryWriter, MatchIndex
from planner.storage.import_writer import (
    COMPANY_FIELDS,
    CONTACT_FIELDS,
    BatchWriter,
    insert_competitors,
)
from planner.storage.rows import d2s

BULK_FROM = 200
"""New records from which the insert triggers' work is done once, set-based, at the end.

Below it the triggers fire per row: setting them aside and re-creating them costs more than
it saves for a handful of records.
"""
_CHUNK = 500
"""Shadows read per step while writing: a big import is never held whole in memory."""

_TABLES = (
    "CREATE TEMP TABLE import_updates (seq INTEGER PRIMARY KEY, entity TEXT NOT NULL, "
    "id INTEGER NOT NULL, changes TEXT NOT NULL, log INTEGER NOT NULL)",
    "CREATE TEMP TABLE import_new_jobs (seq INTEGER PRIMARY KEY, contact_id INTEGER NOT NULL, "
    'company_id INTEGER NOT NULL, title TEXT NOT NULL, start TEXT, "end" TEXT)',
    "CREATE INDEX temp.import_new_jobs_by_contact ON import_new_jobs (contact_id)",
)
_DROP = ("import_updates", "import_new_jobs")


class PendingWriter(DryWriter):
    """The batch writer of a committing import: shadows while matching, then `write`.

    New records take the ids SQLite would give them (the plan's largest plus one, in order),
    so the preview, which shadows the same way, shows the same records and ids.
    """

    def __init__(self, db: Database, index: MatchIndex, batch: BatchWriter) -> None:
        super().__init__(index)
        self._db = db
        self._batch = batch
        _drop(db)
        for statement in _TABLES:
            db.execute(statement)

    def _queue(self, entity: str, record_id: int, changes: Mapping[str, Any], log: bool) -> None:
        self._db.execute(
            "INSERT INTO temp.import_updates (entity, id, changes, log) VALUES (?, ?, ?, ?)",
            [entity, record_id, json.dumps({n: list(c) for n, c in changes.items()}), int(log)],
        )

    def update_company(
        self, company_id: int, changes: Mapping[str, tuple[Any, Any]], *, log: bool = True
    ) -> None:
        """Shadow the changes; an account already in the plan gets them written later too."""
        super().update_company(company_id, changes, log=log)
        if not self._index.company_created(company_id):
            self._queue("company", company_id, changes, log)

    def create_contact(self, values: Mapping[str, Any]) -> int:
        """A new contact (shadowed); with an account, their current job there as well."""
        contact_id = super().create_contact(values)
        if values.get("company_id") is not None:
            self._add_job(contact_id, int(values["company_id"]), str(values.get("title", "")))
        return contact_id

    def _add_job(
        self, contact_id: int, company_id: int, title: str, start: str | None = None
    ) -> None:
        self._db.execute(
            "INSERT INTO temp.import_new_jobs (contact_id, company_id, title, start) "
            "VALUES (?, ?, ?, ?)",
            [contact_id, company_id, title, start],
        )

    def update_contact(
        self, contact_id: int, changes: Mapping[str, tuple[Any, Any]], *, log: bool = True
    ) -> None:
        """Shadow the changes; a new contact's jobs follow them as `BatchWriter` does."""
        if not self._index.contact_created(contact_id):
            super().update_contact(contact_id, changes, log=log)
            self._queue("contact", contact_id, changes, log)
            return
        current = self._index.contact_values(contact_id)
        company_id, title = current["company_id"], current.get("title") or ""
        super().update_contact(contact_id, changes, log=log)
        title = changes["title"][1] if "title" in changes else title
        if "company_id" in changes:
            company_id = changes["company_id"][1]
            moving = changes["company_id"][0] is not None
            today = d2s(self._batch.today)
            if moving:
                self._db.execute(
                    'UPDATE temp.import_new_jobs SET "end" = ? '
                    'WHERE contact_id = ? AND "end" IS NULL',
                    [today, contact_id],
                )
            self._add_job(contact_id, company_id, title, today if moving else None)
        elif "title" in changes:
            self._db.execute(
                "UPDATE temp.import_new_jobs SET title = ? WHERE contact_id = ? "
                'AND "end" IS NULL AND company_id IS ? AND title != ?',
                [title, contact_id, company_id, title],
            )

    def create_touchpoint(self, values: Mapping[str, Any]) -> int:
        """Touch-points are written after the records they point at (see `Matcher.finish`)."""
        return self._batch.create_touchpoint(values)

    def update_touchpoint(self, touchpoint_id: int, changes: Mapping[str, tuple[Any, Any]]) -> None:
        """A touch-point's changes, written at once (their rows are matched in memory)."""
        self._batch.update_touchpoint(touchpoint_id, dict(changes))

    def finish_records(self) -> None:
        """Write the new accounts, contacts and jobs, then the queued changes."""
        index = self._index
        new = (self._last_company - index.last_company_before) + (
            self._last_contact - index.last_contact_before
        )
        tables = ("companies", "competitors", "contacts", "employments")
        with bulk_inserts(self._db, tables) if new >= BULK_FROM else nullcontext():
            self._insert_new("company", index.last_company_before, COMPANY_FIELDS)
            self._insert_new("contact", index.last_contact_before, CONTACT_FIELDS)
            self._insert_jobs()
        self._apply_updates()
        _drop(self._db)

    def _shadows(self, entity: str, after: int) -> Iterator[list[tuple[int, dict[str, Any]]]]:
        last = after
        while True:
            rows = self._db.execute(
                "SELECT id, data FROM temp.import_shadows WHERE entity = ? AND id > ? "
                "ORDER BY id LIMIT ?",
                [entity, last, _CHUNK],
            ).fetchall()
            if not rows:
                return
            last = int(rows[-1][0])
            yield [(int(i), json.loads(data)) for i, data in rows]

    def _insert_new(self, entity: str, after: int, fields: tuple[str, ...]) -> None:
        """Insert the shadows of new records, one executemany per set of columns given."""
        table = "companies" if entity == "company" else "contacts"
        for chunk in self._shadows(entity, after):
            # A column left empty (None) takes the table's default, as an INSERT naming
            # only the given columns does.
            rows = [
                (record_id, tuple(f for f in fields if values.get(f) is not None), values)
                for record_id, values in chunk
            ]
            rows.sort(key=lambda row: row[1])
            for columns, group in groupby(rows, key=lambda row: row[1]):
                names = ", ".join(("id", *(f'"{c}"' for c in columns)))
                marks = ", ".join("?" * (len(columns) + 1))
                self._db.conn.executemany(
                    f"INSERT INTO {table} ({names}) VALUES ({marks})",
                    [(record_id, *(v[c] for c in columns)) for record_id, _c, v in group],
                )
            if entity == "company":
                insert_competitors(
                    self._db,
                    [(record_id, values.get("competitors") or []) for record_id, values in chunk],
                )
            for record_id, _values in chunk:
                self._batch.log_created(entity, record_id)

    def _insert_jobs(self) -> None:
        (last,) = self._db.execute("SELECT coalesce(max(id), 0) FROM employments").fetchone()
        last = int(last)
        seq = 0
        while True:
            rows = self._db.execute(
                'SELECT seq, contact_id, company_id, title, start, "end" '
                "FROM temp.import_new_jobs WHERE seq > ? ORDER BY seq LIMIT ?",
                [seq, _CHUNK],
            ).fetchall()
            if not rows:
                return
            seq = int(rows[-1][0])
            jobs = [(last + i + 1, *row[1:]) for i, row in enumerate(rows)]
            last += len(jobs)
            self._db.conn.executemany(
                'INSERT INTO employments (id, contact_id, company_id, title, start, "end") '
                "VALUES (?, ?, ?, ?, ?, ?)",
                jobs,
            )
            for job in jobs:
                self._batch.log_created("employment", job[0])

    def _apply_updates(self) -> None:
        """The changes to records already in the plan, in the order the rows made them."""
        seq = 0
        while True:
            rows = self._db.execute(
                "SELECT seq, entity, id, changes, log FROM temp.import_updates WHERE seq > ? "
                "ORDER BY seq LIMIT ?",
                [seq, _CHUNK],
            ).fetchall()
            if not rows:
                return
            seq = int(rows[-1][0])
            for _seq, entity, record_id, changes_json, log in rows:
                changes = {n: (old, new) for n, (old, new) in json.loads(changes_json).items()}
                if entity == "company":
                    self._batch.update_company(int(record_id), changes, log=bool(log))
                else:
                    self._batch.update_contact(int(record_id), changes, log=bool(log))


def _drop(db: Database) -> None:
    for table in _DROP:
        db.execute(f"DROP TABLE IF EXISTS temp.{table}")


@contextmanager
def pending_import(db: Database, batch: BatchWriter) -> Iterator[tuple[MatchIndex, PendingWriter]]:
    """The index and writer of a committing import, inside the caller's transaction.

    The caller matches every row and calls the writer's `finish_records`; the temporary
    tables are dropped afterwards whatever happened.
    """
    index = MatchIndex(db, shadowed=True)
    try:
        yield index, PendingWriter(db, index, batch)
    finally:
        _drop(db)
        index.close()
