"""Past imports for Undo import: when, which file, what each did, and whether it was undone."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QColor

from planner.domain.imports import ImportBatch
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.interchange.detect import ImportFormat
from planner.interchange.records import Target
from planner.ui import display
from planner.ui.i18n import label, translate
from planner.ui.models.record_model import RecordTableModel


class Column(IntEnum):
    WHEN = 0
    FILE = 1
    KIND = 2
    NEW = 3
    UPDATED = 4
    UNCHANGED = 5
    INVALID = 6
    STATE = 7


HEADERS = (
    QT_TRANSLATE_NOOP("ImportBatchesModel", "When"),
    QT_TRANSLATE_NOOP("ImportBatchesModel", "File"),
    QT_TRANSLATE_NOOP("ImportBatchesModel", "Records"),
    QT_TRANSLATE_NOOP("ImportBatchesModel", "New"),
    QT_TRANSLATE_NOOP("ImportBatchesModel", "Updated"),
    QT_TRANSLATE_NOOP("ImportBatchesModel", "Unchanged"),
    QT_TRANSLATE_NOOP("ImportBatchesModel", "Skipped"),
    QT_TRANSLATE_NOOP("ImportBatchesModel", "State"),
)
_NUMERIC = frozenset({Column.NEW, Column.UPDATED, Column.UNCHANGED, Column.INVALID})


def _moment(value: datetime) -> str:
    """A moment in local time, its date and time written the locale's way."""
    local = value.astimezone()
    time = display.locale().toString(
        QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
    )
    return translate("ImportBatchesModel", "{day}, {time}").format(
        day=display.day(local.date()), time=time
    )


def when(batch: ImportBatch) -> str:
    """When the import ran, e.g. "24 Nov 2026, 10:01"."""
    return _moment(batch.created_at)


def _label_of(enum: type[Target] | type[ImportFormat], value: str) -> str:
    """The translated label of a stored target or format; the stored value if it is unknown."""
    try:
        return label(enum(value))
    except ValueError:
        return value


class ImportBatchesModel(RecordTableModel[ImportBatch]):
    """The import batches, newest first; undone ones are greyed."""

    translation_context = "ImportBatchesModel"
    headers = HEADERS
    numeric = _NUMERIC

    def set_batches(self, batches: Sequence[ImportBatch]) -> None:
        self.set_records(batches)

    def batch(self, row: int) -> ImportBatch:
        return self.record(row)

    def record_id(self, record: ImportBatch) -> int | None:
        return record.id

    def text(self, record: ImportBatch, column: int) -> str:
        return self._text(record, Column(column))

    def role_data(self, record: ImportBatch, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.is_undone:
            return QColor("#8a96a3")
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.FILE:
            return self.tr("{file} — read as {format}").format(
                file=record.source, format=_label_of(ImportFormat, record.format)
            )
        return None

    def _text(self, batch: ImportBatch, column: Column) -> str:
        if column == Column.WHEN:
            return when(batch)
        if column == Column.FILE:
            return batch.source
        if column == Column.KIND:
            return _label_of(Target, batch.target)
        if column == Column.NEW:
            return display.number(batch.new)
        if column == Column.UPDATED:
            return display.number(batch.updated)
        if column == Column.UNCHANGED:
            return display.number(batch.unchanged)
        if column == Column.INVALID:
            return display.number(batch.invalid)
        if batch.undone_at is not None:
            return self.tr("Undone {when}").format(when=_moment(batch.undone_at))
        return self.tr("Imported")
