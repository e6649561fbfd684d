"""Where blocks go in the time grid: overlapping touch-points side by side, and the grid's
arithmetic between minutes of the day and pixels (pure functions, no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

DAY_MINUTES = 24 * 60
SNAP_MINUTES = 15
MIN_BLOCK_MINUTES = 15


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
    ordered = sorted(spans, key=lambda s: (s.start, -(s.end - s.start), s.key))
    placed: list[Placed] = []
    group: list[tuple[Span, int]] = []  # the current group of overlaps, with columns
    column_ends: list[int] = []  # where each column of the group is free again
    group_end = -1

    def close_group() -> None:
        for span, column in group:
            placed.append(Placed(span.key, span.start, span.end, column, len(column_ends)))

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
    return placed


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
