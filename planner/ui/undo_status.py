"""The status bar's account of the last step: saved, undone or redone, named as the stack names it."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QStatusBar

_SHOWN_MS = 6000


class UndoStatus(QObject):
    """Says in the status bar what the undo stack just did, so it always describes the plan now.

    An action reads "Saved: …  (Ctrl+Z to undo)"; Ctrl+Z then reads "Undone: …" and a redo
    "Redone: …". A push and a redo both move the stack's index up: a redo brings back the
    very command that was next to redo, a push brings a new one.
    """

    def __init__(self, stack: QUndoStack, status_bar: QStatusBar, parent: QObject) -> None:
        super().__init__(parent)
        self._stack = stack
        self._bar = status_bar
        self._index = stack.index()
        self._next_redo = self._command(stack.index())
        stack.indexChanged.connect(self._on_stack_index_changed)

    def _command(self, index: int) -> QUndoCommand | None:
        stack = self._stack
        return stack.command(index) if 0 <= index < stack.count() else None

    def forget(self) -> None:
        """Clear the message: a refused undo or redo steps the stack back and changes nothing."""
        self._bar.clearMessage()

    def _on_stack_index_changed(self, index: int) -> None:
        previous, self._index = self._index, index
        next_redo, self._next_redo = self._next_redo, self._command(index)
        if self._stack.count() == 0:
            return  # cleared (after a merge): there is no step to speak of
        if index < previous:
            step = self._stack.text(index)
            message = self.tr("Undone: {action}  (Ctrl+Shift+Z to redo)").format(action=step)
        elif index > previous:
            step = self._stack.text(index - 1)
            command = self._command(index - 1)
            if command is not None and command is next_redo:
                message = self.tr("Redone: {action}  (Ctrl+Z to undo)").format(action=step)
            else:
                message = self.tr("Saved: {action}  (Ctrl+Z to undo)").format(action=step)
        else:
            return
        self._bar.showMessage(message, _SHOWN_MS)
