"""Form pieces the record dialogs share: optional dates, enum combos, number parsing, errors."""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QWidget,
)

from planner.domain.errors import ValidationError
from planner.ui import display
from planner.ui.i18n import label, translate

E = TypeVar("E", bound=StrEnum)


class FieldError(ValidationError):
    """A form value that does not make sense, with the widget to put the focus on."""

    def __init__(self, message: str, widget: QWidget | None = None) -> None:
        super().__init__(message)
        self.widget = widget


class OptionalDateEdit(QWidget):
    """A date that may be unknown: a checkbox (its translated text is `label`) turns it on."""

    def __init__(self, label: str, value: date | None, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(_date_format())
        self.edit.setAccessibleName(label)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.set_value(value, today)

    def set_value(self, value: date | None, today: date) -> None:
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(display.qdate(value or today))

    def value(self) -> date | None:
        return display.py_date(self.edit.date()) if self.check.isChecked() else None


def add_labelled_row(form: QFormLayout, text: str, field: QLayout, buddy: QWidget) -> QLabel:
    """A form row whose field is a layout, its label's shortcut key going to `buddy`.

    QFormLayout gives the label of a layout row no buddy, and a label without a buddy shows
    its "&" as it is ("&When"); this row's label has one, so "&When" reads "When" with W
    as the shortcut key.
    """
    row_label = QLabel(text, form.parentWidget())
    row_label.setBuddy(buddy)
    form.addRow(row_label, field)
    return row_label


def date_edit(value: date, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(display.qdate(value), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(_date_format())
    return edit


def _date_format() -> str:
    """The date fields' Qt date pattern; a translation may reorder it for its language."""
    return translate("FormFields", "d MMM yyyy", "Qt date format of the date fields")


def enum_combo(values: Iterable[E], current: E | None, parent: QWidget | None = None) -> QComboBox:
    """A combo of an enum's labels holding the values themselves as item data."""
    combo = QComboBox(parent)
    for value in values:
        combo.addItem(label(value) if hasattr(value, "label") else str(value), str(value))
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(str(current))))
    return combo


def combo_value(combo: QComboBox, enum: type[E]) -> E:
    return enum(combo.currentData())


def parse_number(text: str, what: str, widget: QWidget, *, whole: bool = False) -> float | None:
    """An optional number typed in the locale's or in plain notation; empty means unknown.

    `what` is the field's translated name, e.g. tr("Deal size"); the messages start with it.
    """
    cleaned = text.strip()
    if not cleaned:
        return None
    loc = display.locale()
    symbol = loc.currencySymbol()
    for junk in ["%", " ", "\u00a0", "\u202f", *([symbol] if symbol else [])]:
        cleaned = cleaned.replace(junk, "")
    value, ok = loc.toDouble(cleaned)
    if not ok:
        try:
            value = float(cleaned.replace(",", ""))
        except ValueError:
            raise FieldError(_not_a_number(what), widget) from None
    if not math.isfinite(value):  # "inf" and "nan" parse as floats but are no amount
        raise FieldError(_not_a_number(what), widget)
    if whole and value != int(value):
        raise FieldError(
            translate("FormFields", "{what} must be a whole number.").format(what=what), widget
        )
    return float(value)


def _not_a_number(what: str) -> str:
    return translate("FormFields", "{what} must be a number, for example 25000.").format(what=what)


def format_number(value: float | None, decimals: int = 0) -> str:
    """A number as the dialogs show it for editing (no currency symbol)."""
    return "" if value is None else display.number(value, decimals)


def parse_date_text(text: str, what: str, widget: QWidget) -> date | None:
    """An optional date typed as ISO (2027-03-31) or in the display format (31 Mar 2027).

    `what` is the field's translated name; the message starts with it.
    """
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        pass
    parsed = display.locale().toDate(cleaned, _date_format())
    if not parsed.isValid():
        parsed = QDate.fromString(cleaned, _date_format())
    if parsed.isValid():
        return display.py_date(parsed)
    raise FieldError(
        translate("FormFields", "{what} must be a date like 2027-03-31, or left empty.").format(
            what=what
        ),
        widget,
    )


def error_label(parent: QWidget | None = None) -> QLabel:
    """Where a dialog says, in one sentence, what to fix; hidden while there is nothing."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #c0392b; font-weight: bold;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label
