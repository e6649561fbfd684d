"""Table models of touch-point entries: the visible week and the overdue tray."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date, time, timedelta, tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from planner.domain import travel
from planner.domain.model import AgendaEntry
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.domain.travel import local_start, shown_day
from planner.ui.display import day_text, elsewhere_text, time_text, title_text
from planner.ui.i18n import label, translate
from planner.ui.mime import MIME_TYPE, encode_ids
from planner.ui.theme import channel_icon

AnyIndex = QModelIndex | QPersistentModelIndex
# Weeks kept sorted: as many as the read side keeps read, so going back to any of them sorts
# nothing (the lists hold the read's own entries, so they cost little memory).
WEEKS_KEPT = 24
# A week's rows in card order, and each day's.
SortedWeek = tuple[list[AgendaEntry], list[list[AgendaEntry]]]


class Column(IntEnum):
    DAY = 0
    TIME = 1
    CHANNEL = 2
    COMPANY = 3
    CONTACT = 4
    TITLE = 5
    PURPOSE = 6
    STATUS = 7


HEADERS = (
    QT_TRANSLATE_NOOP("EntryTableModel", "Day"),
    QT_TRANSLATE_NOOP("EntryTableModel", "Time"),
    QT_TRANSLATE_NOOP("EntryTableModel", "Channel"),
    QT_TRANSLATE_NOOP("EntryTableModel", "Account"),
    QT_TRANSLATE_NOOP("EntryTableModel", "Contact"),
    QT_TRANSLATE_NOOP("EntryTableModel", "Title"),
    QT_TRANSLATE_NOOP("EntryTableModel", "Purpose"),
    QT_TRANSLATE_NOOP("EntryTableModel", "Status"),
)


class EntryRole(IntEnum):
    """Roles beyond display: the entry itself, its touch-point id, its day, and overdue."""

    ENTRY = int(Qt.ItemDataRole.UserRole) + 1
    TOUCHPOINT_ID = int(Qt.ItemDataRole.UserRole) + 2
    DAY = int(Qt.ItemDataRole.UserRole) + 3
    OVERDUE = int(Qt.ItemDataRole.UserRole) + 4


class EntryTableModel(QAbstractTableModel):
    """A read-only table of agenda entries; rows are draggable as touch-point ids."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[AgendaEntry] = []
        self._today: date | None = None

    def set_entries(self, entries: list[AgendaEntry], today: date) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._today = today
        self.endResetModel()

    def entries(self) -> list[AgendaEntry]:
        return list(self._entries)

    def entry(self, row: int) -> AgendaEntry:
        return self._entries[row]

    def row_of(self, touchpoint_id: int) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.touchpoint.id == touchpoint_id:
                return row
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return translate("EntryTableModel", HEADERS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        tp = entry.touchpoint
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.UserRole:
            return self._sort_key(entry, column)
        if role == Qt.ItemDataRole.DecorationRole and column in (Column.CHANNEL, Column.DAY):
            return channel_icon(tp.channel)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._summary(entry)
        if role == EntryRole.ENTRY:
            return entry
        if role == EntryRole.TOUCHPOINT_ID:
            return tp.id
        if role == EntryRole.DAY:
            return shown_day(tp)
        if role == EntryRole.OVERDUE:
            return self._today is not None and tp.is_overdue(self._today)
        return None

    def _display(self, entry: AgendaEntry, column: Column) -> str:
        tp = entry.touchpoint
        match column:
            case Column.DAY:
                return day_text(shown_day(tp))
            case Column.TIME:
                return time_text(entry)
            case Column.CHANNEL:
                return label(tp.channel)
            case Column.COMPANY:
                return entry.company_name
            case Column.CONTACT:
                return entry.contact_name
            case Column.TITLE:
                return title_text(entry)
            case Column.PURPOSE:
                return label(tp.purpose)
            case Column.STATUS:
                return label(tp.status)

    def _sort_key(self, entry: AgendaEntry, column: Column) -> Any:
        tp = entry.touchpoint
        match column:
            case Column.DAY:
                return shown_day(tp).isoformat()
            case Column.TIME:
                return "" if tp.time is None else tp.time.isoformat()
            case Column.STATUS:
                return tp.status.value
            case _:
                return self._display(entry, column).casefold()

    def _summary(self, entry: AgendaEntry) -> str:
        tp = entry.touchpoint
        day = day_text(shown_day(tp), "dddd d MMMM yyyy")
        if tp.time is None:
            when = self.tr("{day}, all day").format(day=day)
        else:
            when = self.tr("{day}, {time}").format(day=day, time=time_text(entry))
            if elsewhere := elsewhere_text(tp):
                when = self.tr("{when} ({elsewhere})").format(when=when, elsewhere=elsewhere)
        who = entry.company_name + (f" — {entry.contact_name}" if entry.contact_name else "")
        status = label(tp.status)
        if tp.outcome:
            status = self.tr("{status}: {outcome}").format(status=status, outcome=tp.outcome)
        lines = [
            title_text(entry),
            when,
            who,
            f"{label(tp.channel)} · {label(tp.purpose)} · {label(entry.company_kind)}",
            status,
        ]
        if self._today is not None and tp.is_overdue(self._today):
            lines.append(self.tr("Overdue"))
        if entry.content_title:
            lines.append(self.tr("Content: {title}").format(title=entry.content_title))
        return "\n".join(lines)

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids: list[int] = []
        for index in indexes:
            tp_id = self.data(index, EntryRole.TOUCHPOINT_ID)
            if isinstance(tp_id, int) and tp_id not in ids:
                ids.append(tp_id)
        return encode_ids(ids)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


class DayModel(EntryTableModel):
    """The entries of one day: each day column shows one, filled by its week model."""

    def __init__(self, day: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.day = day


class WeekModel(EntryTableModel):
    """The touch-points of one visible week, and one model per day holding that day's rows.

    The rows come from the read side (`set_rows`); they are grouped by day in one pass.
    """

    def __init__(self, start: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.start = start
        self.days = [DayModel(start + timedelta(days=i), self) for i in range(7)]
        self._sorted: OrderedDict[
            tuple[object, ...],
            tuple[list[AgendaEntry], SortedWeek],
        ] = OrderedDict()

    @property
    def last(self) -> date:
        return self.start + timedelta(days=6)

    def forget_sorted(self) -> None:
        """Let go of the weeks kept sorted (their rows will not come again: the file changed)."""
        self._sorted.clear()

    def set_week(self, start: date) -> None:
        """Show the week from `start`; its rows follow with `set_rows`."""
        self.start = start
        for offset, model in enumerate(self.days):
            model.day = start + timedelta(days=offset)

    def set_rows(
        self, entries: list[AgendaEntry], today: date, sorted_rows: SortedWeek | None = None
    ) -> None:
        """The week's entries in card order; each day model gets its own.

        Each entry goes to the day it falls on for the laptop's clock, and entries outside the
        week are left out (the rows may reach a day either side for that reason).
        `sorted_rows` is what `sort_week` made of `entries` already (off the GUI thread).
        """
        zone = travel.current_zone()  # once for the week: asking the clock per row costs a frame
        key = (self.start, zone, len(entries))
        kept_week = self._sorted.get(key)
        if sorted_rows is not None:
            week_rows, day_rows = sorted_rows
            self._sorted[key] = (list(entries), sorted_rows)
        elif kept_week is not None and all(
            a is b for a, b in zip(kept_week[0], entries, strict=True)
        ):
            # The same rows again (the read side keeps a week while the file is unchanged):
            # going back and forth between weeks sorts nothing.
            self._sorted.move_to_end(key)
            week_rows, day_rows = kept_week[1]
        else:
            week_rows, day_rows = sort_week([m.day for m in self.days], entries, zone)
            self._sorted[key] = (list(entries), (week_rows, day_rows))
        if len(self._sorted) > WEEKS_KEPT:
            self._sorted.popitem(last=False)
        self.set_entries(week_rows, today)
        for model, rows in zip(self.days, day_rows, strict=True):
            model.set_entries(rows, today)


def sort_week(days: list[date], entries: list[AgendaEntry], zone: tzinfo) -> SortedWeek:
    """The rows of `days` and each day's in card order on the clock of `zone` (pure: a week
    read off the GUI thread is sorted there too)."""
    per_day: dict[date, list[tuple[tuple[date, bool, time], AgendaEntry]]] = {
        day: [] for day in days
    }
    kept: list[tuple[tuple[date, bool, time], AgendaEntry]] = []
    # A busy week holds thousands of touch-points but a few hundred distinct starts (day,
    # time, zone): each is put on the laptop's clock once.
    orders: dict[tuple[date, time, str], tuple[date, bool, time]] = {}
    for entry in entries:
        tp = entry.touchpoint
        if tp.time is None:
            order = (tp.day, False, time())
        elif (order_ := orders.get((tp.day, tp.time, tp.tz))) is not None:
            order = order_
        else:
            start = local_start(tp, zone)
            assert start is not None
            order = orders[(tp.day, tp.time, tp.tz)] = (start.date(), True, start.time())
        rows = per_day.get(order[0])
        if rows is not None:
            rows.append((order, entry))
            kept.append((order, entry))
    # In card order on the laptop's clock: all-day first, then by the time shown (a stable
    # sort keeps the read's order among equals).
    kept.sort(key=_first)
    return [entry for _, entry in kept], [
        [entry for _, entry in sorted(per_day[day], key=_first)] for day in days
    ]


def _first(pair: tuple[tuple[date, bool, time], AgendaEntry]) -> tuple[date, bool, time]:
    return pair[0]


class OverdueModel(EntryTableModel):
    """Planned touch-points whose day has passed, oldest first (rows from the read side)."""

    def set_rows(self, entries: list[AgendaEntry], today: date) -> None:
        self.set_entries(entries, today)
