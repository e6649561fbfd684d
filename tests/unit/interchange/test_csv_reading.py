"""Reading CSV text: the delimiter, the header after a preamble, broken quotes named by line."""

from __future__ import annotations

import pytest

from planner.domain.imports import ImportFileError
from planner.interchange.csv_reading import detect_csv, read_table
from planner.interchange.detect import ImportFormat
from planner.interchange.records import Target

LINKEDIN = (
    "Notes:\nWhen exporting your connection data, you may notice...\n\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Ann,Lee,,ann@x.de,Acme,Buyer,12 Mar 2024\n"
    "Bo,Li,,,Globex,CFO,\n"
)


def test_the_header_is_found_after_a_preamble() -> None:
    assert detect_csv(LINKEDIN) == (ImportFormat.LINKEDIN, Target.CONTACTS)
    table = read_table(LINKEDIN, ImportFormat.LINKEDIN, Target.CONTACTS)
    assert table.header_line == 4
    assert table.count == 2
    assert [line for line, _ in table.iter_rows()] == [5, 6]
    assert table.sample(1) == [(5, ("Ann", "Lee", "", "ann@x.de", "Acme", "Buyer", "12 Mar 2024"))]


def test_the_delimiter_is_sniffed() -> None:
    text = "Name;Company;Email\nAnn Lee;Acme;ann@x.de\nBo Li;Globex;bo@x.de\n"
    table = read_table(text, ImportFormat.CSV, Target.CONTACTS)
    assert table.delimiter == ";"
    assert table.headers == ("Name", "Company", "Email")


def test_a_quote_that_never_closes_names_its_line() -> None:
    text = 'first_name,last_name\nAnn,Lee\n"Bo,Li\n'
    with pytest.raises(ImportFileError, match="line 3 never closes"):
        read_table(text, ImportFormat.CSV, Target.CONTACTS)
