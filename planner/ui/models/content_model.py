"""The content library table: one row per item with its topics, segments and sends."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from planner.domain.model import ContentItem, ContentSummary
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.ui import display
from planner.ui.i18n import label, translate
from planner.ui.models.record_model import RecordTableModel


class Column(IntEnum):
    TITLE = 0
    KIND = 1
    TOPICS = 2
    SEGMENTS = 3
    SENDS = 4


HEADERS = (
    QT_TRANSLATE_NOOP("ContentModel", "Title"),
    QT_TRANSLATE_NOOP("ContentModel", "Kind"),
    QT_TRANSLATE_NOOP("ContentModel", "Topics"),
    QT_TRANSLATE_NOOP("ContentModel", "Segments"),
    QT_TRANSLATE_NOOP("ContentModel", "Sent"),
)


def segments_text(item: ContentItem) -> str:
    """The intended segments in one line: kinds, levels, industries."""
    parts = [label(k) for k in item.segment_kinds]
    parts += [label(level) for level in item.segment_levels]
    parts += list(item.segment_industries)
    return ", ".join(parts) if parts else translate("ContentModel", "Everyone")


class ContentModel(RecordTableModel[ContentSummary]):
    """Read-only rows of ContentSummary; DisplayRole is text, SORT_ROLE the raw value."""

    translation_context = "ContentModel"
    headers = HEADERS
    numeric = frozenset({Column.SENDS})

    def set_summaries(self, rows: list[ContentSummary]) -> None:
        self.set_records(rows)

    def summary(self, row: int) -> ContentSummary:
        return self.record(row)

    def record_id(self, record: ContentSummary) -> int | None:
        return record.item.id

    def text(self, record: ContentSummary, column: int) -> str:
        item = record.item
        match Column(column):
            case Column.TITLE:
                return item.title
            case Column.KIND:
                return label(item.kind)
            case Column.TOPICS:
                return ", ".join(item.topics)
            case Column.SEGMENTS:
                return segments_text(item)
            case Column.SENDS:
                return display.number(record.sends)

    def sort_key(self, record: ContentSummary, column: int) -> Any:
        if column == Column.SENDS:
            return record.sends
        return self.text(record, column).casefold()

    def role_data(self, record: ContentSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            # The whole title (the column may cut it short), and where the item is.
            return "\n".join(part for part in (record.item.title, record.item.link) if part)
        return None
