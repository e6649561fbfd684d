"""Writing one import batch: the records it creates or changes, with a log that undo reads."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from planner.domain.errors import NotFoundError
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage.db import Database
from planner.storage.import_index import COMPANY_COLUMNS, IMPORT_CONTACT_COLUMNS
from planner.storage.rows import d2s
from planner.storage.touchpoints import TouchPointRepository, from_columns

COMPANY_FIELDS = COMPANY_COLUMNS
CONTACT_FIELDS = IMPORT_CONTACT_COLUMNS
EMPLOYMENT_FIELDS = ("title", "end")
TOUCHPOINT_FIELDS = (
    "duration_minutes",
    "tz",
    "purpose",
    "status",
    "reason",
    "notes",
    "outcome",
    "content_id",
    "completed_at",
)
"""Touch-point columns an import may fill on a matching touch-point (the rest identify it)."""
TABLES = {
    "company": "companies",
    "contact": "contacts",
    "employment": "employments",
    "touchpoint": "touchpoints",
}
FIELDS = {
    "company": (*COMPANY_FIELDS, "competitors"),
    "contact": CONTACT_FIELDS,
    "employment": EMPLOYMENT_FIELDS,
    "touchpoint": TOUCHPOINT_FIELDS,
}

Competitors = list[dict[str, Any]]
_LOG_BATCH = 5000
"""Log entries written per executemany: a big import's log is never held whole in memory."""


def quoted(column: str) -> str:
    return f'"{column}"'


def insert_competitors(db: Database, lists: list[tuple[int, Competitors]]) -> None:
    """Insert the competitor lists of accounts, in one executemany, in list order."""
    db.conn.executemany(
        "INSERT INTO competitors (company_id, position, name, supplies, contract_end) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            (company_id, i, c["name"], c.get("supplies", ""), c.get("contract_end"))
            for company_id, competitors in lists
            for i, c in enumerate(competitors)
        ],
    )


