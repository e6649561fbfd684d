"""The open plan: its store, controller and main window, and moving the window to another file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QMessageBox

from planner import APP_NAME
from planner.domain.errors import StorageError
from planner.domain.timing import Clock
from planner.paths import demo_database
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow


class Session(QObject):
    """Owns one store and the window on it; File → Open another database file lands here.

    Opening another file opens its store first: if that fails (locked, not a database …) the
    plain message is shown and the current file stays open. On success a new window takes the
    old one's place and the old store closes once its window is gone.
    """

    def __init__(
        self, clock: Clock, settings: QSettings | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.settings = settings
        self.store: Store | None = None
        self.window: MainWindow | None = None

    def open(self, db_path: Path, *, demo: bool = False, show: bool = True) -> str | None:
        """Open `db_path` in a new window; returns the plain error message if it cannot."""
        try:
            store = Store.open(db_path, self.clock)
        except StorageError as error:
            return str(error)
        previous_window, previous_store = self.window, self.store
        controller = Controller(store, self.clock)
        window = MainWindow(controller, db_path, demo=demo, settings=self.settings)
        window.open_another_requested.connect(self._on_window_open_another_requested)
        self.store, self.window = store, window
        if show:
            window.show()
        if previous_window is not None:
            if previous_store is not None:
                previous_window.destroyed.connect(lambda _obj=None, s=previous_store: s.close())
            previous_window.close()
            previous_window.deleteLater()
        elif previous_store is not None:
            previous_store.close()
        return None

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    def _on_window_open_another_requested(self, db_path: Path) -> None:
        current = self.window
        if current is not None and current.db_path == db_path:
            return
        error = self.open(db_path, demo=db_path == demo_database())
        if error is not None:
            QMessageBox.warning(current, APP_NAME, error)
