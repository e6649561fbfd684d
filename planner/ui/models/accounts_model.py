"""The accounts table: one row per company with its segmentation, wallet, contract and touches."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from planner.domain.model import CompanySummary
from planner.ui import display
from planner.ui.models.filter_proxy import ID_ROLE, KIND_ROLE, ROOT, SORT_ROLE


class Column(IntEnum):
    NAME = 0
    KIND = 1
    INDUSTRY = 2
    TIMEFRAME = 3
    GROWTH = 4
    MARGIN = 5
    DEAL_SIZE = 6
    REVENUE = 7
    SHARE = 8
    CONTRACT_END = 9
    LAST_TOUCH = 10
    NEXT_TOUCH = 11
    CONTACTS = 12


HEADERS = (
    "Account",
    "Kind",
    "Industry",
    "Timeframe",
    "Growth",
    "Margin",
    "Deal size",
    "Revenue",
    "Share",
    "Contract end",
    "Last touch",
    "Next touch",
    "Contacts",
)

TOOLTIPS = (
    "The account's name",
    "Dream client, customer, prospect or former customer",
    "The account's industry",
    "How soon they will buy",
    "Growth potential",
    "Expected margin",
    "Expected deal size",
    "Our annual revenue with them",
    "Share of wallet: our revenue as a share of what they spend in our category",
    "When our contract with them ends",
    "The last touch-point that was done",
    "The next planned touch-point",
    "How many contacts work there now",
)

_NUMERIC = {Column.MARGIN, Column.DEAL_SIZE, Column.REVENUE, Column.SHARE, Column.CONTACTS}
_TIMEFRAME_ORDER = ("this_quarter", "next_quarter", "this_year", "later", "unknown")
_GROWTH_ORDER = ("high", "medium", "low", "unknown")


class AccountsModel(QAbstractTableModel):
    """Read-only rows of CompanySummary; DisplayRole is text, SORT_ROLE the raw value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CompanySummary] = []

    def set_summaries(self, rows: list[CompanySummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> CompanySummary:
        return self._rows[row]

    def row_of(self, company_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.company.id == company_id:
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
        if role == Qt.ItemDataRole.ToolTipRole:
            return TOOLTIPS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(summary, column)
        if role == SORT_ROLE:
            return _raw(summary, column)
        if role == ID_ROLE:
            return summary.company.id
        if role == KIND_ROLE:
            return str(summary.company.kind)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.KIND:
            return display.kind_icon(summary.company.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.SHARE:
            c = summary.company
            return (
                f"{display.money(c.our_annual_revenue)} of "
                f"{display.money(c.estimated_annual_wallet)} a year"
            )
        return None


def _text(s: CompanySummary, column: Column) -> str:
    c = s.company
    match column:
        case Column.NAME:
            return c.name
        case Column.KIND:
            return c.kind.label
        case Column.INDUSTRY:
            return c.industry
        case Column.TIMEFRAME:
            return c.buying_timeframe.label
        case Column.GROWTH:
            return c.growth_potential.label
        case Column.MARGIN:
            return display.percent(c.margin_percent)
        case Column.DEAL_SIZE:
            return display.money(c.expected_deal_size)
        case Column.REVENUE:
            return display.money(c.our_annual_revenue)
        case Column.SHARE:
            return display.fraction_percent(c.share_of_wallet)
        case Column.CONTRACT_END:
            return display.day(c.contract_end) if c.contract_end else ""
        case Column.LAST_TOUCH:
            return display.day(s.last_touch) if s.last_touch else "Never"
        case Column.NEXT_TOUCH:
            return display.day(s.next_touch) if s.next_touch else "None planned"
        case Column.CONTACTS:
            return display.number(s.contacts)


def _raw(s: CompanySummary, column: Column) -> Any:
    c = s.company
    match column:
        case Column.NAME:
            return c.name.casefold()
        case Column.KIND:
            return c.kind.label.casefold()
        case Column.INDUSTRY:
            return c.industry.casefold()
        case Column.TIMEFRAME:
            return _TIMEFRAME_ORDER.index(c.buying_timeframe)
        case Column.GROWTH:
            return _GROWTH_ORDER.index(c.growth_potential)
        case Column.MARGIN:
            return c.margin_percent
        case Column.DEAL_SIZE:
            return c.expected_deal_size
        case Column.REVENUE:
            return c.our_annual_revenue
        case Column.SHARE:
            return c.share_of_wallet
        case Column.CONTRACT_END:
            return c.contract_end.isoformat() if c.contract_end else None
        case Column.LAST_TOUCH:
            return s.last_touch.isoformat() if s.last_touch else None
        case Column.NEXT_TOUCH:
            return s.next_touch.isoformat() if s.next_touch else None
        case Column.CONTACTS:
            return s.contacts
