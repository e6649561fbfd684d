"""A preview keeps counts, the first rows and every exception, whatever the file's size."""

from __future__ import annotations

from planner.interchange.detect import ImportFormat
from planner.interchange.import_preview import (
    PREVIEW_ROWS,
    PreviewTally,
    RowAction,
    RowOutcome,
    describe_invalid,
    describe_notes,
)
from planner.interchange.records import Target


def test_the_tally_keeps_the_first_rows_and_counts_them_all() -> None:
    tally = PreviewTally()
    rows = PREVIEW_ROWS + 500
    for i in range(rows):
        tally.add(RowOutcome(i + 2, i + 1, RowAction.NEW, f"row {i}", level_guessed=i % 2 == 0))
    tally.add(RowOutcome(rows + 2, rows + 1, RowAction.INVALID, "x", "has no name"))
    tally.add(RowOutcome(rows + 3, rows + 2, RowAction.UNCHANGED, "y", note="creates Acme"))
    preview = tally.preview("big.csv", ImportFormat.CSV, Target.CONTACTS, "utf-8")
    assert len(preview.rows) == PREVIEW_ROWS
    assert preview.rows[0].label == "row 0"
    assert (preview.new, preview.unchanged, len(preview.invalid)) == (rows, 1, 1)
    assert preview.total == rows + 2
    assert preview.guessed == (rows + 1) // 2
    assert preview.writes_anything
    # The table shows the first rows and the later ones a person must read.
    assert len(preview.shown) == PREVIEW_ROWS + 2
    assert preview.shown[-1].note == "creates Acme"
    assert list(describe_invalid(preview)) == [f"line {rows + 2}: has no name"]
    assert list(describe_notes(preview)) == [f"line {rows + 3}: creates Acme"]
    summary = preview.as_json()
    assert summary["new"] == rows
    assert summary["invalid"] == [{"line": rows + 2, "record": rows + 1, "reason": "has no name"}]


def test_a_file_that_changes_nothing_writes_nothing() -> None:
    tally = PreviewTally()
    tally.add(RowOutcome(2, 1, RowAction.UNCHANGED, "Ann Lee"))
    preview = tally.preview("same.vcf", ImportFormat.VCARD, Target.CONTACTS, "utf-8")
    assert not preview.writes_anything
    assert preview.rows[0].where(ImportFormat.VCARD) == "vCard 1 (line 2)"
