"""The suggestion list: how a card's day reads, and that it lets suggestions be dragged."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtWidgets import QAbstractItemView

from planner.ui import display
from planner.ui.widgets.suggestion_list import SuggestionList, day_text


def test_a_day_reads_short_and_a_time_follows_it() -> None:
    day = date(2026, 11, 23)
    assert day_text(day) == display.locale().toString(display.qdate(day), "ddd d MMM")
    timed = day_text(day, time(9, 30))
    assert timed.startswith(day_text(day) + " ")
    assert timed != day_text(day)


def test_the_list_drags_its_suggestions_and_selects_many(qtbot) -> None:
    view = SuggestionList()
    qtbot.addWidget(view)
    assert view.dragEnabled()
    assert view.dragDropMode() is QAbstractItemView.DragDropMode.DragOnly
    assert view.selectionMode() is QAbstractItemView.SelectionMode.ExtendedSelection
