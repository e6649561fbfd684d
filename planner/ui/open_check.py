"""A plan that was not closed cleanly is checked on a thread before it opens, with a progress
dialog the rep can cancel: reading a large book whole takes seconds, and the window must answer.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from planner import APP_NAME
from planner.domain.errors import StorageError
from planner.storage.folders import Folders
from planner.storage.unclean_check import UncleanCheck
from planner.ui.collector import collection_paused
from planner.ui.i18n import error_text

# The dialog shows only when the check takes longer than this: a small plan is checked unseen.
SHOW_AFTER_MS = 400


class _Done(QObject):
    """Carries the end of the check from its thread to the GUI thread's event loop."""

    finished = Signal()


class OpenCheck(QObject):
    """Runs the checks of one file on a thread while the event loop turns; `run` waits for them."""

    def __init__(self, path: Path, folders: Folders, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.check = UncleanCheck(path, folders)
        self.refusal: str | None = None  # why the file may not open, once checked
        self.dialog = QProgressDialog(
            self.tr(
                "Checking {file}…\n"
                "It was not closed properly last time, so it is read once to make sure it is "
                "sound before it opens."
            ).format(file=path.name),
            self.tr("Cancel"),
            0,
            0,
            parent,
        )
        self.dialog.setObjectName("openCheckDialog")
        self.dialog.setWindowTitle(APP_NAME)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        # Shown by the timer below: a busy dialog (no steps to count) never reaches the point
        # where QProgressDialog's own minimum duration would show it.
        self._show = QTimer(self)
        self._show.setSingleShot(True)
        self._show.setInterval(SHOW_AFTER_MS)
        self._show.timeout.connect(self.dialog.show)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        # Stopped again until it has ended: SQLite drops an interrupt between two statements.
        self._stopping = QTimer(self)
        self._stopping.setInterval(100)
        self._stopping.timeout.connect(self.check.stop)
        self.dialog.canceled.connect(self.check.stop)
        self.dialog.canceled.connect(self._stopping.start)
        self._done = _Done()
        self._loop = QEventLoop(self)
        self._done.finished.connect(self._loop.quit, Qt.ConnectionType.QueuedConnection)

    def run(self) -> str | None:
        """Check the file; None when it may open, else the plain message why it may not."""
        ended = threading.Event()

        def work() -> None:
            try:
                # No collection on this thread: it would free the GUI thread's Qt objects here.
                with collection_paused():
                    self.check.run()
            except StorageError as error:
                # Its text only: the error's traceback holds this frame, and with it this object.
                self.refusal = error_text(error)
            finally:
                ended.set()
                self._done.finished.emit()

        worker = threading.Thread(target=work, name="plan check", daemon=True)
        self._show.start()
        worker.start()
        if not ended.is_set():
            # The queued end arrives in this loop even when the check was over before it ran.
            self._loop.exec()
        worker.join()
        self._show.stop()
        self._stopping.stop()
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()
        return self.refusal


def check_before_open(path: Path, folders: Folders, parent: QWidget | None = None) -> str | None:
    """Check a plan not closed cleanly before it opens; None when it may, else why not."""
    return OpenCheck(path, folders, parent).run()
