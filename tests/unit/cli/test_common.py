"""The command line's shared pieces: the clock, JSON, name lookup with hints, errors and tables."""

from __future__ import annotations

import errno
import io
import json
from datetime import date, datetime, time
from pathlib import Path

import pytest

from planner.cli.common import (
    EXIT_ERROR,
    clock_for,
    day_heading,
    find_company,
    find_contact,
    format_table,
    one_line,
    report_error,
    to_json,
)
from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.model import Channel, Company, Contact
from planner.domain.timing import FixedClock, SystemClock
from planner.storage import Store


def test_today_fixes_the_clock_at_nine_and_none_is_the_real_clock() -> None:
    clock = clock_for("2026-11-23")
    assert isinstance(clock, FixedClock)
    assert clock.today() == date(2026, 11, 23)
    assert clock.now().time() == time(9, 0)
    assert isinstance(clock_for(None), SystemClock)
    with pytest.raises(ValidationError, match="--today"):
        clock_for("23.11.2026x")


def test_json_writes_enums_dates_and_paths_as_text_and_keeps_accents() -> None:
    value = {"c": Channel.CALL, "d": date(2026, 11, 23), "t": time(9, 5), "p": Path("/x/ä")}
    value["m"] = datetime(2026, 11, 23, 9, 0)
    text = to_json(value)
    assert json.loads(text) == {
        "c": "call",
        "d": "2026-11-23",
        "t": "09:05:00",
        "p": "/x/ä",
        "m": "2026-11-23T09:00:00",
    }
    assert "ä" in text
    with pytest.raises(TypeError, match="set is not JSON serialisable"):
        to_json({"s": {1}})


def test_an_unknown_account_name_suggests_similar_ones(store: Store) -> None:
    store.companies.add(Company("Brightwater Foods"))
    store.companies.add(Company("Brightline Logistics"))
    assert find_company(store, "brightwater foods").name == "Brightwater Foods"
    with pytest.raises(NotFoundError, match=r"Did you mean: Brightwater Foods\?"):
        find_company(store, "Brightwater Drinks")
    with pytest.raises(NotFoundError, match="An account name is needed"):
        find_company(store, "  ")


def test_an_unknown_contact_at_an_account_lists_who_works_there(store: Store) -> None:
    acme = store.companies.add(Company("Acme"))
    empty = store.companies.add(Company("Empty"))
    store.contacts.add(Contact("Jane", "Doe", company_id=acme.id))
    assert find_contact(store, "jane doe", acme).first_name == "Jane"
    with pytest.raises(NotFoundError, match=r"at Acme .* Contacts there: Jane Doe\."):
        find_contact(store, "John", acme)
    with pytest.raises(NotFoundError, match="It has no contacts yet"):
        find_contact(store, "John", empty)
    with pytest.raises(NotFoundError, match=r"Did you mean: Jane Doe\?"):
        find_contact(store, "Janet Doe")


def test_errors_are_one_plain_line_and_bugs_are_called_internal() -> None:
    assert one_line("two\n  lines") == "two lines"
    assert one_line(KeyError()) == "KeyError"
    out = io.StringIO()
    assert report_error(ValidationError("Bad\ndate."), out) == EXIT_ERROR
    assert report_error(OSError(errno.ENOSPC, "No space left on device"), out) == EXIT_ERROR
    report_error(ZeroDivisionError("division by zero"), out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "nurture-planner: error: Bad date."
    assert lines[1].startswith("nurture-planner: error: ")
    assert "Errno" not in lines[1]
    assert lines[2] == "nurture-planner: internal error: ZeroDivisionError: division by zero"


def test_tables_align_columns_without_trailing_spaces() -> None:
    lines = format_table(["Name", "Kind"], [["Acme Corp", "prospect"], ["B", ""]])
    assert lines == [
        "Name       Kind",
        "---------  --------",
        "Acme Corp  prospect",
        "B",
    ]


def test_day_headings_are_english_whatever_the_locale() -> None:
    assert day_heading(date(2026, 11, 23)) == "Mon 23 Nov 2026"
    assert day_heading(date(2027, 1, 3)) == "Sun 03 Jan 2027"
