"""The open planner file: its repositories, its transactions, and actions that span tables."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.domain.errors import ValidationError
from planner.domain.model import (
    Channel,
    CompanySnapshot,
    Contact,
    ContactSnapshot,
    ContentSend,
    SearchHit,
    Status,
    TouchPoint,
)
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.domain.timing import Clock
from planner.storage.companies import CompanyRepository
from planner.storage.contacts import ContactRepository, employment_from_row
from planner.storage.content import ContentRepository
from planner.storage.database import database_id, open_checked, open_memory
from planner.storage.db import Database
from planner.storage.errors import storage_errors
from planner.storage.file_state import remember_clean_close
from planner.storage.folders import Folders, user_folders
from planner.storage.read_side import Reader
from planner.storage.rows import dt2s
from planner.storage.touchpoints import TouchPointRepository

if TYPE_CHECKING:
    # Made on first use (see the properties below): opening a plan to show its week loads
    # neither the importer's bookkeeping nor the screenings.
    from planner.storage.imports import ImportRepository
    from planner.storage.screenings import ScreeningRepository


class Store:
    """One planner database: every user action runs inside one `transaction()`."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        path: Path | None = None,
        *,
        sound: bool = True,
        folders: Folders | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.path = path
        # Where this plan's backups and its clean-close record go: handed in by the session.
        self.folders = folders or user_folders()
        # False when an unclean file was opened without its check: closing must not vouch
        # for it, so the next writer still checks it.
        self._sound = sound
        self.companies = CompanyRepository(db)
        self.contacts = ContactRepository(db)
        self.touchpoints = TouchPointRepository(db, clock)
        self.content = ContentRepository(db)
        self.read = Reader(db, path)

    @cached_property
    def imports(self) -> ImportRepository:
        """The imports' records and their undo."""
        from planner.storage.imports import ImportRepository

        return ImportRepository(self.db, self.clock)

    @cached_property
    def screenings(self) -> ScreeningRepository:
        """The accounts' screenings."""
        from planner.storage.screenings import ScreeningRepository

        return ScreeningRepository(self.db)

    @classmethod
    def open(
        cls,
        path: Path,
        clock: Clock,
        *,
        backup_dir: Path | None = None,
        create: bool = True,
        read_only: bool = False,
        folders: Folders | None = None,
        checked: bool = False,
    ) -> Store:
        """Open (and migrate) the file; migrations back it up into `backup_dir` first.

        Without `create`, a missing or empty file is refused instead of becoming a new plan.
        `read_only` callers (commands that only read) skip the integrity check of a file that
        was not closed cleanly; see `open_database`. `folders` are the user's folders, as the
        session or the command line found them (default: the user's own data folder). `checked`:
        a file not closed cleanly has just been checked apart (planner.storage.unclean_check).
        """
        where = (folders or user_folders()).with_backups(backup_dir)
        db, sound = open_checked(
            path, create=create, read_only=read_only, folders=where, checked=checked
        )
        return cls(db, clock, path, sound=sound, folders=where)

    @classmethod
    def memory(cls, clock: Clock) -> Store:
        return cls(open_memory(), clock)

    def close(self) -> None:
        self.db.close()
        if self.path is not None and self._sound:
            remember_clean_close(self.path, self.folders.clean_closes)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """One user action: all of it is saved, or none of it (nested calls are savepoints)."""
        with storage_errors(self.path, self.folders.backups), self.db.atomic():
            yield self

    @property
    def database_id(self) -> str:
        return database_id(self.db)

    def is_empty(self) -> bool:
        # The maintained counts: no table is scanned to tell an empty plan.
        return self.read.count("companies") == 0 and self.read.count("contacts") == 0

    # Settings are per plan file, kept as JSON values.

    def setting(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value)],
            )

    # Actions that span tables.

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Quick search over accounts, contacts, content and touch-points, grouped by kind."""
        from planner.storage.read_side.search_everything import search_everything

        with storage_errors(self.path, self.folders.backups):
            return search_everything(self.db, text, limit)

    def complete_touchpoint(
        self, touchpoint_id: int, outcome: str = "", on: date | None = None
    ) -> tuple[TouchPoint, TouchPoint, ContentSend | None]:
        """Mark a touch-point done; a content touch with a contact goes into the send log.

        Returns the touch-point before and after, and the send recorded (if any), so the
        action can be undone exactly.
        """
        with self.transaction():
            before = self.touchpoints.get(touchpoint_id)
            if before.status is Status.DONE:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "That touch-point is already done.")
                )
            after = self.touchpoints.update(
                before.replace(status=Status.DONE, outcome=outcome, completed_at=self.clock.now())
            )
            send = None
            if (
                after.channel is Channel.CONTENT
                and after.content_id is not None
                and after.contact_id is not None
            ):
                send = self.content.record_send(
                    ContentSend(after.content_id, after.contact_id, on or after.day, after.id)
                )
        return before, after, send

    def reopen_touchpoint(self, before: TouchPoint, send: ContentSend | None) -> TouchPoint:
        """Undo a completion: the touch-point gets its old state back and the send is removed."""
        with self.transaction():
            if send is not None and send.id is not None:
                self.content.delete_send(send.id)
            return self.touchpoints.update(before)

    def snapshot_company(self, company_id: int) -> CompanySnapshot:
        company = self.companies.get(company_id)
        contacts = tuple(self.contacts.for_company(company_id))
        contact_ids = {c.id for c in contacts}
        jobs = tuple(
            job for c in contacts if c.id is not None for job in self.contacts.employments(c.id)
        )
        rows = self.db.execute(
            'SELECT id, contact_id, company_id, title, start, "end" FROM employments '
            "WHERE company_id = ?",
            [company_id],
        ).fetchall()
        other_jobs = tuple(
            job
            for job in (employment_from_row(r) for r in rows)
            if job.contact_id not in contact_ids
        )
        tps = tuple(e.touchpoint for e in self.touchpoints.for_company(company_id))
        unlinked = tuple(
            e.touchpoint
            for c in contacts
            if c.id is not None
            for e in self.touchpoints.for_contact(c.id)
            if e.touchpoint.company_id != company_id
        )
        sends = {
            s.id: s
            for c in contacts
            if c.id is not None
            for s in self.content.sends_for_contact(c.id)
        }
        # People who have moved on may have been sent content through this account's touches.
        for tp in tps:
            assert tp.id is not None
            sends.update((s.id, s) for s in self.content.sends_for_touchpoint(tp.id))
        return CompanySnapshot(
            company, contacts, jobs + other_jobs, tps, tuple(sends.values()), unlinked
        )

    def _unlink_contact(self, contact_id: int, keep_company: int | None = None) -> None:
        """Touch-points lose a deleted person (not the foreign key's quiet SET NULL): that is
        a change a calendar must see, so their revision goes up."""
        sql = (
            "UPDATE touchpoints SET contact_id = NULL, revision = revision + 1, updated_at = ? "
            "WHERE contact_id = ?"
        )
        params: list[Any] = [dt2s(self.clock.now()), contact_id]
        if keep_company is not None:
            sql += " AND company_id != ?"
            params.append(keep_company)
        self.db.execute(sql, params)

    def _relink_contact(self, contact_id: int, touchpoint_ids: list[int]) -> None:
        for tp_id in touchpoint_ids:
            self.db.execute(
                "UPDATE touchpoints SET contact_id = ?, revision = revision + 1, updated_at = ? "
                "WHERE id = ?",
                [contact_id, dt2s(self.clock.now()), tp_id],
            )

    def delete_company(self, company_id: int) -> CompanySnapshot:
        """Delete an account with its contacts and touch-points; the snapshot can restore it."""
        with self.transaction():
            snapshot = self.snapshot_company(company_id)
            for contact in snapshot.contacts:
                assert contact.id is not None
                self._unlink_contact(contact.id, keep_company=company_id)
                self.contacts.delete(contact.id)
            self.companies.delete(company_id)
        return snapshot

    def restore_company(self, snapshot: CompanySnapshot) -> None:
        with self.transaction():
            self.companies.add(snapshot.company)
            for contact in snapshot.contacts:
                self._reinsert_contact(contact)
            known = {j.id for j in snapshot.employments}
            self.db.execute(
                f"DELETE FROM employments WHERE id IN ({','.join('?' * len(known))})", list(known)
            )
            for job in snapshot.employments:
                self.contacts.add_employment(job)
            for tp in snapshot.touchpoints:
                self.touchpoints.restore(tp)
            for tp in snapshot.unlinked:
                assert tp.id is not None
                assert tp.contact_id is not None
                self._relink_contact(tp.contact_id, [tp.id])
            for send in snapshot.sends:
                self.content.restore_send(send)

    def _reinsert_contact(self, contact: Contact) -> None:
        """A deleted contact back under its old id (its jobs are restored by the caller)."""
        self.db.execute(
            "INSERT INTO contacts (id, company_id, first_name, last_name) VALUES (?, ?, ?, ?)",
            [contact.id, contact.company_id, contact.first_name, contact.last_name],
        )
        self.contacts.update(contact)

    def snapshot_contact(self, contact_id: int) -> ContactSnapshot:
        contact = self.contacts.get(contact_id)
        return ContactSnapshot(
            contact,
            tuple(self.contacts.employments(contact_id)),
            tuple(e.touchpoint for e in self.touchpoints.for_contact(contact_id)),
            tuple(self.content.sends_for_contact(contact_id)),
        )

    def delete_contact(self, contact_id: int) -> ContactSnapshot:
        """Delete a contact; their touch-points stay with the account, without a person."""
        with self.transaction():
            snapshot = self.snapshot_contact(contact_id)
            self._unlink_contact(contact_id)
            self.contacts.delete(contact_id)
        return snapshot

    def restore_contact(self, snapshot: ContactSnapshot) -> None:
        with self.transaction():
            contact = snapshot.contact
            self._reinsert_contact(contact)
            self.contacts.replace_history(contact, list(snapshot.employments))
            assert contact.id is not None
            self._relink_contact(contact.id, [tp.id for tp in snapshot.touchpoints if tp.id])
            for send in snapshot.sends:
                self.content.record_send(send)

    def delete_touchpoint(self, touchpoint_id: int) -> tuple[TouchPoint, tuple[ContentSend, ...]]:
        with self.transaction():
            tp = self.touchpoints.get(touchpoint_id)
            sends = tuple(self.content.sends_for_touchpoint(touchpoint_id))
            self.touchpoints.delete(touchpoint_id)
        return tp, sends

    def restore_touchpoint(self, tp: TouchPoint, sends: tuple[ContentSend, ...] = ()) -> TouchPoint:
        with self.transaction():
            restored = self.touchpoints.restore(tp)
            for send in sends:
                assert send.id is not None
                self.db.execute(
                    "UPDATE content_sends SET touchpoint_id = ? WHERE id = ?", [tp.id, send.id]
                )
        return restored
