"""The status bar's account of the last step: saved, undone or redone, by the step's name."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStatusBar

_SHOWN_MS = 6000


class UndoStatus(QObject):
    """Says in the status bar what the undo stack just did, so it always describes the plan now.

    An action reads "Saved: …  (Ctrl+Z to undo)"; Ctrl+Z then reads "Undone: …" and a redo
    "Redone: …". A push and a redo both move the stack's index up: a redo keeps the steps
    there are and brings back the one that was next to redo. (A new action named like the
    step it replaces reads "Redone", which still tells the plan as it is.) Only counts and
    names are kept: the stack owns and deletes its commands.
    """

    def __init__(self, stack: QUndoStack, status_bar: QStatusBar, parent: QObject) -> None:
        super().__init__(parent)
        self._stack = stack
        self._bar = status_bar
        self._index = stack.index()
        self._count = stack.count()
        self._next_redo = self._redo_text()
        stack.indexChanged.connect(self._on_stack_index_changed)

    def _redo_text(self) -> str | None:
        stack = self._stack
        return stack.text(stack.index()) if stack.index() < stack.count() else None

    def forget(self) -> None:
        """Clear the message: a refused undo or redo steps the stack back and changes nothing."""
        self._bar.clearMessage()

    def _on_stack_index_changed(self, index: int) -> None:
        if not (shiboken6.isValid(self._stack) and shiboken6.isValid(self._bar)):
            return  # the stack clears itself while the window is being destroyed
        previous, self._index = self._index, index
        count, self._count = self._count, self._stack.count()
        next_redo, self._next_redo = self._next_redo, self._redo_text()
        if self._stack.count() == 0:
            return  # cleared (after a merge): there is no step to speak of
        if index < previous:
            step = self._stack.text(index)
            message = self.tr("Undone: {action}  (Ctrl+Shift+Z to redo)").format(action=step)
        elif index > previous:
            step = self._stack.text(index - 1)
            if count == self._count and step == next_redo:
                message = self.tr("Redone: {action}  (Ctrl+Z to undo)").format(action=step)
            else:
                message = self.tr("Saved: {action}  (Ctrl+Z to undo)").format(action=step)
        else:
            return
        self._bar.showMessage(message, _SHOWN_MS)
