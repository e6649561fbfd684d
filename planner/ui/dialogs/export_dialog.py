"""Export to calendar: range, filters, reminder and file of an .ics export, and the auto-export."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QFileInfo, QLocale, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.model import Channel, CompanyKind
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.interchange.ical_export import (
    DEFAULT_CALENDAR_NAME,
    DEFAULT_WEEKS_AHEAD,
    MAX_ALARM_MINUTES,
    AutoExportSetting,
    ExportOptions,
    collect_entries,
    export_to_file,
)
from planner.nurture.settings import Tier
from planner.ui import display
from planner.ui.auto_export import AutoExporter, lazy_tier_lookup
from planner.ui.controller import Controller
from planner.ui.i18n import label, translate
from planner.ui.theme import INK_SOFT, channel_icon

K = TypeVar("K")

# The reminder choices, shown through translate("ReminderPicker", text).
REMINDER_CHOICES: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("ReminderPicker", "No reminder"), None),
    (QT_TRANSLATE_NOOP("ReminderPicker", "5 minutes before"), 5),
    (QT_TRANSLATE_NOOP("ReminderPicker", "15 minutes before"), 15),
    (QT_TRANSLATE_NOOP("ReminderPicker", "30 minutes before"), 30),
    (QT_TRANSLATE_NOOP("ReminderPicker", "1 hour before"), 60),
)
_CUSTOM = -1
_FILTER_COLUMNS = 4
_DAY_FORMAT = "ddd d MMM yyyy"  # with the locale's day and month names

REMINDER_HINT = QT_TRANSLATE_NOOP("ReminderPicker", "on timed touch-points")


def _long_day(value: date) -> str:
    return display.locale().toString(display.qdate(value), _DAY_FORMAT)


def _note_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet(f"color: {INK_SOFT};")
    return label


def _ics_path(text: str) -> Path | None:
    """The file typed in a path box, with .ics added when it has no suffix; None when empty."""
    cleaned = text.strip()
    if not cleaned:
        return None
    path = Path(cleaned).expanduser()
    return path if path.suffix else path.with_suffix(".ics")


class ReminderPicker(QWidget):
    """None, a usual number of minutes before, or a custom number."""

    changed = Signal()

    def __init__(
        self, value: int | None = None, hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("reminderCombo")
        for text, minutes in REMINDER_CHOICES:
            self.combo.addItem(translate("ReminderPicker", text), minutes)
        self.combo.addItem(self.tr("Custom…"), _CUSTOM)
        self.spin = QSpinBox(self)
        self.spin.setObjectName("reminderSpin")
        self.spin.setRange(0, MAX_ALARM_MINUTES)
        self.spin.setSuffix(self.tr(" min before"))
        self.spin.setValue(10)
        self.spin.setAccessibleName(self.tr("Reminder minutes before"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.spin)
        if hint:
            hint_label = _note_label(hint, self)
            hint_label.setWordWrap(False)
            layout.addWidget(hint_label)
        layout.addStretch(1)
        self.set_value(value)
        self.combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        self.spin.valueChanged.connect(self.changed)

    def set_value(self, minutes: int | None) -> None:
        row = self.combo.findData(minutes) if minutes is not None else 0
        if row < 0:
            row = self.combo.findData(_CUSTOM)
            self.spin.setValue(minutes or 0)
        self.combo.setCurrentIndex(row)
        self.spin.setVisible(self.combo.currentData() == _CUSTOM)

    def value(self) -> int | None:
        data = self.combo.currentData()
        if data == _CUSTOM:
            return self.spin.value()
        return data if isinstance(data, int) else None

    def _on_combo_current_index_changed(self, _row: int) -> None:
        custom = self.combo.currentData() == _CUSTOM
        self.spin.setVisible(custom)
        if custom:
            self.spin.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()


class FileField(QWidget):
    """A path box and a Choose… button that asks through the platform's save dialog."""

    changed = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.edit = QLineEdit(self)
        self.edit.setObjectName("fileEdit")
        self.edit.setPlaceholderText(self.tr("Choose where to save the .ics file"))
        self.edit.setClearButtonEnabled(True)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setObjectName("chooseButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.choose_button)
        self.edit.textChanged.connect(self.changed)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)

    def path(self) -> Path | None:
        return _ics_path(self.edit.text())

    def set_path(self, path: Path | None) -> None:
        self.edit.setText("" if path is None else str(path))

    def _on_choose_button_clicked(self) -> None:
        current = self.path()
        start = str(current) if current is not None else str(Path.home() / "nurture-plan.ics")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.caption, start, self.tr("iCalendar files (*.ics);;All files (*)")
        )
        if chosen:
            path = _ics_path(QFileInfo(chosen).absoluteFilePath())
            self.set_path(path)


