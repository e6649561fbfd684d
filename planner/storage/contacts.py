"""Contacts and their job history, rows ↔ Contact and Employment values."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from planner.domain.columns import CONTACT_COLUMNS
from planner.domain.errors import AmbiguousError, NotFoundError, ValidationError
from planner.domain.model import (
    BuyingRole,
    Contact,
    ContactLevel,
    Employment,
    SearchHit,
)
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage.db import Database
from planner.storage.rows import d2s, like_pattern, s2d

_COLUMNS = ("id", "company_id", *CONTACT_COLUMNS)
_SELECT = f"SELECT {', '.join('c.' + c for c in _COLUMNS)} FROM contacts c"

COLUMNS = _COLUMNS
"""The columns of a contact row, in the order `from_row` reads them."""

_NO_CONTACT = QT_TRANSLATE_NOOP("Errors", "There is no contact with id {id}.")


def _to_row(c: Contact) -> dict[str, Any]:
    if not (c.first_name.strip() or c.last_name.strip()):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A contact needs a name."))
    return {
        "company_id": c.company_id,
        "first_name": c.first_name.strip(),
        "last_name": c.last_name.strip(),
        "title": c.title,
        "level": str(c.level),
        "buying_role": str(c.buying_role),
        "email": c.email.strip(),
        "phone": c.phone,
        "profile_url": c.profile_url,
        "notes": c.notes,
    }


def from_row(row: Any) -> Contact:
    """The contact of a row whose first columns are COLUMNS."""
    return _from_row(row)


def _from_row(row: Any) -> Contact:
    r = dict(zip(_COLUMNS, row[: len(_COLUMNS)], strict=True))
    return Contact(
        id=r["id"],
        company_id=r["company_id"],
        first_name=r["first_name"],
        last_name=r["last_name"],
        title=r["title"],
        level=ContactLevel(r["level"]),
        buying_role=BuyingRole(r["buying_role"]),
        email=r["email"],
        phone=r["phone"],
        profile_url=r["profile_url"],
        notes=r["notes"],
    )


def employment_from_row(row: Any) -> Employment:
    """A job from an employments row (id, contact, company, title, start, end)."""
    return Employment(
        id=row[0],
        contact_id=row[1],
        company_id=row[2],
        title=row[3],
        start=s2d(row[4]),
        end=s2d(row[5]),
    )


class ContactRepository:
    """Reads and writes contacts; a contact's company is their current (open) employment."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, contact: Contact, started: date | None = None) -> Contact:
        """Store a new contact (who needs a name) and their job at their account from `started`."""
        if not (contact.first_name.strip() or contact.last_name.strip()):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A contact needs a name."))
        row = _to_row(contact)
        if contact.id is not None:
            row["id"] = contact.id
        with self._db.atomic():
            cursor = self._db.execute(
                f"INSERT INTO contacts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            new_id = int(cursor.lastrowid or 0)
            if contact.company_id is not None:
                self.add_employment(
                    Employment(new_id, contact.company_id, contact.title, started, None)
                )
        return contact.replace(
            id=new_id, first_name=row["first_name"], last_name=row["last_name"], email=row["email"]
        )

    def add_many(self, contacts: Sequence[tuple[Contact, date | None]]) -> list[Contact]:
        """Store many new contacts at once (demo data), each with their job from its day.

        The same rows as `add` one by one, in order: contacts get consecutive new ids, and
        their jobs too. Returns the contacts as stored.
        """
        rows = [_to_row(contact) for contact, _started in contacts]
        if not rows:
            return []
        if any(contact.id is not None for contact, _started in contacts):
            raise ValueError("add_many stores new contacts, without ids")
        cols = list(rows[0])
        with self._db.atomic():
            (last,) = self._db.execute("SELECT coalesce(max(id), 0) FROM contacts").fetchone()
            self._db.conn.executemany(
                f"INSERT INTO contacts ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [[r[c] for c in cols] for r in rows],
            )
            ids = range(int(last) + 1, int(last) + 1 + len(rows))
            # SQLite gives a new row the largest id plus one: check rather than trust it.
            (top,) = self._db.execute("SELECT max(id) FROM contacts").fetchone()
            if top != ids[-1]:
                raise RuntimeError("contacts got ids out of sequence")
            self._db.conn.executemany(
                'INSERT INTO employments (contact_id, company_id, title, start, "end") '
                "VALUES (?, ?, ?, ?, NULL)",
                [
                    [new_id, contact.company_id, contact.title, d2s(started)]
                    for new_id, (contact, started) in zip(ids, contacts, strict=True)
                    if contact.company_id is not None
                ],
            )
        return [
            contact.replace(
                id=new_id, first_name=r["first_name"], last_name=r["last_name"], email=r["email"]
            )
            for new_id, (contact, _started), r in zip(ids, contacts, rows, strict=True)
        ]

    def update(self, contact: Contact) -> Contact:
        """Save a contact's details; its current job's title follows the contact's title."""
        if contact.id is None:
            raise ValueError("update needs a contact with an id")
        row = _to_row(contact)
        with self._db.atomic():
            cursor = self._db.execute(
                f"UPDATE contacts SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
                [*row.values(), contact.id],
            )
            if cursor.rowcount == 0:
                raise NotFoundError(_NO_CONTACT.format(id=contact.id))
            self._db.execute(
                'UPDATE employments SET title = ? WHERE contact_id = ? AND "end" IS NULL '
                "AND company_id IS ?",
                [contact.title, contact.id, contact.company_id],
            )
        return contact.replace(
            first_name=row["first_name"], last_name=row["last_name"], email=row["email"]
        )

    def get(self, contact_id: int) -> Contact:
        """The contact with this id; NotFoundError when there is none."""
        row = self._db.execute(f"{_SELECT} WHERE c.id = ?", [contact_id]).fetchone()
        if row is None:
            raise NotFoundError(_NO_CONTACT.format(id=contact_id))
        return _from_row(row)

    def many(self, ids: list[int]) -> dict[int, Contact]:
        """The contacts with these ids, by id; unknown ids are left out."""
        if not ids:
            return {}
        rows = self._db.execute(
            f"{_SELECT} WHERE c.id IN ({','.join('?' * len(ids))})", ids
        ).fetchall()
        return {r[0]: _from_row(r) for r in rows}

    def at(self, company_ids: str) -> list[Contact]:
        """The contacts of the accounts in `company_ids` (a JSON list), in the order of `all()`."""
        rows = self._db.execute(
            f"{_SELECT} WHERE c.company_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY c.last_name, c.first_name",
            [company_ids],
        ).fetchall()
        return [_from_row(r) for r in rows]

    def all(self) -> list[Contact]:
        """Every contact, by last and first name."""
        rows = self._db.execute(f"{_SELECT} ORDER BY c.last_name, c.first_name").fetchall()
        return [_from_row(r) for r in rows]

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM contacts").fetchone()[0])

    def for_company(self, company_id: int) -> list[Contact]:
        """The people who work at the account now, by last and first name."""
        rows = self._db.execute(
            f"{_SELECT} WHERE c.company_id = ? ORDER BY c.last_name, c.first_name", [company_id]
        ).fetchall()
        return [_from_row(r) for r in rows]

    def find(self, name: str, company_id: int | None = None) -> Contact:
        """The one contact whose full name (or e-mail) matches, case-insensitively."""
        text = " ".join(name.split()).casefold()
        full_name = "casefold(trim(c.first_name || ' ' || c.last_name))"
        scope = "" if company_id is None else " AND c.company_id = ?"
        extra: list[Any] = [] if company_id is None else [company_id]
        rows = self._db.execute(
            f"{_SELECT} WHERE ({full_name} = ? OR casefold(c.email) = ?){scope} LIMIT 11",
            [text, text, *extra],
        ).fetchall()
        if not rows:
            rows = self._db.execute(
                f"{_SELECT} WHERE instr({full_name}, ?) > 0{scope} LIMIT 11", [text, *extra]
            ).fetchall()
        if len(rows) == 1:
            return _from_row(rows[0])
        if not rows:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "No contact is called {name!r}.").format(name=name)
            )
        names = [_from_row(r).full_name for r in rows[:10]]
        raise AmbiguousError(
            QT_TRANSLATE_NOOP("Errors", "{name!r} matches several contacts: {names}.").format(
                name=name, names=", ".join(names)
            )
        )

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Contacts whose name or e-mail holds `text` (wildcards literal), by last name."""
        pattern = like_pattern(text)
        rows = self._db.execute(
            "SELECT c.id, trim(c.first_name || ' ' || c.last_name), coalesce(co.name, ''), c.title "
            "FROM contacts c LEFT JOIN companies co ON co.id = c.company_id "
            "WHERE trim(c.first_name || ' ' || c.last_name) LIKE ? ESCAPE '\\' "
            "OR c.email LIKE ? ESCAPE '\\' OR c.last_name LIKE ? ESCAPE '\\' "
            "ORDER BY c.last_name, c.first_name LIMIT ?",
            [pattern, pattern, pattern, limit],
        ).fetchall()
        return [
            SearchHit("contact", r[0], r[1], " · ".join(p for p in (r[3], r[2]) if p)) for r in rows
        ]

    def employments(self, contact_id: int) -> list[Employment]:
        """The contact's jobs: ended ones by end date, then the current one last."""
        rows = self._db.execute(
            'SELECT id, contact_id, company_id, title, start, "end" FROM employments '
            'WHERE contact_id = ? ORDER BY "end" IS NULL, "end", start, id',
            [contact_id],
        ).fetchall()
        return [employment_from_row(r) for r in rows]

    def former_employees(self, company_id: int) -> list[tuple[Contact, Employment]]:
        """People who used to work at the account, with the job they held there."""
        rows = self._db.execute(
            'SELECT e.id, e.contact_id, e.company_id, e.title, e.start, e."end" FROM employments e '
            'WHERE e.company_id = ? AND e."end" IS NOT NULL ORDER BY e."end" DESC',
            [company_id],
        ).fetchall()
        jobs = [employment_from_row(r) for r in rows]
        people = self.many([j.contact_id for j in jobs])
        return [(people[j.contact_id], j) for j in jobs if j.contact_id in people]

    def add_employment(self, job: Employment) -> Employment:
        """Store a job as given; one with an id keeps it, so undo can put a history back exactly."""
        row = [job.contact_id, job.company_id, job.title, d2s(job.start), d2s(job.end)]
        if job.id is not None:
            cursor = self._db.execute(
                'INSERT INTO employments (id, contact_id, company_id, title, start, "end") '
                "VALUES (?, ?, ?, ?, ?, ?)",
                [job.id, *row],
            )
        else:
            cursor = self._db.execute(
                'INSERT INTO employments (contact_id, company_id, title, start, "end") '
                "VALUES (?, ?, ?, ?, ?)",
                row,
            )
        return Employment(
            job.contact_id,
            job.company_id,
            job.title,
            job.start,
            job.end,
            int(cursor.lastrowid or 0),
        )

    def move(self, contact_id: int, company_id: int, on: date, title: str | None = None) -> Contact:
        """The contact leaves their current company on `on` and starts at `company_id`.

        The old job stays in their history with its end date, and touch-points stay with them.
        """
        contact = self.get(contact_id)
        if contact.company_id == company_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{name} already works there.").format(
                    name=contact.full_name
                )
            )
        new_title = contact.title if title is None else title
        with self._db.atomic():
            self._db.execute(
                'UPDATE employments SET "end" = ? WHERE contact_id = ? AND "end" IS NULL',
                [d2s(on), contact_id],
            )
            self.add_employment(Employment(contact_id, company_id, new_title, on, None))
            moved = contact.replace(company_id=company_id, title=new_title)
            self._db.execute(
                "UPDATE contacts SET company_id = ?, title = ? WHERE id = ?",
                [company_id, new_title, contact_id],
            )
        return moved

    def replace_history(self, contact: Contact, jobs: list[Employment]) -> None:
        """Put a contact and their job history back exactly as given (undo of a move or edit)."""
        with self._db.atomic():
            self.update(contact)
            self._db.execute("DELETE FROM employments WHERE contact_id = ?", [contact.id])
            for job in jobs:
                self.add_employment(job)

    def delete(self, contact_id: int) -> None:
        """Delete the contact, their jobs and sends; their touch-points stay, without a person."""
        with self._db.atomic():
            cursor = self._db.execute("DELETE FROM contacts WHERE id = ?", [contact_id])
            if cursor.rowcount == 0:
                raise NotFoundError(_NO_CONTACT.format(id=contact_id))
