"""Conversions between SQLite column values and the domain's Python values."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, TypeVar

E = TypeVar("E", bound=StrEnum)


def d2s(value: date | None) -> str | None:
    """A date as ISO text (it sorts and compares right in SQL); None stays None."""
    return None if value is None else value.isoformat()


def s2d(value: Any) -> date | None:
    """A date from ISO text; NULL or an empty cell is None."""
    return None if value in (None, "") else date.fromisoformat(str(value))


def t2s(value: time | None) -> str | None:
    """A wall-clock time as "HH:MM"; seconds are dropped."""
    return None if value is None else value.strftime("%H:%M")


def s2t(value: Any) -> time | None:
    """A time from "HH:MM" text; NULL or an empty cell is None."""
    return None if value in (None, "") else time.fromisoformat(str(value))


def dt2s(value: datetime | None) -> str | None:
    """A moment as ISO text (with its offset when it has one); None stays None."""
    return None if value is None else value.isoformat()


def s2dt(value: Any) -> datetime | None:
    """A moment from ISO text; NULL or an empty cell is None."""
    return None if value in (None, "") else datetime.fromisoformat(str(value))


def enum_list(values: Iterable[StrEnum | str]) -> str:
    """Enum values as a JSON list, in order (topics, segments)."""
    return json.dumps([str(v) for v in values])


def list_of(text: Any, cls: type[E]) -> tuple[E, ...]:
    """Enum values from a JSON list; NULL is none, an unknown value raises ValueError."""
    return tuple(cls(v) for v in json.loads(text or "[]"))


def strings(text: Any) -> tuple[str, ...]:
    """Strings from a JSON list; NULL is none."""
    return tuple(str(v) for v in json.loads(text or "[]"))


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with its wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
