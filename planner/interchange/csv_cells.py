"""Converting a CSV row's cells into the records an import matches: numbers, dates, choices."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.domain.columns import ADDRESS_FIELDS
from planner.domain.errors import ValidationError
from planner.domain.model import (
    BuyingRole,
    BuyingTimeframe,
    Channel,
    CompanyKind,
    ContactLevel,
    GrowthPotential,
    Purpose,
    Status,
)
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.domain.timing import parse_time
from planner.interchange.csv_columns import header_key
from planner.interchange.records import (
    CompanyRecord,
    ContactRecord,
    TouchPointRecord,
    clean_email,
    split_full_name,
)

MULTI_VALUE_SEPARATOR = " ::: "
"""Google Contacts joins several values of one cell with this."""

_E = TypeVar(
    "_E",
    CompanyKind,
    BuyingTimeframe,
    GrowthPotential,
    ContactLevel,
    BuyingRole,
    Channel,
    Purpose,
    Status,
)
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def first_value(cell: str) -> str:
    """The first of several values Google joins with " ::: "."""
    return cell.split(MULTI_VALUE_SEPARATOR, 1)[0].strip()


def unformula(cell: str) -> str:
    """Undo the export's formula guard: "'=x" becomes "=x" again."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in _FORMULA_PREFIXES:
        return cell[1:]
    return cell


# In the row reasons below `what` is the planner's name of the column (our_annual_revenue,
# buying_role…), the same in every language, like the values a choice allows.
_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Import", "{what} {value!r} is not a number")
_NO_SUCH_DAY = QT_TRANSLATE_NOOP("Import", "{what} {value} does not exist")
_NOT_A_DATE = QT_TRANSLATE_NOOP("Import", "{what} {value!r} is not a date (expected YYYY-MM-DD)")


def _number(
    value: str, what: str, *, low: float | None = 0.0, high: float | None = None
) -> float | None:
    text = value.strip().replace("_", "")
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise ValidationError(_NOT_A_NUMBER.format(what=what, value=value)) from None
    if math.isnan(number) or math.isinf(number):
        raise ValidationError(_NOT_A_NUMBER.format(what=what, value=value))
    if low is not None and number < low:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Import", "{what} {value!r} is below {limit}").format(
                what=what, value=value, limit=f"{low:g}"
            )
        )
    if high is not None and number > high:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Import", "{what} {value!r} is above {limit}").format(
                what=what, value=value, limit=f"{high:g}"
            )
        )
    return number


def _choice(value: str, cls: type[_E], what: str) -> _E | None:
    text = value.strip()
    if not text:
        return None
    key = header_key(text)
    for member in cls:
        if key in (header_key(member.value), header_key(member.label)):
            return member
    allowed = ", ".join(m.value for m in cls)
    raise ValidationError(
        QT_TRANSLATE_NOOP("Import", "{what} {value!r} is not one of {allowed}").format(
            what=what, value=value, allowed=allowed
        )
    )


def _iso_date(value: str, what: str) -> date | None:
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValidationError(_NO_SUCH_DAY.format(what=what, value=text)) from None
        raise ValidationError(_NOT_A_DATE.format(what=what, value=value)) from None


def _text_block(text: str) -> str:
    """Free text kept as written (the planner's own export round-trips exactly)."""
    return text if text.strip() else ""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def contact_record(values: Mapping[str, str]) -> ContactRecord:
    first, last = _one_line(values.get("first_name", "")), _one_line(values.get("last_name", ""))
    if not (first or last) and values.get("full_name"):
        first, last = split_full_name(values["full_name"])
    return ContactRecord(
        first_name=first,
        last_name=last,
        company=_one_line(values.get("company", "")),
        title=_one_line(values.get("title", "")),
        email=clean_email(values.get("email", "")),
        phone=_one_line(values.get("phone", "")),
        profile_url=values.get("profile_url", "").strip(),
        notes=_text_block(values.get("notes", "")),
        level=_choice(values.get("level", ""), ContactLevel, "level"),
        buying_role=_choice(values.get("buying_role", ""), BuyingRole, "buying_role"),
        **_address(values),
    )


