"""Import files into the plan: read and recognise, preview row by row, commit as one undoable batch.

The GUI import dialog and the command line drive the same steps::

    source = ImportSource.from_path(path)              # or from_bytes; may raise ImportFileError
    source.format, source.target, source.mapping       # detected; the mapping can be replaced
    source.use_mapping(source.mapping.with_column("email", "Work e-mail"))
    preview = plan_import(store, source)               # counts and one outcome per row
    result = commit_import(store, source, progress=..., cancelled=...)   # one transaction
    store.imports.undo(result.batch.id)                # later: Undo import
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from planner.domain.errors import message
from planner.domain.imports import ImportBatch, ImportCancelledError, ImportFileError
from planner.domain.job_levels import level_from_title
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
from planner.domain.names import company_key, email_key, person_key
from planner.domain.text import QT_TRANSLATE_NOOP, joined
from planner.interchange.csv_formats import (
    ColumnMapping,
    CsvTable,
    default_mapping,
    detect_csv,
    fields_for,
    iter_table_rows,
    read_table,
)
from planner.interchange.detect import ImportFormat, decode, looks_like_vcard, read_file
from planner.interchange.records import (
    CompanyRecord,
    ContactRecord,
    SourceRow,
    Target,
    TouchPointRecord,
    split_full_name,
)
from planner.interchange.vcard import read_vcards
from planner.storage import Store
from planner.storage.imports import BatchWriter
from planner.storage.rows import d2s, dt2s, t2s

ProgressCallback = Callable[[int, int], None]
"""Called with (done, total) as an import advances."""
CancelCheck = Callable[[], bool]
"""Returns True when the person has asked to stop; the import then writes nothing."""

_CHECK_EVERY = 200


class RowAction(StrEnum):
    """What importing one row does."""

    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    INVALID = "invalid"


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """The preview of one row: what it would do, to whom, which fields, or why it is skipped."""

    line: int
    record: int
    action: RowAction
    label: str = ""
    reason: str = ""
    fields: tuple[str, ...] = ()
    note: str = ""
    """What the row does besides (a new account or contact, content not found); not a failure."""
    level: str = ""
    """A contact's level after the import ("executive"…); empty for other records."""
    level_guessed: bool = False
    """True when that level was guessed from the job title (the file gave none)."""

    def where(self, fmt: ImportFormat, *, heading: bool = False) -> str:
        """Where the row is in the file: "line 12", or "vCard 3 (line 12)" in a vCard file.

        With `heading`, the words to start a sentence or fill a table cell with ("Line 12").
        """
        if fmt is ImportFormat.VCARD:
            return QT_TRANSLATE_NOOP("Import", "vCard {record} (line {line})").format(
                record=self.record, line=self.line
            )
        if heading:
            return QT_TRANSLATE_NOOP("Import", "Line {line}").format(line=self.line)
        return QT_TRANSLATE_NOOP("Import", "line {line}").format(line=self.line)


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """Counts and per-row outcomes of importing a file now; nothing has been written."""

    source: str
    format: ImportFormat
    target: Target
    rows: tuple[RowOutcome, ...]
    encoding: str = "utf-8"

    def _count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def new(self) -> int:
        return self._count(RowAction.NEW)

    @property
    def updated(self) -> int:
        return self._count(RowAction.UPDATED)

    @property
    def unchanged(self) -> int:
        return self._count(RowAction.UNCHANGED)

    @property
    def invalid(self) -> tuple[RowOutcome, ...]:
        return tuple(r for r in self.rows if r.action is RowAction.INVALID)

    @property
    def writes_anything(self) -> bool:
        return any(r.action in (RowAction.NEW, RowAction.UPDATED) for r in self.rows)

    def as_json(self) -> dict[str, Any]:
        """The summary `import --json` prints."""
        return {
            "format": str(self.format),
            "target": str(self.target),
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "invalid": [
                {"line": r.line, "record": r.record, "reason": r.reason} for r in self.invalid
            ],
            "notes": [{"line": r.line, "record": r.record, "note": r.note} for r in self.notes],
        }

    @property
    def notes(self) -> tuple[RowOutcome, ...]:
        """Rows imported with a note: an account or contact created, content not found."""
        return tuple(r for r in self.rows if r.note)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """A committed import: the outcomes and the batch that Undo import takes back."""

    preview: ImportPreview
    batch: ImportBatch | None


