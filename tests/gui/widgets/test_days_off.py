"""Days off in the week: holidays and time off named, what is planned on them flagged."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain.model import Channel, Company, TouchPoint
from planner.domain.time_off import TimeOff
from planner.nurture.settings import NurtureSettings
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.widgets.week_view import WeekView

CHRISTMAS = date(2026, 12, 25)


@pytest.fixture
def view(qtbot, controller: Controller, monday_first: None) -> WeekView:
    controller.save_week_settings(NurtureSettings(holidays="DE"), [])
    widget = WeekView(controller)
    qtbot.addWidget(widget)
    widget.resize(1500, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_holiday_is_named_and_a_touch_point_on_it_flagged(
    qtbot, view: WeekView, controller: Controller, store: Store
) -> None:
    view.show_week_of(CHRISTMAS)
    column = view.column_for(CHRISTMAS)
    assert column is not None
    assert column.note.toolTip() == "Christmas Day"
    assert not column.note.property("overLimit")
    assert not view.days_off_note.isVisible()
    company = store.companies.add(Company("Initech"))
    assert company.id is not None
    controller.plan_touchpoint(
        TouchPoint(company.id, CHRISTMAS, Channel.CALL, title="Renewal call")
    )
    assert column.note.property("overLimit")
    assert column.note.toolTip() == "Christmas Day: a day off with 1 touch-point on it"
    assert view.overdue_tray.isVisible()
    assert view.days_off_note.isVisible()
    assert "1 planned on a day off" in view.days_off_note.text()
    assert "Christmas Day" in view.days_off_note.text()


def test_time_off_is_shown_on_its_days(qtbot, view: WeekView, controller: Controller) -> None:
    away = TimeOff(date(2026, 11, 30), date(2026, 12, 1), "Trade fair")
    controller.save_week_settings(NurtureSettings(holidays="none"), [away])
    view.show_week_of(date(2026, 11, 30))
    for day in (date(2026, 11, 30), date(2026, 12, 1)):
        column = view.column_for(day)
        assert column is not None
        assert column.note.toolTip() == "Trade fair"
    other = view.column_for(date(2026, 12, 2))
    assert other is not None
    assert other.note.toolTip() != "Trade fair"
    controller.undo_stack.undo()
    column = view.column_for(date(2026, 11, 30))
    assert column is not None
    assert column.note.toolTip() != "Trade fair"
