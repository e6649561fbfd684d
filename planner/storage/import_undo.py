"""Taking an import back: the fields it set restored, the records it created deleted set by set."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from planner.domain.errors import ValidationError
from planner.domain.imports import UndoImportResult
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.domain.timing import Clock
from planner.storage.db import Database
from planner.storage.import_writer import FIELDS, TABLES, BatchWriter, quoted
from planner.storage.rows import dt2s
from planner.storage.touchpoints import TouchPointRepository

# One log entry: entity, entity id, action, field, old value (JSON), new value (JSON).
LogRow = tuple[str, int, str, str | None, str | None, str | None]


def _ids(values: Iterable[int]) -> str:
    """A list of ids as one JSON parameter, read back with json_each: one statement for all."""
    return json.dumps(list(values))


_IN_IDS = "IN (SELECT value FROM json_each(?))"


def references(db: Database, table: str) -> list[tuple[str, str]]:
    """(table, column) pairs whose foreign keys point at `table`."""
    found = []
    for (name,) in db.execute(
        # Touch facts follow their rows by trigger; they are no reference of their own.
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%touch_facts'"
    ).fetchall():
        for fk in db.execute(f"PRAGMA foreign_key_list({quoted(name)})").fetchall():
            if fk[2] == table:
                found.append((str(name), str(fk[3])))
    return found


def _users(
    db: Database, refs: list[tuple[str, str]], ids: list[int], skip: set[str]
) -> dict[int, set[str]]:
    """For each of `ids` that some row still refers to, the tables those rows are in.

    One query per referring table over all the ids (each column is indexed), instead of one
    per record and table: undoing an import of 10,000 people asked 30,000 questions before.
    """
    found: dict[int, set[str]] = {}
    if not ids:
        return found
    param = _ids(ids)
    for table, column in refs:
        if table in skip:
            continue
        for (row_id,) in db.execute(
            f"SELECT DISTINCT {quoted(column)} FROM {quoted(table)} "
            f"WHERE {quoted(column)} {_IN_IDS}",
            [param],
        ).fetchall():
            found.setdefault(int(row_id), set()).add(table)
    return found


def _unused(ids: list[int], users: dict[int, set[str]], entity: str, kept: list[str]) -> list[int]:
    """The `ids` nothing refers to; each of the others is noted in `kept` with what still
    refers to it (the undo keeps it)."""
    gone = []
    for row_id in ids:
        if row_id in users:
            things = ", ".join(sorted(users[row_id]))
            kept.append(f"{entity} {row_id} kept: it now has {things}")
        else:
            gone.append(row_id)
    return gone


def _existing(db: Database, table: str, ids: list[int]) -> set[int]:
    if not ids:
        return set()
    rows = db.execute(f"SELECT id FROM {table} WHERE id {_IN_IDS}", [_ids(ids)]).fetchall()
    return {int(r[0]) for r in rows}


def _delete(db: Database, table: str, ids: list[int]) -> None:
    """Delete rows by id in one statement.

    Deleting row by row cost half a millisecond a row: each statement that writes the search
    indexes flushes their pending changes as a new segment; one statement flushes once.
    """
    if ids:
        db.execute(f"DELETE FROM {table} WHERE id {_IN_IDS}", [_ids(ids)])


@dataclass
class _Jobs:
    """People's jobs as the restore reads them: ids per person, and title and end per job."""

    of_contact: dict[int, list[int]]
    values_by_job: dict[int, dict[str, Any]]


