"""Column conversions: dates, times and lists go in as text and come back equal; blanks are None."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from planner.domain.model import Channel
from planner.storage.rows import (
    d2s,
    dt2s,
    enum_list,
    like_pattern,
    list_of,
    s2d,
    s2dt,
    s2t,
    strings,
    t2s,
)


def test_dates_times_and_moments_round_trip_and_blanks_read_as_none() -> None:
    day, at = date(2026, 11, 23), time(9, 30)
    moment = datetime(2026, 11, 23, 9, 30, 15, tzinfo=UTC)
    assert s2d(d2s(day)) == day
    assert s2t(t2s(at)) == at
    assert s2dt(dt2s(moment)) == moment
    for write in (d2s, t2s, dt2s):
        assert write(None) is None
    for read in (s2d, s2t, s2dt):
        assert read(None) is None
        assert read("") is None


def test_times_are_stored_to_the_minute() -> None:
    assert t2s(time(9, 30, 45)) == "09:30"


def test_enum_lists_round_trip_in_order_and_empty_text_is_no_list() -> None:
    stored = enum_list([Channel.VISIT, Channel.CALL])
    assert list_of(stored, Channel) == (Channel.VISIT, Channel.CALL)
    assert list_of(None, Channel) == ()
    assert list_of("", Channel) == ()
    assert strings('["a", "b"]') == ("a", "b")
    assert strings(None) == ()


def test_an_unknown_enum_value_is_not_read_silently() -> None:
    with pytest.raises(ValueError, match="pigeon"):
        list_of('["pigeon"]', Channel)


@pytest.mark.parametrize(
    ("text", "pattern"),
    [("acme", "%acme%"), ("50%", "%50\\%%"), ("a_b", "%a\\_b%"), ("c:\\x", "%c:\\\\x%")],
)
def test_like_patterns_take_wildcards_literally(text: str, pattern: str) -> None:
    assert like_pattern(text) == pattern