@dataclass
class ImportSource:
    """A file read and recognised, ready to preview and import; its column mapping is editable."""

    name: str
    format: ImportFormat
    target: Target
    encoding: str
    table: CsvTable | None = None
    mapping: ColumnMapping | None = None
    _rows: list[SourceRow] | None = field(default=None, repr=False)

    @classmethod
    def from_path(cls, path: Path, fmt: ImportFormat | str = ImportFormat.AUTO) -> ImportSource:
        """Read a file; its errors name it ("contacts.vcf: The file is empty.")."""
        path = Path(path)
        data = read_file(path)
        try:
            return cls.from_bytes(data, path.name, fmt)
        except ImportFileError as error:
            raise ImportFileError(joined(": ", [path.name, message(error)])) from None

    @classmethod
    def from_bytes(
        cls, data: bytes, name: str = "", fmt: ImportFormat | str = ImportFormat.AUTO
    ) -> ImportSource:
        """Decode and recognise a file; ImportFileError when it cannot be imported at all."""
        wanted = ImportFormat(fmt)
        text, encoding = decode(data)
        if wanted is ImportFormat.VCARD or (wanted is ImportFormat.AUTO and looks_like_vcard(text)):
            if not looks_like_vcard(text):
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "The file is not a vCard file (it does not start with BEGIN:VCARD).",
                    )
                )
            rows = read_vcards(text)
            return cls(name, ImportFormat.VCARD, Target.CONTACTS, encoding, _rows=rows)
        if looks_like_vcard(text):
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Import", "The file is a vCard file, not {format}.").format(
                    format=wanted.label
                )
            )
        detected, target = detect_csv(text, wanted)
        table = read_table(text, detected, target)
        mapping = default_mapping(detected, target, table.headers)
        return cls(name, detected, target, encoding, table, mapping)

    @property
    def headers(self) -> tuple[str, ...]:
        """The file's column names (empty for vCard)."""
        return () if self.table is None else self.table.headers

    def fields(self) -> dict[str, str]:
        """The planner fields columns can be mapped to, with their labels."""
        return fields_for(self.target)

    def use_mapping(self, mapping: ColumnMapping) -> None:
        """Read the rows through another mapping (the GUI's column editor calls this)."""
        if self.table is None:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Import", "A vCard file has no columns to map.")
            )
        unknown = {h for hs in mapping.columns.values() for h in hs} - set(self.table.headers)
        if unknown:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Import", "The file has no column {column!r}.").format(
                    column=sorted(unknown)[0]
                )
            )
        self.mapping = mapping
        self.target = mapping.target
        self._rows = None

    def guess_mapping(self, target: Target) -> ColumnMapping:
        """A starting mapping for reading the columns as contacts, accounts or touch-points."""
        fmt = self.format if target is self.target else ImportFormat.CSV
        if target is Target.TOUCHPOINTS and fmt is not ImportFormat.PLANNER:
            return default_mapping(ImportFormat.CSV, target, self.headers)
        if target is Target.ACCOUNTS and fmt is not ImportFormat.PLANNER:
            return default_mapping(ImportFormat.PLANNER, target, self.headers)
        return default_mapping(fmt, target, self.headers)

    def sample(self, limit: int = 20) -> list[tuple[int, tuple[str, ...]]]:
        """The first data rows as they are in the file, for showing beside the mapping."""
        return [] if self.table is None else self.table.sample(limit)

    def iter_rows(self) -> Iterator[SourceRow]:
        """The rows one at a time; a CSV file's are read afresh rather than all kept at once."""
        if self._rows is not None:
            yield from self._rows
            return
        assert self.table is not None
        assert self.mapping is not None
        yield from iter_table_rows(
            self.table, self.mapping, planner=self.format is ImportFormat.PLANNER
        )

    def rows(self) -> list[SourceRow]:
        """Every row at once (kept): for small files; imports stream `iter_rows`."""
        if self._rows is None:
            self._rows = list(self.iter_rows())
        return self._rows

    def row_count(self) -> int:
        """How many rows progress counts: the data rows (a CSV file's blank ones included)."""
        if self._rows is not None or self.table is None:
            return len(self.rows())
        return self.table.count


# --- planning ---------------------------------------------------------------------------

