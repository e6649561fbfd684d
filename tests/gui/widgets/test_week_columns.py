"""The compact week's card columns while the time grid shows instead, and when they come back."""

from __future__ import annotations

from datetime import date

from conftest import Week
from PySide6.QtCore import QModelIndex, Qt

from planner.ui.controller import Controller
from planner.ui.widgets.week_view import WeekView

TUE = date(2026, 11, 24)


def test_hidden_card_columns_stay_filled_and_lay_out_when_shown(
    qtbot, controller: Controller, week: Week, monday_first: None
) -> None:
    view = WeekView(controller)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    qtbot.waitExposed(view)
    assert not view.is_compact()
    column = view.column_for(TUE)
    assert column is not None
    cards = column.cards
    # While the grid shows, the columns hold the week (selection goes through them) but have
    # not measured their cards.
    assert week.call.id in [
        cards.touchpoint_id_at(cards.model().index(r, 0)) for r in range(cards.model().rowCount())
    ]
    assert view.select_touchpoint(week.call.id)
    assert not cards.visualRect(cards.currentIndex()).isValid()
    view.go_next_week()
    view.go_previous_week()
    assert view.select_touchpoint(week.call.id)
    # Shown, they lay their cards out: the selected card is where a click finds it.
    view.set_compact(True)
    qtbot.waitUntil(lambda: cards.card_rect(week.call.id).isValid())
    rect = cards.card_rect(week.call.id)
    assert cards.indexAt(rect.center()).isValid()
    qtbot.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.selected_touchpoint_id() == week.call.id
    assert cards.currentIndex() != QModelIndex()
