"""The content library table: one row per item with its topics, segments and sends."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from planner.domain.model import ContentItem, ContentSummary
from planner.ui import display
from planner.ui.models.filter_proxy import ID_ROLE, ROOT, SORT_ROLE


class Column(IntEnum):
    TITLE = 0
    KIND = 1
    TOPICS = 2
    SEGMENTS = 3
    SENDS = 4


HEADERS = ("Title", "Kind", "Topics", "Segments", "Sent")


def segments_text(item: ContentItem) -> str:
    """The intended segments in one line: kinds, levels, industries."""
    parts = [k.label for k in item.segment_kinds]
    parts += [level.label for level in item.segment_levels]
    parts += list(item.segment_industries)
    return ", ".join(parts) if parts else "Everyone"


class ContentModel(QAbstractTableModel):
    """Read-only rows of ContentSummary; DisplayRole is text, SORT_ROLE the raw value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ContentSummary] = []

    def set_summaries(self, rows: list[ContentSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> ContentSummary:
        return self._rows[row]

    def row_of(self, item_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.item.id == item_id:
                return row
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == Column.SENDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        item = summary.item
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case Column.TITLE:
                    return item.title
                case Column.KIND:
                    return item.kind.label
                case Column.TOPICS:
                    return ", ".join(item.topics)
                case Column.SEGMENTS:
                    return segments_text(item)
                case Column.SENDS:
                    return display.number(summary.sends)
        if role == SORT_ROLE:
            if column is Column.SENDS:
                return summary.sends
            return str(self.data(index, Qt.ItemDataRole.DisplayRole)).casefold()
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.SENDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.TITLE:
            return item.link or None
        return None
