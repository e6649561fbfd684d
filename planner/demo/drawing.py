"""The demo generator's state and draws: one random source, days from today, working days."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import accumulate
from typing import TypeVar

from planner.demo.book import DEMO_HOLIDAYS, Account, Scale
from planner.domain.model import ContentItem
from planner.domain.timing import local_zone_name
from planner.nurture.workweek import public_holidays
from planner.storage import Store

T = TypeVar("T")


class Drawing:
    """What the generator's parts share: the store, today, the scale, what is written so far.

    Every random choice goes through `rng` in a fixed order: the same seed gives the same book.
    """

    def __init__(self, store: Store, today: date, rng: random.Random, scale: Scale) -> None:
        self.store = store
        self.today = today
        self.rng = rng
        self.scale = scale
        self.zone = local_zone_name()
        self.accounts: list[Account] = []
        self.content: list[ContentItem] = []
        self.moved = 0
        self._holiday_moves = 0
        self._names: set[str] = set()
        self._emails: set[str] = set()
        self._tables: dict[tuple[object, ...], tuple[list[object], list[int]]] = {}
        # Days by offset from today, and weekdays by their working day: a million touch-points
        # ask for the same few thousand days.
        self._days: dict[int, date] = {}
        self._working: dict[date, date] = {}

    def _pick(self, weighted: Sequence[tuple[T, int]]) -> T:
        # Cumulative weights once per table: random.choices draws the same either way.
        key = tuple(weighted)
        cached = self._tables.get(key)
        if cached is None:
            cached = ([v for v, _ in weighted], list(accumulate(w for _, w in weighted)))
            self._tables[key] = cached
        values: list[T] = cached[0]  # type: ignore[assignment]
        return values[self._draw(cached[1])]

    def _draw(self, cum_weights: list[int]) -> int:
        """An index drawn by cumulative weights: what `rng.choices(…, cum_weights=…)[0]` draws,
        with the same single random number, without building a list for one choice."""
        total = cum_weights[-1] + 0.0
        return bisect(cum_weights, self.rng.random() * total, 0, len(cum_weights) - 1)

    def _day(self, offset: int) -> date:
        day = self._days.get(offset)
        if day is None:
            day = self._days[offset] = self.today + timedelta(days=offset)
        return day

    def _working_day(self, day: date) -> date:
        """The day itself on a weekday; the Friday before or Monday after a weekend day.

        A public holiday of the demo's country moves to one of the three working days before
        or after it, in turn, so the days around Christmas do not pile up.
        """
        known = self._working.get(day)
        if known is not None:
            return known
        asked = day
        if day.weekday() == 5:
            day -= timedelta(days=1)
        elif day.weekday() == 6:
            day += timedelta(days=1)
        if day not in public_holidays(DEMO_HOLIDAYS, day.year):
            # Only days that need no holiday move are kept: a move depends on the moves before.
            self._working[asked] = day
            return day
        self._holiday_moves += 1
        step = timedelta(days=1 if self._holiday_moves % 2 else -1)
        left = 1 + (self._holiday_moves // 2) % 3
        while left:
            day += step
            if day.weekday() < 5 and day not in public_holidays(DEMO_HOLIDAYS, day.year):
                left -= 1
        return day
