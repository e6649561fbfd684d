"""Time off: a range of days with both ends included, refused when backwards or over a year."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain.errors import ValidationError
from planner.domain.time_off import TimeOff


def test_days_include_both_ends() -> None:
    fair = TimeOff(date(2026, 12, 30), date(2027, 1, 2), "Trade fair")
    assert list(fair.days()) == [
        date(2026, 12, 30),
        date(2026, 12, 31),
        date(2027, 1, 1),
        date(2027, 1, 2),
    ]
    assert list(TimeOff(date(2026, 5, 1), date(2026, 5, 1)).days()) == [date(2026, 5, 1)]


def test_time_off_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(ValidationError, match="end on or after"):
        TimeOff(date(2026, 5, 2), date(2026, 5, 1))


def test_time_off_of_more_than_a_year_is_refused() -> None:
    TimeOff(date(2028, 1, 1), date(2029, 1, 1))  # 366 days: a leap year is still allowed
    with pytest.raises(ValidationError, match="at most a year"):
        TimeOff(date(2026, 1, 1), date(2027, 1, 3))
