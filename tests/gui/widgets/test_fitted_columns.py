"""Sharing a narrow width between a detail list's columns."""

from __future__ import annotations

from planner.ui.widgets.fitted_columns import share_width


def test_room_to_spare_goes_to_the_stretch_column() -> None:
    assert share_width([100, 50, 80], 400, stretch=1) == [100, 220, 80]


def test_the_stretch_column_gives_way_first() -> None:
    assert share_width([100, 150, 80], 260, stretch=1) == [100, 80, 80]


def test_short_columns_stay_whole_while_the_long_ones_share_the_rest() -> None:
    # A company, a title, a date and "Current" in a narrow panel.
    widths = share_width([150, 110, 95, 60], 325, stretch=1, short=100)
    assert widths[2:] == [95, 60]
    assert widths[:2] == [85, 85]
    assert sum(widths) == 325


def test_a_long_column_narrower_than_its_share_keeps_its_width() -> None:
    widths = share_width([300, 110, 95, 60], 400, stretch=1, short=100)
    assert widths == [135, 110, 95, 60]


def test_too_narrow_for_that_every_column_gets_an_equal_share() -> None:
    widths = share_width([150, 110, 95, 60], 160, stretch=1, short=100)
    assert widths == [40, 40, 40, 40]
    assert share_width([], 100, stretch=0) == []
