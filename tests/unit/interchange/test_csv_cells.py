"""Cells converted into records: numbers, choices, dates and Google's joined values."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain.errors import ValidationError
from planner.domain.model import CompanyKind, ContactLevel
from planner.interchange.csv_cells import (
    company_record,
    contact_record,
    first_value,
    touchpoint_record,
    unformula,
)


def test_google_joins_values_and_the_export_guards_formulas() -> None:
    assert first_value(" a@x.de ::: b@x.de") == "a@x.de"
    assert unformula("'=SUM(A1)") == "=SUM(A1)"
    assert unformula("'plain") == "'plain"


def test_a_contact_row_with_a_full_name_and_a_level_label() -> None:
    record = contact_record({"full_name": "Ann Lee", "level": "Executive", "email": "A@X.DE "})
    assert (record.first_name, record.last_name) == ("Ann", "Lee")
    assert record.level is ContactLevel.EXECUTIVE


def test_an_account_row_is_checked_cell_by_cell() -> None:
    record = company_record({"name": " Acme ", "kind": "customer", "margin_percent": "12.5"})
    assert (record.name, record.kind, record.margin_percent) == ("Acme", CompanyKind.CUSTOMER, 12.5)
    with pytest.raises(ValidationError, match="is above 100"):
        company_record({"name": "Acme", "margin_percent": "120"})
    with pytest.raises(ValidationError, match="is not one of"):
        company_record({"name": "Acme", "kind": "friend"})
    with pytest.raises(ValidationError, match="does not exist"):
        company_record({"name": "Acme", "contract_end": "2026-02-30"})


def test_a_touchpoint_row_needs_a_day_and_an_account() -> None:
    record = touchpoint_record({"date": "2026-12-07", "company": "Acme"}, "Europe/Berlin")
    assert (record.day, record.tz) == (date(2026, 12, 7), "Europe/Berlin")
    with pytest.raises(ValidationError, match="has no date"):
        touchpoint_record({"company": "Acme"}, "UTC")
    with pytest.raises(ValidationError, match="not a known time zone"):
        touchpoint_record({"date": "2026-12-07", "company": "A", "timezone": "Mars/X"}, "UTC")
