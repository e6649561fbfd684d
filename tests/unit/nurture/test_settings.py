"""The nurture settings: kept as JSON in the plan and refused when they make no sense."""

from __future__ import annotations

import pytest

from planner.domain.errors import ValidationError
from planner.nurture.settings import SETTINGS_KEY, CadenceRule, NurtureSettings, Program, Tier
from planner.storage import Store

S = NurtureSettings()


def test_settings_round_trip_through_json() -> None:
    custom = S.replace(
        capacity_per_day=5,
        runway_offsets=(-90, -30),
        working_days=frozenset({0, 1, 2, 3}),
        cadence_rules=(CadenceRule(Program.DREAM_CLIENT, Tier.A, None, 14, 21),),
    )
    again = NurtureSettings.from_json(custom.to_json())
    assert again == custom
    assert again.rule(Program.DREAM_CLIENT, Tier.A, None).ideal_days == 14
    # Rules not given fall back to the defaults.
    assert again.rule(Program.CUSTOMER, Tier.B, None) == S.rule(Program.CUSTOMER, Tier.B, None)
    assert NurtureSettings.from_json(None) == S
    assert NurtureSettings.from_json({"capacity_per_day": 3}).capacity_per_day == 3


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValidationError):
        NurtureSettings.from_json({"capacity_per_day": 0})
    with pytest.raises(ValidationError):
        NurtureSettings.from_json({"runway_offsets": [30]})
    with pytest.raises(ValidationError):
        NurtureSettings.from_json({"cadence_rules": [{"program": "x"}]})


def test_settings_persist_as_json(store: Store) -> None:
    custom = NurtureSettings(capacity_per_day=5, runway_offsets=(-60, -30))
    store.set_setting(SETTINGS_KEY, custom.to_json())
    assert NurtureSettings.from_json(store.setting(SETTINGS_KEY, None)) == custom
