"""Time off: a range of days the rep is away, with a label (vacation, a trade fair)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from planner.domain.errors import ValidationError
from planner.domain.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class TimeOff:
    """Days the rep is away (vacation, a trade fair), both ends included."""

    start: date
    end: date
    label: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Time off must end on or after the day it starts.")
            )
        if (self.end - self.start).days > 366:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Time off can be at most a year at a time.")
            )

    def days(self) -> Iterator[date]:
        """Every day of the range."""
        day = self.start
        while day <= self.end:
            yield day
            day += timedelta(days=1)
