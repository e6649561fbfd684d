"""A company's screenings: stored, listed newest first, and the latest one per company."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain.errors import NotFoundError
from planner.domain.screening import BuysElsewhereReason, Screening, ScreeningVerdict
from planner.storage import Store

from .books import small_book


def test_screenings_round_trip_and_latest_wins(store: Store) -> None:
    fab, _, _ = small_book(store)
    assert fab.id is not None
    first = store.screenings.add(Screening(fab.id, date(2026, 1, 5), ScreeningVerdict.NO_POTENTIAL))
    second = store.screenings.add(
        Screening(
            fab.id,
            date(2026, 6, 1),
            ScreeningVerdict.POTENTIAL,
            80_000,
            BuysElsewhereReason.PRODUCT_GAP,
            "buys films from Contoso",
        )
    )
    assert store.screenings.get(first.id or 0) == first
    assert store.screenings.latest() == {fab.id: second}
    assert store.screenings.for_company(fab.id) == [second, first]
    store.screenings.delete(second.id or 0)
    assert store.screenings.latest()[fab.id] == first
    with pytest.raises(NotFoundError):
        store.screenings.get(999)