_DEFAULTS: dict[str, Any] = {
    "kind": str(CompanyKind.PROSPECT),
    "buying_timeframe": str(BuyingTimeframe.UNKNOWN),
    "growth_potential": str(GrowthPotential.UNKNOWN),
    "level": str(ContactLevel.PRACTITIONER),
    "buying_role": str(BuyingRole.UNKNOWN),
    # A planned touch-point has no outcome yet: an import may mark it done (never the reverse).
    "status": str(Status.PLANNED),
}
_CONTACT_TEXT = ("first_name", "last_name", "title", "email", "phone", "profile_url", "notes")
_COMPANY_TEXT = ("industry", "website", "notes", *ADDRESS_FIELDS)
_COMPANY_NUMBERS = (
    "our_annual_revenue",
    "estimated_annual_wallet",
    "margin_percent",
    "expected_deal_size",
)


def _is_empty(name: str, value: Any) -> bool:
    """Empty values are filled by an import; so are the defaults a new record starts with."""
    return value is None or value == "" or value == [] or _DEFAULTS.get(name) == value


def _same(name: str, current: Any, new: Any) -> bool:
    if name == "email" and isinstance(current, str) and isinstance(new, str):
        return email_key(current) == email_key(new)
    if name == "competitors":
        return [c["name"] for c in current or []] == [c["name"] for c in new or []]
    return bool(current == new)


@dataclass
class _Plan:
    """What committing will write: new records (negative temporary ids) and field changes."""

    new_companies: dict[int, dict[str, Any]] = field(default_factory=dict)
    new_contacts: dict[int, dict[str, Any]] = field(default_factory=dict)
    company_changes: dict[int, dict[str, list[Any]]] = field(default_factory=dict)
    contact_changes: dict[int, dict[str, list[Any]]] = field(default_factory=dict)
    new_touchpoints: dict[int, dict[str, Any]] = field(default_factory=dict)
    touchpoint_changes: dict[int, dict[str, list[Any]]] = field(default_factory=dict)

    @property
    def operations(self) -> int:
        return (
            len(self.new_companies)
            + len(self.new_contacts)
            + len(self.company_changes)
            + len(self.contact_changes)
            + len(self.new_touchpoints)
            + len(self.touchpoint_changes)
        )


TouchKey = tuple[int, int | None, str, str | None, str, str]
"""What identifies a touch-point across imports: company, contact, day, time, channel, title."""


def _title_key(title: str) -> str:
    return " ".join(title.split()).casefold()


