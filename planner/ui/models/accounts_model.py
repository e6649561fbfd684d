"""The accounts table: one row per company with its segmentation, wallet, contract and touches."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from planner.domain.model import CompanySummary
from planner.ui import display
from planner.ui.models.filter_proxy import KIND_ROLE
from planner.ui.models.record_model import RecordTableModel


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

_NUMERIC = frozenset(
    {Column.MARGIN, Column.DEAL_SIZE, Column.REVENUE, Column.SHARE, Column.CONTACTS}
)
_TIMEFRAME_ORDER = ("this_quarter", "next_quarter", "this_year", "later", "unknown")
_GROWTH_ORDER = ("high", "medium", "low", "unknown")


class AccountsModel(RecordTableModel[CompanySummary]):
    """Read-only rows of CompanySummary; DisplayRole is text, SORT_ROLE the raw value."""

    headers = HEADERS
    header_tooltips = TOOLTIPS
    numeric = _NUMERIC

    def set_summaries(self, rows: list[CompanySummary]) -> None:
        self.set_records(rows)

    def summary(self, row: int) -> CompanySummary:
        return self.record(row)

    def record_id(self, record: CompanySummary) -> int | None:
        return record.company.id

    def text(self, record: CompanySummary, column: int) -> str:
        return _text(record, Column(column))

    def sort_key(self, record: CompanySummary, column: int) -> Any:
        return _raw(record, Column(column))

    def role_data(self, record: CompanySummary, column: int, role: int) -> Any:
        company = record.company
        if role == KIND_ROLE:
            return str(company.kind)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.KIND:
            return display.kind_icon(company.kind)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.SHARE:
            return (
                f"{display.money(company.our_annual_revenue)} of "
                f"{display.money(company.estimated_annual_wallet)} a year"
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
