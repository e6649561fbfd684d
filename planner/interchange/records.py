"""The importer's intermediate values: one record per card or row, valid or with a reason."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from planner.domain.model import (
    BuyingRole,
    BuyingTimeframe,
    Channel,
    CompanyKind,
    ContactLevel,
    GrowthPotential,
    Purpose,
    Status,
)
from planner.domain.text import QT_TRANSLATE_NOOP, joined


class Target(StrEnum):
    """What the rows of a file describe."""

    CONTACTS = "contacts"
    ACCOUNTS = "accounts"
    TOUCHPOINTS = "touchpoints"

    @property
    def label(self) -> str:
        return _TARGET_LABELS[self]


_TARGET_LABELS = {
    Target.CONTACTS: QT_TRANSLATE_NOOP("Label", "Contacts"),
    Target.ACCOUNTS: QT_TRANSLATE_NOOP("Label", "Accounts"),
    Target.TOUCHPOINTS: QT_TRANSLATE_NOOP("Label", "Touch-points"),
}


@dataclass(frozen=True, slots=True)
class ContactRecord:
    """A person as read from a file; empty strings and None mean "not in the file"."""

    first_name: str = ""
    last_name: str = ""
    company: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    profile_url: str = ""
    notes: str = ""
    level: ContactLevel | None = None
    buying_role: BuyingRole | None = None
    # The work address, which belongs to the person's account.
    street: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""

    @property
    def label(self) -> str:
        name = f"{self.first_name} {self.last_name}".strip()
        return f"{name} ({self.company})" if self.company else name


@dataclass(frozen=True, slots=True)
class CompanyRecord:
    """An account as read from the planner's accounts.csv; None means "not in the file"."""

    name: str
    kind: CompanyKind | None = None
    industry: str = ""
    website: str = ""
    our_annual_revenue: float | None = None
    estimated_annual_wallet: float | None = None
    margin_percent: float | None = None
    expected_deal_size: float | None = None
    buying_timeframe: BuyingTimeframe | None = None
    growth_potential: GrowthPotential | None = None
    contract_start: date | None = None
    contract_end: date | None = None
    competitors: tuple[str, ...] = ()
    notes: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""

    @property
    def label(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class TouchPointRecord:
    """A touch-point as read from the planner's touchpoints.csv; None means "not in the file".

    `tz` is already resolved: the file's zone, or the machine's when a time has none.
    """

    day: date
    company: str
    contact: str = ""
    time: time | None = None
    tz: str = "UTC"
    duration_minutes: int | None = None
    channel: Channel | None = None
    purpose: Purpose | None = None
    status: Status | None = None
    title: str = ""
    reason: str = ""
    notes: str = ""
    outcome: str = ""
    content: str = ""
    completed_at: datetime | None = None

    @property
    def label(self) -> str:
        when = self.day.isoformat() + (f" {self.time:%H:%M}" if self.time else "")
        who = f"{self.company}, {self.contact}" if self.contact else self.company
        what = self.title or (self.channel.label if self.channel else "")
        # The channel's label stays translatable: joined keeps it a value of its own.
        return joined(": ", [f"{when} {who}", what]) if what else f"{when} {who}"


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One card or data row: where it is in the file and what it holds, or why it is unusable."""

    line: int
    record: int
    value: ContactRecord | CompanyRecord | TouchPointRecord | None
    reason: str = ""
    label: str = ""

    @property
    def is_valid(self) -> bool:
        """The row holds a record to import; otherwise `reason` says why not."""
        return self.value is not None


_EMAIL = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")


def clean_email(text: str) -> str:
    """The address without a mailto: prefix or angle brackets (not validated)."""
    value = text.strip()
    # Either may wrap the other: "mailto:<ann@…>" and "<mailto:ann@…>" both occur.
    for _ in range(2):
        if value.startswith("<") and value.endswith(">"):
            value = value[1:-1].strip()
        if value.lower().startswith("mailto:"):
            value = value[7:].strip()
    return value


def check_contact(record: ContactRecord) -> str:
    """Why a contact record cannot be imported, or "" when it can.

    Like every row's reason it says what is wrong with the row ("has no name"): the preview
    shows it beside the row, the command line after "line 12: ".
    """
    if not (record.first_name.strip() or record.last_name.strip()):
        if record.email:
            return QT_TRANSLATE_NOOP("Import", "has no name (e-mail {email})").format(
                email=record.email
            )
        if record.company:
            return QT_TRANSLATE_NOOP(
                "Import", "has no person's name (only the company {company!r})"
            ).format(company=record.company)
        return QT_TRANSLATE_NOOP("Import", "has no name")
    if record.email and not _EMAIL.match(record.email):
        return QT_TRANSLATE_NOOP("Import", "e-mail {email!r} is not an e-mail address").format(
            email=record.email
        )
    return ""


def split_full_name(full: str) -> tuple[str, str]:
    """First and last name from "First Last", "First Middle Last" or "Last, First"."""
    text = " ".join(full.split())
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    if " " in text:
        first, _, last = text.rpartition(" ")
        return first, last
    return text, ""
