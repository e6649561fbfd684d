"""The main window's start-up in steps, one per turn of the event loop, so none stalls the GUI."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

Step = Callable[[], object]


def import_step(module: str) -> Step:
    """A step that imports `module`: a feature's modules loaded over several turns of the event
    loop, so that building the feature afterwards is not one long stall."""
    return partial(importlib.import_module, module)


class StartSteps(QObject):
    """Runs `steps` in order, each in its own turn of the event loop, starting at the next turn.

    Between two steps the event loop handles what came meanwhile (a paint, a heartbeat, a key),
    so the longest stall is the longest step rather than their sum. `pause()` stops after the
    current step until `resume()` (the window waits there for its week to be painted); `finish()`
    runs what is left at once, for callers that need the whole window now. A step that raises
    goes to the exception hook (the app's crash dialog and log) and the steps after it still run:
    one failing part must not leave the rest of the window unbuilt.
    """

    finished = Signal()

    def __init__(self, steps: Sequence[Step], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: list[Step] = list(steps)
        self._paused = False
        self._announced = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_next)
        self._timer.start()

    @property
    def done(self) -> bool:
        """Whether every step has run."""
        return not self._steps

    def pause(self) -> None:
        """Run no further step until `resume()` (or `finish()`)."""
        self._paused = True
        self._timer.stop()

    def resume(self) -> None:
        """Go on with the next step at the next turn of the event loop."""
        self._paused = False
        if self._steps:
            self._timer.start()

    def finish(self) -> None:
        """Run every step left now, in order."""
        self._timer.stop()
        self._paused = False
        while self._steps:
            self._run(self._steps.pop(0))
        self._announce()

    def cancel(self) -> None:
        """Drop the steps left (the window is closing)."""
        self._timer.stop()
        self._steps.clear()

    def _run_next(self) -> None:
        if self._paused or not self._steps:
            return
        self._run(self._steps.pop(0))
        if not self._steps:
            self._announce()
        elif not self._paused:
            self._timer.start()

    def _announce(self) -> None:
        if not self._announced:
            self._announced = True
            self.finished.emit()

    @staticmethod
    def _run(step: Step) -> None:
        try:
            step()
        except Exception:
            sys.excepthook(*sys.exc_info())
