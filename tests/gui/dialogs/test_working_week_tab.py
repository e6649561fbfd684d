"""The Settings dialog's Working week tab: hours, lengths, admin slot, holidays and time off."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from planner.nurture.settings import SETTINGS_KEY, NurtureSettings
from planner.storage import Store
from planner.storage.time_off import list_time_off
from planner.ui.controller import Controller
from planner.ui.dialogs.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot, controller: Controller) -> SettingsDialog:
    widget = SettingsDialog(controller)
    qtbot.addWidget(widget)
    widget.show()
    widget.tabs.setCurrentWidget(widget.week_tab)
    return widget


def _save(qtbot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_the_working_week_is_saved_with_the_time_off_as_one_undo_step(
    qtbot, dialog: SettingsDialog, store: Store, controller: Controller
) -> None:
    tab = dialog.week_tab
    assert tab.starts[0].time() == QTime(9, 0)
    tab.starts[0].setTime(QTime(8, 30))
    tab.ends[4].setTime(QTime(13, 0))
    dialog.visit_minutes.setValue(120)  # with the trip settings on the first tab
    tab.admin.setChecked(True)
    tab.admin_start.setTime(QTime(16, 0))
    tab.admin_end.setTime(QTime(16, 30))
    tab.country.setCurrentIndex(tab.country.findData("DE"))
    tab.region.setCurrentIndex(tab.region.findData("BY"))
    tab.off_from.setDate(QDate(2027, 2, 8))
    tab.off_to.setDate(QDate(2027, 2, 12))
    qtbot.keyClicks(tab.off_label, "Trade fair")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.time_off_list.count() == 1
    assert "Trade fair" in tab.time_off_list.item(0).text()
    with qtbot.waitSignal(controller.changed):
        _save(qtbot, dialog)
    saved = NurtureSettings.from_json(store.setting(SETTINGS_KEY))
    assert saved.working_hours[0] == (time(8, 30), time(17, 0))
    assert saved.working_hours[4] == (time(9, 0), time(13, 0))
    assert saved.visit_minutes == 120
    assert saved.admin_slot == (time(16, 0), time(16, 30))
    assert saved.holidays == "DE-BY"
    [away] = list_time_off(store)
    assert (away.start, away.end, away.label) == (date(2027, 2, 8), date(2027, 2, 12), "Trade fair")
    controller.undo_stack.undo()
    assert controller.nurture_settings() == NurtureSettings()
    assert list_time_off(store) == []
    controller.undo_stack.redo()
    assert controller.nurture_settings() == saved
    assert len(list_time_off(store)) == 1


def test_time_off_is_removed_from_the_list(qtbot, controller: Controller, store: Store) -> None:
    from planner.domain.time_off import TimeOff

    controller.save_week_settings(
        NurtureSettings(), [TimeOff(date(2027, 7, 1), date(2027, 7, 14), "Vacation")]
    )
    dialog = SettingsDialog(controller)
    qtbot.addWidget(dialog)
    tab = dialog.week_tab
    assert tab.time_off_list.count() == 1
    tab.time_off_list.setCurrentRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert tab.time_off_list.count() == 0
    _save(qtbot, dialog)
    assert list_time_off(store) == []


def test_bad_entries_are_refused_plainly_and_change_nothing(
    qtbot, dialog: SettingsDialog, store: Store
) -> None:
    tab = dialog.week_tab
    tab.off_from.setDate(QDate(2027, 2, 12))
    tab.off_to.setDate(QDate(2027, 2, 8))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.time_off_list.count() == 0
    assert dialog.error.isVisible()
    assert "must end on or after the day it starts" in dialog.error.text()
    tab.ends[1].setTime(QTime(8, 0))  # Tuesday ends before it starts
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "half an hour after they start" in dialog.error.text()
    tab.ends[1].setTime(QTime(17, 0))
    tab.country.setEditText("Atlantis")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "not a country" in dialog.error.text()
    assert store.setting(SETTINGS_KEY) is None
    assert list_time_off(store) == []
