"""Property tests for the dialogs' number and date fields: a value or one plain FieldError."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QWidget

from planner.ui.dialogs.fields import FieldError, parse_date_text, parse_number


def _attempt(parse: Callable[[], object]) -> tuple[Any, FieldError | None]:
    try:
        return parse(), None
    except FieldError as error:
        return None, error


_typed = st.one_of(
    st.text(max_size=30),
    st.from_regex(r"\s*[-+]?[0-9 .,'\u00a0]{0,12}\s*%?\s*", fullmatch=True),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.integers().map(str),
)


@settings(max_examples=200, deadline=None)
@given(text=_typed, whole=st.booleans())
def test_parse_number_gives_a_number_none_or_a_field_error(qapp, text: str, whole: bool) -> None:
    widget = QWidget()
    value, error = _attempt(lambda: parse_number(text, "Deal size", widget, whole=whole))
    if error is not None:
        assert str(error).startswith("Deal size must be")
        assert "\n" not in str(error)
        assert error.widget is widget
        return
    if not text.strip():
        assert value is None
        return
    assert isinstance(value, float)
    assert math.isfinite(value)
    if whole:
        assert value == int(value)


@pytest.mark.parametrize("text", ["inf", "-INF", "nan", "Infinity", "1e999"])
@pytest.mark.parametrize("whole", [False, True])
def test_infinity_and_nan_are_not_amounts(qapp, text: str, whole: bool) -> None:
    value, error = _attempt(lambda: parse_number(text, "Deal size", QWidget(), whole=whole))
    assert value is None
    assert error is not None


@settings(max_examples=100, deadline=None)
@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False))
def test_plain_numbers_read_back(qapp, number: float) -> None:
    assert parse_number(repr(number), "Amount", QWidget()) == number


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=30), st.dates().map(date.isoformat)))
def test_parse_date_text_gives_a_date_none_or_a_field_error(qapp, text: str) -> None:
    widget = QWidget()
    value, error = _attempt(lambda: parse_date_text(text, "Contract end", widget))
    if error is not None:
        assert str(error).startswith("Contract end must be a date")
        assert error.widget is widget
        return
    assert value is None if not text.strip() else isinstance(value, date)


@given(st.dates())
def test_iso_dates_read_back(qapp, day: date) -> None:
    assert parse_date_text(day.isoformat(), "Day", QWidget()) == day
