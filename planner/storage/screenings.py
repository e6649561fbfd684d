"""Screenings of small accounts, rows ↔ Screening values."""

from __future__ import annotations

from typing import Any

from planner.domain.errors import NotFoundError
from planner.domain.screening import BuysElsewhereReason, Screening, ScreeningVerdict
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage.db import Database
from planner.storage.rows import d2s, s2d

_COLUMNS = "id, company_id, screened_on, verdict, estimated_spend_elsewhere, reason, notes"

_NO_SCREENING = QT_TRANSLATE_NOOP("Errors", "There is no screening with id {id}.")


def _from_row(row: Any) -> Screening:
    screened_on = s2d(row[2])
    assert screened_on is not None
    return Screening(
        id=row[0],
        company_id=row[1],
        screened_on=screened_on,
        verdict=ScreeningVerdict(row[3]),
        estimated_spend_elsewhere=row[4],
        reason=BuysElsewhereReason(row[5]),
        notes=row[6],
    )


class ScreeningRepository:
    """Reads and writes screenings; the latest screening of an account is the one in force."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, screening: Screening) -> Screening:
        """Store a screening; the latest one per account is the one the planner goes by."""
        params = [
            screening.company_id,
            d2s(screening.screened_on),
            str(screening.verdict),
            screening.estimated_spend_elsewhere,
            str(screening.reason),
            screening.notes,
        ]
        cols = "company_id, screened_on, verdict, estimated_spend_elsewhere, reason, notes"
        if screening.id is not None:
            cols = "id, " + cols
            params = [screening.id, *params]
        cursor = self._db.execute(
            f"INSERT INTO screenings ({cols}) VALUES ({', '.join('?' * len(params))})", params
        )
        return Screening(
            company_id=screening.company_id,
            screened_on=screening.screened_on,
            verdict=screening.verdict,
            estimated_spend_elsewhere=screening.estimated_spend_elsewhere,
            reason=screening.reason,
            notes=screening.notes,
            id=int(cursor.lastrowid or 0),
        )

    def get(self, screening_id: int) -> Screening:
        """The screening with this id; NotFoundError when there is none."""
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM screenings WHERE id = ?", [screening_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(_NO_SCREENING.format(id=screening_id))
        return _from_row(row)

    def for_company(self, company_id: int) -> list[Screening]:
        """An account's screenings, newest first."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM screenings WHERE company_id = ? "
            "ORDER BY screened_on DESC, id DESC",
            [company_id],
        ).fetchall()
        return [_from_row(r) for r in rows]

    def latest(self) -> dict[int, Screening]:
        """The screening in force for every screened account."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM screenings s WHERE s.id = ("
            "SELECT s2.id FROM screenings s2 WHERE s2.company_id = s.company_id "
            "ORDER BY s2.screened_on DESC, s2.id DESC LIMIT 1)"
        ).fetchall()
        return {r[1]: _from_row(r) for r in rows}

    def delete(self, screening_id: int) -> None:
        cursor = self._db.execute("DELETE FROM screenings WHERE id = ?", [screening_id])
        if cursor.rowcount == 0:
            raise NotFoundError(_NO_SCREENING.format(id=screening_id))
