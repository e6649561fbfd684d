"""Matching import rows against the plan and earlier rows of the file.

Accounts and contacts are found through the import's `MatchIndex` (temporary SQL tables of
normalised keys); what a row creates or changes goes to the writer at once, which keeps it as
a shadow the next rows match against the same way as the records already in the plan, so
memory does not grow with the file. A committing import's writer writes the shadows at the
end, each record once at its final values; a preview's drops them. Touch-points (files of
hundreds, not hundreds of thousands) are matched in memory and written at the end, so a
touch-point two rows fill is created once at its final revision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from planner.domain.columns import ADDRESS_FIELDS
from planner.domain.job_levels import level_from_title
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
from planner.domain.names import company_key, email_key, person_key
from planner.domain.text import QT_TRANSLATE_NOOP, joined
from planner.interchange.import_preview import RowAction, RowOutcome
from planner.interchange.records import (
    CompanyRecord,
    ContactRecord,
    SourceRow,
    TouchPointRecord,
    split_full_name,
)
from planner.storage import Store
from planner.storage.import_index import MatchIndex
from planner.storage.rows import d2s, dt2s, t2s

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

Changes = dict[str, list[Any]]
"""Field -> [old, new] of one record."""
TouchKey = tuple[int, int | None, str, str | None, str, str]
"""What identifies a touch-point across imports: company, contact, day, time, channel, title."""


def _is_empty(name: str, value: Any) -> bool:
    """Empty values are filled by an import; so are the defaults a new record starts with."""
    return value is None or value == "" or value == [] or _DEFAULTS.get(name) == value


def _same(name: str, current: Any, new: Any) -> bool:
    if name == "email" and isinstance(current, str) and isinstance(new, str):
        return email_key(current) == email_key(new)
    if name == "competitors":
        return [c["name"] for c in current or []] == [c["name"] for c in new or []]
    return bool(current == new)


def _title_key(title: str) -> str:
    return " ".join(title.split()).casefold()


def _unique(refs: list[int]) -> int | None:
    distinct = set(refs)
    return refs[0] if len(distinct) == 1 else None


def _pairs(changes: Changes) -> dict[str, tuple[Any, Any]]:
    return {name: (old, new) for name, (old, new) in changes.items()}


class ImportWriter(Protocol):
    """Writes what matching decides: the batch's writer, or a preview's stand-in."""

    def create_company(self, values: dict[str, Any]) -> int: ...
    def update_company(
        self, company_id: int, changes: dict[str, tuple[Any, Any]], *, log: bool = True
    ) -> None: ...
    def create_contact(self, values: dict[str, Any]) -> int: ...
    def update_contact(
        self, contact_id: int, changes: dict[str, tuple[Any, Any]], *, log: bool = True
    ) -> None: ...
    def finish_records(self) -> None: ...
    def create_touchpoint(self, values: dict[str, Any]) -> int: ...
    def update_touchpoint(
        self, touchpoint_id: int, changes: dict[str, tuple[Any, Any]]
    ) -> None: ...


@dataclass
class _TouchPlan:
    """Touch-points to write at the end: new ones (negative temporary ids) and field changes."""

    new: dict[int, dict[str, Any]] = field(default_factory=dict)
    changes: dict[int, Changes] = field(default_factory=dict)


class Matcher:
    """Matches each row and writes what it does through the batch's writer.

    `writes` counts the records created or changed, so a file that changes nothing is seen.
    """

    def __init__(
        self, store: Store, index: MatchIndex, writer: ImportWriter, overwrite: bool
    ) -> None:
        self.overwrite = overwrite
        self.writes = 0
        self._store = store
        self._writer = writer
        self._index = index
        self._touch = _TouchPlan()
        self._next_ref = -1
        # Read on the first touch-point row only: contact imports never need them.
        self._touchpoints: dict[int, dict[str, Any]] | None = None
        self._touch_by_key: dict[TouchKey, list[int]] = {}
        self._content_by_title: dict[str, list[int]] = {}

    def match(self, row: SourceRow) -> RowOutcome:
        """What one row does; a valid row's records go to the writer (or queue) now."""
        if row.value is None:
            return RowOutcome(row.line, row.record, RowAction.INVALID, row.label, row.reason)
        if isinstance(row.value, CompanyRecord):
            return self.company(row, row.value)
        if isinstance(row.value, TouchPointRecord):
            return self.touchpoint(row, row.value)
        return self.contact(row, row.value)

    def finish(self) -> None:
        """Write the held-back records, then the queued touch-points, which may point at them.

        The index stays for its owner to close.
        """
        self._writer.finish_records()
        for values in self._touch.new.values():
            self._writer.create_touchpoint(values)
            self.writes += 1
        for touchpoint_id, changes in self._touch.changes.items():
            self._writer.update_touchpoint(touchpoint_id, _pairs(changes))
            self.writes += 1

    def _set(self, values: dict[str, Any], changes: Changes, name: str, new: Any) -> bool:
        """Put `new` into a field when it is empty (or always, with overwrite); True if it did."""
        current = values.get(name)
        if new is None or new == "" or _same(name, current, new):
            return False
        if not (_is_empty(name, current) or self.overwrite):
            return False
        if name in changes:
            changes[name][1] = new
        else:
            changes[name] = [current, new]
        values[name] = new
        return True

    # Accounts.

    def _new_company(self, values: dict[str, Any]) -> int:
        full = {"kind": _DEFAULTS["kind"], **values}
        full.setdefault("competitors", [])
        company_id = self._writer.create_company(full)
        self._index.add_company(company_id, full["name"])
        self.writes += 1
        return company_id

    def _update_company(self, company_id: int, changes: Changes) -> None:
        if changes:
            log = not self._index.company_created(company_id)
            self._writer.update_company(company_id, _pairs(changes), log=log)
            self.writes += 1

    def company(self, row: SourceRow, rec: CompanyRecord) -> RowOutcome:
        """An accounts row: a new account, or one filled in (or overwritten) by it."""
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
        ref = self._index.company_id(company_key(rec.name))
        if ref is None:
            values: dict[str, Any] = {"name": rec.name}
            values.update({k: v for k, v in incoming.items() if v is not None and v != ""})
            values["competitors"] = [
                {"name": n, "supplies": "", "contract_end": None} for n in rec.competitors
            ]
            self._new_company(values)
            return RowOutcome(row.line, row.record, RowAction.NEW, rec.label)
        values = self._index.company_values(ref)
        changes: Changes = {}
        changed = [name for name, new in incoming.items() if self._set(values, changes, name, new)]
        if rec.competitors:
            merged = self._competitors(values.get("competitors") or [], rec.competitors)
            if self._set(values, changes, "competitors", merged):
                changed.append("competitors")
        self._update_company(ref, changes)
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

    def _company_address(self, company_id: int, address: dict[str, str]) -> None:
        """A person's work address becomes their account's when it has none (or overwrite).

        The address is taken whole, never mixed part by part with another one.
        """
        if not any(address.values()):
            return
        values = self._index.company_values(company_id)
        if any(values.get(n) for n in ADDRESS_FIELDS) and not self.overwrite:
            return
        changes: Changes = {}
        for name, new in address.items():
            self._set(values, changes, name, new)
        self._update_company(company_id, changes)

    # Contacts.

    def _new_contact(self, values: dict[str, Any]) -> int:
        contact_id = self._writer.create_contact(values)
        self._index.add_contact(contact_id, values)
        self.writes += 1
        return contact_id

    def contact(self, row: SourceRow, rec: ContactRecord) -> RowOutcome:
        """A contacts row: matched by e-mail, else by name at the account; or a new contact."""
        key = company_key(rec.company) if rec.company else ""
        company_ref = self._index.company_id(key) if key else None
        pkey = person_key(rec.first_name, rec.last_name)
        ref = self._index.contact_by_email(rec.email) if rec.email else None
        if ref is None and company_ref is not None:
            ref = self._index.only_contact_at(company_ref, pkey)
        if ref is None and key:
            ref = self._index.only_contact_at(None, pkey)
        if ref is None and not key:
            ref = self._index.only_contact_named(pkey)
        current = None if ref is None else self._index.contact_values(ref)
        company_created = False
        wanted = current is None or current["company_id"] is None or self.overwrite
        if key and company_ref is None and wanted:
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
        if ref is None or current is None:
            values: dict[str, Any] = {n: "" for n in _CONTACT_TEXT}
            values.update(company_id=None, **{k: _DEFAULTS[k] for k in ("level", "buying_role")})
            for name, new in incoming.items():
                if new is not None and new != "":
                    values[name] = new
            self._new_contact(values)
            return RowOutcome(
                row.line,
                row.record,
                RowAction.NEW,
                rec.label,
                level=values["level"],
                level_guessed=guessed,
            )
        values = current
        if guessed:
            # Only new contacts take a guess: a stored level, even the default, was left as is.
            incoming["level"] = None
        changes: Changes = {}
        changed = [name for name, new in incoming.items() if self._set(values, changes, name, new)]
        if changes:
            log = not self._index.contact_created(ref)
            self._writer.update_contact(ref, _pairs(changes), log=log)
            self.writes += 1
        if "email" in changes or "company_id" in changes:
            self._index.add_contact(ref, values)
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

    # Touch-points.

    def _load_touchpoints(self) -> dict[int, dict[str, Any]]:
        if self._touchpoints is None:
            self._touchpoints = {}
            for values in self._store.imports.touchpoint_values():
                self._touchpoints[values["id"]] = values
                self._touch_by_key.setdefault(self._touch_key(values), []).append(values["id"])
            for content_id, title in self._store.imports.content_titles():
                self._content_by_title.setdefault(_title_key(title), []).append(content_id)
        return self._touchpoints

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

    def _touch_contact(self, company_id: int, name: str, notes: list[str]) -> int | None:
        """The contact a touch-point names: by name at the account, else the only one so named.

        A person named nowhere in the plan is created at the account; a name several people
        elsewhere share leaves the contact empty rather than guess.
        """
        first, last = split_full_name(name)
        if not (first or last):
            first, last = name, ""
        pkey = person_key(first, last) or " ".join(name.casefold().split())
        ref = self._index.only_contact_at(company_id, pkey)
        if ref is None:
            ref = self._index.only_contact_named(pkey)
        if ref is not None:
            return ref
        if self._index.anyone_named(pkey):
            notes.append(
                QT_TRANSLATE_NOOP(
                    "Import", "several contacts are called {name}; the contact is left empty"
                ).format(name=name)
            )
            return None
        notes.append(QT_TRANSLATE_NOOP("Import", "creates the contact {name}").format(name=name))
        values: dict[str, Any] = {n: "" for n in _CONTACT_TEXT}
        values.update(company_id=company_id, **{k: _DEFAULTS[k] for k in ("level", "buying_role")})
        values.update(first_name=first, last_name=last)
        return self._new_contact(values)

    def _content(self, title: str, notes: list[str]) -> int | None:
        found = self._content_by_title.get(_title_key(title), [])
        content_id = _unique(found)
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
            notes.append(missing.format(title=title))
        return content_id

    def touchpoint(self, row: SourceRow, rec: TouchPointRecord) -> RowOutcome:
        """A touch-points row: a new touch-point, or one it fills in (matched by its key)."""
        touchpoints = self._load_touchpoints()
        notes: list[str] = []
        company_ref = self._index.company_id(company_key(rec.company))
        if company_ref is None:
            company_ref = self._new_company({"name": rec.company})
            notes.append(
                QT_TRANSLATE_NOOP("Import", "creates the account {name} (a prospect)").format(
                    name=rec.company
                )
            )
        contact_ref = self._touch_contact(company_ref, rec.contact, notes) if rec.contact else None
        content_id = self._content(rec.content, notes) if rec.content else None
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
        ref = _unique(self._touch_by_key.get(key, []))
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
            ref = self._next_ref
            self._next_ref -= 1
            self._touch.new[ref] = values
            touchpoints[ref] = values
            self._touch_by_key.setdefault(key, []).append(ref)
            return RowOutcome(row.line, row.record, RowAction.NEW, rec.label, note=note)
        values = touchpoints[ref]
        # A touch-point this file creates is written once, at its final values.
        changes = {} if ref < 0 else self._touch.changes.setdefault(ref, {})
        if rec.time is None:
            incoming.update(tz=None, duration_minutes=None)  # an all-day row has neither
        changed = [name for name, new in incoming.items() if self._set(values, changes, name, new)]
        if ref > 0 and not changes:
            del self._touch.changes[ref]
        if changed:
            fields = tuple("content" if n == "content_id" else n for n in changed)
            return RowOutcome(row.line, row.record, RowAction.UPDATED, rec.label, "", fields, note)
        return RowOutcome(row.line, row.record, RowAction.UNCHANGED, rec.label, note=note)
