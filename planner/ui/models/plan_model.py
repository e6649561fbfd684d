"""The week's suggestions as a list model; a drag carries them as a nurture-suggestion mime type."""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from planner.ui import display
from planner.ui.i18n import label, text, translate
from planner.ui.theme import channel_icon

if TYPE_CHECKING:
    from planner.nurture.week_plan import Suggestion  # loaded with the engine, after the start

SUGGESTION_MIME_TYPE = "application/x-nurture-suggestion"

_Index = QModelIndex | QPersistentModelIndex


class PlanRole(IntEnum):
    SUGGESTION = Qt.ItemDataRole.UserRole + 1
    KEY = Qt.ItemDataRole.UserRole + 2
    DAY = Qt.ItemDataRole.UserRole + 3


def encode_keys(keys: Sequence[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(SUGGESTION_MIME_TYPE, json.dumps(list(keys)).encode("utf-8"))
    mime.setText("\n".join(keys))
    return mime


def decode_keys(mime: QMimeData) -> list[str]:
    """The suggestion keys a drag carries; an empty list for anything malformed."""
    if not mime.hasFormat(SUGGESTION_MIME_TYPE):
        return []
    try:
        value = json.loads(bytes(mime.data(SUGGESTION_MIME_TYPE).data()).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return []
    if not isinstance(value, list):
        return []
    return [k for k in value if isinstance(k, str)]


def summary(s: Suggestion) -> str:
    """One line a screen reader (and the clipboard) can use."""
    day = display.locale().toString(display.qdate(s.day), "ddd d MMM")
    if s.contact_name:
        text = translate("PlanModel", "{day}: {channel} {contact} at {account} — {purpose}")
    else:
        text = translate("PlanModel", "{day}: {channel} {account} — {purpose}")
    return text.format(
        day=day,
        channel=label(s.channel),
        contact=s.contact_name,
        account=s.company_name,
        purpose=label(s.purpose),
    )


class PlanModel(QAbstractListModel):
    """Suggestions in plan order (day, then priority); read-only, draggable."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Suggestion] = []

    def set_suggestions(self, suggestions: Sequence[Suggestion]) -> None:
        self.beginResetModel()
        self._rows = list(suggestions)
        self.endResetModel()

    def suggestions(self) -> list[Suggestion]:
        return list(self._rows)

    def suggestion(self, row: int) -> Suggestion:
        return self._rows[row]

    def row_of(self, key: str) -> int | None:
        for row, s in enumerate(self._rows):
            if s.key == key:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return summary(s)
        if role == Qt.ItemDataRole.DecorationRole:
            return channel_icon(s.channel)
        if role == Qt.ItemDataRole.ToolTipRole:
            why = self.tr("Why: {reason}").format(reason=text(s.reason))
            if s.content_title:
                content = self.tr("Suggested content: {title}").format(title=s.content_title)
                why = f"{why}\n{content}"
            hint = self.tr("Drag onto a day to plan it there.")
            return f"{summary(s)}\n\n{why}\n\n{hint}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{suggestion}. {reason}").format(
                suggestion=summary(s), reason=text(s.reason)
            )
        if role == PlanRole.SUGGESTION:
            return s
        if role == PlanRole.KEY:
            return s.key
        if role == PlanRole.DAY:
            return s.day
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def mimeTypes(self) -> list[str]:
        return [SUGGESTION_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        keys = [self._rows[i.row()].key for i in indexes if i.isValid()]
        return encode_keys(list(dict.fromkeys(keys)))

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