class ExportDialog(QDialog):
    """Choose what to export and where; the dialog stays open to show what was written."""

    exported = Signal(str, int)

    def __init__(
        self,
        controller: Controller,
        auto_exporter: AutoExporter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.auto_exporter = auto_exporter
        self.today = controller.today()
        self._tier_of = lazy_tier_lookup(controller)
        self.setWindowTitle(self.tr("Export to calendar"))
        self.setMinimumWidth(620)

        # Range.
        self.overdue_check = QCheckBox(self.tr("Start today, with every overdue touch-point"), self)
        self.overdue_check.setObjectName("overdueCheck")
        self.overdue_check.setChecked(True)
        self.from_edit = self._date_edit(self.today, "fromEdit")
        self.to_edit = self._date_edit(self.today + timedelta(weeks=DEFAULT_WEEKS_AHEAD), "toEdit")
        self.range_label = QLabel(self)
        self.range_label.setObjectName("rangeLabel")
        self.range_label.setWordWrap(True)
        from_label = QLabel(self.tr("&From"), self)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&to"), self)
        to_label.setBuddy(self.to_edit)
        dates = QHBoxLayout()
        dates.addWidget(from_label)
        dates.addWidget(self.from_edit)
        dates.addSpacing(8)
        dates.addWidget(to_label)
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        range_box = QGroupBox(self.tr("Range"), self)
        range_layout = QVBoxLayout(range_box)
        range_layout.addLayout(dates)
        range_layout.addWidget(self.overdue_check)
        range_layout.addWidget(self.range_label)

        # Filters.
        self.kind_checks = {
            kind: self._check(label(kind), f"kind_{kind.value}", display.kind_icon(kind))
            for kind in CompanyKind
        }
        self.tier_checks = {
            tier: self._check(self.tr("Tier {tier}").format(tier=tier), f"tier_{tier}")
            for tier in Tier
        }
        self.channel_checks = {
            channel: self._check(label(channel), f"channel_{channel.value}", channel_icon(channel))
            for channel in Channel
        }
        for check in self.tier_checks.values():
            check.setToolTip(
                self.tr("The tier the nurture engine gives the account from its score.")
            )
        self.include_done_check = QCheckBox(self.tr("Also done and skipped touch-points"), self)
        self.include_done_check.setObjectName("includeDoneCheck")
        # One grid for every filter so that the columns line up.
        filters = QGridLayout()
        filters.setHorizontalSpacing(14)
        row = 0
        for title, checks in (
            (self.tr("Accounts"), list(self.kind_checks.values())),
            (self.tr("Tiers"), list(self.tier_checks.values())),
            (self.tr("Channels"), list(self.channel_checks.values())),
        ):
            filters.addWidget(QLabel(title, self), row, 0)
            for n, check in enumerate(checks):
                filters.addWidget(check, row + n // _FILTER_COLUMNS, 1 + n % _FILTER_COLUMNS)
            row += -(-len(checks) // _FILTER_COLUMNS)
        filters.addWidget(self.include_done_check, row, 1, 1, _FILTER_COLUMNS)
        filters.setColumnStretch(_FILTER_COLUMNS + 1, 1)
        filter_box = QGroupBox(self.tr("What to include"), self)
        filter_box.setLayout(filters)

        # The calendar file.
        self.reminder = ReminderPicker(None, translate("ReminderPicker", REMINDER_HINT), self)
        self.reminder.setToolTip(
            self.tr(
                "Added to timed touch-points only. Outlook keeps it; Google drops reminders on "
                "import."
            )
        )
        self.name_edit = QLineEdit(DEFAULT_CALENDAR_NAME, self)
        self.name_edit.setObjectName("calendarNameEdit")
        self.file_field = FileField(self.tr("Export to calendar"), self)
        calendar = QFormLayout()
        calendar.addRow(self.tr("&Reminder"), self.reminder)
        calendar.addRow(self.tr("Calendar &name"), self.name_edit)
        calendar.addRow(self.tr("F&ile"), self.file_field)
        calendar_box = QGroupBox(self.tr("Calendar file"), self)
        calendar_box.setLayout(calendar)

        self.note_label = _note_label(
            self.tr(
                "<b>Importing:</b> Google Calendar and Outlook do not update events from a file "
                "you import again — they skip or duplicate them. Import a one-off export into a "
                "dedicated calendar (delete it and import afresh to refresh), or let your "
                "calendar subscribe to a file the planner keeps up to date."
            ),
            self,
        )
        self.note_label.setObjectName("importNote")
        self.auto_button = QPushButton(self.tr("Keep a calendar file up to date…"), self)
        self.auto_button.setObjectName("autoExportButton")
        self.auto_button.setVisible(auto_exporter is not None)
        self.auto_button.clicked.connect(self._on_auto_button_clicked)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(range_box)
        layout.addWidget(filter_box)
        layout.addWidget(calendar_box)
        layout.addWidget(self.note_label)
        layout.addWidget(self.result_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.auto_button)
        bottom.addWidget(self.buttons, 1)
        layout.addLayout(bottom)

        self.overdue_check.toggled.connect(self._on_overdue_check_toggled)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._on_range_changed)
        for check in (
            *self.kind_checks.values(),
            *self.tier_checks.values(),
            *self.channel_checks.values(),
            self.include_done_check,
        ):
            check.toggled.connect(self._on_range_changed)
        self.file_field.changed.connect(self._on_file_field_changed)
        self._on_overdue_check_toggled(True)
        self._on_file_field_changed()

    # Building blocks.

    def _date_edit(self, value: date, name: str) -> QDateEdit:
        edit = QDateEdit(display.qdate(value), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(_DAY_FORMAT)
        return edit

    def _check(self, text: str, name: str, icon: QIcon | None = None) -> QCheckBox:
        check = QCheckBox(text, self)
        check.setObjectName(name)
        check.setChecked(True)
        if icon is not None:
            check.setIcon(icon)
        return check

    # What the form says.

    def options(self) -> ExportOptions:
        """The export the form describes (raises ValidationError for a backwards range)."""
        overdue = self.overdue_check.isChecked()
        tiers = self._chosen(self.tier_checks)
        return ExportOptions(
            first=None if overdue else display.py_date(self.from_edit.date()),
            last=display.py_date(self.to_edit.date()),
            kinds=self._chosen(self.kind_checks),
            tiers=None if tiers is None else frozenset(str(t) for t in tiers),
            channels=self._chosen(self.channel_checks),
            include_done=self.include_done_check.isChecked(),
            alarm_minutes=self.reminder.value(),
            calendar_name=self.name_edit.text().strip() or DEFAULT_CALENDAR_NAME,
        )

    @staticmethod
    def _chosen(checks: dict[K, QCheckBox]) -> frozenset[K] | None:
        """None (no filter) when every box is ticked, else the ticked ones."""
        ticked = frozenset(key for key, check in checks.items() if check.isChecked())
        return None if len(ticked) == len(checks) else ticked

    def path(self) -> Path | None:
        return self.file_field.path()

    # Actions.

    def export(self) -> bool:
        """Write the file; the result or a plain error shows in the dialog. True on success."""
        path = self.path()
        if path is None:
            self._show_result(self.tr("Choose a file to export to."), error=True)
            return False
        try:
            count = export_to_file(
                self.controller.store,
                path,
                self.options(),
                self.today,
                self.controller.clock.now(),
                self._tier_of,
            )
        except PlannerError as error:
            self._show_result(str(error), error=True)
            return False
        self.file_field.set_path(path)
        self._show_result(
            self.tr("Wrote %Ln touch-point(s) to {path}.", "", count).format(path=path),
            error=False,
        )
        self.exported.emit(str(path), count)
        return True

    def _show_result(self, text: str, *, error: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setObjectName("formError" if error else "resultLabel")
        colour = "#c0392b" if error else "#1e8449"
        self.result_label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.result_label.show()

    def _update_summary(self) -> None:
        try:
            options = self.options()
            first, last = options.date_range(self.today)
        except PlannerError as error:
            self.range_label.setText(str(error))
            self.export_button.setEnabled(False)
            return
        entries = collect_entries(self.controller.store, options, self.today, self._tier_of)
        overdue = sum(1 for e in entries if e.touchpoint.day < first)
        in_range = len(entries) - overdue
        if options.includes_overdue:
            text = self.tr(
                "<b>%Ln touch-point(s)</b>: {overdue} overdue and {in_range} from {first} to "
                "{last}.",
                "",
                len(entries),
            ).format(
                overdue=display.number(overdue),
                in_range=display.number(in_range),
                first=_long_day(first),
                last=_long_day(last),
            )
        else:
            text = self.tr(
                "<b>%Ln touch-point(s)</b>: all from {first} to {last}.", "", len(entries)
            )
            text = text.format(first=_long_day(first), last=_long_day(last))
        self.range_label.setText(text)
        self.export_button.setEnabled(self.path() is not None)

    # Slots.

    def _on_overdue_check_toggled(self, checked: bool) -> None:
        if checked:
            self.from_edit.setDate(display.qdate(self.today))
        self.from_edit.setEnabled(not checked)
        self._update_summary()

    def _on_range_changed(self, *_args: object) -> None:
        self.result_label.hide()
        self._update_summary()

    def _on_file_field_changed(self) -> None:
        self.result_label.hide()
        self._update_summary()

    def _on_auto_button_clicked(self) -> None:
        assert self.auto_exporter is not None
        dialog = AutoExportDialog(self.auto_exporter, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


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

        self.note_label = _note_label(
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
        """Try the file, store the setting and close; a plain message when that fails."""
        try:
            self.exporter.apply(self.setting())
        except PlannerError as error:
            self.error_label.setText(str(error))
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
