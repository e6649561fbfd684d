"""The contacts table: one row per person with their company, role and last touch."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from planner.domain.model import BuyingRole, ContactLevel, ContactSummary
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.ui import display
from planner.ui.i18n import label, translate
from planner.ui.models.sql_record_model import SqlRecordModel


class Column(IntEnum):
    NAME = 0
    COMPANY = 1
    TITLE = 2
    LEVEL = 3
    ROLE = 4
    EMAIL = 5
    PHONE = 6
    LAST_TOUCH = 7


HEADERS = (
    QT_TRANSLATE_NOOP("ContactsModel", "Name"),
    QT_TRANSLATE_NOOP("ContactsModel", "Company"),
    QT_TRANSLATE_NOOP("ContactsModel", "Title"),
    QT_TRANSLATE_NOOP("ContactsModel", "Level"),
    QT_TRANSLATE_NOOP("ContactsModel", "Buying role"),
    QT_TRANSLATE_NOOP("ContactsModel", "E-mail"),
    QT_TRANSLATE_NOOP("ContactsModel", "Phone"),
    QT_TRANSLATE_NOOP("ContactsModel", "Last touch"),
)
_LEVEL_ORDER = (ContactLevel.EXECUTIVE, ContactLevel.MANAGER, ContactLevel.PRACTITIONER)


class ContactsModel(SqlRecordModel[ContactSummary]):
    """Read-only rows of ContactSummary; DisplayRole is text, SORT_ROLE the raw value."""

    translation_context = "ContactsModel"
    headers = HEADERS
    sort_names = ("name", "company", "title", "level", "role", "email", "phone", "last_touch")

    def value_order(self, column: int) -> tuple[str, ...]:
        if column == Column.LEVEL:
            return tuple(str(level) for level in _LEVEL_ORDER)
        if column == Column.ROLE:
            return tuple(str(r) for r in sorted(BuyingRole, key=lambda r: label(r).casefold()))
        return ()

    def set_summaries(self, rows: list[ContactSummary]) -> None:
        self.set_records(rows)

    def summary(self, row: int) -> ContactSummary:
        return self.record(row)

    def record_id(self, record: ContactSummary) -> int | None:
        return record.contact.id

    def text(self, record: ContactSummary, column: int) -> str:
        return _text(record, Column(column))

    def sort_key(self, record: ContactSummary, column: int) -> Any:
        return _raw(record, Column(column))

    def role_data(self, record: ContactSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME:
            return record.contact.notes or None
        return None


def _text(s: ContactSummary, column: Column) -> str:
    c = s.contact
    match column:
        case Column.NAME:
            return c.full_name
        case Column.COMPANY:
            return s.company_name or translate("ContactsModel", "No company")
        case Column.TITLE:
            return c.title
        case Column.LEVEL:
            return label(c.level)
        case Column.ROLE:
            return label(c.buying_role)
        case Column.EMAIL:
            return c.email
        case Column.PHONE:
            return c.phone
        case Column.LAST_TOUCH:
            return (
                display.day(s.last_touch) if s.last_touch else translate("ContactsModel", "Never")
            )


def _raw(s: ContactSummary, column: Column) -> Any:
    c = s.contact
    match column:
        case Column.NAME:
            return f"{c.last_name} {c.first_name}".casefold()
        case Column.LEVEL:
            return _LEVEL_ORDER.index(c.level)
        case Column.LAST_TOUCH:
            return s.last_touch.isoformat() if s.last_touch else None
        case _:
            return _text(s, column).casefold()
