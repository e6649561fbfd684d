"""Small hand-built portfolios for the nurture tests."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from planner.domain.model import Company, CompanyKind, Contact, ContactLevel
from planner.domain.portfolio import Portfolio

TODAY = date(2026, 11, 23)  # a Monday
NEXT_WEEK = date(2026, 11, 30)


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def company(cid: int, kind: CompanyKind = CompanyKind.CUSTOMER, **kw: Any) -> Company:
    return Company(name=kw.pop("name", f"Co{cid}"), kind=kind, id=cid, **kw)


def person(
    pid: int, company_id: int, level: ContactLevel = ContactLevel.MANAGER, **kw: Any
) -> Contact:
    return Contact(
        first_name=kw.pop("first_name", f"P{pid}"),
        last_name=kw.pop("last_name", "Doe"),
        id=pid,
        company_id=company_id,
        level=level,
        **kw,
    )


def touched_all(
    companies: tuple[Company, ...], contacts: tuple[Contact, ...], day: date
) -> dict[str, Any]:
    """Aggregates saying everyone was last touched on `day`."""
    return {
        "last_contact_touch": {c.id: day for c in contacts if c.id is not None},
        "last_company_touch": {c.id: day for c in companies if c.id is not None},
        "last_level_touch": {
            (c.company_id, c.level): day for c in contacts if c.company_id is not None
        },
    }


def portfolio(
    companies: tuple[Company, ...], contacts: tuple[Contact, ...] = (), **kw: Any
) -> Portfolio:
    return Portfolio(today=kw.pop("today", TODAY), companies=companies, contacts=contacts, **kw)
