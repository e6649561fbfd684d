"""The rep's working week: hours per weekday, channel lengths, the admin slot and days off."""

from __future__ import annotations

import locale
import re
from collections.abc import Iterable
from datetime import date, time
from functools import lru_cache

from planner.domain.errors import ValidationError
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.domain.time_off import TimeOff
from planner.nurture.holiday_table import cached_table

Hours = tuple[time, time]
DEFAULT_HOURS: Hours = (time(9, 0), time(17, 0))
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# "auto" takes the country of the system locale; "none" plans on public holidays too.
HOLIDAYS_AUTO = "auto"
HOLIDAYS_NONE = "none"


def parse_clock(text: str) -> time:
    """A wall-clock time from "HH:MM" (24 hours); a clear message otherwise."""
    try:
        hours, minutes = (int(part) for part in text.strip().split(":"))
        return time(hours, minutes)
    except (ValueError, TypeError):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{text}” is not a time; write it as HH:MM, e.g. 09:00."
            ).format(text=text)
        ) from None


def parse_hours(text: str) -> Hours:
    """Working hours from "08:30-17:30"; the end must come after the start."""
    parts = text.replace("–", "-").split("-")
    if len(parts) != 2:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{text}” are not working hours; write them as 08:30-17:30."
            ).format(text=text)
        )
    start, end = parse_clock(parts[0]), parse_clock(parts[1])
    check_hours((start, end))
    return start, end


def check_hours(hours: Hours) -> None:
    """Hours must be at least half an hour, start before they end."""
    start, end = hours
    if minutes_of(end) - minutes_of(start) < 30:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Working hours must end at least half an hour after they start."
            )
        )


def format_hours(hours: Hours) -> str:
    """Hours as "08:30-17:30", the form `parse_hours` reads back."""
    return f"{hours[0]:%H:%M}-{hours[1]:%H:%M}"


def minutes_of(moment: time) -> int:
    """Minutes since midnight, the unit the slot finder works in."""
    return moment.hour * 60 + moment.minute


def clock_of(minutes: int) -> time:
    """The wall-clock time `minutes` after midnight."""
    return time(minutes // 60, minutes % 60)


def parse_weekday(text: str) -> int:
    """0 (Monday) to 6 (Sunday) from "mon" … "sun"."""
    key = text.strip().lower()[:3]
    if key not in WEEKDAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{text}” is not a weekday; use mon, tue, … sun.").format(
                text=text
            )
        )
    return WEEKDAYS.index(key)


_CODE = re.compile(r"(?:auto|none|[A-Z]{2,3}(?:-[A-Za-z0-9]{1,20})?)")


def holidays_code_looks_right(code: str) -> None:
    """A cheap check of a stored holidays choice (the package is only loaded when needed)."""
    if not _CODE.fullmatch(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{code}” is not a country with known public holidays (e.g. DE, US, GB)."
            ).format(code=code)
        )


def check_holidays(code: str) -> str:
    """A holidays choice: "auto", "none", a country ("DE") or country and region ("DE-BY")."""
    value = code.strip()
    if value.lower() in (HOLIDAYS_AUTO, HOLIDAYS_NONE):
        return value.lower()
    import holidays

    country, _, region = value.upper().partition("-")
    supported = holidays.list_supported_countries()
    if country not in supported:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{code}” is not a country with known public holidays (e.g. DE, US, GB)."
            ).format(code=value)
        )
    regions = {r.upper(): r for r in supported[country]}
    if region and region not in regions:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{region}” is not a region of {country}; known: {known}."
            ).format(region=region, country=country, known=", ".join(supported[country]))
        )
    return f"{country}-{regions[region]}" if region else country


def _locale_country() -> str:
    name = locale.getlocale()[0] or ""
    _, _, country = name.partition("_")
    return country.upper() if len(country) == 2 else HOLIDAYS_NONE


def locale_country() -> str:
    """The country of the system locale ("DE" for de_DE.UTF-8), or "none" without one."""
    return _locale_country()


def resolved_holidays(choice: str) -> str:
    """The country (and region) whose holidays apply, "auto" resolved from the locale."""
    if choice != HOLIDAYS_AUTO:
        return choice
    country = locale_country()
    if country == HOLIDAYS_NONE:
        return HOLIDAYS_NONE
    try:
        return check_holidays(country)
    except ValidationError:
        return HOLIDAYS_NONE


def public_holidays(choice: str, year: int) -> dict[date, str]:
    """The public holidays of a year for a holidays choice, day to name."""
    return _holidays_of(resolved_holidays(choice), year)


@lru_cache(maxsize=64)
def _holidays_of(code: str, year: int) -> dict[date, str]:
    if code == HOLIDAYS_NONE:
        return {}
    return cached_table(code, year, lambda: _computed_holidays(code, year))


def _computed_holidays(code: str, year: int) -> dict[date, str]:
    import holidays

    country, _, region = code.partition("-")
    try:
        found = holidays.country_holidays(country, subdiv=region or None, years=[year])
    except NotImplementedError:  # a plan file naming a country the package does not know
        return {}
    return {day: str(name) for day, name in found.items()}


def days_off(
    choice: str, time_off: Iterable[tuple[date, date, str]], first: date, last: date
) -> dict[date, str]:
    """Public holidays and time off between first and last (both included), day to label."""
    off: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        for day, name in public_holidays(choice, year).items():
            if first <= day <= last:
                off[day] = name
    for start, end, label in time_off:
        away = TimeOff(start, end, label)
        for day in away.days():
            if first <= day <= last:
                off.setdefault(day, away.label or QT_TRANSLATE_NOOP("Plan", "Time off"))
    return off
