"""Sharing a narrow width between columns: short ones stay whole, long ones give way."""

from __future__ import annotations

from collections.abc import Sequence


def share_width(
    wanted: Sequence[int], width: int, stretch: int, short: int = 0, least: int = 60
) -> list[int]:
    """The columns' widths within `width`: each but the `stretch` one gets what it wants.

    The `stretch` column takes what the others leave, at least `least` (or what it wants).
    When even that does not fit, the short columns (up to `short` wide: a date, a status)
    stay whole while the long ones can keep `least` each, and the long ones are cut to an
    equal share of what is left; a width too narrow even for that shares it equally.
    """
    if not wanted:
        return []
    widths = list(wanted)
    left = width - (sum(wanted) - wanted[stretch])
    if left >= min(least, wanted[stretch]):
        widths[stretch] = left
        return widths
    long = [c for c, w in enumerate(wanted) if w > short]
    room = width - sum(w for c, w in enumerate(wanted) if w <= short)
    if not long or room < least * len(long):
        long, room = list(range(len(wanted))), width
    _fill(widths, long, max(room, 0))
    return widths


def _fill(widths: list[int], columns: list[int], room: int) -> None:
    """Cut the widest of `columns` down until they share `room` (the narrow ones stay)."""
    order = sorted(columns, key=lambda c: widths[c])
    for place, column in enumerate(order):
        widths[column] = min(widths[column], room // (len(order) - place))
        room -= widths[column]
