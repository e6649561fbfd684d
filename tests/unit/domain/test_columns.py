"""The column tables name the fields of the records they stand for, each once."""

from __future__ import annotations

import dataclasses

from planner.domain.columns import ADDRESS_FIELDS, CONTACT_COLUMNS
from planner.domain.model import Company, Contact


def test_the_address_fields_are_an_accounts_fields() -> None:
    fields = {f.name for f in dataclasses.fields(Company)}
    assert set(ADDRESS_FIELDS) <= fields
    assert len(set(ADDRESS_FIELDS)) == len(ADDRESS_FIELDS)


def test_the_contact_columns_are_a_contacts_own_fields() -> None:
    own = [f.name for f in dataclasses.fields(Contact) if f.name not in ("id", "company_id")]
    assert list(CONTACT_COLUMNS) == own
