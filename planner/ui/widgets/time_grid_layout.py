"""Where blocks go in the time grid: overlapping touch-points side by side, as many columns as
fit and the rest counted behind a "+N", and the grid's arithmetic between minutes of the day and
pixels (pure functions, no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

DAY_MINUTES = 24 * 60
SNAP_MINUTES = 15
MIN_BLOCK_MINUTES = 15
# The narrowest a block gets beside others: its time and a word of its title still show.
MIN_COLUMN_WIDTH = 40


@dataclass(frozen=True)
class Span:
    """A block to place: its key and its start and end in minutes of the day."""

    key: int
    start: int
    end: int


@dataclass(frozen=True)
class Placed:
    """A placed block: its column among `columns` side by side in its group of overlaps."""

    key: int
    start: int
    end: int
    column: int
    columns: int


def place_side_by_side(spans: Sequence[Span]) -> list[Placed]:
    """Blocks of one day, each in the leftmost column free at its start; blocks that overlap
    (directly or through others) share a group and split its width into equal columns.

    Blocks are taken by start, longer first; a block shorter than MIN_BLOCK_MINUTES counts as
    that long, because it is drawn that tall.
    """
    return [p for group in place_groups(spans) for p in group]


def place_groups(spans: Sequence[Span]) -> list[list[Placed]]:
    """The blocks of one day placed as `place_side_by_side` does, in their groups of overlaps
    (earliest group first, each group's blocks by start)."""
    ordered = sorted(spans, key=lambda s: (s.start, -(s.end - s.start), s.key))
    groups: list[list[Placed]] = []
    group: list[tuple[Span, int]] = []  # the current group of overlaps, with columns
    column_ends: list[int] = []  # where each column of the group is free again
    group_end = -1

    def close_group() -> None:
        width = len(column_ends)
        groups.append([Placed(s.key, s.start, s.end, column, width) for s, column in group])

    for span in ordered:
        end = max(span.end, span.start + MIN_BLOCK_MINUTES)
        if span.start >= group_end and group:
            close_group()
            group, column_ends = [], []
        for column, free_at in enumerate(column_ends):
            if free_at <= span.start:
                column_ends[column] = end
                break
        else:
            column = len(column_ends)
            column_ends.append(end)
        group.append((span, column))
        group_end = max(group_end, end) if group_end > span.start else end
    if group:
        close_group()
    return groups


@dataclass(frozen=True)
class Overflow:
    """A "+N" in a group of overlaps too wide for its day: it stands in the group's last
    column shown, from the first hidden block's start to the last one's end.

    `keys` is every touch-point of the group by start (what the "+N" opens), `hidden` the ones
    drawn nowhere else.
    """

    start: int
    end: int
    column: int
    columns: int
    keys: tuple[int, ...]
    hidden: tuple[int, ...]


@dataclass(frozen=True)
class DayLayout:
    """A day as drawn: the blocks shown and the "+N" of the groups that do not fit."""

    blocks: tuple[Placed, ...]
    overflows: tuple[Overflow, ...]


def columns_that_fit(day_width: float, min_width: int = MIN_COLUMN_WIDTH) -> int:
    """How many blocks fit side by side in a day column `day_width` pixels wide (at least
    one)."""
    return max(1, int(day_width // min_width))


def cap_columns(groups: Sequence[Sequence[Placed]], fit: int) -> DayLayout:
    """The day's groups with at most `fit` columns each: a group that needs more keeps its
    first `fit - 1` columns of blocks and puts the rest behind a "+N" in the last column.

    Every block of the groups is either among the blocks or among one "+N"'s hidden ones.
    """
    fit = max(1, fit)
    blocks: list[Placed] = []
    overflows: list[Overflow] = []
    for group in groups:
        if not group:
            continue
        if group[0].columns <= fit:
            blocks.extend(group)
            continue
        hidden: list[Placed] = []
        for p in group:
            if p.column < fit - 1:
                blocks.append(Placed(p.key, p.start, p.end, p.column, fit))
            else:
                hidden.append(p)
        overflows.append(
            Overflow(
                start=min(p.start for p in hidden),
                end=max(max(p.end, p.start + MIN_BLOCK_MINUTES) for p in hidden),
                column=fit - 1,
                columns=fit,
                keys=tuple(p.key for p in group),
                hidden=tuple(p.key for p in hidden),
            )
        )
    return DayLayout(tuple(blocks), tuple(overflows))


def snap(minutes: float, step: int = SNAP_MINUTES) -> int:
    """The nearest multiple of `step` minutes, kept within the day."""
    snapped = round(minutes / step) * step
    return max(0, min(DAY_MINUTES - step, snapped))


@dataclass(frozen=True)
class Geometry:
    """The grid's measures: a gutter for the hours, `days` equal columns, `hour_height`
    pixels per hour from midnight."""

    width: int
    days: int
    hour_height: float
    gutter: int = 48

    @property
    def day_width(self) -> float:
        return max(1.0, (self.width - self.gutter) / max(1, self.days))

    def day_x(self, day: int) -> float:
        """The left edge of day column `day` (0-based)."""
        return self.gutter + day * self.day_width

    def day_at(self, x: float) -> int:
        """The day column under `x`, clamped to the week."""
        return max(0, min(self.days - 1, int((x - self.gutter) // self.day_width)))

    def y(self, minutes: float) -> float:
        return minutes * self.hour_height / 60

    def minutes_at(self, y: float) -> float:
        return y * 60 / self.hour_height

    @property
    def height(self) -> int:
        return round(self.y(DAY_MINUTES))
