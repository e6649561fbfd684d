"""The rep's settings by name, as text: listed and changed one at a time with full validation."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from planner.domain.errors import ValidationError
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.nurture.settings import NurtureSettings
from planner.nurture.workweek import (
    HOLIDAYS_NONE,
    WEEKDAYS,
    check_holidays,
    format_hours,
    parse_hours,
    parse_weekday,
    resolved_holidays,
)


def _whole(text: str, what: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{what} must be a whole number, not “{text}”.").format(
                what=what, text=text
            )
        ) from None


def _working_days(settings: NurtureSettings, values: Sequence[str]) -> NurtureSettings:
    days: set[int] = set()
    for part in ",".join(values).replace(" ", "").split(","):
        if not part:
            continue
        first, _, last = part.partition("-")
        a = parse_weekday(first)
        b = parse_weekday(last) if last else a
        days.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(b + 1)])
    return settings.replace(working_days=frozenset(days))


def _working_hours(settings: NurtureSettings, values: Sequence[str]) -> NurtureSettings:
    """ "08:30-17:30" for every day, or "mon 08:30-12:00" for one weekday."""
    if len(values) == 2:
        day = parse_weekday(values[0])
        hours = list(settings.working_hours)
        hours[day] = parse_hours(values[1])
        return settings.replace(working_hours=tuple(hours))
    return settings.replace(working_hours=(parse_hours(values[0]),) * 7)


def _admin_slot(settings: NurtureSettings, values: Sequence[str]) -> NurtureSettings:
    text = values[0].strip().lower()
    if text in ("none", "all-day", "off"):
        return settings.replace(admin_slot=None)
    return settings.replace(admin_slot=parse_hours(values[0]))


def _minutes(field: str, what: str) -> Callable[[NurtureSettings, Sequence[str]], NurtureSettings]:
    def setter(settings: NurtureSettings, values: Sequence[str]) -> NurtureSettings:
        return settings.replace(**{field: _whole(values[0], what)})

    return setter


_SETTERS: dict[str, tuple[Callable[[NurtureSettings, Sequence[str]], NurtureSettings], int]] = {
    "capacity": (
        lambda s, v: s.replace(capacity_per_day=_whole(v[0], "The capacity")),
        1,
    ),
    "working_days": (_working_days, 1),
    "working_hours": (_working_hours, 2),
    "call_minutes": (_minutes("call_minutes", "A call's length"), 1),
    "meeting_minutes": (_minutes("meeting_minutes", "A meeting's length"), 1),
    "visit_minutes": (_minutes("visit_minutes", "A visit's length"), 1),
    "admin_slot": (_admin_slot, 1),
    "holidays": (lambda s, v: s.replace(holidays=check_holidays(v[0])), 1),
    "lost_touch_days": (
        lambda s, v: s.replace(lost_touch_days=_whole(v[0], "The lost-touch limit")),
        1,
    ),
}
KEYS: tuple[str, ...] = tuple(_SETTERS)


def set_setting(settings: NurtureSettings, key: str, values: Sequence[str]) -> NurtureSettings:
    """The settings with `key` set from its text value(s); a clear message when it is wrong."""
    entry = _SETTERS.get(key.strip().lower().replace("-", "_"))
    if entry is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{key}” is not a setting; known: {keys}.").format(
                key=key, keys=", ".join(KEYS)
            )
        )
    setter, most = entry
    if not 1 <= len(values) <= most:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The setting {key} takes one value.").format(key=key)
        )
    return setter(settings, values)


def describe(settings: NurtureSettings) -> dict[str, Any]:
    """Every setting by key, as the text `set_setting` accepts back."""
    hours = {
        WEEKDAYS[d]: format_hours(settings.working_hours[d]) for d in sorted(settings.working_days)
    }
    resolved = resolved_holidays(settings.holidays)
    return {
        "capacity": settings.capacity_per_day,
        "working_days": ",".join(WEEKDAYS[d] for d in sorted(settings.working_days)),
        "working_hours": hours,
        "call_minutes": settings.call_minutes,
        "meeting_minutes": settings.meeting_minutes,
        "visit_minutes": settings.visit_minutes,
        "admin_slot": None if settings.admin_slot is None else format_hours(settings.admin_slot),
        "holidays": settings.holidays,
        # "auto" as it works out on this machine (the locale's country, or none).
        "holidays_in_effect": resolved or HOLIDAYS_NONE,
        "lost_touch_days": settings.lost_touch_days,
    }
