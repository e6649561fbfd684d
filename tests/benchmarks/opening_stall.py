"""The longest the GUI thread goes without answering while the window is built behind the first
frame: from the frame's paint until the window's week is painted in its place.

Run as the app is (`python opening_stall.py --db PLAN --today DAY`, with
NURTURE_PLANNER_QUIT_AFTER_PAINT=1); a heartbeat timer starts once the frame is on the screen and
beats whenever the thread turns the event loop (the start's own turns between its parts, then the
event loop); the longest gap between two beats, less the beat's own interval, goes to the JSON
file NURTURE_BENCH_STALL_OUT names. A start that shows no frame writes a null.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

BEAT_MS = 2


def main() -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    import planner.cli
    import planner.ui.opening as opening

    beats: list[float] = []
    holder: dict[str, Any] = {}
    real = opening.open_first_frame

    def timed(*args: Any, **kwargs: Any) -> opening.Opening | None:
        shown = real(*args, **kwargs)
        if shown is not None:
            beats.append(time.perf_counter())
            timer = QTimer(QApplication.instance())
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.setInterval(BEAT_MS)
            timer.timeout.connect(lambda: beats.append(time.perf_counter()))
            timer.start()
            holder["timer"] = timer
        return shown

    opening.open_first_frame = timed  # type: ignore[assignment]
    from planner.ui import window_start

    painted = window_start.StartingWindow._on_week_painted

    def on_painted(self: Any) -> None:
        beats.append(time.perf_counter())
        holder.setdefault("painted", len(beats))
        painted(self)

    window_start.StartingWindow._on_week_painted = on_painted  # type: ignore[method-assign]
    code = planner.cli.main(sys.argv[1:])
    until = beats[: holder.get("painted", len(beats))]
    gaps = [b - a for a, b in itertools.pairwise(until)]
    longest = max(0.0, max(gaps, default=0.0) - BEAT_MS / 1000) if until else None
    Path(os.environ["NURTURE_BENCH_STALL_OUT"]).write_text(json.dumps({"longest": longest}))
    return code


if __name__ == "__main__":
    sys.exit(main())
