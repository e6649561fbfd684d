"""Acting once a window (or a part of it) has painted, for the start-up and cold-start timing."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

QUIT_AFTER_PAINT_ENV = "NURTURE_PLANNER_QUIT_AFTER_PAINT"


FIRST_FRAME_ENV = "NURTURE_PLANNER_FIRST_FRAME"


def quit_after_paint_requested() -> bool:
    """True when the environment asks the app to quit after its first paint."""
    return os.environ.get(QUIT_AFTER_PAINT_ENV, "") not in ("", "0")


def quit_after_first_frame_requested() -> bool:
    """True when the environment asks the app to quit once the week's first frame (drawn
    before the window is built) has painted: the cold-start benchmark's first measure."""
    return os.environ.get(QUIT_AFTER_PAINT_ENV, "") == "first"


def first_frame_wanted() -> bool:
    """Whether the start shows the week's first frame (NURTURE_PLANNER_FIRST_FRAME=0: it opens
    the window alone, as the cold-start benchmark's side-by-side measure does)."""
    return os.environ.get(FIRST_FRAME_ENV, "") != "0"


class AfterFirstPaint(QObject):
    """Watches widgets and calls `then` once, after the first of them has painted."""

    def __init__(self, widgets: QWidget | Sequence[QWidget], then: Callable[[], object]) -> None:
        self._widgets = [widgets] if isinstance(widgets, QWidget) else list(widgets)
        super().__init__(self._widgets[0])
        self._then = then
        self.painted = False
        for widget in self._widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted and watched in self._widgets:
            self.painted = True
            for widget in self._widgets:
                widget.removeEventFilter(self)
            # Let the paint finish and the event loop turn once first.
            QTimer.singleShot(0, self._then)
        return False