class _Planner:
    """Matches rows against the plan and against earlier rows of the same file."""

    def __init__(self, store: Store, overwrite: bool) -> None:
        self.overwrite = overwrite
        self.plan = _Plan()
        self._next_ref = -1
        self.companies: dict[int, dict[str, Any]] = {}
        self.company_by_key: dict[str, int] = {}
        for values in store.imports.company_values():
            self.companies[values["id"]] = values
            self.company_by_key.setdefault(company_key(values["name"]), values["id"])
        self.contacts: dict[int, dict[str, Any]] = {}
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple[int | None, str], list[int]] = {}
        self.by_person: dict[str, list[int]] = {}
        for values in store.imports.contact_values():
            self.contacts[values["id"]] = values
            self._index_contact(values["id"], values)
        self._store = store
        # Read on the first touch-point row only: contact imports never need them.
        self.touchpoints: dict[int, dict[str, Any]] | None = None
        self.touch_by_key: dict[TouchKey, list[int]] = {}
        self.content_by_title: dict[str, list[int]] = {}

    def _ref(self) -> int:
        ref = self._next_ref
        self._next_ref -= 1
        return ref

    def _index_contact(self, ref: int, values: dict[str, Any]) -> None:
        if values.get("email"):
            self.by_email.setdefault(email_key(values["email"]), ref)
        key = person_key(values["first_name"], values["last_name"])
        self.by_name.setdefault((values.get("company_id"), key), []).append(ref)
        self.by_person.setdefault(key, []).append(ref)

    def _set(
        self,
        values: dict[str, Any],
        changes: dict[str, list[Any]] | None,
        name: str,
        new: Any,
    ) -> bool:
        """Put `new` into a field when it is empty (or always, with overwrite); True if it did."""
        current = values.get(name)
        if new is None or new == "" or _same(name, current, new):
            return False
        if not (_is_empty(name, current) or self.overwrite):
            return False
        if changes is not None:
            if name in changes:
                changes[name][1] = new
            else:
                changes[name] = [current, new]
        values[name] = new
        return True

    def _new_company(self, values: dict[str, Any]) -> int:
        ref = self._ref()
        full = {"kind": _DEFAULTS["kind"], **values}
        full.setdefault("competitors", [])
        self.plan.new_companies[ref] = full
        self.companies[ref] = full
        self.company_by_key.setdefault(company_key(full["name"]), ref)
        return ref

    def contact(self, row: SourceRow, rec: ContactRecord) -> RowOutcome:
        key = company_key(rec.company) if rec.company else ""
        company_ref = self.company_by_key.get(key) if key else None
        pkey = person_key(rec.first_name, rec.last_name)
        ref = self.by_email.get(email_key(rec.email)) if rec.email else None
        if ref is None and company_ref is not None:
            ref = self._unique(self.by_name.get((company_ref, pkey), []))
        if ref is None and key:
            ref = self._unique(self.by_name.get((None, pkey), []))
        if ref is None and not key:
            ref = self._unique(self.by_person.get(pkey, []))
        company_created = False
        if key and company_ref is None:
            wanted = ref is None or self.contacts[ref]["company_id"] is None or self.overwrite
            if wanted:
                company_ref = self._new_company({"name": rec.company})
                company_created = True
        if company_ref is not None:
            self._company_address(company_ref, {n: getattr(rec, n) for n in ADDRESS_FIELDS})
        incoming: dict[str, Any] = {n: getattr(rec, n) for n in _CONTACT_TEXT}
        incoming["company_id"] = company_ref
        # A level column in the file decides; without one the job title suggests the level.
        level = rec.level if rec.level is not None else level_from_title(rec.title)
        guessed = rec.level is None and level is not None
        incoming["level"] = None if level is None else str(level)
        incoming["buying_role"] = None if rec.buying_role is None else str(rec.buying_role)
        if ref is None:
            ref = self._ref()
            values: dict[str, Any] = {n: "" for n in _CONTACT_TEXT}
            values.update(company_id=None, **{k: _DEFAULTS[k] for k in ("level", "buying_role")})
            for name, new in incoming.items():
                if new is not None and new != "":
                    values[name] = new
            self.plan.new_contacts[ref] = values
            self.contacts[ref] = values
            self._index_contact(ref, values)
            return RowOutcome(
                row.line,
                row.record,
                RowAction.NEW,
                rec.label,
                level=values["level"],
                level_guessed=guessed,
            )
        values = self.contacts[ref]
        if guessed:
            # Only new contacts take a guess: a stored level, even the default, was left as is.
            incoming["level"] = None
        changes = None if ref < 0 else self.plan.contact_changes.setdefault(ref, {})
        old_email, old_company = values.get("email"), values.get("company_id")
        changed = [name for name, new in incoming.items() if self._set(values, changes, name, new)]
        if changes == {}:
            del self.plan.contact_changes[ref]
        if values.get("email") != old_email or values.get("company_id") != old_company:
            self._index_contact(ref, values)
        if changed or company_created:
            fields = tuple("company" if n == "company_id" else n for n in changed)
            return RowOutcome(
                row.line,
                row.record,
                RowAction.UPDATED,
                rec.label,
                "",
                fields,
                level=values["level"],
            )
        return RowOutcome(
            row.line, row.record, RowAction.UNCHANGED, rec.label, level=values["level"]
        )

    def _company_address(self, ref: int, address: dict[str, str]) -> None:
        """A person's work address becomes their account's when it has none (or overwrite).

        The address is taken whole, never mixed part by part with another one.
        """
        if not any(address.values()):
            return
        values = self.companies[ref]
        if any(values.get(n) for n in ADDRESS_FIELDS) and not self.overwrite:
            return
        changes = None if ref < 0 else self.plan.company_changes.setdefault(ref, {})
        for name, new in address.items():
            self._set(values, changes, name, new)
        if changes == {}:
            del self.plan.company_changes[ref]

    def _load_touchpoints(self) -> dict[int, dict[str, Any]]:
        if self.touchpoints is None:
            self.touchpoints = {}
            for values in self._store.imports.touchpoint_values():
                self.touchpoints[values["id"]] = values
                self.touch_by_key.setdefault(self._touch_key(values), []).append(values["id"])
            for content_id, title in self._store.imports.content_titles():
                self.content_by_title.setdefault(_title_key(title), []).append(content_id)
        return self.touchpoints

    @staticmethod
    def _touch_key(values: dict[str, Any]) -> TouchKey:
        return (
            values["company_id"],
            values.get("contact_id"),
            values["day"],
            values.get("time"),
            values["channel"],
            _title_key(values.get("title") or ""),
        )

    def _touch_contact(self, company_ref: int, name: str, notes: list[str]) -> int | None:
        """The contact a touch-point names: by name at the account, else the only one so named.

        A person named nowhere in the plan is created at the account; a name several people
        elsewhere share leaves the contact empty rather than guess.
        """
        first, last = split_full_name(name)
        if not (first or last):
            first, last = name, ""
        pkey = person_key(first, last) or " ".join(name.casefold().split())
        ref = self._unique(self.by_name.get((company_ref, pkey), []))
        if ref is None:
            ref = self._unique(self.by_person.get(pkey, []))
        if ref is not None:
            return ref
        if self.by_person.get(pkey):
            notes.append(
                QT_TRANSLATE_NOOP(
                    "Import", "several contacts are called {name}; the contact is left empty"
                ).format(name=name)
            )
            return None
        notes.append(QT_TRANSLATE_NOOP("Import", "creates the contact {name}").format(name=name))
        ref = self._ref()
        values: dict[str, Any] = {n: "" for n in _CONTACT_TEXT}
        values.update(company_id=company_ref, **{k: _DEFAULTS[k] for k in ("level", "buying_role")})
        values.update(first_name=first, last_name=last)
        self.plan.new_contacts[ref] = values
        self.contacts[ref] = values
        self._index_contact(ref, values)
        return ref

    def touchpoint(self, row: SourceRow, rec: TouchPointRecord) -> RowOutcome:
        touchpoints = self._load_touchpoints()
        notes: list[str] = []
        company_ref = self.company_by_key.get(company_key(rec.company))
        if company_ref is None:
            company_ref = self._new_company({"name": rec.company})
            notes.append(
                QT_TRANSLATE_NOOP("Import", "creates the account {name} (a prospect)").format(
                    name=rec.company
                )
            )
        contact_ref = self._touch_contact(company_ref, rec.contact, notes) if rec.contact else None
        content_id = None
        if rec.content:
            found = self.content_by_title.get(_title_key(rec.content), [])
            content_id = self._unique(found)
            if content_id is None:
                missing = (
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "several content items are titled {title!r}; the content is left empty",
                    )
                    if found
                    else QT_TRANSLATE_NOOP(
                        "Import", "no content item is titled {title!r}; the content is left empty"
                    )
                )
                notes.append(missing.format(title=rec.content))
        incoming: dict[str, Any] = {
            "duration_minutes": rec.duration_minutes,
            "tz": rec.tz,
            "purpose": None if rec.purpose is None else str(rec.purpose),
            "status": None if rec.status is None else str(rec.status),
            "reason": rec.reason,
            "notes": rec.notes,
            "outcome": rec.outcome,
            "content_id": content_id,
            "completed_at": dt2s(rec.completed_at),
        }
        key_values = {
            "company_id": company_ref,
            "contact_id": contact_ref,
            "day": d2s(rec.day),
            "time": t2s(rec.time),
            "channel": str(rec.channel or Channel.CALL),
            "title": rec.title,
        }
        key = self._touch_key(key_values)
        note = joined("; ", notes) if notes else ""
        ref = self._unique(self.touch_by_key.get(key, []))
        if ref is None:
            values = dict(key_values)
            values.update(
                duration_minutes=30,
                purpose=str(Purpose.CHECK_IN),
                status=str(Status.PLANNED),
                reason="",
                notes="",
                outcome="",
                content_id=None,
                completed_at=None,
            )
            values.update({k: v for k, v in incoming.items() if v is not None and v != ""})
            ref = self._ref()
            self.plan.new_touchpoints[ref] = values
            touchpoints[ref] = values
            self.touch_by_key.setdefault(key, []).append(ref)
            return RowOutcome(row.line, row.record, RowAction.NEW, rec.label, note=note)
        values = touchpoints[ref]
        changes = None if ref < 0 else self.plan.touchpoint_changes.setdefault(ref, {})
        if rec.time is None:
            incoming.update(tz=None, duration_minutes=None)  # an all-day row has neither
        changed = [name for name, new in incoming.items() if self._set(values, changes, name, new)]
        if changes == {}:
            del self.plan.touchpoint_changes[ref]
        if changed:
            fields = tuple("content" if n == "content_id" else n for n in changed)
            return RowOutcome(row.line, row.record, RowAction.UPDATED, rec.label, "", fields, note)
        return RowOutcome(row.line, row.record, RowAction.UNCHANGED, rec.label, note=note)

    @staticmethod
    def _unique(refs: list[int]) -> int | None:
        distinct = set(refs)
        return refs[0] if len(distinct) == 1 else None

    def company(self, row: SourceRow, rec: CompanyRecord) -> RowOutcome:
        incoming: dict[str, Any] = {n: getattr(rec, n) for n in _COMPANY_TEXT + _COMPANY_NUMBERS}
        incoming["kind"] = None if rec.kind is None else str(rec.kind)
        incoming["buying_timeframe"] = (
            None if rec.buying_timeframe is None else str(rec.buying_timeframe)
        )
        incoming["growth_potential"] = (
            None if rec.growth_potential is None else str(rec.growth_potential)
        )
        incoming["contract_start"] = d2s(rec.contract_start)
        incoming["contract_end"] = d2s(rec.contract_end)
        ref = self.company_by_key.get(company_key(rec.name))
        if ref is None:
            values: dict[str, Any] = {"name": rec.name}
            values.update({k: v for k, v in incoming.items() if v is not None and v != ""})
            values["competitors"] = [
                {"name": n, "supplies": "", "contract_end": None} for n in rec.competitors
            ]
            self._new_company(values)
            return RowOutcome(row.line, row.record, RowAction.NEW, rec.label)
        values = self.companies[ref]
        changes = None if ref < 0 else self.plan.company_changes.setdefault(ref, {})
        changed = [name for name, new in incoming.items() if self._set(values, changes, name, new)]
        if rec.competitors:
            merged = self._competitors(values.get("competitors") or [], rec.competitors)
            if self._set(values, changes, "competitors", merged):
                changed.append("competitors")
        if changes == {}:
            del self.plan.company_changes[ref]
        action = RowAction.UPDATED if changed else RowAction.UNCHANGED
        return RowOutcome(row.line, row.record, action, rec.label, "", tuple(changed))

    def _competitors(self, current: list[dict[str, Any]], names: tuple[str, ...]) -> Any:
        """Imported names added to the list (or, with overwrite, the list replaced)."""
        known = {c["name"].casefold(): c for c in current}
        fresh = [
            known.get(n.casefold(), {"name": n, "supplies": "", "contract_end": None})
            for n in names
        ]
        if self.overwrite:
            return fresh
        extra = [c for c in fresh if c["name"].casefold() not in known]
        return [*current, *extra] if extra else current


