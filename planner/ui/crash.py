"""Unexpected errors in the GUI: a dialog with details to copy, a private log, and carry on."""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from planner import APP_NAME, __version__
from planner.domain.errors import PlannerError
from planner.ui.i18n import translate

if TYPE_CHECKING:
    import logging

# The log's name, kept here for the dialog; the log itself (logging.handlers) is set up on the
# first report (planner.ui.crash_log), not during start-up.
LOG_NAME = "crash.log"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def _details(exc_info: ExcInfo) -> str:
    return "".join(traceback.format_exception(*exc_info)).rstrip()


class _Relay(QObject):
    """Carries reports from other threads to the GUI thread."""

    reported = Signal(object)


class CrashHandler:
    """Installed as sys.excepthook: logs every unexpected exception and tells the user."""

    def __init__(
        self,
        log_dir: Path,
        parent: Callable[[], QWidget | None] = lambda: None,
        *,
        show_dialogs: bool = True,
    ) -> None:
        self.log_dir = log_dir
        self.log_path = log_dir / LOG_NAME
        self._logger: logging.Logger | None = None
        self.parent = parent
        self.show_dialogs = show_dialogs
        self.dialog: QMessageBox | None = None
        self.count = 0
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._relay = _Relay()
        self._relay.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._busy = False

    @property
    def logger(self) -> logging.Logger:
        """The crash log, opened on the first report (start-up does not pay for `logging`)."""
        if self._logger is None:
            from planner.ui.crash_log import crash_logger

            self._logger = crash_logger(self.log_path)
        return self._logger

    def install(self) -> CrashHandler:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous_thread_hook

    def log(self, exc_info: ExcInfo) -> None:
        """Write the exception to the log alone; never raises. For a fault the rep need not see
        (the start's first frame: the window opens as before without it), and for every one
        `handle` shows."""
        exc_type, exc_value, _ = exc_info
        self.count += 1
        try:
            if isinstance(exc_value, PlannerError):
                self.logger.warning("%s: %s", exc_type.__name__, exc_value)
            else:
                self.logger.error(
                    "Unexpected error in %s %s\n%s", APP_NAME, __version__, _details(exc_info)
                )
        except Exception:  # a full disk must not turn one error into two
            traceback.print_exception(*exc_info)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(
        self,
        exc_type: type[BaseException],
        exc_value: BaseException,
        exc_tb: TracebackType | None,
    ) -> None:
        """Log the exception, then show it (on the GUI thread); never raises."""
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        exc_info: ExcInfo = (exc_type, exc_value, exc_tb)
        self.log(exc_info)
        if not self.show_dialogs or QApplication.instance() is None:
            return
        if threading.current_thread() is threading.main_thread():
            self._show(exc_info)
        else:
            self._relay.reported.emit(exc_info)

    def _show(self, exc_info: ExcInfo) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            if self.dialog is not None and self.dialog.isVisible():
                # One dialog at a time: a burst of errors adds to the one already shown.
                self.dialog.setDetailedText(f"{self.dialog.detailedText()}\n\n{_details(exc_info)}")
                return
            self.dialog = self._dialog(exc_info)
            self.dialog.show()
        finally:
            self._busy = False

    def _dialog(self, exc_info: ExcInfo) -> QMessageBox:
        _, value, _ = exc_info
        box = QMessageBox(self.parent())
        box.setObjectName("crashDialog")
        box.setWindowTitle(APP_NAME)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        if isinstance(value, PlannerError):
            # The user's environment (a full disk, a locked file): what happened and what to do.
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(str(value))
        else:
            box.setIcon(QMessageBox.Icon.Critical)
            box.setText(
                translate(
                    "CrashHandler",
                    "Something went wrong inside Nurture Planner. Everything saved before this "
                    "is safe, and you can keep working; if it happens again, please report it "
                    "with the details below.",
                )
            )
            box.setInformativeText(
                translate("CrashHandler", "The details were also written to {path}.").format(
                    path=self.log_path
                )
            )
            box.setDetailedText(_details(exc_info))
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.finished.connect(self._on_dialog_finished)
        return box

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None


def install_crash_handler(
    log_dir: Path, parent: Callable[[], QWidget | None] = lambda: None
) -> CrashHandler:
    """Route unexpected exceptions to a dialog and to `log_dir/crash.log`; the app keeps running.

    Keep the returned handler (it owns the dialog); `uninstall()` puts the old hooks back.
    """
    return CrashHandler(log_dir, parent).install()
