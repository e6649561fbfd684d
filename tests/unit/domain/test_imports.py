"""What an import leaves behind: its errors' kinds and whether its batch was undone."""

from __future__ import annotations

from datetime import UTC, datetime

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.imports import (
    ImportBatch,
    ImportCancelledError,
    ImportFileError,
    UndoImportResult,
)

WHEN = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_a_batch_is_undone_once_it_has_an_undo_time() -> None:
    batch = ImportBatch(1, WHEN, "contacts.csv", "google", "contacts", new=3)
    assert not batch.is_undone
    undone = ImportBatch(1, WHEN, "contacts.csv", "google", "contacts", undone_at=WHEN)
    assert undone.is_undone


def test_a_bad_file_is_bad_input_and_a_cancel_is_not() -> None:
    assert issubclass(ImportFileError, ValidationError)
    assert issubclass(ImportCancelledError, PlannerError)
    assert not issubclass(ImportCancelledError, ValidationError)


def test_an_undo_result_counts_nothing_until_told() -> None:
    result = UndoImportResult(7)
    assert (result.deleted_companies, result.deleted_contacts, result.restored_fields) == (0, 0, 0)
    assert result.kept == ()
    assert result.deleted_touchpoints == 0
