"""Where a summary's last and next touch come from: the touch facts when the file has them."""

from __future__ import annotations

from sqlite_utils import Database

_FACT_TABLES = ("contact_touch_facts", "company_touch_facts")


def has_touch_facts(db: Database) -> bool:
    """Whether the file keeps touch facts (the tables a later migration adds)."""
    names = set(db.table_names())
    return all(name in names for name in _FACT_TABLES)


def company_touch_columns(db: Database, alias: str) -> tuple[str, str]:
    """SQL for (last done day, next planned day) of the company row `alias`, and its join.

    Returns the two select expressions joined by ", " and the JOIN clause they need; the one
    place that chooses between the maintained facts and a lookup in the touch-points.
    """
    if has_touch_facts(db):
        join = f"LEFT JOIN company_touch_facts ctf ON ctf.company_id = {alias}.id"
        return "ctf.last_done_day, ctf.next_planned_day", join
    columns = (
        f"(SELECT max(day) FROM touchpoints t WHERE t.company_id = {alias}.id "
        "AND t.status = 'done'), "
        f"(SELECT min(day) FROM touchpoints t WHERE t.company_id = {alias}.id "
        "AND t.status = 'planned')"
    )
    return columns, ""


def contact_touch_columns(db: Database, alias: str) -> tuple[str, str]:
    """SQL for the last done day of the contact row `alias`, and the JOIN clause it needs."""
    if has_touch_facts(db):
        join = f"LEFT JOIN contact_touch_facts ktf ON ktf.contact_id = {alias}.id"
        return "ktf.last_done_day", join
    column = (
        f"(SELECT max(day) FROM touchpoints t WHERE t.contact_id = {alias}.id "
        "AND t.status = 'done')"
    )
    return column, ""
