"""Where a summary's last and next touch come from: the touch facts when the file has them."""

from __future__ import annotations

from dataclasses import dataclass

from planner.storage.db import Database

_FACT_TABLES = ("contact_touch_facts", "company_touch_facts")


@dataclass(frozen=True, slots=True)
class TouchColumns:
    """SQL expressions for the last done and next planned day of a row, and the JOIN they need."""

    last: str
    next: str
    join: str


def has_touch_facts(db: Database) -> bool:
    """Whether the file keeps touch facts (the tables the touch-facts migration adds)."""
    names = set(db.table_names())
    return all(name in names for name in _FACT_TABLES)


def company_touch(db: Database, alias: str) -> TouchColumns:
    """Last done and next planned day of the company row `alias`.

    The one place that chooses between the maintained facts and a lookup in the touch-points.
    """
    if has_touch_facts(db):
        return TouchColumns(
            "ctf.last_done_day",
            "ctf.next_planned_day",
            f"LEFT JOIN company_touch_facts ctf ON ctf.company_id = {alias}.id",
        )
    return TouchColumns(
        f"(SELECT max(day) FROM touchpoints t WHERE t.company_id = {alias}.id "
        "AND t.status = 'done')",
        f"(SELECT min(day) FROM touchpoints t WHERE t.company_id = {alias}.id "
        "AND t.status = 'planned')",
        "",
    )


def contact_touch(db: Database, alias: str) -> TouchColumns:
    """Last done and next planned day of the contact row `alias` (see `company_touch`)."""
    if has_touch_facts(db):
        return TouchColumns(
            "ktf.last_done_day",
            "ktf.next_planned_day",
            f"LEFT JOIN contact_touch_facts ktf ON ktf.contact_id = {alias}.id",
        )
    return TouchColumns(
        f"(SELECT max(day) FROM touchpoints t WHERE t.contact_id = {alias}.id "
        "AND t.status = 'done')",
        f"(SELECT min(day) FROM touchpoints t WHERE t.contact_id = {alias}.id "
        "AND t.status = 'planned')",
        "",
    )
