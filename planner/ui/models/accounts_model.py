"""The accounts table: one row per company with its segmentation, wallet, contract and touches."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from planner.domain.model import CompanyKind, CompanySummary
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.ui import display
from planner.ui.i18n import label, translate
from planner.ui.models.filter_proxy import KIND_ROLE
from planner.ui.models.sql_record_model import SqlRecordModel


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
    QT_TRANSLATE_NOOP("AccountsModel", "Account"),
    QT_TRANSLATE_NOOP("AccountsModel", "Kind"),
    QT_TRANSLATE_NOOP("AccountsModel", "Industry"),
    QT_TRANSLATE_NOOP("AccountsModel", "Timeframe"),
    QT_TRANSLATE_NOOP("AccountsModel", "Growth"),
    QT_TRANSLATE_NOOP("AccountsModel", "Margin"),
    QT_TRANSLATE_NOOP("AccountsModel", "Deal size"),
    QT_TRANSLATE_NOOP("AccountsModel", "Revenue"),
    QT_TRANSLATE_NOOP("AccountsModel", "Share"),
    QT_TRANSLATE_NOOP("AccountsModel", "Contract end"),
    QT_TRANSLATE_NOOP("AccountsModel", "Last touch"),
    QT_TRANSLATE_NOOP("AccountsModel", "Next touch"),
    QT_TRANSLATE_NOOP("AccountsModel", "Contacts"),
)

TOOLTIPS = (
    QT_TRANSLATE_NOOP("AccountsModel", "The account's name"),
    QT_TRANSLATE_NOOP("AccountsModel", "Dream client, customer, prospect or former customer"),
    QT_TRANSLATE_NOOP("AccountsModel", "The account's industry"),
    QT_TRANSLATE_NOOP("AccountsModel", "How soon they will buy"),
    QT_TRANSLATE_NOOP("AccountsModel", "Growth potential"),
    QT_TRANSLATE_NOOP("AccountsModel", "Expected margin"),
    QT_TRANSLATE_NOOP("AccountsModel", "Expected deal size"),
    QT_TRANSLATE_NOOP("AccountsModel", "Our annual revenue with them"),
    QT_TRANSLATE_NOOP(
        "AccountsModel",
        "Share of wallet: our revenue as a share of what they spend in our category",
    ),
    QT_TRANSLATE_NOOP("AccountsModel", "When our contract with them ends"),
    QT_TRANSLATE_NOOP("AccountsModel", "The last touch-point that was done"),
    QT_TRANSLATE_NOOP("AccountsModel", "The next planned touch-point"),
    QT_TRANSLATE_NOOP("AccountsModel", "How many contacts work there now"),
)

_NUMERIC = frozenset(
    {Column.MARGIN, Column.DEAL_SIZE, Column.REVENUE, Column.SHARE, Column.CONTACTS}
)
_TIMEFRAME_ORDER = ("this_quarter", "next_quarter", "this_year", "later", "unknown")
_GROWTH_ORDER = ("high", "medium", "low", "unknown")


_SORT_NAMES = (
    "name",
    "kind",
    "industry",
    "timeframe",
    "growth",
    "margin",
    "deal_size",
    "revenue",
    "share",
    "contract_end",
    "last_touch",
    "next_touch",
    "contacts",
)


class AccountsModel(SqlRecordModel[CompanySummary]):
    """Read-only rows of CompanySummary; DisplayRole is text, SORT_ROLE the raw value."""

    translation_context = "AccountsModel"
    headers = HEADERS
    header_tooltips = TOOLTIPS
    numeric = _NUMERIC
    sort_names = _SORT_NAMES

    def value_order(self, column: int) -> tuple[str, ...]:
        if column == Column.KIND:
            return tuple(str(k) for k in sorted(CompanyKind, key=lambda k: label(k).casefold()))
        if column == Column.TIMEFRAME:
            return _TIMEFRAME_ORDER
        if column == Column.GROWTH:
            return _GROWTH_ORDER
        return ()

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
            return self.tr("{revenue} of {wallet} a year").format(
                revenue=display.money(company.our_annual_revenue),
                wallet=display.money(company.estimated_annual_wallet),
            )
        return None


def _text(s: CompanySummary, column: Column) -> str:
    c = s.company
    match column:
        case Column.NAME:
            return c.name
        case Column.KIND:
            return label(c.kind)
        case Column.INDUSTRY:
            return c.industry
        case Column.TIMEFRAME:
            return label(c.buying_timeframe)
        case Column.GROWTH:
            return label(c.growth_potential)
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
            return (
                display.day(s.last_touch) if s.last_touch else translate("AccountsModel", "Never")
            )
        case Column.NEXT_TOUCH:
            if s.next_touch is None:
                return translate("AccountsModel", "None planned")
            return display.day(s.next_touch)
        case Column.CONTACTS:
            return display.number(s.contacts)


def _raw(s: CompanySummary, column: Column) -> Any:
    c = s.company
    match column:
        case Column.NAME:
            return c.name.casefold()
        case Column.KIND:
            return label(c.kind).casefold()
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
