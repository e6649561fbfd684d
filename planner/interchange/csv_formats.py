"""CSV contact and account files: finding the header row, the known vendors' columns, mappings.

LinkedIn, Google, Outlook and the planner's own CSV (accounts, contacts and touch-points) are
recognised by their headers; any other CSV is read through a column mapping that starts from a
guess and that the person can edit.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.domain.errors import ValidationError, message
from planner.domain.imports import ImportFileError
from planner.domain.model import (
    ADDRESS_FIELDS,
    BuyingRole,
    BuyingTimeframe,
    Channel,
    CompanyKind,
    ContactLevel,
    GrowthPotential,
    Purpose,
    Status,
)
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.domain.timing import local_zone_name, parse_time
from planner.interchange.detect import ImportFormat
from planner.interchange.records import (
    CompanyRecord,
    ContactRecord,
    SourceRow,
    Target,
    TouchPointRecord,
    check_contact,
    clean_email,
    split_full_name,
)

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
CONTACT_HEADERS = (
    "first_name",
    "last_name",
    "company",
    "title",
    "level",
    "buying_role",
    "email",
    "phone",
    "profile_url",
    "notes",
)
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
MULTI_VALUE_SEPARATOR = " ::: "
"""Google Contacts joins several values of one cell with this."""

_E = TypeVar(
    "_E",
    CompanyKind,
    BuyingTimeframe,
    GrowthPotential,
    ContactLevel,
    BuyingRole,
    Channel,
    Purpose,
    Status,
)
_HEADER_SCAN_ROWS = 50
_SNIFF_CHARS = 64 * 1024
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def fields_for(target: Target) -> dict[str, str]:
    """The planner fields a column can be mapped to, with their labels."""
    if target is Target.TOUCHPOINTS:
        return TOUCHPOINT_FIELDS
    return CONTACT_FIELDS if target is Target.CONTACTS else ACCOUNT_FIELDS


def _norm(header: str) -> str:
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


@dataclass(frozen=True, slots=True)
class CsvTable:
    """A CSV file's header and data rows, each row with the line it starts on.

    The rows are parsed again from the text on each pass rather than kept: a file of
    hundreds of thousands of rows would otherwise be held as millions of small strings.
    """

    headers: tuple[str, ...]
    header_line: int
    text: str = field(repr=False)
    delimiter: str = ","
    skip: int = 0
    """How many parsed rows (the header and any lines above it) precede the data."""
    count: int = 0
    """How many data rows the file has."""

    def iter_rows(self) -> Iterator[tuple[int, tuple[str, ...]]]:
        """The data rows in file order, each with the line it starts on."""
        for index, (line, cells) in enumerate(_iter_parse(self.text, self.delimiter)):
            if index >= self.skip:
                yield line, tuple(cells)

    @property
    def rows(self) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """Every data row at once (for small files and tests; imports stream `iter_rows`)."""
        return tuple(self.iter_rows())

    def sample(self, limit: int) -> list[tuple[int, tuple[str, ...]]]:
        """The first `limit` data rows."""
        result: list[tuple[int, tuple[str, ...]]] = []
        if limit <= 0:
            return result
        for row in self.iter_rows():
            result.append(row)
            if len(result) >= limit:
                break
        return result


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


def _signature(fmt: ImportFormat, cells: Iterable[str]) -> Target | None:
    """The target when a row is the header row of `fmt`, else None."""
    names = {_norm(c) for c in cells if c.strip()}
    if fmt is ImportFormat.PLANNER:
        if {_norm(h) for h in _ACCOUNT_SIGNATURE} <= names:
            return Target.ACCOUNTS
        if {_norm(h) for h in CONTACT_HEADERS} <= names:
            return Target.CONTACTS
        if {_norm(h) for h in TOUCHPOINT_HEADERS} <= names:
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


_LINE = re.compile(
    "[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]*"
    "(?:\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029])?"
)
"""One line with its ending, split where str.splitlines splits."""


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` with their endings, one at a time (str.splitlines, lazily)."""
    for match in _LINE.finditer(text):
        if match.end() > match.start():
            yield match.group()


