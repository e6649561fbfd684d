"""The Settings dialog: cadences, capacity, runway, working days and hours, days off."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.nurture.settings import NurtureSettings, default_cadence_rules
from planner.ui.calendar.service import CalendarSync
from planner.ui.controller import Controller
from planner.ui.dialogs.calendar_page import CalendarPage
from planner.ui.dialogs.working_week_tab import WorkingWeekTab
from planner.ui.display import qdate
from planner.ui.i18n import translate
from planner.ui.models.cadence_rules_model import CadenceRulesModel

MAX_OFFSET = 730


def parse_offsets(text: str) -> tuple[int, ...]:
    """Days before the contract end, e.g. "180, 120, 90" (a leading minus is allowed).

    Raises ValueError with a plain message when the text is not such a list.
    """
    parts = [p.strip() for p in text.replace(";", ",").split(",")]
    if not any(parts):
        raise ValueError(
            translate(
                "SettingsDialog", "Give at least one runway offset, e.g. 180, 120, 90, 60, 30."
            )
        )
    days = []
    for part in parts:
        if not part:
            raise ValueError(
                translate(
                    "SettingsDialog", "Runway offsets: there is an empty entry between two commas."
                )
            )
        try:
            value = abs(int(part))
        except ValueError:
            raise ValueError(
                translate(
                    "SettingsDialog",
                    "Runway offsets: “{text}” is not a whole number of days before the contract "
                    "end.",
                ).format(text=part)
            ) from None
        if not 1 <= value <= MAX_OFFSET:
            raise ValueError(
                translate(
                    "SettingsDialog",
                    "Runway offsets: {days} is out of range; use 1 to {most} days.",
                ).format(days=value, most=MAX_OFFSET)
            )
        days.append(-value)
    if len(set(days)) != len(days):
        raise ValueError(
            translate("SettingsDialog", "Runway offsets: each number of days may appear only once.")
        )
    return tuple(sorted(days))


def offsets_text(offsets: tuple[int, ...]) -> str:
    return ", ".join(str(-o) for o in sorted(offsets))


class SettingsDialog(QDialog):
    """Edits the nurture settings; Save stores them through the controller (Ctrl+Z undoes)."""

    def __init__(
        self,
        controller: Controller,
        parent: QWidget | None = None,
        *,
        calendar: CalendarSync | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.controller = controller
        self.original = controller.nurture_settings()
        self._base = self.original  # the settings this dialog does not show come from here

        intro = QLabel(
            self.tr(
                "How often to touch each kind of account and contact, how much fits in a day, "
                "and when renewals start their runway."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.rules_model = CadenceRulesModel(self.original.cadence_rules, self)
        self.rules_table = QTableView(self)
        self.rules_table.setModel(self.rules_model)
        self.rules_table.verticalHeader().hide()
        self.rules_table.setAlternatingRowColors(True)
        self.rules_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.rules_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.rules_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.rules_table.setMinimumHeight(260)
        self.rules_table.setAccessibleName(self.tr("Cadence rules"))

        self.capacity = QSpinBox(self)
        self.capacity.setRange(1, 50)
        self.offsets = QLineEdit(self)
        self.offsets.setPlaceholderText("180, 120, 90, 60, 30")
        self.offsets.setToolTip(self.tr("Days before a contract ends, separated by commas"))
        self.lost_days = QSpinBox(self)
        self.lost_days.setRange(7, 730)
        # The suffixes follow the number (one form in English, several in other languages).
        self.capacity.valueChanged.connect(self._on_capacity_value_changed)
        self.lost_days.valueChanged.connect(self._on_lost_days_value_changed)
        self._on_capacity_value_changed(self.capacity.value())
        self._on_lost_days_value_changed(self.lost_days.value())
        locale = QLocale()
        self.day_boxes: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for day in range(7):
            box = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.ShortFormat), self)
            box.setToolTip(locale.dayName(day + 1, QLocale.FormatType.LongFormat))
            self.day_boxes.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Capacity:"), self.capacity)
        form.addRow(self.tr("Working days:"), days_row)
        form.addRow(self.tr("Renewal runway:"), self.offsets)
        form.addRow("", QLabel(self.tr("days before the contract ends, separated by commas"), self))
        form.addRow(self.tr("Lost touch after:"), self.lost_days)
        # On the road: driving time = straight distance × road factor at the average speed.
        self.road_factor = QDoubleSpinBox(self)
        self.road_factor.setRange(1.0, 3.0)
        self.road_factor.setSingleStep(0.1)
        self.road_factor.setDecimals(2)
        self.road_factor.setToolTip(self.tr("How much longer roads are than the straight line"))
        self.speed = QSpinBox(self)
        self.speed.setRange(5, 200)
        self.speed.setSuffix(self.tr(" km/h"))
        self.visit_minutes = QSpinBox(self)
        self.visit_minutes.setRange(10, 480)
        self.visit_minutes.setSuffix(self.tr(" min a visit"))
        travel_row = QHBoxLayout()
        for widget in (self.road_factor, self.speed, self.visit_minutes):
            travel_row.addWidget(widget)
        travel_row.addStretch(1)
        form.addRow(self.tr("Travel:"), travel_row)

        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b03a2e;")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.restore_button = QPushButton(self.tr("Restore defaults"), self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)

        self.week_tab = WorkingWeekTab(self)
        self.week_tab.problem.connect(self._show_error)
        cadence_tab = QWidget(self)
        self.tabs = QTabWidget(self)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.addTab(cadence_tab, self.tr("&Cadences"))
        self.tabs.addTab(self.week_tab, self.tr("&Working week"))
        self.calendar_page: CalendarPage | None = None
        if calendar is not None:  # acts at once, not on Save
            self.calendar_page = CalendarPage(calendar, self)
            self.tabs.addTab(self.calendar_page, self.tr("Calendar ser&ver"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        tab_layout = QVBoxLayout(cadence_tab)
        tab_layout.addWidget(intro)
        tab_layout.addLayout(form)
        cadences = QLabel(
            self.tr("Cadences (days between touches; double-click a number to change)"), self
        )
        font = cadences.font()
        font.setBold(True)
        cadences.setFont(font)
        tab_layout.addWidget(cadences)
        tab_layout.addWidget(self.rules_table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(640, 640)

        self.original_time_off = controller.time_off()
        self._load(self.original)
        self.week_tab.load(self.original, self.original_time_off)
        self.week_tab.off_from.setDate(qdate(controller.today()))
        self.week_tab.off_to.setDate(qdate(controller.today()))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.offsets.textChanged.connect(self._on_offsets_text_changed)
        self.rules_model.dataChanged.connect(self._on_rules_model_data_changed)

    def _load(self, settings: NurtureSettings) -> None:
        self.rules_model.set_rules(settings.cadence_rules)
        self.capacity.setValue(settings.capacity_per_day)
        self.offsets.setText(offsets_text(settings.runway_offsets))
        self.lost_days.setValue(settings.lost_touch_days)
        self.road_factor.setValue(settings.road_factor)
        self.speed.setValue(round(settings.driving_speed_kmh))
        self.visit_minutes.setValue(settings.visit_minutes)
        for day, box in enumerate(self.day_boxes):
            box.setChecked(day in settings.working_days)
        self._show_error("")

    def settings(self) -> NurtureSettings:
        """The settings as edited; raises ValueError (a plain message) when something is wrong."""
        problems = self.rules_model.problems()
        if problems:
            raise ValueError(problems[0])
        offsets = parse_offsets(self.offsets.text())
        working = frozenset(d for d, box in enumerate(self.day_boxes) if box.isChecked())
        if not working:
            raise ValueError(self.tr("Tick at least one working day."))
        try:
            edited = self._base.replace(
                cadence_rules=self.rules_model.rules(),
                capacity_per_day=self.capacity.value(),
                runway_offsets=offsets,
                working_days=working,
                lost_touch_days=self.lost_days.value(),
                road_factor=round(self.road_factor.value(), 2),
                driving_speed_kmh=float(self.speed.value()),
                visit_minutes=self.visit_minutes.value(),
            )
        except PlannerError as error:
            raise ValueError(str(error)) from None
        return self.week_tab.apply(edited)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _validate(self) -> bool:
        try:
            self.settings()
        except ValueError as error:
            self._show_error(str(error))
            return False
        self._show_error("")
        return True

    def _on_capacity_value_changed(self, value: int) -> None:
        self.capacity.setSuffix(self.tr(" touch-point(s) a day", "", value))

    def _on_lost_days_value_changed(self, value: int) -> None:
        self.lost_days.setSuffix(self.tr(" day(s) without a touch", "", value))

    def _on_offsets_text_changed(self, _text: str) -> None:
        self._validate()

    def _on_rules_model_data_changed(self, *_args: object) -> None:
        self._validate()

    def _on_restore_button_clicked(self) -> None:
        self._base = NurtureSettings(cadence_rules=default_cadence_rules())
        self._load(self._base)
        self.week_tab.load(self._base, self.week_tab.time_off())

    def _on_buttons_accepted(self) -> None:
        try:
            settings = self.settings()
        except ValueError as error:
            self._show_error(str(error))
            return
        time_off = self.week_tab.time_off()
        if settings != self.original or time_off != self.original_time_off:
            try:
                self.controller.save_week_settings(settings, time_off)
            except PlannerError as error:
                self._show_error(str(error))
                return
        self.accept()
