"""Noticing writes other programs make to the open plan file, so the window shows them too."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from planner.domain.errors import StorageError
from planner.storage.reader import data_version
from planner.ui.controller import Controller

# How often the file is asked; the question is answered from memory and costs microseconds.
POLL_MS = 1500


class ExternalChanges(QObject):
    """Polls SQLite's data_version on a timer and whenever the app becomes active.

    The number moves only when another connection commits — the command line, another
    process, a calendar sync — never for this window's own writes. When it moves, every view
    reloads and the plan is computed again (`Controller.refresh_all`), as after an edit here.
    """

    noticed = Signal()

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._version = self._read()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)
        if controller.store.path is not None:
            self._timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state_changed)

    def _read(self) -> int | None:
        try:
            return data_version(self.controller.store)
        except StorageError:
            return None  # the file is gone or damaged: the next action says so in words

    def check(self) -> bool:
        """Refresh the views if another program wrote since the last look; True if it did."""
        version = self._read()
        if version is None or version == self._version:
            return False
        self._version = version
        self.controller.refresh_all()
        self.noticed.emit()
        return True

    def absorb(self) -> None:
        """Take the file as it is now as seen: after this window's own write through another
        connection (its calendar sync), which has already refreshed what it changed."""
        version = self._read()
        if version is not None:
            self._version = version

    def stop(self) -> None:
        """Stop looking (the window closes)."""
        self._timer.stop()

    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self._timer.isActive():
            self.check()
