"""Quitting right after the main window's first paint, for smoke tests and cold-start timing."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

QUIT_AFTER_PAINT_ENV = "NURTURE_PLANNER_QUIT_AFTER_PAINT"


def quit_after_paint_requested() -> bool:
    """True when the environment asks the app to quit after its first paint."""
    return os.environ.get(QUIT_AFTER_PAINT_ENV, "") not in ("", "0")


class AfterFirstPaint(QObject):
    """Watches a window and calls `then` once the window has painted for the first time."""

    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        self.painted = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            self._window.removeEventFilter(self)
            # Let the paint finish and the event loop turn once first.
            QTimer.singleShot(0, self._then)
        return False


class QuitAfterFirstPaint(AfterFirstPaint):
    """Watches a window and quits the application once the window has painted once."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window, QCoreApplication.quit)
