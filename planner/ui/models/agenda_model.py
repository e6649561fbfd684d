"""A list model of the planned touch-points coming up in the next days, for the agenda list."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from planner.domain.model import AgendaEntry
from planner.ui.display import day_text, elsewhere_text, time_text, title_text
from planner.ui.i18n import label
from planner.ui.models.week_model import EntryRole
from planner.ui.theme import channel_icon

AnyIndex = QModelIndex | QPersistentModelIndex


class AgendaModel(QAbstractListModel):
    """Planned touch-points from today over `days` days, in day and time order."""

    def __init__(self, today: date, days: int = 14, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.days = days
        self._entries: list[AgendaEntry] = []

    def set_rows(self, entries: list[AgendaEntry], today: date) -> None:
        """The planned entries from `today` over `days` days, from the read side."""
        self.beginResetModel()
        self._entries = list(entries)
        self._today = today
        self.endResetModel()

    def entry(self, row: int) -> AgendaEntry:
        return self._entries[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        tp = entry.touchpoint
        if role == Qt.ItemDataRole.DisplayRole:
            when = f"{self._day_label(tp.day)} · {time_text(entry)}"
            who = entry.company_name + (f" — {entry.contact_name}" if entry.contact_name else "")
            return f"{when}\n{title_text(entry)}\n{who}"
        if role == Qt.ItemDataRole.UserRole:
            return f"{tp.day.isoformat()} {'' if tp.time is None else tp.time.isoformat()}"
        if role == Qt.ItemDataRole.DecorationRole:
            return channel_icon(tp.channel)
        if role == Qt.ItemDataRole.ToolTipRole:
            kinds = f"{label(tp.channel)} · {label(tp.purpose)} · {label(entry.company_kind)}"
            elsewhere = elsewhere_text(tp)
            return f"{elsewhere}\n{kinds}" if elsewhere else kinds
        if role == EntryRole.ENTRY:
            return entry
        if role == EntryRole.TOUCHPOINT_ID:
            return tp.id
        if role == EntryRole.DAY:
            return tp.day
        return None

    def _day_label(self, day: date) -> str:
        offset = (day - self._today).days
        if offset == 0:
            return self.tr("Today")
        if offset == 1:
            return self.tr("Tomorrow")
        return day_text(day)
