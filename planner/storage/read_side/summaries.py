"""Account and contact summaries (the rows of the record tables), for given ids or all."""

from __future__ import annotations

from collections.abc import Sequence

from planner.domain.model import CompanySummary, ContactSummary
from planner.storage import companies, contacts
from planner.storage.db import Database
from planner.storage.read_side.touch_summary import company_touch, contact_touch
from planner.storage.rows import s2d

# SQLite allows 999 bound parameters in old builds; pages stay well below.
_CHUNK = 500


def _chunks(ids: Sequence[int]) -> list[Sequence[int]]:
    return [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)]


def company_summaries(db: Database, ids: Sequence[int] | None = None) -> list[CompanySummary]:
    """The summaries of the accounts with these ids, in that order (all by name when None)."""
    touch = company_touch(db, "c")
    select = f"""
        SELECT {", ".join("c." + c.strip() for c in companies.COLUMNS.split(","))},
          (SELECT count(*) FROM contacts ct WHERE ct.company_id = c.id), {touch.last}, {touch.next}
        FROM companies c {touch.join}
    """
    if ids is None:
        rows = db.execute(select + " ORDER BY c.name COLLATE NOCASE, c.id").fetchall()
    else:
        rows = []
        for part in _chunks(ids):
            rows += db.execute(
                f"{select} WHERE c.id IN ({','.join('?' * len(part))})", list(part)
            ).fetchall()
    competitors = companies.CompanyRepository(db).competitors_of(
        None if ids is None else [r[0] for r in rows]
    )
    found: dict[int, CompanySummary] = {}
    for raw in rows:
        r = companies.named(raw, extra=("n_contacts", "last_touch", "next_touch"))
        found[r["id"]] = CompanySummary(
            company=companies.from_row(r, competitors.get(r["id"], ())),
            contacts=r["n_contacts"],
            last_touch=s2d(r["last_touch"]),
            next_touch=s2d(r["next_touch"]),
        )
    order = [r[0] for r in rows] if ids is None else ids
    return [found[i] for i in order if i in found]


def contact_summaries(db: Database, ids: Sequence[int] | None = None) -> list[ContactSummary]:
    """The summaries of the contacts with these ids, in that order (all by name when None)."""
    touch = contact_touch(db, "c")
    n = len(contacts.COLUMNS)
    select = f"""
        SELECT {", ".join("c." + c for c in contacts.COLUMNS)}, coalesce(co.name, ''), {touch.last}
        FROM contacts c LEFT JOIN companies co ON co.id = c.company_id {touch.join}
    """
    if ids is None:
        order_by = " ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id"
        rows = db.execute(select + order_by).fetchall()
    else:
        rows = []
        for part in _chunks(ids):
            rows += db.execute(
                f"{select} WHERE c.id IN ({','.join('?' * len(part))})", list(part)
            ).fetchall()
    found = {r[0]: ContactSummary(contacts.from_row(r), r[n], s2d(r[n + 1])) for r in rows}
    order = [r[0] for r in rows] if ids is None else ids
    return [found[i] for i in order if i in found]
