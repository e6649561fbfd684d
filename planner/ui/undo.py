"""Undo commands: each user action is done once, then undone and redone through the store."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.domain.errors import PlannerError
from planner.ui.i18n import error_text


class ActionCommand(QUndoCommand):
    """An action already carried out when pushed; undo and redo call back into the store.

    The first redo() that QUndoStack.push() makes is skipped: the controller has done the
    work (and reported any error) before pushing, so a failing action never reaches the
    stack. When the store refuses a later undo or redo (a locked, read-only or full file),
    nothing changed, so the error goes to `on_error` and the stack is stepped back to where
    it was, with the store's state: the command stays and the rep can try again.
    """

    def __init__(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        on_done: Callable[[], None],
        on_error: Callable[[str], None],
        stack: QUndoStack,
    ) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._on_done = on_done
        self._on_error = on_error
        self._stack = stack
        self._pushed = False
        # Set when a refused undo or redo is being stepped back: that step changes nothing.
        self._stepping_back = False

    def _run(self, action: Callable[[], object], step_back: Callable[[], None]) -> None:
        if self._stepping_back:
            self._stepping_back = False
            return
        try:
            action()
        except PlannerError as error:
            # The stack moves its index once this returns: step it back afterwards, and only
            # then report (a message box runs an event loop of its own).
            self._stepping_back = True
            message = error_text(error)

            def step_back_and_report() -> None:
                step_back()
                self._on_error(message)

            QTimer.singleShot(0, step_back_and_report)
            return
        self._on_done()

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(self._redo, self._stack.undo)

    def undo(self) -> None:
        self._run(self._undo, self._stack.redo)


class FinalUndoCommand(ActionCommand):
    """A step whose undo cannot be redone (taking an import back): once undone it leaves the
    stack, so Redo never does it again behind the rep's back; `question` is asked first.

    A step with a `batch_id` (an import) is undone by the window on a worker's connection,
    off the GUI thread (`planner.ui.window_undo`); once that has committed, `taken_back`
    takes the step off the stack without running the undo a second time.
    """

    def __init__(self, question: str, *args: Any) -> None:
        super().__init__(*args)
        self.question = question
        self.batch_id: int | None = None
        # Set by `taken_back`: the undo is done already, the next undo() only leaves the stack.
        self._done_elsewhere = False

    def taken_back(self) -> None:
        """Take this step off the stack: its undo was carried out elsewhere (on a worker).

        It must be the step Ctrl+Z undoes next; the views hear of the change as after any undo.
        """
        stack = self._stack
        index = stack.index()
        assert index > 0, "no step to undo"
        assert stack.command(index - 1) is self, "not the next step to undo"
        self._done_elsewhere = True
        stack.undo()

    def undo(self) -> None:
        if self._done_elsewhere:
            self._done_elsewhere = False
            self.setObsolete(True)
            self._on_done()
            return
        super().undo()
        if not self._stepping_back:
            self.setObsolete(True)
