"""Import batches: starting and finishing one, listing them, and undoing one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from planner.domain.errors import NotFoundError
from planner.domain.imports import ImportBatch, UndoImportResult
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.domain.timing import Clock
from planner.storage.db import Database
from planner.storage.import_index import (
    DryWriter,
    MatchIndex,
    dry_run,
)
from planner.storage.import_pending import PendingWriter, pending_import
from planner.storage.import_undo import ImportUndo
from planner.storage.import_writer import BatchWriter
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

    def undo(self, batch_id: int) -> UndoImportResult:
        """Take an import back as one transaction, sparing whatever changed since.

        Fields it set go back to their old values only where they still hold the imported
        value; records it created are deleted only while nothing else refers to them (a
        touch-point logged with an imported contact keeps that contact).
        """
        with self._db.atomic():
            batch = self.get(batch_id)
            return ImportUndo(self._db, self._clock, self._touchpoints).run(
                batch_id, undone=batch.is_undone
            )