def _iter_parse(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """Rows with the line each starts on, parsed as they are read; a broken quote raises
    ImportFileError."""
    reader = csv.reader(_lines(text), delimiter=delimiter, strict=True)
    line = 1
    try:
        for cells in reader:
            yield line, cells
            line = reader.line_num + 1
    except csv.Error as error:
        raise _csv_error(error, line) from None


def _csv_error(error: csv.Error, line: int) -> ImportFileError:
    """A plain message for a CSV parse error on `line`."""
    text_error = str(error)
    if "unexpected end of data" in text_error or "EOF" in text_error:
        return ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "The file is cut off: a quoted value opened on line {line} never closes.",
            ).format(line=line)
        )
    if "field larger than field limit" in text_error:
        return ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "Line {line} holds a value too large for a CSV cell."
            ).format(line=line)
        )
    # Python's csv module says what is wrong, in English.
    return ImportFileError(
        QT_TRANSLATE_NOOP("Import", "Line {line} is not valid CSV: {error}.").format(
            line=line, error=text_error
        )
    )


def _parse(
    text: str, delimiter: str, *, limit: int | None = None, partial: bool = False
) -> list[tuple[int, list[str]]]:
    """The first `limit` rows with the line each starts on; a broken quote raises
    ImportFileError.

    With `partial`, the rows read before a broken quote are returned instead (for sniffing).
    """
    rows: list[tuple[int, list[str]]] = []
    try:
        for row in _iter_parse(text, delimiter):
            rows.append(row)
            if limit is not None and len(rows) >= limit:
                break
    except ImportFileError:
        if partial:
            return rows
        raise
    return rows


def _sniff_delimiter(sample_rows: dict[str, list[tuple[int, list[str]]]]) -> str:
    best, best_score = ",", -1
    for delimiter, rows in sample_rows.items():
        widths = [len(cells) for _, cells in rows if any(c.strip() for c in cells)]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = widths.count(common) * (common - 1)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _samples(text: str) -> dict[str, list[tuple[int, list[str]]]]:
    sample = text[:_SNIFF_CHARS]
    cut = sample.rfind("\n")
    if len(text) > _SNIFF_CHARS and cut > 0:
        sample = sample[:cut]
    return {
        delimiter: _parse(sample, delimiter, limit=_HEADER_SCAN_ROWS, partial=True)
        for delimiter in (",", ";", "\t")
    }


def detect_csv(text: str, wanted: ImportFormat = ImportFormat.AUTO) -> tuple[ImportFormat, Target]:
    """The CSV dialect in `text` from its header row (the header may follow a preamble)."""
    samples = _samples(text)
    order = (
        [ImportFormat.PLANNER, ImportFormat.LINKEDIN, ImportFormat.GOOGLE, ImportFormat.OUTLOOK]
        if wanted is ImportFormat.AUTO
        else [wanted]
    )
    for fmt in order:
        for rows in samples.values():
            for _, cells in rows:
                target = _signature(fmt, cells)
                if target is not None:
                    return fmt, target
    if wanted in (ImportFormat.AUTO, ImportFormat.CSV):
        return ImportFormat.CSV, Target.CONTACTS
    raise ImportFileError(
        QT_TRANSLATE_NOOP(
            "Import",
            "The file does not look like a {format} file: no matching header row in its "
            "first {lines} lines.",
        ).format(format=wanted.label, lines=_HEADER_SCAN_ROWS)
    )


