"""The columns of CSV files: the planner's own headers, the vendors' header tables, mappings.

LinkedIn, Google, Outlook and the planner's own CSV (accounts, contacts and touch-points) are
recognised by their header row; any other CSV is read through a column mapping that starts
from a guess and that the person can edit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from planner.domain.columns import ADDRESS_FIELDS, CONTACT_COLUMNS
from planner.domain.errors import ValidationError
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.interchange.detect import ImportFormat
from planner.interchange.records import Target

ACCOUNT_HEADERS = (
    "name",
    "kind",
    "industry",
    "website",
    "our_annual_revenue",
    "estimated_annual_wallet",
    "margin_percent",
    "expected_deal_size",
    "buying_timeframe",
    "growth_potential",
    "contract_start",
    "contract_end",
    "incumbent_competitors",
    "notes",
    # Appended later: files written before them still read as accounts.
    *ADDRESS_FIELDS,
)
# The columns that make a file the planner's accounts.csv.
_ACCOUNT_SIGNATURE = ACCOUNT_HEADERS[: -len(ADDRESS_FIELDS)]
CONTACT_HEADERS = (*CONTACT_COLUMNS[:2], "company", *CONTACT_COLUMNS[2:])
"""The planner's contacts.csv: the contact's columns with the account's name after the name."""
TOUCHPOINT_HEADERS = (
    "date",
    "time",
    "timezone",
    "duration_minutes",
    "company",
    "contact",
    "channel",
    "purpose",
    "status",
    "title",
    "reason",
    "notes",
    "outcome",
    "content",
    "completed_at",
)

# The labels of the fields a column can be mapped to (marked: the GUI shows them translated).
CONTACT_FIELDS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("Import", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Import", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("Import", "Full name (split into first and last)"),
    "company": QT_TRANSLATE_NOOP("Import", "Company"),
    "title": QT_TRANSLATE_NOOP("Import", "Job title"),
    "email": QT_TRANSLATE_NOOP("Import", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Import", "Phone"),
    "profile_url": QT_TRANSLATE_NOOP("Import", "Profile URL"),
    "notes": QT_TRANSLATE_NOOP("Import", "Notes"),
    "level": QT_TRANSLATE_NOOP("Import", "Level"),
    "buying_role": QT_TRANSLATE_NOOP("Import", "Buying role"),
    "street": QT_TRANSLATE_NOOP("Import", "Work street"),
    "postal_code": QT_TRANSLATE_NOOP("Import", "Work postal code"),
    "city": QT_TRANSLATE_NOOP("Import", "Work city"),
    "region": QT_TRANSLATE_NOOP("Import", "Work region"),
    "country": QT_TRANSLATE_NOOP("Import", "Work country"),
}
ACCOUNT_FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Import", "Name"),
    "kind": QT_TRANSLATE_NOOP("Import", "Kind"),
    "industry": QT_TRANSLATE_NOOP("Import", "Industry"),
    "website": QT_TRANSLATE_NOOP("Import", "Website"),
    "our_annual_revenue": QT_TRANSLATE_NOOP("Import", "Our annual revenue"),
    "estimated_annual_wallet": QT_TRANSLATE_NOOP("Import", "Estimated annual wallet"),
    "margin_percent": QT_TRANSLATE_NOOP("Import", "Margin percent"),
    "expected_deal_size": QT_TRANSLATE_NOOP("Import", "Expected deal size"),
    "buying_timeframe": QT_TRANSLATE_NOOP("Import", "Buying timeframe"),
    "growth_potential": QT_TRANSLATE_NOOP("Import", "Growth potential"),
    "contract_start": QT_TRANSLATE_NOOP("Import", "Contract start"),
    "contract_end": QT_TRANSLATE_NOOP("Import", "Contract end"),
    "incumbent_competitors": QT_TRANSLATE_NOOP("Import", "Incumbent competitors"),
    "notes": QT_TRANSLATE_NOOP("Import", "Notes"),
    "street": QT_TRANSLATE_NOOP("Import", "Street"),
    "postal_code": QT_TRANSLATE_NOOP("Import", "Postal code"),
    "city": QT_TRANSLATE_NOOP("Import", "City"),
    "region": QT_TRANSLATE_NOOP("Import", "Region"),
    "country": QT_TRANSLATE_NOOP("Import", "Country"),
}
TOUCHPOINT_FIELDS: dict[str, str] = {
    "date": QT_TRANSLATE_NOOP("Import", "Date (YYYY-MM-DD)"),
    "time": QT_TRANSLATE_NOOP("Import", "Time (HH:MM)"),
    "timezone": QT_TRANSLATE_NOOP("Import", "Time zone (IANA name)"),
    "duration_minutes": QT_TRANSLATE_NOOP("Import", "Duration in minutes"),
    "company": QT_TRANSLATE_NOOP("Import", "Account"),
    "contact": QT_TRANSLATE_NOOP("Import", "Contact (full name)"),
    "channel": QT_TRANSLATE_NOOP("Import", "Channel"),
    "purpose": QT_TRANSLATE_NOOP("Import", "Purpose"),
    "status": QT_TRANSLATE_NOOP("Import", "Status"),
    "title": QT_TRANSLATE_NOOP("Import", "Title"),
    "reason": QT_TRANSLATE_NOOP("Import", "Reason"),
    "notes": QT_TRANSLATE_NOOP("Import", "Notes"),
    "outcome": QT_TRANSLATE_NOOP("Import", "Outcome"),
    "content": QT_TRANSLATE_NOOP("Import", "Content (title)"),
    "completed_at": QT_TRANSLATE_NOOP("Import", "Completed at"),
}


