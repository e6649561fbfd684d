"""The error classes: what people can act on is a PlannerError, and messages keep their template."""

from __future__ import annotations

import pytest

from planner.domain.errors import (
    AmbiguousError,
    ChangedSinceError,
    DatabaseLockedError,
    DiskFullError,
    NewerSchemaError,
    NotADatabaseError,
    NotFoundError,
    PlannerError,
    ReadOnlyDatabaseError,
    StorageError,
    ValidationError,
    message,
)
from planner.domain.text import QT_TRANSLATE_NOOP, Text


@pytest.mark.parametrize(
    "error",
    [
        NotADatabaseError,
        DatabaseLockedError,
        ReadOnlyDatabaseError,
        DiskFullError,
        NewerSchemaError,
    ],
)
def test_the_environments_errors_are_storage_errors(error: type[Exception]) -> None:
    assert issubclass(error, StorageError)
    assert issubclass(error, PlannerError)


@pytest.mark.parametrize(
    "error", [ValidationError, NotFoundError, AmbiguousError, ChangedSinceError]
)
def test_input_errors_are_planner_errors_but_not_storage_errors(error: type[Exception]) -> None:
    assert issubclass(error, PlannerError)
    assert not issubclass(error, StorageError)


def test_message_gives_back_the_marked_text_as_raised() -> None:
    text = QT_TRANSLATE_NOOP("Errors", "No account called {name}.").format(name="Fabrikam")
    raised = NotFoundError(text)
    assert isinstance(message(raised), Text)
    assert message(raised) is text
    assert message(raised) == "No account called Fabrikam."


def test_message_of_a_plain_or_many_argument_error_is_its_str() -> None:
    assert message(ValueError("plain")) == "plain"
    assert message(OSError(28, "No space left on device")) == str(
        OSError(28, "No space left on device")
    )
    assert message(RuntimeError()) == ""
