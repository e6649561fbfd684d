"""Travelling: the week shows times on the laptop's clock; the tooltip and the detail name the
time where the touch-point was planned."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from planner.domain import travel
from planner.domain.model import AgendaEntry, Channel, Company, CompanyKind, TouchPoint
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.ui.dialogs.touchpoint_dialog import TouchpointDialog
from planner.ui.display import time_text
from planner.ui.models.week_model import Column, EntryTableModel


@pytest.fixture
def in_berlin(monkeypatch: pytest.MonkeyPatch, monday_first: None) -> None:
    monkeypatch.setattr(travel, "current_zone", lambda: ZoneInfo("Europe/Berlin"))


def entry(tz: str) -> AgendaEntry:
    tp = TouchPoint(1, date(2026, 11, 24), Channel.CALL, id=5, time=time(10, 0), tz=tz)
    return AgendaEntry(tp, "Acme", CompanyKind.CUSTOMER, "Ada Lovelace")


def test_the_week_shows_local_time_and_the_tooltip_the_planned_one(
    qtmodeltester, in_berlin: None
) -> None:
    model = EntryTableModel()
    model.set_entries([entry("America/New_York"), entry("Europe/Berlin")], date(2026, 11, 23))
    qtmodeltester.check(model)
    assert time_text(entry("America/New_York")) == "16:00"
    first, second = (model.index(r, Column.TIME) for r in range(2))
    assert first.data() == "16:00"
    assert "(10:00 in New York)" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert second.data() == "10:00"
    assert " in " not in second.data(Qt.ItemDataRole.ToolTipRole).splitlines()[1]


def test_the_detail_names_the_planned_time(qtbot, store: Store, in_berlin: None) -> None:
    with store.transaction():
        acme = store.companies.add(Company("Acme"))
        assert acme.id is not None
        tp = store.touchpoints.add(
            TouchPoint(acme.id, date(2026, 11, 24), Channel.CALL, time=time(10, 0),
                       tz="America/New_York")
        )  # fmt: skip
    dialog = TouchpointDialog(store, FixedClock.on(date(2026, 11, 23)), touchpoint=tp)
    qtbot.addWidget(dialog)
    assert dialog.zone_label.text() == "Planned for 10:00 in New York; 16:00 here"
