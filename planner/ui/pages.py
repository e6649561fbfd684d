"""The main window's pages, numbered in the order its page stack holds them."""

from __future__ import annotations

from enum import IntEnum

NAVIGATION_WIDTH = 176  # the list of pages down the window's left side
PLAN_PANEL_WIDTH = 300  # "Plan my week" beside the week, at its narrowest (as it opens)


class Page(IntEnum):
    """One page of the main window; the value is its index in the page stack."""

    WEEK = 0
    ACCOUNTS = 1
    CONTACTS = 2
    CONTENT = 3
    INSIGHTS = 4