def read_table(text: str, fmt: ImportFormat, target: Target) -> CsvTable:
    """The whole file as a table under its header row (found by signature, else the first)."""
    samples = _samples(text)
    delimiter = None
    header_index = 0
    for candidate, rows in samples.items():
        for index, (_, cells) in enumerate(rows):
            if _signature(fmt, cells) is target:
                delimiter, header_index = candidate, index
                break
        if delimiter is not None:
            break
    if delimiter is None:
        delimiter = _sniff_delimiter(samples)
        rows = samples.get(delimiter, [])
        header_index = next(
            (i for i, (_, cells) in enumerate(rows) if sum(1 for c in cells if c.strip()) >= 2),
            next((i for i, (_, cells) in enumerate(rows) if any(c.strip() for c in cells)), 0),
        )
    # One pass over the whole file finds broken quotes now; the rows are parsed again later.
    header: tuple[int, list[str]] | None = None
    count = 0
    for index, row in enumerate(_iter_parse(text, delimiter)):
        if index == header_index:
            header = row
        elif index > header_index:
            count += 1
    if header is None:
        raise ImportFileError(QT_TRANSLATE_NOOP("Import", "The file has no header row."))
    header_line, header_cells = header
    headers = tuple(h.strip() for h in header_cells)
    if not any(headers):
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "The header row (line {line}) is empty.").format(
                line=header_line
            )
        )
    return CsvTable(headers, header_line, text, delimiter, header_index + 1, count)


def default_mapping(fmt: ImportFormat, target: Target, headers: Iterable[str]) -> ColumnMapping:
    """The mapping a known format implies, resolved against the columns the file has."""
    present: dict[str, str] = {}
    for h in headers:
        present.setdefault(_norm(h), h)
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
            present[_norm(c)]
            for c in candidates
            if _norm(c) in present and present[_norm(c)] not in taken
        )
        if found:
            columns[name] = found if fmt is not ImportFormat.CSV else found[:1]
            if fmt is ImportFormat.CSV:
                taken.add(found[0])
    if fmt is ImportFormat.CSV and ("first_name" in columns or "last_name" in columns):
        columns.pop("full_name", None)
    return ColumnMapping(target, columns)


def _first_value(cell: str) -> str:
    """The first of several values Google joins with " ::: "."""
    return cell.split(MULTI_VALUE_SEPARATOR, 1)[0].strip()


