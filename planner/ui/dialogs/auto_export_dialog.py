"""File → Automatic calendar export: keep one calendar file up to date for subscribing calendars."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QFileInfo, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.interchange.export_target import needs_confirmation
from planner.interchange.ical_export import DEFAULT_CALENDAR_NAME, DEFAULT_WEEKS_AHEAD
from planner.interchange.ical_files import AutoExportSetting
from planner.ui import display
from planner.ui.auto_export import AutoExporter
from planner.ui.i18n import error_text, translate
from planner.ui.widgets.export_fields import (
    REMINDER_HINT,
    FileField,
    ReminderPicker,
    confirm_replace,
    note_label,
)


class AutoExportDialog(QDialog):
    """Turn the automatic calendar file on or off and choose its file, reminder and name."""

    def __init__(self, exporter: AutoExporter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exporter = exporter
        self._setting = exporter.setting()
        self.setWindowTitle(self.tr("Automatic calendar export"))
        self.setMinimumWidth(520)

        self.enabled_check = QCheckBox(self.tr("&Keep a calendar file up to date"), self)
        self.enabled_check.setObjectName("autoEnabledCheck")
        self.enabled_check.setChecked(self._setting.enabled)
        self.file_field = FileField(self.tr("Automatic calendar export"), self)
        self.file_field.set_path(self._setting.path)
        self.reminder = ReminderPicker(
            self._setting.options.alarm_minutes, translate("ReminderPicker", REMINDER_HINT), self
        )
        self.name_edit = QLineEdit(self._setting.options.calendar_name, self)
        self.name_edit.setObjectName("calendarNameEdit")
        form = QFormLayout()
        form.addRow(self.tr("F&ile"), self.file_field)
        form.addRow(self.tr("&Reminder"), self.reminder)
        form.addRow(self.tr("Calendar &name"), self.name_edit)
        self.form_box = QWidget(self)
        self.form_box.setLayout(form)

        self.note_label = note_label(
            self.tr(
                "After every change the planner rewrites this file with every overdue "
                "touch-point and the next %Ln week(s). Put it in a folder your calendar "
                "subscribes to (a synced or web folder): subscribed calendars follow moves and "
                "cancellations; imported copies do not.",
                "",
                DEFAULT_WEEKS_AHEAD,
            ),
            self,
        )
        self.state_label = QLabel(self)
        self.state_label.setObjectName("autoStateLabel")
        self.state_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled_check)
        layout.addWidget(self.form_box)
        layout.addWidget(self.note_label)
        layout.addWidget(self.state_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.enabled_check.toggled.connect(self._on_enabled_check_toggled)
        self.file_field.changed.connect(self._on_file_field_changed)
        self._on_enabled_check_toggled(self.enabled_check.isChecked())
        self._show_state()

    def setting(self) -> AutoExportSetting:
        options = dataclasses.replace(
            self._setting.options,
            alarm_minutes=self.reminder.value(),
            calendar_name=self.name_edit.text().strip() or DEFAULT_CALENDAR_NAME,
        )
        return AutoExportSetting(self.enabled_check.isChecked(), self.file_field.path(), options)

    def save(self) -> None:
        """Try the file, store the setting and close; a plain message when that fails.

        A file that is not an earlier export of this plan is taken over only when the rep
        says so here; the running auto-export never replaces such a file on its own.
        """
        setting = self.setting()
        if setting.enabled and setting.path is None:
            self.error_label.setText(self.file_field.problem())
            self.error_label.show()
            return
        confirmed = False
        if setting.enabled and setting.path is not None:
            store = self.exporter.controller.store
            if needs_confirmation(setting.path, store.database_id):
                if not confirm_replace(self, setting.path):
                    return
                confirmed = True
        try:
            self.exporter.apply(setting, confirmed=confirmed)
        except PlannerError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        self.accept()

    def _show_state(self) -> None:
        path = self._setting.path
        if not self._setting.enabled or path is None or not path.exists():
            self.state_label.hide()
            return
        modified = QFileInfo(str(path)).lastModified()
        locale = display.locale()
        self.state_label.setText(
            self.tr("The file was last written on {day}, {time}.").format(
                day=display.day(display.py_date(modified.date())),
                time=locale.toString(modified.time(), QLocale.FormatType.ShortFormat),
            )
        )
        self.state_label.show()

    def _on_enabled_check_toggled(self, checked: bool) -> None:
        self.form_box.setEnabled(checked)
        self._on_file_field_changed()

    def _on_file_field_changed(self) -> None:
        self.error_label.hide()
        needs_file = self.enabled_check.isChecked() and self.file_field.path() is None
        self.save_button.setEnabled(not needs_file)
