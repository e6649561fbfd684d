"""Merging duplicate contacts or accounts into one, keeping every touch, job and content send."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from planner.domain.errors import ValidationError
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage.rows import d2s, dt2s
from planner.storage.store import Store

_CONTACT_FILL = ("first_name", "last_name", "title", "email", "phone", "profile_url")
_COMPANY_FILL = (
    "industry",
    "website",
    "margin_percent",
    "expected_deal_size",
    "our_annual_revenue",
    "estimated_annual_wallet",
    "contract_start",
    "contract_end",
    "renewal_notice_days",
    "health_reason",
    "tier_override",
)
_COMPANY_UNKNOWN = ("buying_timeframe", "growth_potential", "health")


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge moved onto the kept record and which of its empty fields it filled."""

    kept_id: int
    merged_id: int
    moved: dict[str, int]
    filled: tuple[str, ...]


def _references(store: Store, table: str) -> list[tuple[str, str]]:
    """(table, column) pairs whose foreign keys point at `table`, whoever added them."""
    found = []
    for (name,) in store.db.execute(
        # Touch facts follow their rows by trigger; they are no reference of their own.
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%touch_facts'"
    ).fetchall():
        for fk in store.db.execute(f'PRAGMA foreign_key_list("{name}")').fetchall():
            if fk[2] == table:
                found.append((str(name), str(fk[3])))
    return found


def _row(store: Store, table: str, row_id: int) -> dict[str, Any]:
    cursor = store.db.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id])
    row = cursor.fetchone()
    if row is None:
        missing = (
            QT_TRANSLATE_NOOP("Errors", "There is no account with id {id}.")
            if table == "companies"
            else QT_TRANSLATE_NOOP("Errors", "There is no contact with id {id}.")
        )
        raise ValidationError(missing.format(id=row_id))
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def _fill(
    kept: dict[str, Any], gone: dict[str, Any], names: tuple[str, ...], empty: Any = ("", None)
) -> dict[str, Any]:
    return {n: gone[n] for n in names if kept[n] in empty and gone[n] not in empty}


def _notes(kept: str, gone: str) -> str | None:
    if not gone.strip() or gone.strip() in kept:
        return None
    return f"{kept.rstrip()}\n\n{gone.strip()}" if kept.strip() else gone


def _repoint(
    store: Store, table: str, keep_id: int, gone_id: int, skip: set[str]
) -> dict[str, int]:
    moved: dict[str, int] = {}
    now = dt2s(store.clock.now())
    for ref_table, column in _references(store, table):
        if ref_table in skip:
            continue
        if ref_table == "touchpoints":  # calendar exports must see the change (SEQUENCE)
            cursor = store.db.execute(
                f'UPDATE touchpoints SET "{column}" = ?, revision = revision + 1, '
                f'updated_at = ? WHERE "{column}" = ?',
                [keep_id, now, gone_id],
            )
        else:
            cursor = store.db.execute(
                f'UPDATE "{ref_table}" SET "{column}" = ? WHERE "{column}" = ?',
                [keep_id, gone_id],
            )
        if cursor.rowcount:
            moved[ref_table] = moved.get(ref_table, 0) + cursor.rowcount
    return moved


def merge_contacts(store: Store, keep_id: int, gone_id: int) -> MergeResult:
    """Fold contact `gone_id` into `keep_id` in one transaction and delete it.

    Touch-points, content sends and jobs move to the kept contact; its empty fields are filled
    from the merged one and differing notes are appended.
    """
    if keep_id == gone_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A contact cannot be merged with itself.")
        )
    with store.transaction():
        kept, gone = _row(store, "contacts", keep_id), _row(store, "contacts", gone_id)
        changes = _fill(kept, gone, _CONTACT_FILL)
        notes = _notes(kept["notes"], gone["notes"])
        if notes is not None:
            changes["notes"] = notes
        if kept["company_id"] is None and gone["company_id"] is not None:
            changes["company_id"] = gone["company_id"]
        if kept["buying_role"] == "unknown" and gone["buying_role"] != "unknown":
            changes["buying_role"] = gone["buying_role"]
        kept_company = changes.get("company_id", kept["company_id"])
        # The merged contact's current job at the same company is the same job: drop it;
        # a current job elsewhere ends today, as a move would end it.
        for job_id, company_id in store.db.execute(
            'SELECT id, company_id FROM employments WHERE contact_id = ? AND "end" IS NULL',
            [gone_id],
        ).fetchall():
            if company_id == kept_company and kept["company_id"] is not None:
                store.db.execute("DELETE FROM employments WHERE id = ?", [job_id])
            elif company_id != kept_company:
                store.db.execute(
                    'UPDATE employments SET "end" = ? WHERE id = ?',
                    [d2s(store.clock.today()), job_id],
                )
        moved = _repoint(store, "contacts", keep_id, gone_id, skip=set())
        if changes:
            store.db.execute(
                f"UPDATE contacts SET {', '.join(f'{k} = ?' for k in changes)} WHERE id = ?",
                [*changes.values(), keep_id],
            )
        store.db.execute("DELETE FROM contacts WHERE id = ?", [gone_id])
    return MergeResult(keep_id, gone_id, moved, tuple(changes))


def merge_companies(store: Store, keep_id: int, gone_id: int) -> MergeResult:
    """Fold account `gone_id` into `keep_id` in one transaction and delete it.

    Contacts, jobs, touch-points, screenings and anything else pointing at it move over;
    incumbent competitors not already listed are added; empty fields are filled.
    """
    if keep_id == gone_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An account cannot be merged with itself.")
        )
    with store.transaction():
        kept, gone = _row(store, "companies", keep_id), _row(store, "companies", gone_id)
        changes = _fill(kept, gone, _COMPANY_FILL)
        changes.update(_fill(kept, gone, _COMPANY_UNKNOWN, empty=("unknown",)))
        notes = _notes(kept["notes"], gone["notes"])
        if notes is not None:
            changes["notes"] = notes
        known = {
            str(n).casefold()
            for (n,) in store.db.execute(
                "SELECT name FROM competitors WHERE company_id = ?", [keep_id]
            ).fetchall()
        }
        (top,) = store.db.execute(
            "SELECT coalesce(max(position), -1) FROM competitors WHERE company_id = ?", [keep_id]
        ).fetchone()
        for comp_id, name in store.db.execute(
            "SELECT id, name FROM competitors WHERE company_id = ? ORDER BY position, id",
            [gone_id],
        ).fetchall():
            if str(name).casefold() in known:
                continue
            top += 1
            store.db.execute(
                "UPDATE competitors SET company_id = ?, position = ? WHERE id = ?",
                [keep_id, top, comp_id],
            )
            known.add(str(name).casefold())
        moved = _repoint(store, "companies", keep_id, gone_id, skip={"competitors"})
        if changes:
            store.db.execute(
                f"UPDATE companies SET {', '.join(f'{k} = ?' for k in changes)} WHERE id = ?",
                [*changes.values(), keep_id],
            )
        store.db.execute("DELETE FROM companies WHERE id = ?", [gone_id])
    return MergeResult(keep_id, gone_id, moved, tuple(changes))
