"""The plan as the planner's own CSV files (accounts, contacts, touch-points), spreadsheet-safe."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from planner.domain.columns import ADDRESS_FIELDS
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.model import Company, ContactSummary, TouchPoint
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.interchange.csv_formats import ACCOUNT_HEADERS, CONTACT_HEADERS, TOUCHPOINT_HEADERS
from planner.interchange.export_target import writable_problem
from planner.storage import Store
from planner.storage.private_files import plain_os_error
from planner.storage.temp_files import clean_orphans, make_temp

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_NUMERIC_COLUMNS = frozenset(
    {
        "our_annual_revenue",
        "estimated_annual_wallet",
        "margin_percent",
        "expected_deal_size",
        "duration_minutes",
    }
)


def neutralise(cell: str) -> str:
    """A cell a spreadsheet shows as text: one starting with = + - @ TAB or CR gets a quote."""
    return f"'{cell}" if cell.startswith(FORMULA_PREFIXES) else cell


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def account_row(c: Company) -> list[str]:
    """An account as a row of accounts.csv, in ACCOUNT_HEADERS' order; competitors joined by ;."""
    return [
        c.name,
        str(c.kind),
        c.industry,
        c.website,
        _number(c.our_annual_revenue),
        _number(c.estimated_annual_wallet),
        _number(c.margin_percent),
        _number(c.expected_deal_size),
        str(c.buying_timeframe),
        str(c.growth_potential),
        c.contract_start.isoformat() if c.contract_start else "",
        c.contract_end.isoformat() if c.contract_end else "",
        ";".join(comp.name.replace(";", ",") for comp in c.competitors),
        c.notes,
        *(getattr(c, name) for name in ADDRESS_FIELDS),
    ]


def contact_row(s: ContactSummary) -> list[str]:
    """A contact as a row of contacts.csv, the account by name so a re-import can match it."""
    c = s.contact
    return [
        c.first_name,
        c.last_name,
        s.company_name,
        c.title,
        str(c.level),
        str(c.buying_role),
        c.email,
        c.phone,
        c.profile_url,
        c.notes,
    ]


def touchpoint_row(
    tp: TouchPoint, companies: dict[int, str], contacts: dict[int, str], content: dict[int, str]
) -> list[str]:
    """A touch-point as a row of touchpoints.csv, naming what it links to (ids are not portable).

    Time zone and length are written only for a timed touch-point; an all-day one has neither.
    """
    return [
        tp.day.isoformat(),
        tp.time.strftime("%H:%M") if tp.time else "",
        tp.tz if tp.time else "",
        str(tp.duration_minutes) if tp.time else "",
        companies.get(tp.company_id, ""),
        contacts.get(tp.contact_id, "") if tp.contact_id is not None else "",
        str(tp.channel),
        str(tp.purpose),
        str(tp.status),
        tp.title,
        tp.reason,
        tp.notes,
        tp.outcome,
        content.get(tp.content_id, "") if tp.content_id is not None else "",
        tp.completed_at.isoformat() if tp.completed_at else "",
    ]


def render(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """CSV text (RFC 4180: CRLF, quotes where needed) with formula cells neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(
            cell if header in _NUMERIC_COLUMNS else neutralise(cell)
            for header, cell in zip(headers, row, strict=True)
        )
    return out.getvalue()


def accounts_csv(store: Store) -> str:
    """Every account as the text of accounts.csv, by name."""
    return render(ACCOUNT_HEADERS, (account_row(c) for c in store.companies.all()))


def contacts_csv(store: Store) -> str:
    """Every contact as the text of contacts.csv, by name."""
    return render(CONTACT_HEADERS, (contact_row(s) for s in store.read.contact_summaries()))


def touchpoints_csv(store: Store) -> str:
    """Every touch-point as the text of touchpoints.csv, in agenda order."""
    companies = {c.id: c.name for c in store.companies.all() if c.id is not None}
    contacts = {c.id: c.full_name for c in store.contacts.all() if c.id is not None}
    content = {i.id: i.title for i in store.content.all() if i.id is not None}
    tps = sorted(
        store.touchpoints.all(),
        key=lambda t: (t.day, t.time is not None, t.time or t.day, t.id or 0),
    )
    return render(
        TOUCHPOINT_HEADERS, (touchpoint_row(tp, companies, contacts, content) for tp in tps)
    )


FILES = ("accounts.csv", "contacts.csv", "touchpoints.csv")
_HEADERS = {
    "accounts.csv": ACCOUNT_HEADERS,
    "contacts.csv": CONTACT_HEADERS,
    "touchpoints.csv": TOUCHPOINT_HEADERS,
}


def foreign_files(folder: Path) -> list[Path]:
    """The files in `folder` an export would replace that are not earlier CSV exports.

    An earlier export starts with exactly the header line the export writes; anything else
    (a spreadsheet of the rep's own with the same name) is replaced only after asking.
    """
    found = []
    for name, headers in _HEADERS.items():
        target = Path(folder) / name
        if not os.path.lexists(target):
            continue
        versions = [headers]
        if name == "accounts.csv":  # exports from before the address columns were appended
            versions.append(headers[: -len(ADDRESS_FIELDS)])
        expected = [render(v, ()).encode("utf-8") for v in versions]
        try:
            with open(target, "rb") as fh:
                head = fh.read(max(len(e) for e in expected))
        except OSError:
            head = b""
        if not any(head[: len(e)] == e for e in expected):
            found.append(target)
    return found


def export_csv(store: Store, folder: Path, *, replace: bool = False) -> list[Path]:
    """Write accounts.csv, contacts.csv and touchpoints.csv into `folder` (created if needed).

    Each file is written to a temporary name and renamed, so a crash never leaves half a file.
    A file of that name that is not an earlier export is replaced only when `replace` says
    the rep agreed; otherwise a ValidationError names it and nothing is written.
    """
    others = [] if replace else foreign_files(folder)
    if others:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} exists and is not an earlier CSV export; nothing was replaced."
            ).format(path=others[0])
        )
    texts = {
        "accounts.csv": accounts_csv(store),
        "contacts.csv": contacts_csv(store),
        "touchpoints.csv": touchpoints_csv(store),
    }
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name, text in texts.items():
            target = folder / name
            problem = writable_problem(target)  # never a device, a fifo or a folder
            if problem is not None:
                raise PlannerError(problem)
            clean_orphans(folder)  # left by an export that was killed
            fd, tmp = make_temp(target)
            try:
                with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                    fh.write(text)
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            written.append(target)
    except OSError as error:
        # Plain words (which folder, read-only, disk full), never a temporary file's name.
        raise PlannerError(plain_os_error(error, folder / "accounts.csv")) from None
    return written
