"""Edit → Undo of the main window: an import's undo runs on a worker while the window waits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from planner import APP_NAME
from planner.domain.imports import UndoImportResult
from planner.ui.controller import Controller
from planner.ui.undo import FinalUndoCommand

if TYPE_CHECKING:
    from planner.ui.import_undo_runner import ImportUndoRunner

# What the rep does to the window; painting, resizing, moving and timers are not held.
_HELD = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.DragEnter,
        QEvent.Type.DragMove,
        QEvent.Type.Drop,
        QEvent.Type.TouchBegin,
    }
)


class _InputHold(QObject):
    """Installed on the application while an undo runs: the rep's clicks, keys, shortcuts and
    drops are dropped and the window does not close, so no edit, second undo or other file
    starts meanwhile; the window keeps painting, as a modal dialog's parent does."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Close and watched is self._window:
            event.ignore()  # the undo's outcome is shown in this window when it is over
            return True
        return kind in _HELD


class WindowUndo(QObject):
    """Runs Edit → Undo: an import's step on a worker's connection, every other step at once.

    Taking an import back rewrites thousands of rows (half a second on a big plan); on the
    GUI thread that froze the window. Here it runs as one transaction on the worker that
    File → Undo import… uses (`ImportUndoRunner`), under the shared write lock, on the file
    the window opened. Meanwhile the window keeps painting and waits quietly: a wait cursor,
    a status-bar line, Undo and Redo disabled, and the rep's input held (`_InputHold`), so a
    second Ctrl+Z is refused rather than queued (it would undo a step the rep has not seen
    yet). Once it has committed, the step leaves the stack (an import's undo is final) and
    the views reload; a refused undo changed nothing, says why plainly (the controller's
    `failed`) and leaves the step where it was, to try again.
    """

    def __init__(
        self,
        window: QMainWindow,
        controller: Controller,
        undo_action: QAction,
        redo_action: QAction,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self._undo_action = undo_action
        self._redo_action = redo_action
        self._hold = _InputHold(window)
        self._runner: ImportUndoRunner | None = None
        self._step_text = ""

    @property
    def runner(self) -> ImportUndoRunner:
        """The worker (made on the first import's undo: most sessions never need it)."""
        if self._runner is None:
            from planner.ui.import_undo_runner import ImportUndoRunner

            self._runner = ImportUndoRunner(self.controller, self)
            self._runner.finished.connect(self._on_runner_finished)
            self._runner.failed.connect(self._on_runner_failed)
        return self._runner

    @property
    def running(self) -> bool:
        """True while an import's undo runs on the worker."""
        return self._runner is not None and self._runner.running

    def undo(self) -> bool:
        """Undo the next step (the caller has asked the rep about a final one).

        False when refused: an undo is still running, or there is no step.
        """
        if self.running or not self.controller.undo_stack.canUndo():
            return False
        step = self.controller.next_import_step()
        if step is None:
            self.controller.undo_stack.undo()
            return True
        self._begin(step)
        assert step.batch_id is not None
        return self.runner.start(step.batch_id, step)

    def may_leave(self) -> bool:
        """False, with a plain message, while an undo runs: another file must not be opened
        before it is over (its outcome belongs to this window)."""
        if not self.running:
            return True
        QMessageBox.information(
            self.window,
            APP_NAME,
            self.tr("An import is being undone; open the other file once that is over."),
        )
        return False

    def _begin(self, step: FinalUndoCommand) -> None:
        self._step_text = step.text()
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self._hold)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._undo_action.setEnabled(False)
        self._redo_action.setEnabled(False)
        self.window.statusBar().showMessage(
            self.tr("Undoing: {action}…").format(action=self._step_text)
        )

    def _end(self) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        app.removeEventFilter(self._hold)
        QGuiApplication.restoreOverrideCursor()
        stack = self.controller.undo_stack
        self._undo_action.setEnabled(stack.canUndo())
        self._redo_action.setEnabled(stack.canRedo())

    def _on_runner_finished(self, _result: UndoImportResult | None) -> None:
        self._end()
        # The worker's connection wrote it and the views have reloaded: the watcher for other
        # programs' writes must not reload them all again.
        watcher = getattr(self.window, "external_changes", None)
        if watcher is not None:
            watcher.absorb()
        self.window.statusBar().showMessage(
            self.tr("Undone: {action}").format(action=self._step_text), 8000
        )

    def _on_runner_failed(self, message: str) -> None:
        self._end()
        self.controller.failed.emit(message)  # the window says it plainly; the step stays
