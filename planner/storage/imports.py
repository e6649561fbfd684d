"""Import batches: starting and finishing one, listing them, and undoing one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from sqlite_utils import Database

from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.imports import ImportBatch, UndoImportResult
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.domain.timing import Clock
from planner.storage.import_index import (
    DryWriter,
    MatchIndex,
    dry_run,
)
from planner.storage.import_pending import PendingWriter, pending_import
from planner.storage.import_writer import FIELDS, TABLES, BatchWriter, quoted
from planner.storage.rows import dt2s, s2dt
from planner.storage.touchpoints import TouchPointRepository, to_columns


def _batch(row: Any) -> ImportBatch:
    created = s2dt(row[1])
    assert created is not None
    return ImportBatch(
        id=row[0],
        created_at=created,
        source=row[2],
        format=row[3],
        target=row[4],
        new=row[5],
        updated=row[6],
        unchanged=row[7],
        invalid=row[8],
        undone_at=s2dt(row[9]),
    )


_BATCH_COLUMNS = (
    "id, created_at, source, format, target, new_count, updated_count, unchanged_count, "
    "invalid_count, undone_at"
)


_SCHEMAS = ("main", "temp")
_IMPORT_CACHE_KIB = (64 * 1024, 16 * 1024)


class ImportRepository:
    """Import batches: what matching needs to read, writing a batch, listing and undoing them."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._touchpoints = TouchPointRepository(db, clock)

    # What matching reads.

    @contextmanager
    def larger_cache(self) -> Iterator[None]:
        """A bigger page cache while an import runs, then the usual one again.

        A big import's one transaction outgrows SQLite's default 2 MB cache; every spill then
        writes pages to the WAL that the next rows change again. A bounded 64 MB cache (and
        16 MB for the temporary index tables) keeps those pages in memory instead.
        """
        before = [self._db.execute(f"PRAGMA {s}.cache_size").fetchone()[0] for s in _SCHEMAS]
        for schema, size in zip(_SCHEMAS, _IMPORT_CACHE_KIB, strict=True):
            self._db.execute(f"PRAGMA {schema}.cache_size = -{size}")
        try:
            yield
        finally:
            for schema, size in zip(_SCHEMAS, before, strict=True):
                self._db.execute(f"PRAGMA {schema}.cache_size = {int(size)}")

    def match_index(self) -> MatchIndex:
        """The lookups matching needs, built afresh inside the caller's transaction."""
        return MatchIndex(self._db)

    def pending(
        self, writer: BatchWriter
    ) -> AbstractContextManager[tuple[MatchIndex, PendingWriter]]:
        """The lookups and the held-back writer of a committing import (see `pending_import`)."""
        return pending_import(self._db, writer)

    def dry_run(self) -> AbstractContextManager[tuple[MatchIndex, DryWriter]]:
        """The lookups and a writer that writes nothing, for a preview (see `dry_run`)."""
        return dry_run(self._db)

    def touchpoint_values(self) -> list[dict[str, Any]]:
        """Every touch-point as {"id", columns…}."""
        return [to_columns(tp) for tp in self._touchpoints.all()]

    def content_titles(self) -> list[tuple[int, str]]:
        """(id, title) of every content item."""
        rows = self._db.execute("SELECT id, title FROM content_items ORDER BY id").fetchall()
        return [(int(i), str(t)) for i, t in rows]

    # Writing a batch.

    def begin(self, source: str, format: str, target: str) -> BatchWriter:
        """Start recording a batch; the caller holds the transaction and calls `finish`."""
        cursor = self._db.execute(
            "INSERT INTO import_batches (created_at, source, format, target) VALUES (?, ?, ?, ?)",
            [dt2s(self._clock.now()), source, format, target],
        )
        return BatchWriter(
            self._db, int(cursor.lastrowid or 0), self._clock.today(), self._touchpoints
        )

    def finish(
        self, writer: BatchWriter, new: int, updated: int, unchanged: int, invalid: int
    ) -> ImportBatch:
        writer.flush()
        self._db.execute(
            "UPDATE import_batches SET new_count = ?, updated_count = ?, unchanged_count = ?, "
            "invalid_count = ? WHERE id = ?",
            [new, updated, unchanged, invalid, writer.batch_id],
        )
        return self.get(writer.batch_id)

    # Listing and undoing.

    def get(self, batch_id: int) -> ImportBatch:
        row = self._db.execute(
            f"SELECT {_BATCH_COLUMNS} FROM import_batches WHERE id = ?", [batch_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no import number {number}.").format(
                    number=batch_id
                )
            )
        return _batch(row)

    def all(self) -> list[ImportBatch]:
        """Every import, newest first."""
        rows = self._db.execute(f"SELECT {_BATCH_COLUMNS} FROM import_batches ORDER BY id DESC")
        return [_batch(r) for r in rows.fetchall()]

    def last_undoable(self) -> ImportBatch | None:
        row = self._db.execute(
            f"SELECT {_BATCH_COLUMNS} FROM import_batches WHERE undone_at IS NULL "
            "ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return None if row is None else _batch(row)

    def _current(self, entity: str, entity_id: int, name: str) -> tuple[bool, Any]:
        if entity == "company" and name == "competitors":
            if not self._exists("companies", entity_id):
                return False, None
            rows = self._db.execute(
                "SELECT name, supplies, contract_end FROM competitors WHERE company_id = ? "
                "ORDER BY position, id",
                [entity_id],
            ).fetchall()
            return True, [{"name": n, "supplies": s, "contract_end": e} for n, s, e in rows]
        row = self._db.execute(
            f"SELECT {quoted(name)} FROM {TABLES[entity]} WHERE id = ?", [entity_id]
        ).fetchone()
        return (False, None) if row is None else (True, row[0])

    def _exists(self, table: str, row_id: int) -> bool:
        return bool(self._db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone())

    def _references(self, table: str) -> list[tuple[str, str]]:
        """(table, column) pairs whose foreign keys point at `table`."""
        found = []
        for (name,) in self._db.execute(
            # Touch facts follow their rows by trigger; they are no reference of their own.
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%touch_facts'"
        ).fetchall():
            for fk in self._db.execute(f"PRAGMA foreign_key_list({quoted(name)})").fetchall():
                if fk[2] == table:
                    found.append((str(name), str(fk[3])))
        return found

    def _referenced(self, refs: list[tuple[str, str]], row_id: int, skip: set[str]) -> list[str]:
        return [
            table
            for table, column in refs
            if table not in skip
            and self._db.execute(
                f"SELECT 1 FROM {quoted(table)} WHERE {quoted(column)} = ? LIMIT 1", [row_id]
            ).fetchone()
        ]

    def undo(self, batch_id: int) -> UndoImportResult:
        """Take an import back as one transaction, sparing whatever changed since.

        Fields it set go back to their old values only where they still hold the imported
        value; records it created are deleted only while nothing else refers to them (a
        touch-point logged with an imported contact keeps that contact).
        """
        with self._db.atomic():
            batch = self.get(batch_id)
            if batch.is_undone:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Import {number} has already been undone.").format(
                        number=batch_id
                    )
                )
            log = self._db.execute(
                "SELECT entity, entity_id, action, field, old_value, new_value "
                "FROM import_changes WHERE batch_id = ? ORDER BY id DESC",
                [batch_id],
            ).fetchall()
            restored = 0
            kept: list[str] = []
            # Restored together, so one touch-point's revision rises once.
            touch_restores: dict[int, dict[str, Any]] = {}
            for entity, entity_id, action, name, old_json, new_json in log:
                if action != "updated" or name not in FIELDS.get(entity, ()):
                    continue
                exists, current = self._current(entity, entity_id, name)
                if not exists:
                    continue
                new = None if new_json is None else json.loads(new_json)
                old = None if old_json is None else json.loads(old_json)
                if current != new:
                    kept.append(f"{entity} {entity_id}: {name} was changed after the import")
                    continue
                if entity == "company" and name == "competitors":
                    BatchWriter(self._db, batch_id, self._clock.today())._write_competitors(
                        entity_id, old or []
                    )
                elif entity == "touchpoint":
                    touch_restores.setdefault(entity_id, {})[name] = old
                else:
                    self._db.execute(
                        f"UPDATE {TABLES[entity]} SET {quoted(name)} = ? WHERE id = ?",
                        [old, entity_id],
                    )
                    if entity == "contact" and name == "title":
                        self._db.execute(
                            "UPDATE employments SET title = ? "
                            'WHERE contact_id = ? AND "end" IS NULL AND title = ?',
                            [old, entity_id, new],
                        )
                restored += 1
            for touchpoint_id, old_values in touch_restores.items():
                self._touchpoints.set_columns(touchpoint_id, old_values)
            created = {
                kind: [row[1] for row in log if row[0] == kind and row[2] == "created"]
                for kind in TABLES
            }
            deleted_touchpoints = self._delete_touchpoints(
                [(row[1], row[5]) for row in log if row[0] == "touchpoint" and row[2] == "created"],
                kept,
            )
            for job_id in created["employment"]:
                self._db.execute("DELETE FROM employments WHERE id = ?", [job_id])
            deleted_contacts = self._delete_unreferenced(
                "contact", created["contact"], kept, skip=set()
            )
            deleted_companies = self._delete_unreferenced(
                "company", created["company"], kept, skip={"competitors"}
            )
            self._db.execute(
                "UPDATE import_batches SET undone_at = ? WHERE id = ?",
                [dt2s(self._clock.now()), batch_id],
            )
        return UndoImportResult(
            batch_id,
            deleted_companies,
            deleted_contacts,
            restored,
            tuple(kept),
            deleted_touchpoints=deleted_touchpoints,
        )

    def _delete_touchpoints(self, created: list[tuple[int, str | None]], kept: list[str]) -> int:
        """Delete the touch-points a batch created, sparing those edited or used since."""
        refs = self._references("touchpoints")
        deleted = 0
        for touchpoint_id, revision_json in created:
            row = self._db.execute(
                "SELECT revision FROM touchpoints WHERE id = ?", [touchpoint_id]
            ).fetchone()
            if row is None:
                continue
            if revision_json is not None and row[0] != json.loads(revision_json):
                kept.append(f"touchpoint {touchpoint_id} kept: it was edited after the import")
                continue
            users = self._referenced(refs, touchpoint_id, set())
            if users:
                kept.append(
                    f"touchpoint {touchpoint_id} kept: it now has {', '.join(sorted(set(users)))}"
                )
                continue
            self._touchpoints.delete(touchpoint_id)
            deleted += 1
        return deleted

    def _delete_unreferenced(
        self, entity: str, ids: list[int], kept: list[str], skip: set[str]
    ) -> int:
        table = TABLES[entity]
        refs = self._references(table)
        deleted = 0
        for row_id in ids:
            if not self._exists(table, row_id):
                continue
            users = self._referenced(refs, row_id, skip)
            if users:
                kept.append(f"{entity} {row_id} kept: it now has {', '.join(sorted(set(users)))}")
                continue
            self._db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])
            deleted += 1
        return deleted
