"""The import preview's rows: where each row is, who it is, what importing does with it, and why."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from planner.domain.model import ContactLevel
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.interchange.detect import ImportFormat
from planner.interchange.importer import RowAction, RowOutcome
from planner.ui.i18n import label, text, translate
from planner.ui.models.record_model import RecordTableModel

ACTION_TEXT = {
    RowAction.NEW: QT_TRANSLATE_NOOP("ImportPreviewModel", "New"),
    RowAction.UPDATED: QT_TRANSLATE_NOOP("ImportPreviewModel", "Update"),
    RowAction.UNCHANGED: QT_TRANSLATE_NOOP("ImportPreviewModel", "Unchanged"),
    RowAction.INVALID: QT_TRANSLATE_NOOP("ImportPreviewModel", "Skipped"),
}
"""What importing does with a row, in English; the Action column shows `action_text`."""
ACTION_COLOURS = {
    RowAction.NEW: "#2f7f86",
    RowAction.UPDATED: "#8a5a00",
    RowAction.UNCHANGED: "#7b8794",
    RowAction.INVALID: "#b03a2e",
}
# The fields an update can fill, as "Fills …" names them.
_FIELD_LABELS = {
    # Contacts.
    "first_name": QT_TRANSLATE_NOOP("ImportPreviewModel", "first name"),
    "last_name": QT_TRANSLATE_NOOP("ImportPreviewModel", "last name"),
    "title": QT_TRANSLATE_NOOP("ImportPreviewModel", "title"),
    "email": QT_TRANSLATE_NOOP("ImportPreviewModel", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportPreviewModel", "phone"),
    "profile_url": QT_TRANSLATE_NOOP("ImportPreviewModel", "profile URL"),
    "notes": QT_TRANSLATE_NOOP("ImportPreviewModel", "notes"),
    "company": QT_TRANSLATE_NOOP("ImportPreviewModel", "company"),
    "level": QT_TRANSLATE_NOOP("ImportPreviewModel", "level"),
    "buying_role": QT_TRANSLATE_NOOP("ImportPreviewModel", "buying role"),
    # Accounts.
    "industry": QT_TRANSLATE_NOOP("ImportPreviewModel", "industry"),
    "website": QT_TRANSLATE_NOOP("ImportPreviewModel", "website"),
    "our_annual_revenue": QT_TRANSLATE_NOOP("ImportPreviewModel", "our annual revenue"),
    "estimated_annual_wallet": QT_TRANSLATE_NOOP("ImportPreviewModel", "estimated annual wallet"),
    "margin_percent": QT_TRANSLATE_NOOP("ImportPreviewModel", "margin percent"),
    "expected_deal_size": QT_TRANSLATE_NOOP("ImportPreviewModel", "expected deal size"),
    "kind": QT_TRANSLATE_NOOP("ImportPreviewModel", "kind"),
    "buying_timeframe": QT_TRANSLATE_NOOP("ImportPreviewModel", "buying timeframe"),
    "growth_potential": QT_TRANSLATE_NOOP("ImportPreviewModel", "growth potential"),
    "contract_start": QT_TRANSLATE_NOOP("ImportPreviewModel", "contract start"),
    "contract_end": QT_TRANSLATE_NOOP("ImportPreviewModel", "contract end"),
    "competitors": QT_TRANSLATE_NOOP("ImportPreviewModel", "competitors"),
    # Touch-points.
    "duration_minutes": QT_TRANSLATE_NOOP("ImportPreviewModel", "duration minutes"),
    "tz": QT_TRANSLATE_NOOP("ImportPreviewModel", "time zone"),
    "purpose": QT_TRANSLATE_NOOP("ImportPreviewModel", "purpose"),
    "status": QT_TRANSLATE_NOOP("ImportPreviewModel", "status"),
    "reason": QT_TRANSLATE_NOOP("ImportPreviewModel", "reason"),
    "outcome": QT_TRANSLATE_NOOP("ImportPreviewModel", "outcome"),
    "content": QT_TRANSLATE_NOOP("ImportPreviewModel", "content"),
    "completed_at": QT_TRANSLATE_NOOP("ImportPreviewModel", "completed at"),
}


class Column(IntEnum):
    WHERE = 0
    RECORD = 1
    ACTION = 2
    LEVEL = 3
    DETAILS = 4


HEADERS = (
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Where"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Record"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Action"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Level"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Details"),
)


def action_text(action: RowAction) -> str:
    """What importing does with a row ("New", "Update", …), translated: the Action column."""
    return translate("ImportPreviewModel", ACTION_TEXT[action])


def _field_label(name: str) -> str:
    known = _FIELD_LABELS.get(name)
    return name.replace("_", " ") if known is None else translate("ImportPreviewModel", known)


def where(row: RowOutcome, fmt: ImportFormat) -> str:
    """Where a row is in its file: "Line 12", or "vCard 3 (line 40)"."""
    if fmt is ImportFormat.VCARD:
        return translate("ImportPreviewModel", "vCard {card} (line {line})").format(
            card=row.record, line=row.line
        )
    return translate("ImportPreviewModel", "Line {line}").format(line=row.line)


def details(row: RowOutcome) -> str:
    """The reason a row is skipped, or the fields an update fills, and what else it does."""
    # The reason and the note are the importer's wording, translated by text().
    if row.action is RowAction.INVALID:
        return text(row.reason)
    note = text(row.note)
    fills = ""
    if row.action is RowAction.UPDATED and row.fields:
        fills = ", ".join(_field_label(f) for f in row.fields)
    if fills and note:
        return translate("ImportPreviewModel", "Fills {fields}; {note}").format(
            fields=fills, note=note
        )
    if fills:
        return translate("ImportPreviewModel", "Fills {fields}").format(fields=fills)
    # The importer's notes are clauses ("creates the account …"); alone, one starts the cell.
    return note[:1].upper() + note[1:]


def level_text(row: RowOutcome) -> str:
    """A contact's level after the import, "Executive (guessed)" when the job title said so."""
    if not row.level:
        return ""
    name = label(ContactLevel(row.level))
    if row.level_guessed:
        return translate("ImportPreviewModel", "{level} (guessed)").format(level=name)
    return name


class ImportPreviewModel(RecordTableModel[RowOutcome]):
    """One row per file row of an import preview, in file order."""

    translation_context = "ImportPreviewModel"
    headers = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._format = ImportFormat.CSV

    def set_rows(self, rows: Sequence[RowOutcome], fmt: ImportFormat) -> None:
        self._format = fmt
        self.set_records(rows)

    def outcome(self, row: int) -> RowOutcome:
        return self.record(row)

    def text(self, record: RowOutcome, column: int) -> str:
        if column == Column.WHERE:
            return where(record, self._format)
        if column == Column.RECORD:
            return record.label or "—"
        if column == Column.ACTION:
            return action_text(record.action)
        if column == Column.LEVEL:
            return level_text(record)
        return details(record)

    def sort_key(self, record: RowOutcome, column: int) -> Any:
        if column == Column.WHERE:
            return record.line
        if column == Column.ACTION:
            return list(RowAction).index(record.action)
        return self.text(record, column)

    def role_data(self, record: RowOutcome, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.LEVEL and record.level_guessed:
                return translate(
                    "ImportPreviewModel",
                    "Guessed from the job title: the file gives no level for this contact.",
                )
            return self.text(record, column)
        if role == Qt.ItemDataRole.ForegroundRole and column in (Column.ACTION, Column.DETAILS):
            return QColor(ACTION_COLOURS[record.action])
        return None
