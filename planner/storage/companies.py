"""Accounts and their incumbent competitors, rows ↔ Company values."""

from __future__ import annotations

import json
from typing import Any

from planner.domain.errors import AmbiguousError, NotFoundError, ValidationError
from planner.domain.model import (
    BuyingTimeframe,
    Company,
    CompanyKind,
    Competitor,
    GrowthPotential,
    RelationshipHealth,
    SearchHit,
)
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage.db import Database
from planner.storage.rows import d2s, like_pattern, s2d

_COLUMNS = (
    "id, name, kind, industry, website, buying_timeframe, margin_percent, expected_deal_size, "
    "growth_potential, our_annual_revenue, estimated_annual_wallet, contract_start, contract_end, "
    "renewal_notice_days, health, health_reason, tier_override, notes, "
    "street, postal_code, city, region, country, latitude, longitude"
)

_NO_ACCOUNT = QT_TRANSLATE_NOOP("Errors", "There is no account with id {id}.")


def check_position(latitude: float | None, longitude: float | None) -> None:
    """Refuse half a position or one off the globe, in plain words."""
    if (latitude is None) != (longitude is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A position needs both a latitude and a longitude.")
        )
    if (
        latitude is not None
        and longitude is not None
        and (not -90 <= latitude <= 90 or not -180 <= longitude <= 180)
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A latitude lies between -90 and 90, a longitude between -180 and 180."
            )
        )


def _to_row(c: Company) -> dict[str, Any]:
    if not c.name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An account needs a name."))
    check_position(c.latitude, c.longitude)
    return {
        "name": c.name.strip(),
        "kind": str(c.kind),
        "industry": c.industry,
        "website": c.website,
        "buying_timeframe": str(c.buying_timeframe),
        "margin_percent": c.margin_percent,
        "expected_deal_size": c.expected_deal_size,
        "growth_potential": str(c.growth_potential),
        "our_annual_revenue": c.our_annual_revenue,
        "estimated_annual_wallet": c.estimated_annual_wallet,
        "contract_start": d2s(c.contract_start),
        "contract_end": d2s(c.contract_end),
        "renewal_notice_days": c.renewal_notice_days,
        "health": str(c.health),
        "health_reason": c.health_reason,
        "tier_override": c.tier_override,
        "notes": c.notes,
        "street": c.street.strip(),
        "postal_code": c.postal_code.strip(),
        "city": c.city.strip(),
        "region": c.region.strip(),
        "country": c.country.strip(),
        "latitude": c.latitude,
        "longitude": c.longitude,
    }


def _from_row(r: Any, competitors: tuple[Competitor, ...] = ()) -> Company:
    return Company(
        id=r["id"],
        name=r["name"],
        kind=CompanyKind(r["kind"]),
        industry=r["industry"],
        website=r["website"],
        buying_timeframe=BuyingTimeframe(r["buying_timeframe"]),
        margin_percent=r["margin_percent"],
        expected_deal_size=r["expected_deal_size"],
        growth_potential=GrowthPotential(r["growth_potential"]),
        our_annual_revenue=r["our_annual_revenue"],
        estimated_annual_wallet=r["estimated_annual_wallet"],
        competitors=competitors,
        contract_start=s2d(r["contract_start"]),
        contract_end=s2d(r["contract_end"]),
        renewal_notice_days=r["renewal_notice_days"],
        health=RelationshipHealth(r["health"]),
        health_reason=r["health_reason"],
        tier_override=r["tier_override"],
        notes=r["notes"],
        street=r["street"],
        postal_code=r["postal_code"],
        city=r["city"],
        region=r["region"],
        country=r["country"],
        latitude=r["latitude"],
        longitude=r["longitude"],
    )


