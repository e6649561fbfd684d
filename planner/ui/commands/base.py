"""What every group of the controller's commands shares: the table names and the undo checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from planner.domain.errors import ChangedSinceError
from planner.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from planner.domain.timing import Clock
    from planner.storage import Store

TOUCHPOINTS = "touchpoints"
COMPANIES = "companies"
CONTACTS = "contacts"
CONTENT = "content"
SETTINGS = "settings"
DISMISSALS = "dismissals"
ALL = frozenset({TOUCHPOINTS, COMPANIES, CONTACTS, CONTENT, SETTINGS, DISMISSALS})

_RECORD_CHANGED = QT_TRANSLATE_NOOP(
    "Errors",
    "The record was changed since (perhaps from the command line or another window); "
    "it was left as it is now, so that change is not lost.",
)


def expect_unchanged(stored: object, expected: object) -> None:
    """Undo and redo overwrite a record only while it is as this step left it."""
    if stored != expected:
        raise ChangedSinceError(_RECORD_CHANGED)


def record_id(record: Any) -> int:
    """The id of a stored record (every record handed to the controller has been saved)."""
    value = record.id
    assert isinstance(value, int), "record has not been saved"
    return value


class Commands:
    """A group of the controller's commands; the Controller supplies what is declared here."""

    def tr(self, source: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        """`source` translated in the context of the group (the class) that says it.

        Each group's texts are extracted under its own class name. Qt's own lookup tries the
        object's classes in turn too, but stops at the first whose answer differs from the
        source, and a count's untranslated answer always does ("%Ln" filled in).
        """
        plain = QCoreApplication.translate("", source, disambiguation, n)
        for cls in type(self).__mro__:
            found = QCoreApplication.translate(cls.__name__, source, disambiguation, n)
            if found != plain:
                return found
        return plain

    if TYPE_CHECKING:
        store: Store
        clock: Clock
        undo_stack: QUndoStack

        def refresh_all(self) -> None: ...

        def _push(
            self,
            text: str,
            tables: frozenset[str],
            undo: Callable[[], object],
            redo: Callable[[], object],
            question: str = "",
        ) -> None: ...
