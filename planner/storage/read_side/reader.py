"""The read side of one open file: every query a screen runs, errors turned into plain ones."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path

from planner.domain.model import (
    AgendaEntry,
    Company,
    CompanyKind,
    CompanySummary,
    ContactSummary,
    Status,
)
from planner.storage.db import Database
from planner.storage.errors import storage_errors
from planner.storage.read_side import agenda, record_tables, summaries
from planner.storage.read_side.memo import ReadMemo
from planner.storage.read_side.record_tables import TableQuery


class Reader:
    """Reads for the screens; a locked, damaged or vanished file raises a plain StorageError."""

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self._db = db
        self._path = path
        # The week and the month's marks are read again on every switch and repaint of the
        # week; while the file is unchanged the last few are kept.
        self._memo = ReadMemo(db)

    def week(self, first: date, days: int = 7) -> list[AgendaEntry]:
        """The touch-points of the `days` days from `first`, in card order."""
        last = first + timedelta(days=days - 1)
        with storage_errors(self._path):
            return list(
                self._memo.get(
                    ("week", first, last), lambda: agenda.entries_between(self._db, first, last)
                )
            )

    def kept_week(self, first: date, days: int = 7) -> list[AgendaEntry] | None:
        """The week as `week` would return it when it is kept (the file unchanged since it
        was read), else None; nothing is read."""
        kept = self._memo.peek(("week", first, first + timedelta(days=days - 1)))
        return None if kept is None else list(kept)  # type: ignore[call-overload]

    def week_size(self, first: date, days: int = 7) -> int:
        """How many touch-points `week` would return (counted on the day index alone)."""
        with storage_errors(self._path):
            return agenda.count_between(self._db, first, first + timedelta(days=days - 1))

    def file_state(self) -> tuple[int, int] | None:
        """The file's state now (None inside a transaction), for `keep_week`."""
        with storage_errors(self._path):
            return self._memo.state()

    def keep_week(
        self, first: date, days: int, entries: list[AgendaEntry], state: tuple[int, int]
    ) -> bool:
        """Keep a week read on another connection at file state `state`, as if `week` had
        read it; False (nothing kept) when the file has changed since."""
        key = ("week", first, first + timedelta(days=days - 1))
        with storage_errors(self._path):
            return self._memo.put(key, list(entries), state)

    def overdue(self, today: date) -> list[AgendaEntry]:
        """Planned touch-points whose day has passed, oldest first."""
        with storage_errors(self._path):
            return agenda.overdue(self._db, today)

    def upcoming(self, today: date, days: int) -> list[AgendaEntry]:
        """Planned touch-points from `today` over `days` days (the agenda beside the week)."""
        with storage_errors(self._path):
            return agenda.entries_between(
                self._db, today, today + timedelta(days=days - 1), (str(Status.PLANNED),)
            )

    def day_counts(self, first: date, last: date) -> dict[date, int]:
        """How many touch-points fall on each day from `first` to `last` (the month's marks)."""
        with storage_errors(self._path):
            return dict(
                self._memo.get(
                    ("day_counts", first, last), lambda: agenda.day_counts(self._db, first, last)
                )
            )

    def company_summaries(self, ids: Sequence[int] | None = None) -> list[CompanySummary]:
        """Account rows for these ids in their order (every account by name when None)."""
        with storage_errors(self._path):
            return summaries.company_summaries(self._db, ids)

    def contact_summaries(self, ids: Sequence[int] | None = None) -> list[ContactSummary]:
        """Contact rows for these ids in their order (every contact by name when None)."""
        with storage_errors(self._path):
            return summaries.contact_summaries(self._db, ids)

    def company_ids(self, query: TableQuery) -> list[int]:
        """The ids of the accounts the accounts table shows, sorted and filtered in SQL."""
        with storage_errors(self._path):
            return record_tables.company_ids(self._db, query)

    def contact_ids(self, query: TableQuery) -> list[int]:
        """The ids of the contacts the contacts table shows, sorted and filtered in SQL."""
        with storage_errors(self._path):
            return record_tables.contact_ids(self._db, query)

    def count(self, table: str) -> int:
        """How many companies, contacts or touchpoints the book holds (no table scan)."""
        with storage_errors(self._path):
            return record_tables.book_count(self._db, table)

    def industries(self) -> list[str]:
        """The industries the accounts name, each once, in order."""
        with storage_errors(self._path):
            rows = self._db.execute(
                "SELECT DISTINCT industry FROM companies WHERE industry != '' ORDER BY industry"
            ).fetchall()
            return [r[0] for r in rows]

    def company_names(self, ids: Iterable[int | None]) -> dict[int, str]:
        """The names of the accounts with these ids (None and unknown ids are left out)."""
        wanted = sorted({i for i in ids if i is not None})
        names: dict[int, str] = {}
        with storage_errors(self._path):
            for start in range(0, len(wanted), 500):
                part = wanted[start : start + 500]
                rows = self._db.execute(
                    f"SELECT id, name FROM companies WHERE id IN ({','.join('?' * len(part))})",
                    part,
                ).fetchall()
                names.update((r[0], r[1]) for r in rows)
        return names

    def account_choices(self) -> list[Company]:
        """Every account by name with its id, name and kind only, for pickers.

        Far lighter than whole accounts (no competitors, no figures): a picker of 20,000
        accounts opens at once.
        """
        with storage_errors(self._path):
            rows = self._db.execute(
                "SELECT id, name, kind FROM companies ORDER BY name COLLATE NOCASE, id"
            ).fetchall()
        return [Company(id=r[0], name=r[1], kind=CompanyKind(r[2])) for r in rows]
