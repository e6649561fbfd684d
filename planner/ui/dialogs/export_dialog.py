"""File → Export to calendar: range, filters, reminder and file of a one-off .ics export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.model import Channel, CompanyKind
from planner.interchange.export_target import needs_confirmation
from planner.interchange.ical_export import (
    DEFAULT_CALENDAR_NAME,
    DEFAULT_WEEKS_AHEAD,
    ExportOptions,
    collect_entries,
)
from planner.interchange.ical_files import export_to_file
from planner.nurture.settings import Tier
from planner.ui import display
from planner.ui.auto_export import AutoExporter, lazy_tier_lookup
from planner.ui.controller import Controller
from planner.ui.dialogs.auto_export_dialog import AutoExportDialog
from planner.ui.i18n import error_text, label, translate
from planner.ui.theme import channel_icon
from planner.ui.widgets.export_fields import (
    DAY_FORMAT,
    REMINDER_HINT,
    FileField,
    ReminderPicker,
    confirm_replace,
    long_day,
    note_label,
)

__all__ = ["AutoExportDialog", "ExportDialog", "FileField", "ReminderPicker"]

K = TypeVar("K")
_FILTER_COLUMNS = 4


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

        self.note_label = note_label(
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
        edit.setDisplayFormat(DAY_FORMAT)
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
            self._show_result(self.file_field.problem(), error=True)
            return False
        store = self.controller.store
        replace = needs_confirmation(path, store.database_id)
        if replace and not confirm_replace(self, path):
            return False
        try:
            count = export_to_file(
                store,
                path,
                self.options(),
                self.today,
                self.controller.clock.now(),
                self._tier_of,
                replace=replace,
            )
        except PlannerError as error:
            self._show_result(error_text(error), error=True)
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
                first=long_day(first),
                last=long_day(last),
            )
        else:
            text = self.tr(
                "<b>%Ln touch-point(s)</b>: all from {first} to {last}.", "", len(entries)
            )
            text = text.format(first=long_day(first), last=long_day(last))
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
