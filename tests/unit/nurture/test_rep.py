"""The simulated rep: takes a share of the plan and lets touches slip, never past capacity."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from planner.domain.errors import ValidationError
from planner.nurture.rep import Rep

FRIDAY = date(2026, 11, 27)
WEEKDAYS = frozenset(range(5))


@pytest.mark.parametrize(("accept", "complete"), [(-0.1, 1.0), (1.0, 1.5)])
def test_shares_outside_zero_to_one_are_refused(accept: float, complete: float) -> None:
    with pytest.raises(ValidationError, match="shares between 0 and 1"):
        Rep(accept=accept, complete=complete)


def test_a_perfect_rep_takes_everything_and_does_it_on_the_day() -> None:
    rep = Rep()
    assert rep.perfect
    assert all(rep.accepts() for _ in range(50))
    assert rep.done_on(FRIDAY, WEEKDAYS, (), Counter(), 8) == FRIDAY


def test_a_rep_who_accepts_nothing_takes_nothing() -> None:
    rep = Rep(accept=0.0)
    assert not rep.perfect
    assert not any(rep.accepts() for _ in range(50))


def test_slipped_touches_land_one_or_two_working_days_later() -> None:
    rep = Rep(complete=0.0, seed=3)
    monday, tuesday = FRIDAY + timedelta(days=3), FRIDAY + timedelta(days=4)
    days = {rep.done_on(FRIDAY, WEEKDAYS, (), Counter(), 8) for _ in range(40)}
    assert days == {monday, tuesday}  # over the weekend, and both distances happen


def test_a_slipped_touch_skips_days_off_and_full_days() -> None:
    rep = Rep(complete=0.0, seed=1)
    monday = FRIDAY + timedelta(days=3)
    tuesday, wednesday = monday + timedelta(days=1), monday + timedelta(days=2)
    full = Counter({tuesday: 8})
    for _ in range(20):
        day = rep.done_on(FRIDAY, WEEKDAYS, {monday}, full, 8)
        assert day >= wednesday  # Monday is off, Tuesday is full


def test_the_same_seed_repeats_the_same_run() -> None:
    def run(seed: int) -> list[object]:
        rep = Rep(accept=0.5, complete=0.5, seed=seed)
        return [(rep.accepts(), rep.done_on(FRIDAY, WEEKDAYS, (), Counter(), 8)) for _ in range(30)]

    assert run(7) == run(7)
    assert run(7) != run(8)