class CompanyRepository:
    """Reads and writes accounts; callers wrap writes that belong together in `store.atomic()`."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _competitors(
        self, company_ids: list[int] | None = None
    ) -> dict[int, tuple[Competitor, ...]]:
        sql = "SELECT company_id, name, supplies, contract_end FROM competitors"
        params: list[Any] = []
        if company_ids is not None:
            if not company_ids:
                return {}
            # One JSON parameter: a long list of ids would pass SQLite's variable limit.
            sql += " WHERE company_id IN (SELECT value FROM json_each(?))"
            params = [json.dumps(list(company_ids))]
        sql += " ORDER BY company_id, position, id"
        grouped: dict[int, list[Competitor]] = {}
        for company_id, name, supplies, end in self._db.execute(sql, params).fetchall():
            grouped.setdefault(company_id, []).append(Competitor(name, supplies, s2d(end)))
        return {k: tuple(v) for k, v in grouped.items()}

    def _write_competitors(self, company_id: int, competitors: tuple[Competitor, ...]) -> None:
        self._db.execute("DELETE FROM competitors WHERE company_id = ?", [company_id])
        for position, comp in enumerate(competitors):
            self._db.execute(
                "INSERT INTO competitors (company_id, position, name, supplies, contract_end) "
                "VALUES (?, ?, ?, ?, ?)",
                [company_id, position, comp.name, comp.supplies, d2s(comp.contract_end)],
            )

    def add(self, company: Company) -> Company:
        """Store a new account with its competitors; one with an id keeps it (undo puts it back)."""
        row = _to_row(company)
        if company.id is not None:
            row["id"] = company.id
        with self._db.atomic():
            cols = ", ".join(row)
            cursor = self._db.execute(
                f"INSERT INTO companies ({cols}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            new_id = int(cursor.lastrowid or 0)
            self._write_competitors(new_id, company.competitors)
        return company.replace(id=new_id, name=row["name"])

    def update(self, company: Company) -> Company:
        """Replace every field and the competitor list; NotFoundError when the account is gone."""
        if company.id is None:
            raise ValueError("update needs a company with an id")
        row = _to_row(company)
        with self._db.atomic():
            cursor = self._db.execute(
                f"UPDATE companies SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
                [*row.values(), company.id],
            )
            if cursor.rowcount == 0:
                raise NotFoundError(_NO_ACCOUNT.format(id=company.id))
            self._write_competitors(company.id, company.competitors)
        return company.replace(name=row["name"])

    def get(self, company_id: int) -> Company:
        """The account with its competitors in their order; NotFoundError when there is none."""
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM companies WHERE id = ?", [company_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(_NO_ACCOUNT.format(id=company_id))
        return _from_row(_named(row), self._competitors([company_id]).get(company_id, ()))

    def among(self, ids: list[int]) -> list[Company]:
        """The accounts with these ids, in the order of `all()`."""
        competitors = self._competitors(ids)
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM companies WHERE id IN (SELECT value FROM json_each(?)) "
            "ORDER BY name COLLATE NOCASE",
            [json.dumps(ids)],
        )
        return [_from_row(_named(r), competitors.get(r[0], ())) for r in rows.fetchall()]

    def all(self) -> list[Company]:
        """Every account, by name regardless of case."""
        competitors = self._competitors()
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM companies ORDER BY name COLLATE NOCASE")
        return [_from_row(_named(r), competitors.get(r[0], ())) for r in rows.fetchall()]

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM companies").fetchone()[0])

    def competitors_of(self, company_ids: list[int] | None) -> dict[int, tuple[Competitor, ...]]:
        """The competitors of these accounts (of all when None), by account id."""
        return self._competitors(company_ids)

    def find(self, name: str) -> Company:
        """The one account whose name matches, case-insensitively; exact match wins over a part."""
        text = " ".join(name.split()).casefold()
        exact = self._db.execute(
            "SELECT id FROM companies WHERE casefold(name) = ?", [text]
        ).fetchall()
        if len(exact) == 1:
            return self.get(exact[0][0])
        rows = (
            exact
            or self._db.execute(
                "SELECT id FROM companies WHERE instr(casefold(name), ?) > 0 "
                "ORDER BY name LIMIT 11",
                [text],
            ).fetchall()
        )
        if len(rows) == 1:
            return self.get(rows[0][0])
        if not rows:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "No account is called {name!r}.").format(name=name)
            )
        names = [self.get(r[0]).name for r in rows[:10]]
        raise AmbiguousError(
            QT_TRANSLATE_NOOP("Errors", "{name!r} matches several accounts: {names}.").format(
                name=name, names=", ".join(names)
            )
        )

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Accounts whose name or industry holds `text` (wildcards literal), name prefixes first."""
        rows = self._db.execute(
            "SELECT id, name, kind FROM companies WHERE name LIKE ? ESCAPE '\\' "
            "OR industry LIKE ? ESCAPE '\\' ORDER BY (name LIKE ? ESCAPE '\\') DESC, name LIMIT ?",
            [like_pattern(text), like_pattern(text), like_pattern(text).lstrip("%"), limit],
        ).fetchall()
        return [SearchHit("company", r[0], r[1], CompanyKind(r[2]).label) for r in rows]

    def delete(self, company_id: int) -> None:
        """Delete the account, its competitors, jobs and touch-points; its people stay, unlinked."""
        with self._db.atomic():
            cursor = self._db.execute("DELETE FROM companies WHERE id = ?", [company_id])
            if cursor.rowcount == 0:
                raise NotFoundError(_NO_ACCOUNT.format(id=company_id))


COLUMNS = _COLUMNS
"""The columns of an account row, in the order `from_row` reads them."""


def named(row: Any, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    """An account row by column name (with `extra` columns after the account's own)."""
    return _named(row, extra)


def from_row(r: Any, competitors: tuple[Competitor, ...] = ()) -> Company:
    """The account of a row by column name."""
    return _from_row(r, competitors)


def _named(row: Any, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    names = [c.strip() for c in _COLUMNS.split(",")] + list(extra)
    return dict(zip(names, row, strict=True))