def _address(values: Mapping[str, str]) -> dict[str, str]:
    """The address parts of a row, each on one line (a street may have wrapped in the file)."""
    return {name: _one_line(values.get(name, "")) for name in ADDRESS_FIELDS}


def company_record(values: Mapping[str, str]) -> CompanyRecord:
    competitors = tuple(
        dict.fromkeys(
            _one_line(c) for c in values.get("incumbent_competitors", "").split(";") if c.strip()
        )
    )
    return CompanyRecord(
        name=_one_line(values.get("name", "")),
        kind=_choice(values.get("kind", ""), CompanyKind, "kind"),
        industry=_one_line(values.get("industry", "")),
        website=values.get("website", "").strip(),
        our_annual_revenue=_number(values.get("our_annual_revenue", ""), "our_annual_revenue"),
        estimated_annual_wallet=_number(
            values.get("estimated_annual_wallet", ""), "estimated_annual_wallet"
        ),
        margin_percent=_number(
            values.get("margin_percent", ""), "margin_percent", low=-100.0, high=100.0
        ),
        expected_deal_size=_number(values.get("expected_deal_size", ""), "expected_deal_size"),
        buying_timeframe=_choice(
            values.get("buying_timeframe", ""), BuyingTimeframe, "buying_timeframe"
        ),
        growth_potential=_choice(
            values.get("growth_potential", ""), GrowthPotential, "growth_potential"
        ),
        contract_start=_iso_date(values.get("contract_start", ""), "contract_start"),
        contract_end=_iso_date(values.get("contract_end", ""), "contract_end"),
        competitors=competitors,
        notes=_text_block(values.get("notes", "")),
        **_address(values),
    )


def _day(value: str) -> date:
    text = value.strip()
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Import", "has no date"))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValidationError(_NOT_A_DATE.format(what="date", value=value))
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(_NO_SUCH_DAY.format(what="date", value=text)) from None


def _zone(value: str) -> str:
    """A known IANA zone name, checked against the time-zone database."""
    name = value.strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Import",
                "timezone {value!r} is not a known time zone (expected a name like Europe/Berlin)",
            ).format(value=value)
        ) from None
    return name


def _minutes(value: str) -> int | None:
    text = value.strip()
    if not text:
        return None
    if not re.fullmatch(r"\d{1,4}", text):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Import", "duration_minutes {value!r} is not a whole number of minutes"
            ).format(value=value)
        )
    minutes = int(text)
    if minutes > 24 * 60:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Import", "duration_minutes {value!r} is longer than a day").format(
                value=value
            )
        )
    return minutes


def _moment(value: str, zone: str) -> datetime | None:
    """An ISO date and time; one without an offset is read in the touch-point's zone."""
    text = value.strip()
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Import",
                "completed_at {value!r} is not a date and time "
                "(expected ISO 8601, like 2026-11-24T10:30:00+01:00)",
            ).format(value=value)
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=ZoneInfo(zone))


def touchpoint_record(values: Mapping[str, str], machine_zone: str) -> TouchPointRecord:
    company = _one_line(values.get("company", ""))
    day = _day(values.get("date", ""))
    if not company:
        raise ValidationError(QT_TRANSLATE_NOOP("Import", "has no account (company)"))
    time_text = values.get("time", "").strip()
    at = parse_time(time_text) if time_text else None
    zone_text = values.get("timezone", "").strip()
    zone = _zone(zone_text) if zone_text else machine_zone
    return TouchPointRecord(
        day=day,
        company=company,
        contact=_one_line(values.get("contact", "")),
        time=at,
        tz=zone,
        duration_minutes=_minutes(values.get("duration_minutes", "")),
        channel=_choice(values.get("channel", ""), Channel, "channel"),
        purpose=_choice(values.get("purpose", ""), Purpose, "purpose"),
        status=_choice(values.get("status", ""), Status, "status"),
        title=_text_block(values.get("title", "")),
        reason=_text_block(values.get("reason", "")),
        notes=_text_block(values.get("notes", "")),
        outcome=_text_block(values.get("outcome", "")),
        content=_one_line(values.get("content", "")),
        completed_at=_moment(values.get("completed_at", ""), zone),
    )