def _unformula(cell: str) -> str:
    """Undo the export's formula guard: "'=x" becomes "=x" again."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in _FORMULA_PREFIXES:
        return cell[1:]
    return cell


# In the row reasons below `what` is the planner's name of the column (our_annual_revenue,
# buying_role…), the same in every language, like the values a choice allows.
_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Import", "{what} {value!r} is not a number")
_NO_SUCH_DAY = QT_TRANSLATE_NOOP("Import", "{what} {value} does not exist")
_NOT_A_DATE = QT_TRANSLATE_NOOP("Import", "{what} {value!r} is not a date (expected YYYY-MM-DD)")


def _number(
    value: str, what: str, *, low: float | None = 0.0, high: float | None = None
) -> float | None:
    text = value.strip().replace("_", "")
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise ValidationError(_NOT_A_NUMBER.format(what=what, value=value)) from None
    if math.isnan(number) or math.isinf(number):
        raise ValidationError(_NOT_A_NUMBER.format(what=what, value=value))
    if low is not None and number < low:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Import", "{what} {value!r} is below {limit}").format(
                what=what, value=value, limit=f"{low:g}"
            )
        )
    if high is not None and number > high:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Import", "{what} {value!r} is above {limit}").format(
                what=what, value=value, limit=f"{high:g}"
            )
        )
    return number


def _choice(value: str, cls: type[_E], what: str) -> _E | None:
    text = value.strip()
    if not text:
        return None
    key = _norm(text)
    for member in cls:
        if key in (_norm(member.value), _norm(member.label)):
            return member
    allowed = ", ".join(m.value for m in cls)
    raise ValidationError(
        QT_TRANSLATE_NOOP("Import", "{what} {value!r} is not one of {allowed}").format(
            what=what, value=value, allowed=allowed
        )
    )


def _iso_date(value: str, what: str) -> date | None:
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValidationError(_NO_SUCH_DAY.format(what=what, value=text)) from None
        raise ValidationError(_NOT_A_DATE.format(what=what, value=value)) from None


def _text_block(text: str) -> str:
    """Free text kept as written (the planner's own export round-trips exactly)."""
    return text if text.strip() else ""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _contact(values: Mapping[str, str]) -> ContactRecord:
    first, last = _one_line(values.get("first_name", "")), _one_line(values.get("last_name", ""))
    if not (first or last) and values.get("full_name"):
        first, last = split_full_name(values["full_name"])
    return ContactRecord(
        first_name=first,
        last_name=last,
        company=_one_line(values.get("company", "")),
        title=_one_line(values.get("title", "")),
        email=clean_email(values.get("email", "")),
        phone=_one_line(values.get("phone", "")),
        profile_url=values.get("profile_url", "").strip(),
        notes=_text_block(values.get("notes", "")),
        level=_choice(values.get("level", ""), ContactLevel, "level"),
        buying_role=_choice(values.get("buying_role", ""), BuyingRole, "buying_role"),
        **_address(values),
    )


def _address(values: Mapping[str, str]) -> dict[str, str]:
    """The address parts of a row, each on one line (a street may have wrapped in the file)."""
    return {name: _one_line(values.get(name, "")) for name in ADDRESS_FIELDS}


def _company(values: Mapping[str, str]) -> CompanyRecord:
    competitors = tuple(
        dict.fromkeys(
            _one_line(c) for c in values.get("incumbent_competitors", "").split(";") if c.strip()
        )
    )
    return CompanyRecord(
        name=_one_line(values.get("name", "")),
        kind=_choice(values.get("kind", ""), CompanyKind, "kind"),
        industry=_one_line(values.get("industry", "")),
        website=values.get("website", "").strip(),
        our_annual_revenue=_number(values.get("our_annual_revenue", ""), "our_annual_revenue"),
        estimated_annual_wallet=_number(
            values.get("estimated_annual_wallet", ""), "estimated_annual_wallet"
        ),
        margin_percent=_number(
            values.get("margin_percent", ""), "margin_percent", low=-100.0, high=100.0
        ),
        expected_deal_size=_number(values.get("expected_deal_size", ""), "expected_deal_size"),
        buying_timeframe=_choice(
            values.get("buying_timeframe", ""), BuyingTimeframe, "buying_timeframe"
        ),
        growth_potential=_choice(
            values.get("growth_potential", ""), GrowthPotential, "growth_potential"
        ),
        contract_start=_iso_date(values.get("contract_start", ""), "contract_start"),
        contract_end=_iso_date(values.get("contract_end", ""), "contract_end"),
        competitors=competitors,
        notes=_text_block(values.get("notes", "")),
        **_address(values),
    )


def _day(value: str) -> date:
    text = value.strip()
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Import", "has no date"))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValidationError(_NOT_A_DATE.format(what="date", value=value))
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(_NO_SUCH_DAY.format(what="date", value=text)) from None


def _zone(value: str) -> str:
    """A known IANA zone name, checked against the time-zone database."""
    name = value.strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Import",
                "timezone {value!r} is not a known time zone (expected a name like Europe/Berlin)",
            ).format(value=value)
        ) from None
    return name


def _minutes(value: str) -> int | None:
    text = value.strip()
    if not text:
        return None
    if not re.fullmatch(r"\d{1,4}", text):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Import", "duration_minutes {value!r} is not a whole number of minutes"
            ).format(value=value)
        )
    minutes = int(text)
    if minutes > 24 * 60:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Import", "duration_minutes {value!r} is longer than a day").format(
                value=value
            )
        )
    return minutes


def _moment(value: str, zone: str) -> datetime | None:
    """An ISO date and time; one without an offset is read in the touch-point's zone."""
    text = value.strip()
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Import",
                "completed_at {value!r} is not a date and time "
                "(expected ISO 8601, like 2026-11-24T10:30:00+01:00)",
            ).format(value=value)
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=ZoneInfo(zone))


