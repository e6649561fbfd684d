"""Records read from files: e-mail cleaning, contact checks, name splitting and row labels."""

from __future__ import annotations

from datetime import date, time

import pytest

from planner.domain.model import Channel
from planner.domain.text import Template
from planner.interchange.records import (
    CompanyRecord,
    ContactRecord,
    SourceRow,
    Target,
    TouchPointRecord,
    check_contact,
    clean_email,
    split_full_name,
)


@pytest.mark.parametrize(
    "text",
    [
        "ann@example.com",
        " mailto:ann@example.com ",
        "<ann@example.com>",
        "MAILTO:<ann@example.com>",
        "<mailto:ann@example.com>",
        " < mailto: ann@example.com > ",
    ],
)
def test_clean_email_drops_mailto_and_brackets(text: str) -> None:
    assert clean_email(text) == "ann@example.com"


@pytest.mark.parametrize(
    ("full", "first", "last"),
    [
        ("Ann Lee", "Ann", "Lee"),
        ("Ann  Marie   Lee", "Ann Marie", "Lee"),
        ("Lee, Ann", "Ann", "Lee"),
        ("Cher", "Cher", ""),
        ("", "", ""),
    ],
)
def test_split_full_name(full: str, first: str, last: str) -> None:
    assert split_full_name(full) == (first, last)


def test_a_contact_needs_a_name_and_a_well_formed_email() -> None:
    assert check_contact(ContactRecord("Ann", "Lee", email="ann@example.com")) == ""
    assert check_contact(ContactRecord(last_name="Lee")) == ""
    assert "e-mail ann@example.com" in check_contact(ContactRecord(email="ann@example.com"))
    assert "only the company 'Acme'" in check_contact(ContactRecord(company="Acme"))
    assert check_contact(ContactRecord()) == "has no name"
    assert "is not an e-mail address" in check_contact(ContactRecord("Ann", email="ann at example"))


def test_labels_name_the_row_the_way_people_know_it() -> None:
    assert ContactRecord("Ann", "Lee", company="Acme").label == "Ann Lee (Acme)"
    assert ContactRecord("Ann").label == "Ann"
    assert CompanyRecord("Acme").label == "Acme"
    call = TouchPointRecord(
        date(2026, 11, 23), "Acme", "Ann Lee", time(9, 30), channel=Channel.CALL
    )
    assert call.label == "2026-11-23 09:30 Acme, Ann Lee: Call"
    titled = TouchPointRecord(date(2026, 11, 23), "Acme", title="Kick-off")
    assert titled.label == "2026-11-23 Acme: Kick-off"
    assert TouchPointRecord(date(2026, 11, 23), "Acme").label == "2026-11-23 Acme"


def test_a_row_is_valid_only_with_a_value_and_targets_have_labels() -> None:
    assert SourceRow(2, 1, ContactRecord("Ann")).is_valid
    assert not SourceRow(3, 2, None, "has no name").is_valid
    assert all(isinstance(t.label, Template) for t in Target)
