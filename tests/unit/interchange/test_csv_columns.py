"""The vendors' header tables, header signatures and the mappings they imply."""

from __future__ import annotations

import pytest

from planner.domain.columns import CONTACT_COLUMNS
from planner.domain.errors import ValidationError
from planner.interchange.csv_columns import (
    CONTACT_HEADERS,
    ColumnMapping,
    default_mapping,
    header_key,
    header_signature,
)
from planner.interchange.detect import ImportFormat
from planner.interchange.records import Target
from planner.storage.contacts import COLUMNS


def test_the_contact_columns_are_written_once() -> None:
    assert ("id", "company_id", *CONTACT_COLUMNS) == COLUMNS
    assert [h for h in CONTACT_HEADERS if h != "company"] == list(CONTACT_COLUMNS)


def test_headers_compare_without_case_or_punctuation() -> None:
    assert header_key("E-mail 1 - Value") == header_key("email1value") == "email1value"


def test_signatures_recognise_the_vendors() -> None:
    linkedin = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position"]
    assert header_signature(ImportFormat.LINKEDIN, linkedin) is Target.CONTACTS
    assert header_signature(ImportFormat.GOOGLE, linkedin) is None
    assert header_signature(ImportFormat.PLANNER, CONTACT_HEADERS) is Target.CONTACTS


def test_a_known_format_maps_its_columns_in_order() -> None:
    headers = ["Given Name", "Family Name", "E-mail 2 - Value", "E-mail 1 - Value"]
    mapping = default_mapping(ImportFormat.GOOGLE, Target.CONTACTS, headers)
    assert mapping.columns["email"] == ("E-mail 1 - Value", "E-mail 2 - Value")
    assert mapping.column("first_name") == "Given Name"
    assert mapping.problem() == ""


def test_a_mapping_needs_a_name_and_knows_its_fields() -> None:
    mapping = ColumnMapping(Target.CONTACTS)
    assert "first name" in mapping.problem()
    assert mapping.with_column("email", "Mail").column("email") == "Mail"
    with pytest.raises(ValidationError):
        mapping.with_column("revenue", "Mail")