def fields_for(target: Target) -> dict[str, str]:
    """The planner fields a column can be mapped to, with their labels."""
    if target is Target.TOUCHPOINTS:
        return TOUCHPOINT_FIELDS
    return CONTACT_FIELDS if target is Target.CONTACTS else ACCOUNT_FIELDS


def header_key(header: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", header.casefold())


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which file column (or columns, tried in order) fills each planner field."""

    target: Target
    columns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def column(self, name: str) -> str | None:
        """The first column mapped to a field, as an editor shows it."""
        found = self.columns.get(name, ())
        return found[0] if found else None

    def with_column(self, name: str, header: str | None) -> ColumnMapping:
        """A copy with one field mapped to `header` (or to nothing)."""
        if name not in fields_for(self.target):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Import", "{field!r} is not a field of {target}.").format(
                    field=name, target=self.target.value
                )
            )
        columns = dict(self.columns)
        if header:
            columns[name] = (header,)
        else:
            columns.pop(name, None)
        return ColumnMapping(self.target, columns)

    def problem(self) -> str:
        """Why rows cannot be read with this mapping, or ""."""
        if self.target is Target.ACCOUNTS:
            if self.columns.get("name"):
                return ""
            return QT_TRANSLATE_NOOP("Import", "Map a column to the account name.")
        if self.target is Target.TOUCHPOINTS:
            if not self.columns.get("date"):
                return QT_TRANSLATE_NOOP("Import", "Map a column to the date.")
            if self.columns.get("company"):
                return ""
            return QT_TRANSLATE_NOOP("Import", "Map a column to the account.")
        if not any(self.columns.get(f) for f in ("first_name", "last_name", "full_name")):
            return QT_TRANSLATE_NOOP(
                "Import", "Map a column to the first name, the last name or the full name."
            )
        return ""


# Known vendors: field -> headers tried in order (compared without case or punctuation).
_LINKEDIN: dict[str, tuple[str, ...]] = {
    "first_name": ("First Name",),
    "last_name": ("Last Name",),
    "profile_url": ("URL",),
    "email": ("Email Address",),
    "company": ("Company",),
    "title": ("Position",),
}
_GOOGLE: dict[str, tuple[str, ...]] = {
    "first_name": ("First Name", "Given Name"),
    "last_name": ("Last Name", "Family Name"),
    "full_name": ("Name",),
    "company": ("Organization Name", "Organization 1 - Name"),
    "title": ("Organization Title", "Organization 1 - Title"),
    "email": tuple(f"E-mail {n} - Value" for n in range(1, 6)),
    "phone": tuple(f"Phone {n} - Value" for n in range(1, 6)),
    "profile_url": tuple(f"Website {n} - Value" for n in range(1, 4)),
    "notes": ("Notes",),
    # Google writes the first address first; a work address is usually the only one.
    "street": ("Address 1 - Street",),
    "postal_code": ("Address 1 - Postal Code",),
    "city": ("Address 1 - City",),
    "region": ("Address 1 - Region",),
    "country": ("Address 1 - Country",),
}
_OUTLOOK: dict[str, tuple[str, ...]] = {
    "first_name": ("First Name",),
    "last_name": ("Last Name",),
    "company": ("Company",),
    "title": ("Job Title",),  # Outlook's "Title" is the salutation (Mr., Dr.)
    "email": ("E-mail Address", "E-mail 2 Address", "E-mail 3 Address"),
    "phone": (
        "Business Phone",
        "Mobile Phone",
        "Primary Phone",
        "Company Main Phone",
        "Home Phone",
    ),
    "profile_url": ("Web Page",),
    "notes": ("Notes",),
    "street": ("Business Street",),
    "postal_code": ("Business Postal Code",),
    "city": ("Business City",),
    "region": ("Business State",),
    "country": ("Business Country/Region", "Business Country"),
}
_GUESSES: dict[str, tuple[str, ...]] = {
    "first_name": ("First Name", "FirstName", "Given Name", "First", "Vorname", "Prénom"),
    "last_name": ("Last Name", "LastName", "Surname", "Family Name", "Last", "Nachname", "Nom"),
    "full_name": ("Name", "Full Name", "Contact Name", "Contact", "Display Name"),
    "company": (
        "Company",
        "Company Name",
        "Organization",
        "Organisation",
        "Organization Name",
        "Account",
        "Account Name",
        "Associated Company",
        "Employer",
        "Firma",
    ),
    "title": ("Job Title", "Position", "Role", "Title", "Jobtitle"),
    "email": ("Email", "E-mail", "Email Address", "E-mail Address", "Mail", "Work Email"),
    "phone": (
        "Phone",
        "Phone Number",
        "Telephone",
        "Work Phone",
        "Business Phone",
        "Mobile",
        "Mobile Phone",
    ),
    "profile_url": ("LinkedIn", "LinkedIn URL", "Profile URL", "URL", "Profile", "Website"),
    "notes": ("Notes", "Note", "Comments", "Description"),
    "level": ("Level",),
    "buying_role": ("Buying Role",),
    "street": ("Street", "Address", "Street Address", "Work Street", "Business Street"),
    "postal_code": ("Postal Code", "Zip", "ZIP Code", "Postcode", "PLZ", "Code postal"),
    "city": ("City", "Town", "Work City", "Business City", "Ort", "Ville"),
    "region": ("Region", "State", "Province", "County", "Business State"),
    "country": ("Country", "Country/Region", "Business Country/Region", "Land", "Pays"),
}
_TOUCHPOINT_GUESSES: dict[str, tuple[str, ...]] = {
    "date": ("date", "Day", "Due Date", "Start Date", "Activity Date"),
    "time": ("time", "Start Time"),
    "timezone": ("timezone", "Time Zone", "TZ"),
    "duration_minutes": ("duration_minutes", "Duration", "Minutes"),
    "company": ("company", "Account", "Account Name", "Company Name", "Organization"),
    "contact": ("contact", "Contact Name", "Person", "Name"),
    "channel": ("channel", "Type", "Activity Type"),
    "purpose": ("purpose",),
    "status": ("status",),
    "title": ("title", "Subject"),
    "reason": ("reason", "Why"),
    "notes": ("notes", "Note", "Comments", "Description"),
    "outcome": ("outcome", "Result"),
    "content": ("content", "Content Title"),
    "completed_at": ("completed_at", "Completed", "Completed At", "Completed On"),
}
_KNOWN: dict[ImportFormat, dict[str, tuple[str, ...]]] = {
    ImportFormat.LINKEDIN: _LINKEDIN,
    ImportFormat.GOOGLE: _GOOGLE,
    ImportFormat.OUTLOOK: _OUTLOOK,
    ImportFormat.CSV: _GUESSES,
}


def header_signature(fmt: ImportFormat, cells: Iterable[str]) -> Target | None:
    """The target when a row is the header row of `fmt`, else None."""
    names = {header_key(c) for c in cells if c.strip()}
    if fmt is ImportFormat.PLANNER:
        if {header_key(h) for h in _ACCOUNT_SIGNATURE} <= names:
            return Target.ACCOUNTS
        if {header_key(h) for h in CONTACT_HEADERS} <= names:
            return Target.CONTACTS
        if {header_key(h) for h in TOUCHPOINT_HEADERS} <= names:
            return Target.TOUCHPOINTS
        return None
    if fmt is ImportFormat.LINKEDIN:
        base = {"firstname", "lastname"} <= names
        ok = base and ("connectedon" in names or {"url", "position"} <= names)
    elif fmt is ImportFormat.GOOGLE:
        ok = ({"firstname", "lastname"} <= names or {"givenname", "familyname"} <= names) and (
            "organizationname" in names
            or "organization1name" in names
            or any(n.startswith(("email1", "phone1")) and n.endswith("value") for n in names)
        )
    elif fmt is ImportFormat.OUTLOOK:
        ok = "emailaddress" in names and bool(
            names & {"jobtitle", "businessphone", "mobilephone", "company"}
        )
    else:
        return None
    return Target.CONTACTS if ok else None


def default_mapping(fmt: ImportFormat, target: Target, headers: Iterable[str]) -> ColumnMapping:
    """The mapping a known format implies, resolved against the columns the file has."""
    present: dict[str, str] = {}
    for h in headers:
        present.setdefault(header_key(h), h)
    if fmt is ImportFormat.PLANNER:
        names = {
            Target.ACCOUNTS: ACCOUNT_HEADERS,
            Target.CONTACTS: CONTACT_HEADERS,
            Target.TOUCHPOINTS: TOUCHPOINT_HEADERS,
        }[target]
        known: dict[str, tuple[str, ...]] = {n: (n,) for n in names}
    elif target is Target.TOUCHPOINTS:
        known = dict(_TOUCHPOINT_GUESSES)
    else:
        known = dict(_KNOWN.get(fmt, _GUESSES))
    columns: dict[str, tuple[str, ...]] = {}
    taken: set[str] = set()
    for name, candidates in known.items():
        found = tuple(
            present[header_key(c)]
            for c in candidates
            if header_key(c) in present and present[header_key(c)] not in taken
        )
        if found:
            columns[name] = found if fmt is not ImportFormat.CSV else found[:1]
            if fmt is ImportFormat.CSV:
                taken.add(found[0])
    if fmt is ImportFormat.CSV and ("first_name" in columns or "last_name" in columns):
        columns.pop("full_name", None)
    return ColumnMapping(target, columns)