@dataclass
class BatchWriter:
    """Writes one import inside the caller's transaction, logging what it creates or changes."""

    db: Database
    batch_id: int
    today: date
    touchpoints: TouchPointRepository | None = None
    _log: list[tuple[Any, ...]] = field(default_factory=list)

    def _record(
        self, entity: str, entity_id: int, action: str, name: str | None, old: Any, new: Any
    ) -> None:
        self._log.append(
            (
                self.batch_id,
                entity,
                entity_id,
                action,
                name,
                None if old is None else json.dumps(old),
                None if new is None else json.dumps(new),
            )
        )
        if len(self._log) >= _LOG_BATCH:
            self.flush()

    def create_company(self, values: dict[str, Any]) -> int:
        """A new account from column values (and an optional "competitors" list of names)."""
        row = {k: values[k] for k in COMPANY_FIELDS if k in values}
        cursor = self.db.execute(
            f"INSERT INTO companies ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        company_id = int(cursor.lastrowid or 0)
        self._write_competitors(company_id, values.get("competitors") or [])
        self._record("company", company_id, "created", None, None, None)
        return company_id

    def _write_competitors(self, company_id: int, competitors: Competitors) -> None:
        self.db.execute("DELETE FROM competitors WHERE company_id = ?", [company_id])
        insert_competitors(self.db, [(company_id, competitors)])

    def log_created(self, entity: str, entity_id: int) -> None:
        """Log a record written for this batch elsewhere (undo deletes it)."""
        self._record(entity, entity_id, "created", None, None, None)

    def update_company(
        self, company_id: int, changes: dict[str, tuple[Any, Any]], *, log: bool = True
    ) -> None:
        """Set changed columns (old, new); the old values are kept for undo.

        Without `log` nothing is kept: for an account this batch created (undo deletes it).
        """
        for name, (old, new) in changes.items():
            if name == "competitors":
                self._write_competitors(company_id, new)
            elif name in COMPANY_FIELDS:
                self.db.execute(
                    f"UPDATE companies SET {quoted(name)} = ? WHERE id = ?", [new, company_id]
                )
            else:
                raise ValueError(f"an import cannot set companies.{name}")
            if log:
                self._record("company", company_id, "updated", name, old, new)

    def create_contact(self, values: dict[str, Any]) -> int:
        """A new contact; with a company, their current job there is created too."""
        row = {k: values[k] for k in CONTACT_FIELDS if k in values}
        cursor = self.db.execute(
            f"INSERT INTO contacts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        contact_id = int(cursor.lastrowid or 0)
        self._record("contact", contact_id, "created", None, None, None)
        if row.get("company_id") is not None:
            self._add_job(contact_id, int(row["company_id"]), str(row.get("title", "")), None)
        return contact_id

    def _add_job(self, contact_id: int, company_id: int, title: str, start: date | None) -> None:
        cursor = self.db.execute(
            "INSERT INTO employments (contact_id, company_id, title, start) VALUES (?, ?, ?, ?)",
            [contact_id, company_id, title, d2s(start)],
        )
        self._record("employment", int(cursor.lastrowid or 0), "created", None, None, None)

    def update_contact(
        self, contact_id: int, changes: dict[str, tuple[Any, Any]], *, log: bool = True
    ) -> None:
        """Set changed columns; a new company opens a job there (and closes the old one).

        Without `log` only the jobs it opens are kept: for a contact this batch created.
        """
        current = self.db.execute(
            "SELECT company_id, title FROM contacts WHERE id = ?", [contact_id]
        ).fetchone()
        if current is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no contact with id {id}.").format(
                    id=contact_id
                )
            )
        company_id, title = current
        title = changes["title"][1] if "title" in changes else title
        if "company_id" in changes:
            company_id = changes["company_id"][1]
            moving = changes["company_id"][0] is not None
            if moving:
                for job_id, end in self.db.execute(
                    'SELECT id, "end" FROM employments WHERE contact_id = ? AND "end" IS NULL',
                    [contact_id],
                ).fetchall():
                    self.db.execute(
                        'UPDATE employments SET "end" = ? WHERE id = ?', [d2s(self.today), job_id]
                    )
                    if log:
                        self._record("employment", job_id, "updated", "end", end, d2s(self.today))
            self._add_job(contact_id, company_id, title, self.today if moving else None)
        for name, (old, new) in changes.items():
            if name not in CONTACT_FIELDS:
                raise ValueError(f"an import cannot set contacts.{name}")
            self.db.execute(
                f"UPDATE contacts SET {quoted(name)} = ? WHERE id = ?", [new, contact_id]
            )
            if log:
                self._record("contact", contact_id, "updated", name, old, new)
        if "title" in changes and "company_id" not in changes:
            for job_id, old_title in self.db.execute(
                'SELECT id, title FROM employments WHERE contact_id = ? AND "end" IS NULL '
                "AND company_id IS ? AND title != ?",
                [contact_id, company_id, title],
            ).fetchall():
                self.db.execute("UPDATE employments SET title = ? WHERE id = ?", [title, job_id])
                if log:
                    self._record("employment", job_id, "updated", "title", old_title, title)

    def _touchpoint_repository(self) -> TouchPointRepository:
        if self.touchpoints is None:
            raise ValueError("this batch writer cannot write touch-points")
        return self.touchpoints

    def create_touchpoint(self, values: Mapping[str, Any]) -> int:
        """A new touch-point from column values, saved through the repository."""
        created = self._touchpoint_repository().add(from_columns(values))
        touchpoint_id = int(created.id or 0)
        # The revision it starts at: undo spares a touch-point edited since.
        self._record("touchpoint", touchpoint_id, "created", None, None, created.revision)
        return touchpoint_id

    def update_touchpoint(self, touchpoint_id: int, changes: dict[str, tuple[Any, Any]]) -> None:
        """Set changed columns through the repository (its revision rises); old values kept."""
        for name in changes:
            if name not in TOUCHPOINT_FIELDS:
                raise ValueError(f"an import cannot set touchpoints.{name}")
        self._touchpoint_repository().set_columns(
            touchpoint_id, {name: new for name, (_old, new) in changes.items()}
        )
        for name, (old, new) in changes.items():
            self._record("touchpoint", touchpoint_id, "updated", name, old, new)

    def flush(self) -> None:
        """Write the logged changes not yet written (in the transaction; `finish` calls it)."""
        self.db.conn.executemany(
            "INSERT INTO import_changes "
            "(batch_id, entity, entity_id, action, field, old_value, new_value) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            self._log,
        )
        self._log.clear()
