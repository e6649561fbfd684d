"""The Settings dialog: bad runway offsets are refused plainly, good ones saved (undoably)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from planner.nurture.settings import SETTINGS_KEY, NurtureSettings
from planner.storage import Store
from planner.ui.controller import SETTINGS, Change, Controller
from planner.ui.dialogs.settings_dialog import SettingsDialog, parse_offsets
from planner.ui.main_window import MainWindow
from planner.ui.models.cadence_rules_model import CadenceRulesModel, Column


@pytest.fixture
def dialog(qtbot, controller: Controller) -> SettingsDialog:
    widget = SettingsDialog(controller)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def save(qtbot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_the_rules_model_passes_the_model_tester(qtmodeltester) -> None:
    model = CadenceRulesModel(NurtureSettings().cadence_rules)
    qtmodeltester.check(model)
    qtmodeltester.check(CadenceRulesModel())


def test_parse_offsets() -> None:
    assert parse_offsets("180, 120, 90") == (-180, -120, -90)
    assert parse_offsets("-30;60") == (-60, -30)
    for bad in ("", "90,,30", "ninety", "0", "900", "30, 30"):
        with pytest.raises(ValueError, match="offset"):
            parse_offsets(bad)


def test_bad_offsets_are_shown_and_not_saved(qtbot, dialog: SettingsDialog, store: Store) -> None:
    dialog.offsets.clear()
    qtbot.keyClicks(dialog.offsets, "180, soon, 30")
    assert dialog.error.isVisible()
    assert "“soon” is not a whole number" in dialog.error.text()
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert store.setting(SETTINGS_KEY) is None
    dialog.offsets.setText("180, 90")
    assert not dialog.error.isVisible()


def test_good_settings_are_saved_and_undoable(
    qtbot, dialog: SettingsDialog, store: Store, controller: Controller
) -> None:
    dialog.capacity.setValue(5)
    dialog.offsets.setText("150, 75, 20")
    dialog.lost_days.setValue(60)
    dialog.day_boxes[4].setChecked(False)  # no Fridays
    dialog.road_factor.setValue(1.5)
    dialog.speed.setValue(80)
    dialog.visit_minutes.setValue(45)
    model = dialog.rules_model
    row = next(r for r in range(model.rowCount()) if model.rules()[r].program == "dream_client")
    assert model.setData(model.index(row, Column.IDEAL), 14)
    with qtbot.waitSignal(controller.changed) as blocker:
        save(qtbot, dialog)
    change = blocker.args[0]
    assert isinstance(change, Change)
    assert change.affects(SETTINGS)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = NurtureSettings.from_json(store.setting(SETTINGS_KEY))
    assert saved.capacity_per_day == 5
    assert saved.runway_offsets == (-150, -75, -20)
    assert saved.lost_touch_days == 60
    assert saved.working_days == frozenset({0, 1, 2, 3})
    assert (saved.road_factor, saved.driving_speed_kmh, saved.visit_minutes) == (1.5, 80.0, 45)
    assert saved.cadence_rules[row].ideal_days == 14
    assert controller.nurture_settings() == saved
    controller.undo_stack.undo()
    assert controller.nurture_settings() == NurtureSettings()


def test_ideal_longer_than_max_is_refused(qtbot, dialog: SettingsDialog) -> None:
    model = dialog.rules_model
    assert model.setData(model.index(0, Column.IDEAL), 400)
    assert dialog.error.isVisible()
    assert "longer than the maximum" in dialog.error.text()
    assert not model.setData(model.index(0, Column.MAX), 0)
    assert not model.setData(model.index(0, Column.PROGRAM), "x")


def test_no_working_day_is_refused(qtbot, dialog: SettingsDialog) -> None:
    for box in dialog.day_boxes:
        box.setChecked(False)
    save(qtbot, dialog)
    assert "at least one working day" in dialog.error.text()
    assert dialog.isVisible()


def test_restore_defaults(qtbot, controller: Controller) -> None:
    controller.save_nurture_settings(NurtureSettings(capacity_per_day=3, lost_touch_days=30))
    dialog = SettingsDialog(controller)
    qtbot.addWidget(dialog)
    assert dialog.capacity.value() == 3
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.capacity.value() == 8
    assert dialog.offsets.text() == "180, 120, 90, 60, 30"
    assert dialog.settings() == NurtureSettings()
    assert dialog.buttons.standardButtons() & QDialogButtonBox.StandardButton.Cancel


def test_edit_menu_opens_settings(qtbot, controller: Controller, monday_first: None) -> None:
    window = MainWindow(controller, Path("/tmp/plan.db"))
    qtbot.addWidget(window)
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    assert dialog.isVisible()
    dialog.reject()
