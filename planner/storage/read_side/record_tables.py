"""The accounts and contacts tables sorted and filtered in SQL: the ids of the rows, in order."""

from __future__ import annotations

from dataclasses import dataclass

from planner.storage.db import Database
from planner.storage.read_side.text_search import word_match
from planner.storage.read_side.touch_summary import company_touch, contact_touch


@dataclass(frozen=True, slots=True)
class TableQuery:
    """Which rows a record table shows and in what order.

    `sort` names a column (see COMPANY_SORTS and CONTACT_SORTS); `value_order` lists a
    column's stored values in the order they should sort (e.g. by their translated label).
    Every word of `words` must occur in the row's text; `kind` keeps accounts of one kind.
    """

    words: tuple[str, ...] = ()
    kind: str | None = None
    sort: str = "name"
    descending: bool = False
    value_order: tuple[str, ...] = ()


COMPANY_SORTS: dict[str, str | tuple[str, ...]] = {
    "name": "c.name COLLATE NOCASE",
    "kind": "c.kind",
    "industry": "casefold(c.industry)",
    "timeframe": "c.buying_timeframe",
    "growth": "c.growth_potential",
    "margin": "c.margin_percent",
    "deal_size": "c.expected_deal_size",
    "revenue": "c.our_annual_revenue",
    "share": (
        "CASE WHEN c.estimated_annual_wallet > 0 AND c.our_annual_revenue IS NOT NULL "
        "THEN min(1.0, max(0.0, c.our_annual_revenue * 1.0 / c.estimated_annual_wallet)) END"
    ),
    "contract_end": "c.contract_end",
    "last_touch": "{last}",
    "next_touch": "{next}",
    "contacts": "(SELECT count(*) FROM contacts ct WHERE ct.company_id = c.id)",
}

CONTACT_SORTS: dict[str, str | tuple[str, ...]] = {
    "name": ("c.last_name COLLATE NOCASE", "c.first_name COLLATE NOCASE"),
    "company": "casefold(coalesce(co.name, ''))",
    "title": "casefold(c.title)",
    "level": "c.level",
    "role": "c.buying_role",
    "email": "casefold(c.email)",
    "phone": "c.phone",
    "last_touch": "{last}",
}


def _order(keys: str | tuple[str, ...], query: TableQuery) -> tuple[str, list[object]]:
    """The ORDER BY terms of a sort (its keys, then the id), and their parameters."""
    parts = (keys,) if isinstance(keys, str) else keys
    params: list[object] = []
    if query.value_order:
        cases = " ".join(f"WHEN ? THEN {n}" for n in range(len(query.value_order)))
        parts = tuple(f"CASE {part} {cases} END" for part in parts[:1])
        params = list(query.value_order)
    direction = " DESC" if query.descending else ""
    return ", ".join(f"{part}{direction}" for part in (*parts, "c.id")), params


def _touch(keys: str | tuple[str, ...], last: str, next_: str) -> str | tuple[str, ...]:
    """The keys with the touch columns put in."""
    if isinstance(keys, str):
        return keys.replace("{last}", last).replace("{next}", next_)
    return tuple(k.replace("{last}", last).replace("{next}", next_) for k in keys)


def company_ids(db: Database, query: TableQuery) -> list[int]:
    """The ids of the accounts the table shows, in its order."""
    touch = company_touch(db, "c")
    where: list[str] = []
    params: list[object] = []
    if query.kind is not None:
        where.append("c.kind = ?")
        params.append(query.kind)
    for word in query.words:
        sql, word_params = word_match(db, "companies", "c.id", word)
        where.append(sql)
        params += word_params
    keys = COMPANY_SORTS[query.sort]
    order, order_params = _order(_touch(keys, touch.last, touch.next), query)
    join = touch.join if query.sort in ("last_touch", "next_touch") else ""
    sql = f"SELECT c.id FROM companies c {join}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {order}"
    return [r[0] for r in db.execute(sql, params + order_params).fetchall()]


def contact_ids(db: Database, query: TableQuery) -> list[int]:
    """The ids of the contacts the table shows, in its order.

    A word matches a contact's own fields or the name of their company.
    """
    touch = contact_touch(db, "c")
    where: list[str] = []
    params: list[object] = []
    for word in query.words:
        own, own_params = word_match(db, "contacts", "c.id", word)
        company, company_params = word_match(db, "companies", "c.company_id", word)
        where.append(f"({own} OR {company})")
        params += own_params + company_params
    keys = CONTACT_SORTS[query.sort]
    order, order_params = _order(_touch(keys, touch.last, touch.next), query)
    joins = []
    if query.sort == "company":
        joins.append("LEFT JOIN companies co ON co.id = c.company_id")
    if query.sort == "last_touch":
        joins.append(touch.join)
    sql = f"SELECT c.id FROM contacts c {' '.join(joins)}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {order}"
    return [r[0] for r in db.execute(sql, params + order_params).fetchall()]


def book_count(db: Database, table: str) -> int:
    """How many rows `table` has (companies, contacts or touchpoints), kept by triggers."""
    row = db.execute("SELECT n FROM book_counts WHERE name = ?", [table]).fetchone()
    return int(row[0]) if row is not None else 0
