"""Settings by name as text: each key set with the app's checks, and listed back as accepted."""

from __future__ import annotations

from datetime import time

import pytest

from planner.domain.errors import ValidationError
from planner.nurture.setting_keys import KEYS, describe, set_setting
from planner.nurture.settings import NurtureSettings

S = NurtureSettings(holidays="none")


def test_working_days_take_lists_and_ranges_even_over_the_weekend() -> None:
    assert set_setting(S, "working_days", ["mon-wed, fri"]).working_days == {0, 1, 2, 4}
    assert set_setting(S, "working-days", ["fri-mon"]).working_days == {4, 5, 6, 0}


def test_working_hours_for_every_day_or_one_weekday() -> None:
    every = set_setting(S, "working_hours", ["08:30-17:30"])
    assert set(every.working_hours) == {(time(8, 30), time(17, 30))}
    monday = set_setting(S, "working_hours", ["mon", "07:00-12:00"])
    assert monday.working_hours[0] == (time(7, 0), time(12, 0))
    assert monday.working_hours[1] == S.working_hours[1]


def test_numbers_and_the_admin_slot() -> None:
    assert set_setting(S, "Capacity", ["5"]).capacity_per_day == 5
    assert set_setting(S, "visit_minutes", ["90"]).visit_minutes == 90
    slot = set_setting(S, "admin_slot", ["16:00-17:00"])
    assert slot.admin_slot == (time(16, 0), time(17, 0))
    assert set_setting(slot, "admin_slot", ["none"]).admin_slot is None


@pytest.mark.parametrize(
    ("key", "values", "words"),
    [
        ("speed", ["3"], "not a setting"),
        ("capacity", ["many"], "whole number"),
        ("capacity", ["0"], "at least one"),
        ("capacity", ["3", "4"], "takes one value"),
        ("working_days", ["someday"], "not a weekday"),
        ("working_hours", ["17:00-09:00"], "half an hour"),
    ],
)
def test_wrong_values_are_refused_with_a_message(key: str, values: list[str], words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        set_setting(S, key, values)


def test_describe_lists_every_key_in_the_form_set_setting_takes_back() -> None:
    custom = set_setting(S, "working_days", ["mon-thu"])
    custom = set_setting(custom, "admin_slot", ["08:00-09:00"])
    listed = describe(custom)
    assert set(KEYS) <= set(listed)
    assert listed["working_days"] == "mon,tue,wed,thu"
    again = S
    for key in ("capacity", "working_days", "admin_slot", "lost_touch_days", "holidays"):
        again = set_setting(again, key, [str(listed[key])])
    assert again == custom
    assert listed["working_hours"]["mon"] == "09:00-17:00"
    assert "fri" not in listed["working_hours"]
