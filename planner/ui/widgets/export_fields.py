"""The fields both export dialogs share: a reminder picker and a file field that checks paths."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QFileInfo, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.text import QT_TRANSLATE_NOOP
from planner.interchange.export_target import Target, parse_target
from planner.interchange.ical_export import MAX_ALARM_MINUTES
from planner.ui import display
from planner.ui.i18n import text, translate
from planner.ui.theme import INK_SOFT

# The reminder choices, shown through translate("ReminderPicker", text).
REMINDER_CHOICES: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("ReminderPicker", "No reminder"), None),
    (QT_TRANSLATE_NOOP("ReminderPicker", "5 minutes before"), 5),
    (QT_TRANSLATE_NOOP("ReminderPicker", "15 minutes before"), 15),
    (QT_TRANSLATE_NOOP("ReminderPicker", "30 minutes before"), 30),
    (QT_TRANSLATE_NOOP("ReminderPicker", "1 hour before"), 60),
)
_CUSTOM = -1
DAY_FORMAT = "ddd d MMM yyyy"  # with the locale's day and month names

REMINDER_HINT = QT_TRANSLATE_NOOP("ReminderPicker", "on timed touch-points")


def long_day(value: date) -> str:
    return display.locale().toString(display.qdate(value), DAY_FORMAT)


def note_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet(f"color: {INK_SOFT};")
    return label


def confirm_replace(parent: QWidget, path: Path) -> bool:
    """Ask before an export replaces a file that is not an earlier export of this plan."""
    answer = QMessageBox.question(
        parent,
        translate("FileField", "Replace file?"),
        translate(
            "FileField",
            "{path} already exists and is not a calendar exported from this plan. "
            "Replace it with the export?",
        ).format(path=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class ReminderPicker(QWidget):
    """None, a usual number of minutes before, or a custom number."""

    changed = Signal()

    def __init__(
        self, value: int | None = None, hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("reminderCombo")
        for choice, minutes in REMINDER_CHOICES:
            self.combo.addItem(translate("ReminderPicker", choice), minutes)
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
            hint_label = note_label(hint, self)
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
    """A path box and a Choose… button; whatever is typed gets a plain hint below, never a crash.

    The typed text is checked on every change (parse_target): `path()` is the file an export
    would write, or None while the text names none — `problem()` then says why.
    """

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
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("fileHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.hint_label)
        self._target = parse_target("")
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)

    def path(self) -> Path | None:
        return self._target.path

    def problem(self) -> str:
        """Why the typed text names no usable file, in the user's language ("" when it does)."""
        return text(self._target.problem) if self._target.problem else ""

    def set_path(self, path: Path | None) -> None:
        self.edit.setText("" if path is None else str(path))

    def _show_hint(self, target: Target) -> None:
        typed = bool(self.edit.text().strip())
        message = target.problem if target.problem and typed else target.note
        self.hint_label.setText(text(message) if message else "")
        colour = "#c0392b" if target.problem else INK_SOFT
        self.hint_label.setStyleSheet(f"color: {colour};")
        self.hint_label.setVisible(bool(message))
        self._make_room()

    def _make_room(self) -> None:
        # A hint that wraps needs more height than the dialog had when it was laid out.
        top = self.window()
        layout = top.layout()
        if top is self or not top.isVisible() or layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(top.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, top.sizeHint().height())
        if needed > top.height():
            top.resize(top.width(), needed)

    def _on_edit_text_changed(self, _text: str) -> None:
        self._target = parse_target(self.edit.text())
        self._show_hint(self._target)
        self.changed.emit()

    def _on_choose_button_clicked(self) -> None:
        current = self.path()
        start = str(current) if current is not None else str(Path.home() / "nurture-plan.ics")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.caption, start, self.tr("iCalendar files (*.ics);;All files (*)")
        )
        if chosen:
            self.edit.setText(QFileInfo(chosen).absoluteFilePath())
