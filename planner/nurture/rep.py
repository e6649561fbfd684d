"""An imperfect rep for the simulation: accepts part of the plan and lets some touches slip."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, timedelta

from planner.domain.errors import ValidationError
from planner.domain.text import QT_TRANSLATE_NOOP


@dataclass
class Rep:
    """Accepts `accept` of the suggestions and does `complete` of what is planned on its day.

    The rest slips by one or two working days (further only when that day is full), so the
    rep never does more in a day than their capacity. Seeded, so a run can be repeated.
    """

    accept: float = 1.0
    complete: float = 1.0
    seed: int = 0
    rng: random.Random = field(init=False, repr=False)

    def __post_init__(self) -> None:
        for share in (self.accept, self.complete):
            if not 0.0 <= share <= 1.0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "--accept and --complete are shares between 0 and 1."
                    )
                )
        self.rng = random.Random(self.seed)

    @property
    def perfect(self) -> bool:
        """Takes every suggestion and does each on its day: the simulation's default rep."""
        return self.accept >= 1.0 and self.complete >= 1.0

    def accepts(self) -> bool:
        """Whether the rep takes the next suggestion."""
        return self.accept >= 1.0 or self.rng.random() < self.accept

    def done_on(
        self,
        day: date,
        working_days: Collection[int],
        days_off: Collection[date],
        load: Counter[date],
        capacity: int,
    ) -> date:
        """The day a planned touch is actually done: its own, or a day or two later."""
        if self.complete >= 1.0 or self.rng.random() < self.complete:
            return day
        wanted = self.rng.choice((1, 2))
        moved = 0
        while True:
            day += timedelta(days=1)
            if day.weekday() not in working_days or day in days_off:
                continue
            moved += 1
            if moved >= wanted and load[day] < capacity:
                return day
