"""The export dialog: default range, filters, reminder, the file chooser and plain write errors."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import Week
from icalendar import Calendar, Event
from PySide6.QtWidgets import QFileDialog, QWidget

from planner.domain.model import Channel, CompanyKind
from planner.interchange.ical_files import read_auto_export_setting
from planner.nurture.settings import Tier
from planner.ui.auto_export import AutoExporter
from planner.ui.controller import Controller
from planner.ui.dialogs.export_dialog import AutoExportDialog, ExportDialog
from planner.ui.main_window import MainWindow


@pytest.fixture
def dialog(qtbot, controller: Controller, week: Week, monday_first: None) -> ExportDialog:
    widget = ExportDialog(controller)
    qtbot.addWidget(widget)
    return widget


def events(path: Path) -> list[Event]:
    calendar = Calendar.from_ical(path.read_bytes())
    assert not calendar.errors
    found = list(calendar.walk("VEVENT"))
    assert all(not e.errors for e in found)
    return found


def summaries(path: Path) -> set[str]:
    return {str(e["SUMMARY"]) for e in events(path)}


def test_defaults_overdue_and_the_next_thirteen_weeks(dialog: ExportDialog) -> None:
    options = dialog.options()
    assert options.first is None  # today, plus everything overdue
    assert options.last == date(2026, 11, 23) + timedelta(weeks=13)
    assert options.kinds is None
    assert options.tiers is None
    assert options.channels is None
    assert not options.include_done
    assert options.alarm_minutes is None
    assert not dialog.from_edit.isEnabled()
    # The resolved range is spelled out with the count: call, send, later and the overdue visit.
    text = dialog.range_label.text()
    assert text == "<b>4 touch-points</b>: 1 overdue and 3 from Mon 23 Nov 2026 to Mon 22 Feb 2027."
    note = dialog.note_label.text()
    assert "Google" in note
    assert "subscribe" in note
    assert not dialog.export_button.isEnabled()  # no file yet


def test_exports_what_the_filters_let_through(dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.kind_checks[CompanyKind.DREAM_CLIENT].setChecked(False)  # Globex
    assert "2 touch-points" in dialog.range_label.text()
    dialog.file_field.edit.setText(str(tmp_path / "plan"))  # .ics is added
    assert dialog.export_button.isEnabled()
    dialog.export_button.click()

    target = tmp_path / "plan.ics"
    assert summaries(target) == {
        "Quarterly check-in — Acme Corp (check-in)",
        "Send the benchmark — Acme Corp (value add)",
    }
    assert not dialog.result_label.isHidden()
    assert dialog.result_label.text() == f"Wrote 2 touch-points to {target}."


def test_channels_done_and_a_fixed_range(dialog: ExportDialog, tmp_path: Path) -> None:
    for channel, check in dialog.channel_checks.items():
        check.setChecked(channel in (Channel.EMAIL, Channel.VISIT))
    dialog.include_done_check.setChecked(True)
    dialog.overdue_check.setChecked(False)
    dialog.from_edit.setDate(dialog.from_edit.date().addDays(-7))  # Mon 16 Nov
    dialog.to_edit.setDate(dialog.to_edit.date().fromString("2026-11-30", "yyyy-MM-dd"))
    assert dialog.options().channels == frozenset({Channel.EMAIL, Channel.VISIT})
    target = tmp_path / "mail-and-visits.ics"
    dialog.file_field.set_path(target)
    assert dialog.export()
    assert summaries(target) == {
        "Done: Intro e-mail — Globex (check-in)",
        "Site visit — Globex (check-in)",
    }


def test_tier_filter_uses_the_nurture_scores(
    qtbot, controller: Controller, week: Week, tmp_path: Path
) -> None:
    controller.update_company(dataclasses.replace(week.acme, tier_override="A"))
    controller.update_company(dataclasses.replace(week.globex, tier_override="C"))
    dialog = ExportDialog(controller)
    qtbot.addWidget(dialog)
    dialog.tier_checks[Tier.A].setChecked(False)
    dialog.tier_checks[Tier.B].setChecked(False)
    assert dialog.options().tiers == frozenset({"C"})
    target = tmp_path / "tier-c.ics"
    dialog.file_field.set_path(target)
    assert dialog.export()
    assert summaries(target) == {"Site visit — Globex (check-in)", "Lunch — Globex (check-in)"}


def test_reminder_adds_an_alarm_to_timed_touch_points(dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.reminder.combo.setCurrentIndex(dialog.reminder.combo.findData(15))
    assert dialog.options().alarm_minutes == 15
    target = tmp_path / "alarms.ics"
    dialog.file_field.set_path(target)
    assert dialog.export()
    by_summary = {str(e["SUMMARY"]): e for e in events(target)}
    call = by_summary["Quarterly check-in — Acme Corp (check-in)"]
    (alarm,) = call.walk("VALARM")
    assert alarm["TRIGGER"].dt == -timedelta(minutes=15)
    assert str(alarm["ACTION"]) == "DISPLAY"
    # All-day items get no alarm: it would ring the evening before.
    assert not by_summary["Send the benchmark — Acme Corp (value add)"].walk("VALARM")


def test_custom_reminder_and_calendar_name(dialog: ExportDialog, tmp_path: Path) -> None:
    picker = dialog.reminder
    assert not picker.spin.isVisibleTo(dialog)
    picker.combo.setCurrentIndex(picker.combo.count() - 1)
    assert picker.spin.isVisibleTo(dialog)
    picker.spin.setValue(45)
    dialog.name_edit.setText("Nurture — Q1")
    target = tmp_path / "custom.ics"
    dialog.file_field.set_path(target)
    assert dialog.export()
    calendar = Calendar.from_ical(target.read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Nurture — Q1"
    triggers = [a["TRIGGER"].dt for a in calendar.walk("VALARM")]
    assert triggers == [-timedelta(minutes=45)]


def test_unwritable_path_says_so_plainly_and_writes_nothing(
    dialog: ExportDialog, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    target = blocker / "plan.ics"
    dialog.file_field.set_path(target)
    assert not dialog.export()
    message = dialog.result_label.text()
    assert message == f"{blocker} is a file, not a folder."
    assert "Traceback" not in message
    assert "Errno" not in message
    assert dialog.result_label.objectName() == "formError"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]
    # Changing the file hides the old message.
    dialog.file_field.set_path(tmp_path / "ok.ics")
    assert dialog.result_label.isHidden()


def test_backwards_range_disables_export(dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.file_field.set_path(tmp_path / "x.ics")
    dialog.overdue_check.setChecked(False)
    dialog.to_edit.setDate(dialog.from_edit.date().addDays(-1))
    assert "after it ends" in dialog.range_label.text()
    assert not dialog.export_button.isEnabled()


def test_choose_asks_through_a_save_dialog(dialog: ExportDialog, on_modal, tmp_path: Path) -> None:
    seen: list[str] = []

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, QFileDialog)
        seen.append(widget.acceptMode().name)
        widget.selectFile(str(tmp_path / "chosen"))
        widget.accept()

    on_modal(answer)
    dialog.file_field.choose_button.click()
    assert seen == ["AcceptSave"]
    assert dialog.path() == tmp_path / "chosen.ics"


def test_auto_export_dialog_saves_the_setting(
    qtbot, controller: Controller, week: Week, tmp_path: Path
) -> None:
    exporter = AutoExporter(controller)
    dialog = AutoExportDialog(exporter)
    qtbot.addWidget(dialog)
    assert not dialog.enabled_check.isChecked()
    assert not dialog.form_box.isEnabled()
    dialog.enabled_check.setChecked(True)
    assert not dialog.save_button.isEnabled()  # a file is needed
    target = tmp_path / "live.ics"
    dialog.file_field.set_path(target)
    dialog.reminder.set_value(30)
    with qtbot.waitSignal(exporter.exported):
        dialog.save_button.click()
    assert dialog.result() == AutoExportDialog.DialogCode.Accepted
    setting = read_auto_export_setting(controller.store)
    assert setting.enabled
    assert setting.path == target
    assert setting.options.alarm_minutes == 30
    assert len(events(target)) == 4


def test_auto_export_dialog_refuses_an_unwritable_file(
    qtbot, controller: Controller, week: Week, tmp_path: Path
) -> None:
    exporter = AutoExporter(controller)
    dialog = AutoExportDialog(exporter)
    qtbot.addWidget(dialog)
    blocker = tmp_path / "file"
    blocker.write_text("")
    dialog.enabled_check.setChecked(True)
    dialog.file_field.set_path(blocker / "live.ics")
    assert not dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert dialog.file_field.hint_label.text() == f"{blocker} is a file, not a folder."
    assert not read_auto_export_setting(controller.store).enabled


def test_file_menu_opens_both_dialogs(
    qtbot, controller: Controller, week: Week, tmp_path: Path
) -> None:
    window = MainWindow(controller, tmp_path / "plan.db")
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    actions = file_menu.actions()
    assert window.export_action in actions
    assert window.auto_export_action in actions
    window.export_action.trigger()
    export = window.findChild(ExportDialog)
    assert isinstance(export, ExportDialog)
    assert export.isVisible()
    assert export.auto_exporter is window.auto_exporter
    export.auto_button.click()
    auto = export.findChild(AutoExportDialog)
    assert isinstance(auto, AutoExportDialog)
    assert auto.exporter is window.auto_exporter
    auto.reject()
    export.reject()
    window.auto_export_action.trigger()
    assert any(d.isVisible() for d in window.findChildren(AutoExportDialog))
