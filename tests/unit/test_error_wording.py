"""The errors and import reasons of the lower layers are marked wording the GUI can translate.

`rebuild` below does what planner.ui.i18n.text() does, with a dictionary for a catalogue and
without Qt: every piece of wording, however deeply it sits in a sentence, must come out
translated, and the English (what the CLI prints) must stay as it was.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlite_faults

from planner.domain.errors import NotFoundError, PlannerError, ValidationError, message
from planner.domain.model import Channel
from planner.domain.text import Template, Text
from planner.domain.timing import parse_date
from planner.interchange.csv_formats import ACCOUNT_FIELDS, ACCOUNT_HEADERS, CONTACT_FIELDS
from planner.interchange.detect import ImportFormat, decode
from planner.interchange.importer import (
    ImportSource,
    RowAction,
    RowOutcome,
    commit_import,
    describe_invalid,
    plan_import,
)
from planner.interchange.records import TouchPointRecord
from planner.storage.errors import translate

CATALOGUE = {
    ("Errors", "There is no account with id {id}."): "Es gibt kein Konto mit der Nummer {id}.",
    ("Errors", "{what} {value!r} is not a valid date (expected YYYY-MM-DD)"): (
        "{what} {value!r} ist kein gültiges Datum (erwartet: JJJJ-MM-TT)"
    ),
    ("Errors", "The database is locked by another program; close it there and try again."): (
        "Die Datenbank ist von einem anderen Programm gesperrt."
    ),
    ("Errors", "{path} is locked by another program; close it there and try again."): (
        "{path} ist von einem anderen Programm gesperrt."
    ),
    ("Import", "The file is a PDF document, not contacts in vCard or CSV format."): (
        "Die Datei ist ein PDF-Dokument."
    ),
    ("Import", "has no name"): "hat keinen Namen",
    ("Import", "line {line}"): "Zeile {line}",
    ("Import", "Line {line} {reason}; {count} row(s) cannot be imported, so nothing was."): (
        "Zeile {line} {reason}; {count} Zeile(n) nicht importierbar, nichts importiert."
    ),
    ("Import", "{what} {value} does not exist"): "{what} {value} gibt es nicht",
    ("Label", "Call"): "Anruf",
    ("Import", "Our annual revenue"): "Unser Jahresumsatz",
}


def rebuild(value: object) -> object:
    """planner.ui.i18n.text() over CATALOGUE."""
    if isinstance(value, Text):
        pattern = rebuild(value.template)
        assert isinstance(pattern, str)
        args = [rebuild(a) for a in value.args]
        values = {k: rebuild(v) for k, v in value.values.items()}
        return pattern.format(*args, **values)
    if isinstance(value, Template):
        if value.context is None:
            return str(value)
        return CATALOGUE.get((value.context, str(value)), str(value))
    return value


def test_a_not_found_error_is_marked_and_says_the_same_in_english(store) -> None:
    with pytest.raises(NotFoundError) as caught:
        store.companies.get(42)
    assert str(caught.value) == "There is no account with id 42."
    said = message(caught.value)
    assert isinstance(said, Text)
    assert said.template.context == "Errors"
    assert rebuild(said) == "Es gibt kein Konto mit der Nummer 42."


def test_message_keeps_the_template_that_str_loses() -> None:
    error = ValidationError(Template("Errors", "x {n}").format(n=1))
    assert isinstance(message(error), Text)
    assert not isinstance(str(error), Text)
    assert message(PlannerError("a", "b")) == "('a', 'b')"


def test_a_date_error_names_the_option_as_given() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date("23.11.2026", "--date")
    said = message(caught.value)
    assert said == "--date '23.11.2026' is not a valid date (expected YYYY-MM-DD)"
    assert rebuild(said) == "--date '23.11.2026' ist kein gültiges Datum (erwartet: JJJJ-MM-TT)"


@pytest.mark.parametrize(
    ("path", "english", "german"),
    [
        (
            None,
            "The database is locked by another program; close it there and try again.",
            "Die Datenbank ist von einem anderen Programm gesperrt.",
        ),
        (
            "plan.db",
            "plan.db is locked by another program; close it there and try again.",
            "plan.db ist von einem anderen Programm gesperrt.",
        ),
    ],
)
def test_sqlite_errors_are_explained_in_marked_sentences(
    path, english, german, tmp_path: Path
) -> None:
    error = translate(sqlite_faults.locked(tmp_path), path)
    assert error is not None
    said = message(error)
    assert said == english
    assert isinstance(said, Template | Text)
    assert rebuild(said) == german


def test_disk_full_without_a_path_reads_as_a_sentence(tmp_path: Path) -> None:
    error = translate(sqlite_faults.full(tmp_path))
    assert str(error).startswith("The disk holding the database is full, ")


def test_a_file_of_the_wrong_kind_is_one_whole_marked_sentence() -> None:
    with pytest.raises(PlannerError) as caught:
        decode(b"%PDF-1.7 ...")
    said = message(caught.value)
    assert said == "The file is a PDF document, not contacts in vCard or CSV format."
    assert rebuild(said) == "Die Datei ist ein PDF-Dokument."


CSV = (
    "first_name,last_name,company,title,level,buying_role,email,phone,profile_url,notes\n"
    ",,Fabrikam,,,,,,,\n"
    "Jane,Doe,Fabrikam,,,,,,,\n"
)


def test_row_reasons_and_where_they_are_translate_on_their_own(store) -> None:
    source = ImportSource.from_bytes(CSV.encode(), "contacts.csv")
    preview = plan_import(store, source)
    (bad,) = preview.invalid
    assert bad.reason == "has no person's name (only the company 'Fabrikam')"
    assert bad.reason.template.context == "Import"  # type: ignore[attr-defined]
    (line,) = describe_invalid(preview)
    assert line == "line 2: has no person's name (only the company 'Fabrikam')"
    assert rebuild(line).startswith("Zeile 2: ")  # type: ignore[union-attr]


def test_a_refused_import_names_the_first_bad_row_in_one_marked_sentence(store) -> None:
    text = (
        "name,kind,industry,website,our_annual_revenue,estimated_annual_wallet,margin_percent,"
        "expected_deal_size,buying_timeframe,growth_potential,contract_start,contract_end,"
        "incumbent_competitors,notes\n"
        "Fabrikam,,,,,,,,,,,2026-02-30,,\n"
    )
    source = ImportSource.from_bytes(text.encode(), "accounts.csv")
    with pytest.raises(PlannerError) as caught:
        commit_import(store, source, skip_invalid=False)
    said = message(caught.value)
    english = (
        "Line 2 contract_end 2026-02-30 does not exist; "
        "1 row(s) cannot be imported, so nothing was."
    )
    assert said == english
    assert rebuild(said) == (
        "Zeile 2 contract_end 2026-02-30 gibt es nicht; "
        "1 Zeile(n) nicht importierbar, nichts importiert."
    )


def test_a_vcard_row_is_named_with_the_card_and_its_line() -> None:
    row = RowOutcome(line=12, record=3, action=RowAction.INVALID)
    assert row.where(ImportFormat.VCARD) == "vCard 3 (line 12)"
    assert row.where(ImportFormat.VCARD, heading=True) == "vCard 3 (line 12)"
    assert row.where(ImportFormat.CSV) == "line 12"
    assert row.where(ImportFormat.CSV, heading=True) == "Line 12"


def test_a_touchpoint_row_label_keeps_its_channel_translatable() -> None:
    record = TouchPointRecord(day=date(2026, 11, 23), company="Fabrikam", channel=Channel.CALL)
    assert record.label == "2026-11-23 Fabrikam: Call"
    assert rebuild(record.label) == "2026-11-23 Fabrikam: Anruf"
    titled = TouchPointRecord(day=date(2026, 11, 23), company="Fabrikam", title="Lunch")
    assert titled.label == "2026-11-23 Fabrikam: Lunch"


def test_the_mapping_field_labels_are_marked() -> None:
    assert list(ACCOUNT_FIELDS) == list(ACCOUNT_HEADERS)
    assert ACCOUNT_FIELDS["our_annual_revenue"] == "Our annual revenue"
    assert rebuild(ACCOUNT_FIELDS["our_annual_revenue"]) == "Unser Jahresumsatz"
    assert all(isinstance(label, Template) for label in CONTACT_FIELDS.values())


def test_the_cli_never_prints_a_raw_errno(capsys: pytest.CaptureFixture[str]) -> None:
    import errno as errno_codes

    from planner.cli.common import report_error

    for error in (
        PermissionError(errno_codes.EACCES, "Permission denied", "/srv/locked/plan.db"),
        OSError(errno_codes.ENOSPC, "No space left on device", "/srv/.plan.db.x1y2.tmp"),
        OSError(errno_codes.EROFS, "Read-only file system", "/media/cd/plan.db"),
    ):
        assert report_error(error) == 1
        err = capsys.readouterr().err
        assert "Errno" not in err
        assert ".tmp" not in err
    full = OSError(errno_codes.ENOSPC, "No space left on device", "/srv/plan.db")
    report_error(full)
    assert "disk is full" in capsys.readouterr().err