def _plan(
    store: Store,
    source: ImportSource,
    overwrite: bool,
    progress: ProgressCallback | None,
    cancelled: CancelCheck | None,
    total: int,
) -> tuple[ImportPreview, _Plan]:
    planner = _Planner(store, overwrite)
    outcomes: list[RowOutcome] = []
    for i, row in enumerate(source.iter_rows()):
        if i % _CHECK_EVERY == 0:
            _tick(progress, cancelled, i, total)
        if row.value is None:
            outcomes.append(
                RowOutcome(row.line, row.record, RowAction.INVALID, row.label, row.reason)
            )
        elif isinstance(row.value, CompanyRecord):
            outcomes.append(planner.company(row, row.value))
        elif isinstance(row.value, TouchPointRecord):
            outcomes.append(planner.touchpoint(row, row.value))
        else:
            outcomes.append(planner.contact(row, row.value))
    preview = ImportPreview(
        source.name, source.format, source.target, tuple(outcomes), source.encoding
    )
    return preview, planner.plan


def _tick(
    progress: ProgressCallback | None, cancelled: CancelCheck | None, done: int, total: int
) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelledError(
            QT_TRANSLATE_NOOP("Import", "The import was cancelled; nothing was imported.")
        )
    if progress is not None:
        progress(done, total)


