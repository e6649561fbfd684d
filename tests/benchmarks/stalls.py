"""The longest GUI-thread stall (a heartbeat timer's longest gap) while the engine plans a book."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from measure import open_store
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

BEAT_MS = 2
WAIT_S = 120.0  # give up on a step after this long (a broken build, not a slow one)


class Heartbeat(QObject):
    """Beats every BEAT_MS on the GUI thread; a gap beyond that is time the thread was busy."""

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(BEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._last = 0.0
        self.longest = 0.0
        self.beats = 0

    def start(self) -> None:
        self.longest, self.beats = 0.0, 0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        """Stop; the longest stall in seconds (the gap less the beat's own interval)."""
        self._timer.stop()
        self._beat()
        return max(0.0, self.longest - BEAT_MS / 1000)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now
        self.beats += 1


def _turn_until(done: Callable[[], bool]) -> None:
    """Run the event loop (as the app does) until `done()` or WAIT_S."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    poll.start()
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(int(WAIT_S * 1000))
    if not done():
        loop.exec()
    poll.stop()
    deadline.stop()


def _stall(heart: Heartbeat, action: Callable[[], None], shown: Callable[[], int]) -> float:
    """The longest stall from `action` (run from the event loop) until the next plan is shown.

    `shown()` counts the plans the panel has shown; the step ends when it has grown.
    """
    before = shown()
    ran: list[bool] = []

    def run() -> None:
        action()
        ran.append(True)

    heart.start()
    QTimer.singleShot(0, run)
    _turn_until(lambda: bool(ran) and shown() > before)
    return heart.stop()


def gui_stalls(db: Path, work: Path) -> dict[str, float]:
    """Longest GUI-thread stalls, in seconds: start-up, a week switch, an accept.

    Each runs from the event loop until the plan panel shows the plan the worker made for it,
    so the heartbeat measures the window's own work while the engine plans the whole book.
    The accept writes, so this works on a copy of `db` in `work`.
    """
    from planner.domain.model import Channel, TouchPoint
    from planner.ui.controller import Controller
    from planner.ui.main_window import MainWindow

    QApplication.instance() or QApplication([])
    heart = Heartbeat()
    db = Path(shutil.copy2(db, work / f"stalls-{db.name}"))
    store = open_store(db)
    holder: dict[str, Any] = {}
    plans: list[bool] = []

    def shown() -> int:
        return len(plans)

    def start() -> None:
        window = MainWindow(Controller(store, store.clock), db)
        window.plan_panel.refreshed.connect(lambda: plans.append(True))
        window.resize(1600, 1000)
        window.show_when_ready()  # as the app starts it (planner/app.py): shown with its week
        holder["window"] = window

    out = {"stall_start": _stall(heart, start, shown)}
    window = holder["window"]
    try:
        out["stall_week"] = _stall(heart, window.week_view.go_next_week, shown)
        panel = window.plan_panel
        (company_id,) = store.db.execute("SELECT min(id) FROM companies").fetchone()

        def accept() -> None:
            if panel.model.rowCount():
                panel.accept([panel.model.suggestion(0)])
            else:  # a full week offers nothing: plan one touch-point, the same write and re-plan
                day = panel.week + timedelta(days=2)
                window.controller.plan_touchpoint(TouchPoint(company_id, day, Channel.CALL))

        out["stall_accept"] = _stall(heart, accept, shown)
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        store.close()
        db.unlink(missing_ok=True)
    return out
