"""The week page's measures, shared by the week view and the start's first frame, which draws the
week where the view will show it."""

from __future__ import annotations

PAGE_MARGINS = (14, 12, 14, 14)  # the week page's left, top, right and bottom margins
BOX_SPACING = 10  # between the header, the overdue tray and the days
SIDE_SPACING = 14  # between the week and the month and agenda beside it
DAY_SPACING = 8  # between the compact layout's day columns
DAY_MIN_WIDTH = 96  # the narrowest a day column gets: a card still shows time, title, account
SIDE_PANEL_WIDTH = 264  # the month and the agenda beside the week
SIDE_PANEL_SLACK = 140  # what the week keeps beyond its least width before they show


def week_min_width() -> int:
    """The week page's least width: seven day columns at their narrowest, and its margins."""
    left, _top, right, _bottom = PAGE_MARGINS
    return 7 * DAY_MIN_WIDTH + 6 * DAY_SPACING + left + right


def side_panel_shows(page_width: int) -> bool:
    """Whether the month and agenda show beside a week page `page_width` pixels wide."""
    return page_width >= week_min_width() + SIDE_PANEL_WIDTH + SIDE_SPACING + SIDE_PANEL_SLACK