def plan_import(store: Store, source: ImportSource, *, overwrite: bool = False) -> ImportPreview:
    """What importing `source` would do now, row by row; writes nothing."""
    preview, _ = _plan(store, source, overwrite, None, None, source.row_count())
    return preview


def commit_import(
    store: Store,
    source: ImportSource,
    *,
    overwrite: bool = False,
    skip_invalid: bool = True,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportResult:
    """Import `source` in one transaction, recorded as a batch that can be undone.

    Invalid rows are skipped (or, with `skip_invalid=False`, the import is refused). When
    `cancelled()` returns True the transaction is rolled back and ImportCancelledError raised.
    A file that changes nothing records no batch.
    """
    rows = source.row_count()
    with store.transaction():
        preview, plan = _plan(store, source, overwrite, progress, cancelled, 2 * rows)
        if preview.invalid and not skip_invalid:
            first = preview.invalid[0]
            refused = (
                QT_TRANSLATE_NOOP(
                    "Import",
                    "vCard {record} (line {line}) {reason}; "
                    "{count} row(s) cannot be imported, so nothing was.",
                )
                if source.format is ImportFormat.VCARD
                else QT_TRANSLATE_NOOP(
                    "Import",
                    "Line {line} {reason}; {count} row(s) cannot be imported, so nothing was.",
                )
            )
            raise ImportFileError(
                refused.format(
                    record=first.record,
                    line=first.line,
                    reason=first.reason,
                    count=len(preview.invalid),
                )
            )
        batch = None
        if plan.operations:
            writer = store.imports.begin(source.name, str(source.format), str(source.target))
            _write(writer, plan, _Ticker(progress, cancelled, rows, plan.operations))
            batch = store.imports.finish(
                writer,
                preview.new,
                preview.updated,
                preview.unchanged,
                len(preview.invalid),
            )
        _tick(progress, cancelled, 2 * rows, 2 * rows)
    return ImportResult(preview, batch)


@dataclass
class _Ticker:
    progress: ProgressCallback | None
    cancelled: CancelCheck | None
    rows: int
    operations: int
    done: int = 0

    def step(self) -> None:
        self.done += 1
        if self.done % _CHECK_EVERY == 0:
            share = self.rows * self.done // max(1, self.operations)
            _tick(self.progress, self.cancelled, self.rows + share, 2 * self.rows)


def _write(writer: BatchWriter, plan: _Plan, ticker: _Ticker) -> None:
    ids: dict[int, int] = {}

    def real(ref: Any) -> Any:
        return ids.get(ref, ref) if isinstance(ref, int) and ref < 0 else ref

    for ref, values in plan.new_companies.items():
        ids[ref] = writer.create_company(values)
        ticker.step()
    for company_id, changes in plan.company_changes.items():
        writer.update_company(company_id, {k: (old, new) for k, (old, new) in changes.items()})
        ticker.step()
    for ref, values in plan.new_contacts.items():
        ids[ref] = writer.create_contact({**values, "company_id": real(values.get("company_id"))})
        ticker.step()
    for contact_id, changes in plan.contact_changes.items():
        writer.update_contact(
            contact_id,
            {k: (real(old), real(new)) for k, (old, new) in changes.items()},
        )
        ticker.step()
    for values in plan.new_touchpoints.values():
        writer.create_touchpoint(
            {
                **values,
                "company_id": real(values["company_id"]),
                "contact_id": real(values.get("contact_id")),
            }
        )
        ticker.step()
    for touchpoint_id, changes in plan.touchpoint_changes.items():
        writer.update_touchpoint(touchpoint_id, {k: (o, n) for k, (o, n) in changes.items()})
        ticker.step()


def import_file(
    store: Store,
    path: Path,
    fmt: ImportFormat | str = ImportFormat.AUTO,
    *,
    dry_run: bool = False,
    overwrite: bool = False,
) -> ImportResult:
    """Read, recognise and import one file (or only preview it, with `dry_run`)."""
    source = ImportSource.from_path(path, fmt)
    if dry_run:
        return ImportResult(plan_import(store, source, overwrite=overwrite), None)
    return commit_import(store, source, overwrite=overwrite)


def describe_invalid(preview: ImportPreview) -> Iterable[str]:
    """One line per invalid row: where it is and why it was skipped."""
    for row in preview.invalid:
        yield joined(": ", [row.where(preview.format), row.reason])


def describe_notes(preview: ImportPreview) -> Iterable[str]:
    """One line per row imported with a note: where it is and what it did besides."""
    for row in preview.notes:
        yield joined(": ", [row.where(preview.format), row.note])