class ImportUndo:
    """Undoes one import batch inside the caller's transaction."""

    def __init__(self, db: Database, clock: Clock, touchpoints: TouchPointRepository) -> None:
        self._db = db
        self._clock = clock
        self._touchpoints = touchpoints

    def run(self, batch_id: int, *, undone: bool) -> UndoImportResult:
        """Restore what batch `batch_id` changed and delete what it created (see `undo`).

        `undone` says whether the batch is already marked undone (then nothing is done).
        """
        if undone:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Import {number} has already been undone.").format(
                    number=batch_id
                )
            )
        log: list[LogRow] = self._db.execute(
            "SELECT entity, entity_id, action, field, old_value, new_value "
            "FROM import_changes WHERE batch_id = ? ORDER BY id DESC",
            [batch_id],
        ).fetchall()
        kept: list[str] = []
        restored = self._restore_fields(batch_id, log, kept)
        created = {
            kind: [row[1] for row in log if row[0] == kind and row[2] == "created"]
            for kind in TABLES
        }
        deleted_touchpoints = self._delete_touchpoints(
            [(row[1], row[5]) for row in log if row[0] == "touchpoint" and row[2] == "created"],
            kept,
        )
        _delete(self._db, "employments", created["employment"])
        deleted_contacts = self._delete_unreferenced("contact", created["contact"], kept, set())
        deleted_companies = self._delete_unreferenced(
            "company", created["company"], kept, {"competitors"}
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

    # The fields an import set.

    def _current(self, entity: str, entity_id: int, name: str) -> tuple[bool, Any]:
        if entity == "company" and name == "competitors":
            if not _existing(self._db, "companies", [entity_id]):
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

    def _restore_fields(self, batch_id: int, log: list[LogRow], kept: list[str]) -> int:
        """Put back the old values of fields that still hold what the import set; the count.

        The log is followed newest first, as if each field were read and written in turn (a
        file may set one field twice), but on the values read beforehand in one query per
        column; each changed column of accounts, people and jobs is then written in one
        statement (each statement that writes the search indexes flushes them anew).
        """
        entries = [
            (entity, entity_id, name, old_json, new_json)
            for entity, entity_id, action, name, old_json, new_json in log
            if action == "updated" and name is not None and name in FIELDS.get(entity, ())
        ]
        values = self._columns(entries)
        jobs = self._jobs_of([i for e, i, n, _, _ in entries if (e, n) == ("contact", "title")])
        for job_id, fields in jobs.values_by_job.items():
            for name, value in fields.items():
                values.setdefault(("employment", name), {}).setdefault(job_id, value)
        written: dict[tuple[str, str], dict[int, Any]] = {}
        restored = 0
        # Restored together, so one touch-point's revision rises once.
        touch_restores: dict[int, dict[str, Any]] = {}
        for entity, entity_id, name, old_json, new_json in entries:
            column = values.get((entity, name))
            if column is None:
                exists, current = self._current(entity, entity_id, name)
            else:
                exists, current = entity_id in column, column.get(entity_id)
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
                assert column is not None
                column[entity_id] = old
                written.setdefault((entity, name), {})[entity_id] = old
                if entity == "contact" and name == "title" and new is not None:
                    # The person's current job carried the imported title too.
                    for job_id in jobs.of_contact.get(entity_id, ()):
                        titles = values[("employment", "title")]
                        if values[("employment", "end")][job_id] is None and titles[job_id] == new:
                            titles[job_id] = old
                            written.setdefault(("employment", "title"), {})[job_id] = old
            restored += 1
        self._write(written)
        for touchpoint_id, old_values in touch_restores.items():
            self._touchpoints.set_columns(touchpoint_id, old_values)
        return restored

    def _write(self, written: dict[tuple[str, str], dict[int, Any]]) -> None:
        """Write restored values: one statement for the records of a table that had the same
        fields restored (the search indexes' triggers then run once per record, and a trigger
        on a field not restored does not run)."""
        rows: dict[str, dict[int, dict[str, Any]]] = {}
        for (entity, name), changed in written.items():
            for row_id, value in changed.items():
                rows.setdefault(entity, {}).setdefault(row_id, {})[name] = value
        groups: dict[tuple[str, tuple[str, ...]], list[tuple[int, dict[str, Any]]]] = {}
        for entity, by_id in rows.items():
            for row_id, fields in by_id.items():
                groups.setdefault((entity, tuple(sorted(fields))), []).append((row_id, fields))
        for (entity, names), changes in groups.items():
            table = TABLES[entity]
            columns = ", ".join(f"{quoted(n)} = json_extract(v.data, '$.{n}')" for n in names)
            self._db.execute(
                f"UPDATE {table} SET {columns} "
                "FROM (SELECT json_extract(value, '$[0]') AS id, "
                "json_extract(value, '$[1]') AS data FROM json_each(?)) AS v "
                f"WHERE {table}.id = v.id",
                [json.dumps(changes)],
            )

    def _columns(
        self, entries: list[tuple[str, int, str, str | None, str | None]]
    ) -> dict[tuple[str, str], dict[int, Any]]:
        """The current values of the accounts', people's and jobs' fields the entries name,
        read in one query per column: {(entity, field): {id: value}}."""
        wanted: dict[tuple[str, str], set[int]] = {}
        for entity, entity_id, name, _, _ in entries:
            if entity in ("company", "contact", "employment") and name != "competitors":
                wanted.setdefault((entity, name), set()).add(entity_id)
        return {
            (entity, name): dict(
                self._db.execute(
                    f"SELECT id, {quoted(name)} FROM {TABLES[entity]} WHERE id {_IN_IDS}",
                    [_ids(sorted(ids))],
                ).fetchall()
            )
            for (entity, name), ids in wanted.items()
        }

    def _jobs_of(self, contact_ids: list[int]) -> _Jobs:
        """The jobs of these people, with their titles and ends."""
        jobs = _Jobs({}, {})
        if not contact_ids:
            return jobs
        for job_id, contact_id, title, end in self._db.execute(
            'SELECT id, contact_id, title, "end" FROM employments '
            f"WHERE contact_id {_IN_IDS} ORDER BY id",
            [_ids(sorted(set(contact_ids)))],
        ).fetchall():
            jobs.of_contact.setdefault(contact_id, []).append(job_id)
            jobs.values_by_job[job_id] = {"title": title, "end": end}
        return jobs

    # The records an import created.

    def _delete_touchpoints(self, created: list[tuple[int, str | None]], kept: list[str]) -> int:
        """Delete the touch-points a batch created, sparing those edited or used since."""
        if not created:
            return 0
        revisions = dict(
            self._db.execute(
                f"SELECT id, revision FROM touchpoints WHERE id {_IN_IDS}",
                [_ids(i for i, _ in created)],
            ).fetchall()
        )
        candidates: list[int] = []
        for touchpoint_id, revision_json in dict(created).items():
            if touchpoint_id not in revisions:
                continue
            if revision_json is not None and revisions[touchpoint_id] != json.loads(revision_json):
                kept.append(f"touchpoint {touchpoint_id} kept: it was edited after the import")
                continue
            candidates.append(touchpoint_id)
        users = _users(self._db, references(self._db, "touchpoints"), candidates, set())
        gone = _unused(candidates, users, "touchpoint", kept)
        _delete(self._db, "touchpoints", gone)
        return len(gone)

    def _delete_unreferenced(
        self, entity: str, ids: list[int], kept: list[str], skip: set[str]
    ) -> int:
        """Delete the records of `ids` that nothing refers to any more; note those kept."""
        table = TABLES[entity]
        existing = _existing(self._db, table, ids)
        present = [i for i in dict.fromkeys(ids) if i in existing]
        users = _users(self._db, references(self._db, table), present, skip)
        gone = _unused(present, users, entity, kept)
        _delete(self._db, table, gone)
        return len(gone)
