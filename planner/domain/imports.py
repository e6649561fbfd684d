"""What an import leaves behind: its errors, its batch record, and what undoing it did."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from planner.domain.errors import PlannerError, ValidationError


class ImportFileError(ValidationError):
    """A file that cannot be imported at all: empty, binary, cut off, too large, unreadable."""


class ImportCancelledError(PlannerError):
    """The person cancelled an import before it finished; nothing was written."""


@dataclass(frozen=True, slots=True)
class ImportBatch:
    """One committed import: where it came from, what it did, and whether it was undone."""

    id: int
    created_at: datetime
    source: str
    format: str
    target: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    invalid: int = 0
    undone_at: datetime | None = None

    @property
    def is_undone(self) -> bool:
        return self.undone_at is not None


@dataclass(frozen=True, slots=True)
class UndoImportResult:
    """What undoing an import changed, and what it left alone because it had changed since."""

    batch_id: int
    deleted_companies: int = 0
    deleted_contacts: int = 0
    restored_fields: int = 0
    kept: tuple[str, ...] = field(default=())
    deleted_touchpoints: int = 0
