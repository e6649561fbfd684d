"""The preview of an import: what each row does, counted, with the rows a person is shown."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from planner.domain.text import QT_TRANSLATE_NOOP, joined
from planner.interchange.detect import ImportFormat
from planner.interchange.records import Target


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


PREVIEW_ROWS = 1000
"""How many rows a preview keeps to show; the counts cover every row."""


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """Counts of what importing a file does now, the first rows' outcomes and every exception.

    A preview stays small whatever the file's size: it keeps the first `PREVIEW_ROWS`
    outcomes to show, and all invalid rows and rows with a note (those a person must read).
    """

    source: str
    format: ImportFormat
    target: Target
    rows: tuple[RowOutcome, ...]
    """The first rows' outcomes (all of them, for a file of up to `PREVIEW_ROWS` rows)."""
    encoding: str = "utf-8"
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    invalid: tuple[RowOutcome, ...] = ()
    notes: tuple[RowOutcome, ...] = ()
    """Rows imported with a note: an account or contact created, content not found."""
    guessed: int = 0
    """How many new contacts' levels were guessed from the job title."""

    @property
    def total(self) -> int:
        """How many rows (vCards) the file has."""
        return self.new + self.updated + self.unchanged + len(self.invalid)

    @property
    def shown(self) -> tuple[RowOutcome, ...]:
        """The rows to show: the first ones, then any later row that is invalid or has a note."""
        last = self.rows[-1].record if self.rows else 0
        later = {r.record: r for r in (*self.invalid, *self.notes) if r.record > last}
        return self.rows + tuple(later[k] for k in sorted(later))

    @property
    def writes_anything(self) -> bool:
        return self.new + self.updated > 0

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


@dataclass
class PreviewTally:
    """Collects row outcomes into a preview as they come, keeping only what it shows."""

    counts: Counter[RowAction] = field(default_factory=Counter)
    shown: list[RowOutcome] = field(default_factory=list)
    invalid: list[RowOutcome] = field(default_factory=list)
    notes: list[RowOutcome] = field(default_factory=list)
    guessed: int = 0

    def add(self, outcome: RowOutcome) -> None:
        """Count one row's outcome (and keep it when it is shown or must be read)."""
        self.counts[outcome.action] += 1
        if len(self.shown) < PREVIEW_ROWS:
            self.shown.append(outcome)
        if outcome.action is RowAction.INVALID:
            self.invalid.append(outcome)
        if outcome.note:
            self.notes.append(outcome)
        if outcome.level_guessed:
            self.guessed += 1

    def preview(
        self, source: str, fmt: ImportFormat, target: Target, encoding: str
    ) -> ImportPreview:
        """The preview of the rows added so far."""
        return ImportPreview(
            source,
            fmt,
            target,
            tuple(self.shown),
            encoding,
            new=self.counts[RowAction.NEW],
            updated=self.counts[RowAction.UPDATED],
            unchanged=self.counts[RowAction.UNCHANGED],
            invalid=tuple(self.invalid),
            notes=tuple(self.notes),
            guessed=self.guessed,
        )


def describe_invalid(preview: ImportPreview) -> Iterable[str]:
    """One line per invalid row: where it is and why it was skipped."""
    for row in preview.invalid:
        yield joined(": ", [row.where(preview.format), row.reason])


def describe_notes(preview: ImportPreview) -> Iterable[str]:
    """One line per row imported with a note: where it is and what it did besides."""
    for row in preview.notes:
        yield joined(": ", [row.where(preview.format), row.note])
