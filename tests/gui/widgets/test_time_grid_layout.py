"""The time grid's pure arithmetic: overlapping blocks side by side, snapping, pixels."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner.ui.widgets.time_grid_layout import (
    MIN_BLOCK_MINUTES,
    MIN_COLUMN_WIDTH,
    Geometry,
    Placed,
    Span,
    cap_columns,
    columns_that_fit,
    place_groups,
    place_side_by_side,
    snap,
)


def columns(placed: list[Placed]) -> dict[int, tuple[int, int]]:
    return {p.key: (p.column, p.columns) for p in placed}


def test_blocks_apart_each_take_the_whole_width() -> None:
    placed = place_side_by_side([Span(1, 540, 600), Span(2, 600, 660), Span(3, 720, 750)])
    assert columns(placed) == {1: (0, 1), 2: (0, 1), 3: (0, 1)}


def test_two_overlapping_blocks_go_side_by_side() -> None:
    placed = place_side_by_side([Span(1, 540, 630), Span(2, 600, 660)])
    assert columns(placed) == {1: (0, 2), 2: (1, 2)}


def test_a_chain_of_overlaps_shares_one_group_and_reuses_free_columns() -> None:
    # 9–10 overlaps 9:30–11, which overlaps 10:30–11:30; 10:30 finds column 0 free again.
    placed = place_side_by_side([Span(1, 540, 600), Span(2, 570, 660), Span(3, 630, 690)])
    assert columns(placed) == {1: (0, 2), 2: (1, 2), 3: (0, 2)}


def test_a_later_group_starts_afresh() -> None:
    spans = [Span(1, 540, 600), Span(2, 540, 600), Span(3, 540, 600), Span(4, 780, 800)]
    assert columns(place_side_by_side(spans)) == {1: (0, 3), 2: (1, 3), 3: (2, 3), 4: (0, 1)}


def test_a_zero_length_block_counts_as_drawn_tall() -> None:
    # A 0-minute call at 9:00 is drawn 15 minutes tall: a block at 9:10 sits beside it.
    placed = place_side_by_side([Span(1, 540, 540), Span(2, 550, 600)])
    assert columns(placed) == {1: (0, 2), 2: (1, 2)}
    assert MIN_BLOCK_MINUTES == 15


@given(
    st.lists(
        st.tuples(st.integers(0, 1400), st.integers(0, 240)).map(
            lambda t: (t[0], min(1440, t[0] + t[1]))
        ),
        max_size=25,
    )
)
def test_no_two_blocks_in_one_column_overlap(raw: list[tuple[int, int]]) -> None:
    spans = [Span(key, start, end) for key, (start, end) in enumerate(raw)]
    placed = place_side_by_side(spans)
    assert sorted(p.key for p in placed) == [s.key for s in spans]
    for a in placed:
        assert 0 <= a.column < a.columns
        for b in placed:
            if a.key < b.key and a.column == b.column:
                a_end = max(a.end, a.start + MIN_BLOCK_MINUTES)
                b_end = max(b.end, b.start + MIN_BLOCK_MINUTES)
                assert a_end <= b.start or b_end <= a.start


def test_as_many_columns_fit_as_the_day_is_wide() -> None:
    assert MIN_COLUMN_WIDTH == 40
    assert columns_that_fit(114) == 2  # a 1366-pixel laptop
    assert columns_that_fit(160) == 4
    assert columns_that_fit(20) == 1  # never none


def test_a_group_within_the_columns_that_fit_shows_whole() -> None:
    spans = [Span(1, 540, 600), Span(2, 540, 600), Span(3, 540, 600), Span(4, 780, 800)]
    day = cap_columns(place_groups(spans), fit=3)
    assert columns(list(day.blocks)) == {1: (0, 3), 2: (1, 3), 3: (2, 3), 4: (0, 1)}
    assert day.overflows == ()


def test_a_group_wider_than_fits_keeps_its_first_columns_and_counts_the_rest() -> None:
    # Five calls at 9:00 and a lone one at 13:00 in a day with room for three columns.
    spans = [Span(key, 540, 600 + key) for key in range(1, 6)] + [Span(9, 780, 800)]
    day = cap_columns(place_groups(spans), fit=3)
    shown = columns(list(day.blocks))
    # Longest first: 5 and 4 keep columns 0 and 1 of three; the third column is the "+3".
    assert shown == {5: (0, 3), 4: (1, 3), 9: (0, 1)}
    (more,) = day.overflows
    assert (more.column, more.columns) == (2, 3)
    assert sorted(more.hidden) == [1, 2, 3]
    assert more.keys == (5, 4, 3, 2, 1)  # the whole group, by start, longer first
    assert (more.start, more.end) == (540, 603)


def test_each_group_counts_its_own_overflow() -> None:
    morning = [Span(key, 540, 600) for key in range(1, 5)]
    afternoon = [Span(key, 840, 900) for key in range(11, 14)]
    day = cap_columns(place_groups(morning + afternoon), fit=2)
    assert [(o.keys, len(o.hidden)) for o in day.overflows] == [
        ((1, 2, 3, 4), 3),
        ((11, 12, 13), 2),
    ]
    assert sorted(p.key for p in day.blocks) == [1, 11]


def test_a_day_too_narrow_for_two_shows_the_count_alone() -> None:
    day = cap_columns(place_groups([Span(1, 540, 600), Span(2, 550, 600)]), fit=1)
    assert day.blocks == ()
    (more,) = day.overflows
    assert (more.column, more.columns, sorted(more.hidden)) == (0, 1, [1, 2])


@given(
    st.lists(
        st.tuples(st.integers(0, 1400), st.integers(0, 240)).map(
            lambda t: (t[0], min(1440, t[0] + t[1]))
        ),
        max_size=40,
    ),
    st.integers(1, 6),
)
def test_nothing_is_lost_behind_the_cap(raw: list[tuple[int, int]], fit: int) -> None:
    spans = [Span(key, start, end) for key, (start, end) in enumerate(raw)]
    day = cap_columns(place_groups(spans), fit)
    hidden = [key for o in day.overflows for key in o.hidden]
    shown = [p.key for p in day.blocks]
    # Every touch-point is a block or counted in exactly one "+N", never both.
    assert sorted(shown + hidden) == [s.key for s in spans]
    for p in day.blocks:
        assert 0 <= p.column < p.columns <= fit
    for o in day.overflows:
        assert (o.column, o.columns) == (fit - 1, fit)
        assert set(o.hidden) <= set(o.keys)
        assert len(o.keys) > fit
        # The "+N" stands beside the blocks shown, never on one of them.
        assert not [p for p in day.blocks if p.key in o.keys and p.column == o.column]


def test_snap_to_quarter_hours_within_the_day() -> None:
    assert snap(607) == 600
    assert snap(608) == 615
    assert snap(-30) == 0
    assert snap(1500) == 1425


def test_geometry_maps_minutes_and_days_to_pixels_and_back() -> None:
    geo = Geometry(width=748, days=7, hour_height=48, gutter=48)
    assert geo.day_width == 100
    assert geo.day_x(2) == 248
    assert geo.day_at(250) == 2
    assert geo.day_at(10_000) == 6
    assert geo.day_at(0) == 0
    assert geo.y(90) == 72
    assert geo.minutes_at(72) == 90
    assert geo.height == 24 * 48
