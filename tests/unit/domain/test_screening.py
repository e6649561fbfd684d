"""A screening: its verdict says whether the account has potential; labels are marked texts."""

from __future__ import annotations

from datetime import date

from planner.domain.screening import BuysElsewhereReason, Screening, ScreeningVerdict
from planner.domain.text import LABEL_CONTEXT, Template


def test_only_a_potential_verdict_has_potential() -> None:
    found = Screening(1, date(2026, 6, 1), ScreeningVerdict.POTENTIAL, 80_000)
    none = Screening(1, date(2026, 6, 1), ScreeningVerdict.NO_POTENTIAL)
    assert found.has_potential
    assert not none.has_potential
    assert none.reason is BuysElsewhereReason.UNKNOWN


def test_every_reason_and_verdict_has_a_translatable_label() -> None:
    for value in [*BuysElsewhereReason, *ScreeningVerdict]:
        label = value.label
        assert isinstance(label, Template)
        assert label.context == LABEL_CONTEXT
        assert label.strip()
    assert BuysElsewhereReason.PRODUCT_GAP.label == "Product gap"
