"""The Settings dialog's Working week tab: hours per weekday, lengths, admin slot, days off."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.time_off import TimeOff
from planner.nurture.settings import NurtureSettings
from planner.nurture.workweek import (
    HOLIDAYS_AUTO,
    HOLIDAYS_NONE,
    Hours,
    check_holidays,
    check_hours,
    locale_country,
)
from planner.ui import display
from planner.ui.i18n import error_text

# The TimeOff behind a row of the list.
_ROLE = Qt.ItemDataRole.UserRole


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _supported() -> dict[str, list[str]]:
    import holidays

    # Each country is listed under its two-letter code and its three-letter one: keep one.
    return {k: list(v) for k, v in holidays.list_supported_countries().items() if len(k) == 2}


class WorkingWeekTab(QWidget):
    """Edits the working week; `apply` folds it into settings, `time_off` gives the list."""

    # A plain message when an entry cannot be added; "" once it is fine again.
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        locale = QLocale()
        hours = QGridLayout()
        self.starts: list[QTimeEdit] = []
        self.ends: list[QTimeEdit] = []
        for day in range(7):
            start, end = QTimeEdit(self), QTimeEdit(self)
            for edit in (start, end):
                edit.setDisplayFormat("HH:mm")
            name = locale.dayName(day + 1, QLocale.FormatType.LongFormat)
            start.setAccessibleName(self.tr("{day} starts").format(day=name))
            end.setAccessibleName(self.tr("{day} ends").format(day=name))
            hours.addWidget(QLabel(name, self), day, 0)
            hours.addWidget(start, day, 1)
            hours.addWidget(QLabel("–", self), day, 2)
            hours.addWidget(end, day, 3)
            self.starts.append(start)
            self.ends.append(end)
        hours.setColumnStretch(4, 1)

        self.call = self._minutes()
        self.meeting = self._minutes()
        lengths = QHBoxLayout()
        for text, box in (
            (self.tr("Call"), self.call),
            (self.tr("Meeting"), self.meeting),
        ):
            lengths.addWidget(QLabel(text, self))
            lengths.addWidget(box)
        lengths.addStretch(1)

        self.admin = QCheckBox(self.tr("E-mails and content in a daily slot:"), self)
        self.admin_start, self.admin_end = QTimeEdit(self), QTimeEdit(self)
        for edit in (self.admin_start, self.admin_end):
            edit.setDisplayFormat("HH:mm")
        admin = QHBoxLayout()
        admin.addWidget(self.admin)
        admin.addWidget(self.admin_start)
        admin.addWidget(QLabel("–", self))
        admin.addWidget(self.admin_end)
        admin.addStretch(1)
        self.admin.toggled.connect(self._on_admin_toggled)

        # Editable, so the rep can type a code ("DE") or a name; Qt names countries in English
        # only, so the list is data rather than text of the app.
        self.country = QComboBox(self)
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.setAccessibleName(self.tr("Public holidays of"))
        self.region = QComboBox(self)
        self.region.setEditable(True)
        self.region.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.region.setAccessibleName(self.tr("Region"))
        self._regions = _supported()
        auto = locale_country()
        self.country.addItem(
            self.tr("From the system language ({country})").format(
                country=auto if auto != HOLIDAYS_NONE else self.tr("none")
            ),
            HOLIDAYS_AUTO,
        )
        self.country.addItem(self.tr("None"), HOLIDAYS_NONE)
        names = []
        for code in self._regions:
            territory = QLocale.codeToTerritory(code)
            name = QLocale.territoryToString(territory) if territory.value else code
            names.append((name, code))
        for name, code in sorted(names):
            self.country.addItem(f"{name} ({code})", code)
        self.country.currentIndexChanged.connect(self._on_country_changed)
        self._on_country_changed()
        holidays_row = QHBoxLayout()
        holidays_row.addWidget(self.country, 2)
        holidays_row.addWidget(self.region, 1)

        self.time_off_list = QListWidget(self)
        self.time_off_list.setAccessibleName(self.tr("Time off"))
        self.time_off_list.setMinimumHeight(90)
        self.off_from, self.off_to = QDateEdit(self), QDateEdit(self)
        for date_edit in (self.off_from, self.off_to):
            date_edit.setCalendarPopup(True)
            date_edit.setDate(QDate.currentDate())
        self.off_from.setAccessibleName(self.tr("Time off from"))
        self.off_to.setAccessibleName(self.tr("Time off to"))
        self.off_label = QLineEdit(self)
        self.off_label.setPlaceholderText(self.tr("e.g. Vacation, Trade fair"))
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.off_from)
        add_row.addWidget(QLabel("–", self))
        add_row.addWidget(self.off_to)
        add_row.addWidget(self.off_label, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)

        form = QFormLayout()
        form.addRow(self.tr("Working hours:"), hours)
        form.addRow(self.tr("Lengths:"), lengths)
        form.addRow("", admin)
        form.addRow(self.tr("Public holidays:"), holidays_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Time off (nothing is planned on these days):"), self))
        layout.addWidget(self.time_off_list, 1)
        layout.addLayout(add_row)

    def _minutes(self) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(5, 480)
        box.setSingleStep(5)
        box.setSuffix(self.tr(" min"))
        return box

    def load(self, settings: NurtureSettings, time_off: list[TimeOff]) -> None:
        """Show these settings and this time off."""
        for day in range(7):
            start, end = settings.working_hours[day]
            self.starts[day].setTime(_qtime(start))
            self.ends[day].setTime(_qtime(end))
        self.call.setValue(settings.call_minutes)
        self.meeting.setValue(settings.meeting_minutes)
        slot = settings.admin_slot or (time(16, 30), time(17, 0))
        self.admin.setChecked(settings.admin_slot is not None)
        self.admin_start.setTime(_qtime(slot[0]))
        self.admin_end.setTime(_qtime(slot[1]))
        self._on_admin_toggled(self.admin.isChecked())
        country, _, region = settings.holidays.partition("-")
        index = self.country.findData(country)
        self.country.setCurrentIndex(max(index, 0))
        self._on_country_changed()
        self.region.setCurrentIndex(max(self.region.findData(region), 0))
        self.time_off_list.clear()
        for away in time_off:
            self._add_item(away)

    def holidays(self) -> str:
        """The chosen holidays: "auto", "none", a country, or country-region.

        Raises PlannerError (plain words) for a typed country or region that is not known.
        """
        index = self.country.findText(self.country.currentText())
        country = str(self.country.itemData(index)) if index >= 0 else self.country.currentText()
        index = self.region.findText(self.region.currentText())
        region = str(self.region.itemData(index) or "") if index >= 0 else self.region.currentText()
        return check_holidays(f"{country}-{region}" if region.strip() else country)

    def apply(self, settings: NurtureSettings) -> NurtureSettings:
        """The settings with this tab's values; ValueError (plain words) when one is wrong."""
        hours: list[Hours] = []
        try:
            for day in range(7):
                pair = (_time(self.starts[day].time()), _time(self.ends[day].time()))
                check_hours(pair)
                hours.append(pair)
            admin = None
            if self.admin.isChecked():
                admin = (_time(self.admin_start.time()), _time(self.admin_end.time()))
            return settings.replace(
                working_hours=tuple(hours),
                call_minutes=self.call.value(),
                meeting_minutes=self.meeting.value(),
                admin_slot=admin,
                holidays=self.holidays(),
            )
        except PlannerError as error:
            raise ValueError(error_text(error)) from None

    def time_off(self) -> list[TimeOff]:
        """The time off as listed."""
        return [
            self.time_off_list.item(row).data(_ROLE) for row in range(self.time_off_list.count())
        ]

    def _add_item(self, away: TimeOff) -> None:
        span = f"{display.day(away.start)} – {display.day(away.end)}"
        item = QListWidgetItem(f"{span}  {away.label}".rstrip())
        item.setData(_ROLE, away)
        self.time_off_list.addItem(item)

    def _on_admin_toggled(self, checked: bool) -> None:
        self.admin_start.setEnabled(checked)
        self.admin_end.setEnabled(checked)

    def _on_country_changed(self, *_args: object) -> None:
        self.region.clear()
        self.region.addItem(self.tr("Whole country"), "")
        for region in self._regions.get(str(self.country.currentData()), []):
            self.region.addItem(region, region)
        self.region.setEnabled(self.region.count() > 1)

    def _on_add_button_clicked(self) -> None:
        try:
            away = TimeOff(
                display.py_date(self.off_from.date()),
                display.py_date(self.off_to.date()),
                self.off_label.text().strip(),
            )
        except PlannerError as error:
            self.problem.emit(error_text(error))
            return
        self.problem.emit("")
        self._add_item(away)
        self.off_label.clear()

    def _on_remove_button_clicked(self) -> None:
        for item in self.time_off_list.selectedItems():
            self.time_off_list.takeItem(self.time_off_list.row(item))
