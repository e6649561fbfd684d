"""Plan a new touch-point or edit one: account, person, day and time, channel, purpose, content."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import Channel, Purpose, TouchPoint
from planner.domain.timing import Clock, local_zone_name
from planner.domain.travel import local_time
from planner.storage import Store
from planner.ui.dialogs.fields import add_labelled_row
from planner.ui.display import clock_text, elsewhere_text
from planner.ui.i18n import label
from planner.ui.theme import channel_icon

_DEFAULT_TIME = time(10, 0)


class TouchpointDialog(QDialog):
    """Fill in a touch-point; OK stays disabled until the account is one the plan knows."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        touchpoint: TouchPoint | None = None,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._original = touchpoint
        self.setWindowTitle(
            self.tr("Edit touch-point") if touchpoint else self.tr("Plan a touch-point")
        )
        self.setMinimumWidth(460)

        self.company_combo = QComboBox(self)
        self.company_combo.setObjectName("companyCombo")
        self.company_combo.setEditable(True)
        self.company_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for company in store.companies.all():
            self.company_combo.addItem(company.name, company.id)
        completer = QCompleter(self.company_combo.model(), self.company_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.company_combo.setCompleter(completer)
        line = self.company_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type an account name…"))

        self.contact_combo = QComboBox(self)
        self.contact_combo.setObjectName("contactCombo")

        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(self.tr("ddd d MMM yyyy", "Qt date format of the day"))
        self.all_day_check = QCheckBox(self.tr("All day"), self)
        self.all_day_check.setObjectName("allDayCheck")
        self.time_edit = QTimeEdit(self)
        self.time_edit.setObjectName("timeEdit")
        self.time_edit.setDisplayFormat(self.tr("HH:mm", "Qt time format of the time"))
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setObjectName("durationSpin")
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setSuffix(self.tr(" min", "minutes after the duration"))

        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("channelCombo")
        for channel in Channel:
            self.channel_combo.addItem(channel_icon(channel), label(channel), channel)
        self.purpose_combo = QComboBox(self)
        self.purpose_combo.setObjectName("purposeCombo")
        for purpose in Purpose:
            self.purpose_combo.addItem(label(purpose), purpose)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(self.tr("e.g. Share the Q1 benchmark report"))
        self.content_combo = QComboBox(self)
        self.content_combo.setObjectName("contentCombo")
        self.content_combo.addItem(self.tr("(none)"), None)
        for item in store.content.all():
            self.content_combo.addItem(item.title, item.id)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)

        when = QHBoxLayout()
        when.addWidget(self.date_edit, 2)
        when.addWidget(self.all_day_check)
        when.addWidget(self.time_edit, 1)
        when.addWidget(self.duration_spin, 1)

        form = QFormLayout()
        form.addRow(self.tr("&Account"), self.company_combo)
        form.addRow(self.tr("C&ontact"), self.contact_combo)
        add_labelled_row(form, self.tr("&When"), when, self.date_edit)
        # Planned in a zone that keeps another clock: its time is edited as it was planned.
        self.zone_label = QLabel(self)
        self.zone_label.setObjectName("zoneLabel")
        if touchpoint is not None and (elsewhere := elsewhere_text(touchpoint)):
            self.zone_label.setText(
                self.tr("Planned for {elsewhere}; {here} here").format(
                    elsewhere=elsewhere, here=clock_text(local_time(touchpoint) or time())
                )
            )
            form.addRow("", self.zone_label)
        form.addRow(self.tr("C&hannel"), self.channel_combo)
        form.addRow(self.tr("&Purpose"), self.purpose_combo)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("Co&ntent to send"), self.content_combo)
        form.addRow(self.tr("N&otes"), self.notes_edit)
        if touchpoint is not None:
            form.addRow(self.tr("Status"), self.status_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save") if touchpoint else self.tr("Plan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.company_combo.currentTextChanged.connect(self._on_company_combo_text_changed)
        self.all_day_check.toggled.connect(self._on_all_day_check_toggled)
        self.channel_combo.currentIndexChanged.connect(self._on_channel_combo_changed)

        self._load(touchpoint, day or clock.today())

    def _load(self, tp: TouchPoint | None, day: date) -> None:
        if tp is None:
            self.company_combo.setCurrentIndex(-1)
            self.company_combo.setEditText("")
            self._set_date(day)
            self.all_day_check.setChecked(True)
            self.time_edit.setTime(QTime(_DEFAULT_TIME.hour, _DEFAULT_TIME.minute))
            self.duration_spin.setValue(30)
            self._refresh_contacts()
        else:
            row = self.company_combo.findData(tp.company_id)
            self.company_combo.setCurrentIndex(row)
            self._refresh_contacts()
            self._select_data(self.contact_combo, tp.contact_id)
            self._set_date(tp.day)
            self.all_day_check.setChecked(tp.time is None)
            at = tp.time or _DEFAULT_TIME
            self.time_edit.setTime(QTime(at.hour, at.minute))
            self.duration_spin.setValue(tp.duration_minutes)
            self._select_data(self.channel_combo, tp.channel)
            self._select_data(self.purpose_combo, tp.purpose)
            self.title_edit.setText(tp.title)
            self.notes_edit.setPlainText(tp.notes)
            self._select_data(self.content_combo, tp.content_id)
            status = label(tp.status)
            if tp.outcome:
                status = self.tr("{status} — {outcome}").format(status=status, outcome=tp.outcome)
            self.status_label.setText(status)
        self._on_all_day_check_toggled(self.all_day_check.isChecked())
        self._on_channel_combo_changed()
        self._validate()

    @staticmethod
    def _select_data(combo: QComboBox, value: object) -> None:
        for row in range(combo.count()):
            if combo.itemData(row) == value:
                combo.setCurrentIndex(row)
                return

    def _set_date(self, day: date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def company_id(self) -> int | None:
        """The account whose name is in the box (case-insensitive), or None."""
        text = self.company_combo.currentText().strip()
        if not text:
            return None
        row = self.company_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if row < 0:
            return None
        value = self.company_combo.itemData(row)
        return value if isinstance(value, int) else None

    def channel(self) -> Channel:
        # Qt hands enum members back as plain strings; turn them into the enum again.
        return Channel(self.channel_combo.currentData())

    def _refresh_contacts(self) -> None:
        previous = self.contact_combo.currentData()
        self.contact_combo.clear()
        self.contact_combo.addItem(self.tr("(no one in particular)"), None)
        company_id = self.company_id()
        if company_id is not None:
            for contact in self._store.contacts.for_company(company_id):
                text = contact.full_name + (f" — {contact.title}" if contact.title else "")
                self.contact_combo.addItem(text, contact.id)
        self._select_data(self.contact_combo, previous)
        self.contact_combo.setEnabled(company_id is not None)

    def _validate(self) -> bool:
        message = ""
        if not self.company_combo.currentText().strip():
            message = self.tr("Choose the account this touch-point is with.")
        elif self.company_id() is None:
            message = self.tr(
                "There is no account called “{name}”; choose one from the list."
            ).format(name=self.company_combo.currentText().strip())
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.ok_button.setEnabled(not message)
        return not message

    def _on_company_combo_text_changed(self, _text: str) -> None:
        self._refresh_contacts()
        self._validate()

    def _on_all_day_check_toggled(self, checked: bool) -> None:
        self.time_edit.setEnabled(not checked)
        self.duration_spin.setEnabled(not checked)

    def _on_channel_combo_changed(self, _row: int = 0) -> None:
        is_content = self.channel() is Channel.CONTENT
        self.content_combo.setEnabled(is_content)

    def accept(self) -> None:
        if self._validate():
            super().accept()

    def touchpoint(self) -> TouchPoint:
        """The touch-point as filled in (with the original's id and status when editing)."""
        company_id = self.company_id()
        if company_id is None:
            raise ValueError("the dialog has no valid account")
        qd = self.date_edit.date()
        day = date(qd.year(), qd.month(), qd.day())
        at: time | None = None
        if not self.all_day_check.isChecked():
            qt = self.time_edit.time()
            at = time(qt.hour(), qt.minute())
        channel = self.channel()
        content_id = self.content_combo.currentData() if channel is Channel.CONTENT else None
        original = self._original
        tz = original.tz if original is not None and original.time is not None else None
        fields: dict[str, object] = {
            "company_id": company_id,
            "contact_id": self.contact_combo.currentData(),
            "day": day,
            "time": at,
            "duration_minutes": self.duration_spin.value(),
            "tz": tz or local_zone_name(),
            "channel": channel,
            "purpose": Purpose(self.purpose_combo.currentData()),
            "title": self.title_edit.text().strip(),
            "notes": self.notes_edit.toPlainText().strip(),
            "content_id": content_id,
        }
        if original is None:
            return TouchPoint(**fields)  # type: ignore[arg-type]
        return original.replace(**fields)
