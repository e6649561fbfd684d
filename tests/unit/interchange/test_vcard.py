"""Reading vCards: names, folded and escaped values, the preferred address, and skipped cards."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.imports import ImportFileError
from planner.interchange.records import ContactRecord
from planner.interchange.vcard import read_vcards


def _one(card: str) -> ContactRecord:
    [row] = read_vcards(card.replace("\n", "\r\n"))
    assert row.is_valid, row.reason
    assert isinstance(row.value, ContactRecord)
    return row.value


def test_a_full_card_becomes_one_contact() -> None:
    record = _one(
        """BEGIN:VCARD
VERSION:3.0
N:Müller;Jörg;;;
FN:Jörg Müller
ORG:Öko Bäckerei GmbH;Sales
TITLE:Head of Purchasing
EMAIL;TYPE=HOME:joerg@home.example
EMAIL;TYPE=WORK:mailto:j.mueller@oeko.example
TEL;TYPE=CELL:+49 170 1234
TEL;TYPE=WORK:+49 30 5555
ADR;TYPE=WORK:;Floor 3;Hauptstr. 1;Berlin;BE;10115;Germany
URL:https://oeko.example
X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/jmueller
NOTE:Met at the fair\\, likes cycling
END:VCARD
"""
    )
    assert (record.first_name, record.last_name) == ("Jörg", "Müller")
    assert record.company == "Öko Bäckerei GmbH"  # the department is not the company
    assert record.title == "Head of Purchasing"
    assert record.email == "j.mueller@oeko.example"  # the work address, without mailto
    assert record.phone == "+49 30 5555"
    assert record.profile_url == "https://www.linkedin.com/in/jmueller"
    assert (record.street, record.postal_code, record.city) == (
        "Hauptstr. 1, Floor 3",
        "10115",
        "Berlin",
    )
    assert (record.region, record.country) == ("BE", "Germany")
    assert record.notes == "Met at the fair, likes cycling"


def test_folded_lines_are_joined_and_pref_wins() -> None:
    record = _one(
        """BEGIN:VCARD
VERSION:4.0
FN:Ann
  Lee
EMAIL;TYPE=work:ann@work.example
EMAIL;PREF=1:ann@pref.example
TEL;VALUE=uri:tel:+1-555-0100;ext=2
END:VCARD
"""
    )
    assert (record.first_name, record.last_name) == ("Ann", "Lee")  # from FN, there is no N
    assert record.email == "ann@pref.example"
    assert record.phone == "+1-555-0100"


def test_quoted_printable_values_are_decoded() -> None:
    record = _one(
        """BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;Anna
END:VCARD
"""
    )
    assert (record.first_name, record.last_name) == ("Anna", "Müller")


def test_company_cards_and_nameless_cards_are_rows_with_a_reason() -> None:
    rows = read_vcards(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Contoso\r\nORG:Contoso\r\nX-ABSHOWAS:COMPANY\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:nobody@example.com\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ray;Bob\r\nEND:VCARD\r\n"
    )
    assert [r.is_valid for r in rows] == [False, False, True]
    assert "company 'Contoso'" in rows[0].reason
    assert "has no name" in rows[1].reason
    assert [r.record for r in rows] == [1, 2, 3]
    assert rows[2].line > rows[1].line > rows[0].line


def test_a_cut_off_file_is_refused() -> None:
    with pytest.raises(ImportFileError):
        read_vcards("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ray;Bob\r\n")


@pytest.mark.parametrize(
    "line",
    [
        "N:Bench00001;Person;;;",
        "NOTE:a value: with colons\nand a line break",
        "X-FOO_BAR:underscored name",
        "item1.EMAIL;type=INTERNET:ann@example.com",
        "TEL;CELL;PREF:+1 555",
        'ADR;LABEL="Main St: 1";TYPE=work:;;Main St 1;Town;;;',
        "FN:",
        "BEGIN:VCARD",
    ],
)
def test_lines_read_as_vobject_reads_them(line: str) -> None:
    from vobject.base import parseLine

    from planner.interchange.vcard import _parse_line

    assert _parse_line(line, 1) == parseLine(line, 1)


@given(st.text(alphabet="ABNTLE-_.;:=\"' ,é\\\n", max_size=30))
def test_any_line_reads_as_vobject_reads_it(line: str) -> None:
    from vobject.base import ParseError, parseLine

    from planner.interchange.vcard import _parse_line

    try:
        expected = parseLine(line, 1)
    except ParseError:
        with pytest.raises(ParseError):
            _parse_line(line, 1)
        return
    assert _parse_line(line, 1) == expected