def _touchpoint(values: Mapping[str, str], machine_zone: str) -> TouchPointRecord:
    company = _one_line(values.get("company", ""))
    day = _day(values.get("date", ""))
    if not company:
        raise ValidationError(QT_TRANSLATE_NOOP("Import", "has no account (company)"))
    time_text = values.get("time", "").strip()
    at = parse_time(time_text) if time_text else None
    zone_text = values.get("timezone", "").strip()
    zone = _zone(zone_text) if zone_text else machine_zone
    return TouchPointRecord(
        day=day,
        company=company,
        contact=_one_line(values.get("contact", "")),
        time=at,
        tz=zone,
        duration_minutes=_minutes(values.get("duration_minutes", "")),
        channel=_choice(values.get("channel", ""), Channel, "channel"),
        purpose=_choice(values.get("purpose", ""), Purpose, "purpose"),
        status=_choice(values.get("status", ""), Status, "status"),
        title=_text_block(values.get("title", "")),
        reason=_text_block(values.get("reason", "")),
        notes=_text_block(values.get("notes", "")),
        outcome=_text_block(values.get("outcome", "")),
        content=_one_line(values.get("content", "")),
        completed_at=_moment(values.get("completed_at", ""), zone),
    )


def iter_table_rows(
    table: CsvTable,
    mapping: ColumnMapping,
    *,
    planner: bool = False,
    machine_zone: str | None = None,
) -> Iterator[SourceRow]:
    """Each data row read through the mapping; ragged or unreadable rows carry their reason.

    A touch-point's time without a zone is read in `machine_zone` (by default the machine's).
    """
    if mapping.target is Target.TOUCHPOINTS and machine_zone is None:
        machine_zone = local_zone_name()
    index = {h: i for i, h in reversed(list(enumerate(table.headers)))}
    width = len(table.headers)
    wanted = {
        name: [index[h] for h in headers if h in index] for name, headers in mapping.columns.items()
    }
    problem = mapping.problem()
    record = 0
    for line, raw in table.iter_rows():
        if not any(c.strip() for c in raw):
            continue
        record += 1
        cells = list(raw)
        while len(cells) > width and not cells[-1].strip():
            cells.pop()
        if len(cells) != width:
            yield (
                SourceRow(
                    line,
                    record,
                    None,
                    QT_TRANSLATE_NOOP(
                        "Import", "has {count} fields but the header (line {line}) has {width}"
                    ).format(count=len(cells), line=table.header_line, width=width),
                )
            )
            continue
        if problem:
            yield SourceRow(line, record, None, problem)
            continue
        values: dict[str, str] = {}
        for name, positions in wanted.items():
            for pos in positions:
                cell = cells[pos]
                cell = _unformula(cell) if planner else _first_value(cell)
                if cell.strip():
                    values[name] = cell
                    break
        try:
            if mapping.target is Target.TOUCHPOINTS:
                touch = _touchpoint(values, machine_zone or "UTC")
                yield SourceRow(line, record, touch, "", touch.label)
            elif mapping.target is Target.ACCOUNTS:
                company = _company(values)
                if not company.name:
                    nameless = QT_TRANSLATE_NOOP("Import", "has no account name")
                    yield SourceRow(line, record, None, nameless)
                    continue
                yield SourceRow(line, record, company, "", company.label)
            else:
                contact = _contact(values)
                reason = check_contact(contact)
                yield (SourceRow(line, record, None if reason else contact, reason, contact.label))
        except ValidationError as error:
            yield SourceRow(line, record, None, message(error))


def table_rows(
    table: CsvTable,
    mapping: ColumnMapping,
    *,
    planner: bool = False,
    machine_zone: str | None = None,
) -> list[SourceRow]:
    """Every data row read through the mapping (see `iter_table_rows`)."""
    return list(iter_table_rows(table, mapping, planner=planner, machine_zone=machine_zone))
