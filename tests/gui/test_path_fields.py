"""Every path field takes whatever a rep types, character by character: a hint, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Week
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from planner.interchange.ical_files import read_auto_export_setting
from planner.ui.auto_export import AutoExporter
from planner.ui.controller import Controller
from planner.ui.dialogs.export_dialog import AutoExportDialog, ExportDialog

TYPED = ["/", "~", "~/", ".", "..", "/dev/null", "/nonexistent-folder/plan.ics"]


def _type(qtbot, dialog, text: str) -> None:
    edit = dialog.file_field.edit
    edit.clear()
    edit.setFocus()
    qtbot.keyClicks(edit, text)


@pytest.mark.parametrize("typed", TYPED)
def test_export_dialog_types_any_path(
    qtbot, controller: Controller, week: Week, typed: str
) -> None:
    dialog = ExportDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog, typed)  # each key press re-reads the path: no exception on the way
    assert dialog.file_field.edit.text() == typed
    assert not dialog.export_button.isEnabled()
    hint = dialog.file_field.hint_label
    assert not hint.isHidden()
    assert hint.text()
    assert "Errno" not in hint.text()


def test_export_dialog_hints_for_a_folder_and_a_missing_folder(
    qtbot, controller: Controller, week: Week, tmp_path: Path
) -> None:
    dialog = ExportDialog(controller)
    qtbot.addWidget(dialog)
    _type(qtbot, dialog, str(tmp_path))
    assert "is a folder" in dialog.file_field.hint_label.text()
    _type(qtbot, dialog, str(tmp_path / "missing" / "plan.ics"))
    assert "does not exist" in dialog.file_field.hint_label.text()
    _type(qtbot, dialog, str(tmp_path / "plan"))
    assert dialog.export_button.isEnabled()
    assert "plan.ics" in dialog.file_field.hint_label.text()
    dialog.file_field.edit.clear()
    assert not dialog.export_button.isEnabled()


def test_export_dialog_asks_before_replacing_a_foreign_file(
    qtbot, controller: Controller, week: Week, tmp_path: Path, monkeypatch
) -> None:
    mine = tmp_path / "notes.ics"
    mine.write_text("not a calendar\n")
    dialog = ExportDialog(controller)
    qtbot.addWidget(dialog)
    _type(qtbot, dialog, str(mine))
    answers = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    dialog.export_button.click()
    assert mine.read_text() == "not a calendar\n"
    answers.append(QMessageBox.StandardButton.Yes)
    dialog.export_button.click()
    assert mine.read_text().startswith("BEGIN:VCALENDAR")
    # Its own earlier export is replaced without asking (no answer left to give).
    dialog.export_button.click()
    assert dialog.result_label.objectName() == "resultLabel"


@pytest.mark.parametrize("typed", TYPED)
def test_auto_export_dialog_types_any_path(
    qtbot, controller: Controller, week: Week, typed: str
) -> None:
    exporter = AutoExporter(controller)
    dialog = AutoExportDialog(exporter)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.enabled_check.setChecked(True)
    _type(qtbot, dialog, typed)
    assert not dialog.save_button.isEnabled()
    assert dialog.file_field.hint_label.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not read_auto_export_setting(controller.store).enabled


def test_auto_export_dialog_asks_before_taking_over_a_foreign_file(
    qtbot, controller: Controller, week: Week, tmp_path: Path, monkeypatch
) -> None:
    mine = tmp_path / "notes.ics"
    mine.write_text("not a calendar\n")
    exporter = AutoExporter(controller)
    dialog = AutoExportDialog(exporter)
    qtbot.addWidget(dialog)
    dialog.enabled_check.setChecked(True)
    _type(qtbot, dialog, str(mine))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.save_button.click()
    assert mine.read_text() == "not a calendar\n"
    assert not read_auto_export_setting(controller.store).enabled


def test_csv_export_asks_before_replacing_a_foreign_spreadsheet(
    qtbot, controller: Controller, week: Week, tmp_path: Path, monkeypatch
) -> None:
    from planner.ui.main_window import MainWindow

    window = MainWindow(controller, tmp_path / "plan.db")
    qtbot.addWidget(window)
    mine = tmp_path / "accounts.csv"
    mine.write_text("my own list\n")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    assert window.interchange.export(tmp_path) == []
    assert mine.read_text() == "my own list\n"
    assert len(window.interchange.export(tmp_path)) == 3
    assert mine.read_text().startswith("name,")
    # Its own earlier export is replaced without asking (no answer left to give).
    assert len(window.interchange.export(tmp_path)) == 3
