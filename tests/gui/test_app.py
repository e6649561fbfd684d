"""The app's start: the week's first frame, then the window in its place."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ClosedPlan
from PySide6.QtCore import QObject, QRect, QTimer
from PySide6.QtWidgets import QApplication

from planner import app as app_module
from planner import paths
from planner.domain.timing import FixedClock
from planner.ui import opening
from planner.ui.crash import LOG_NAME
from planner.ui.first_frame import FirstFrame
from planner.ui.main_window import MainWindow
from planner.ui.single_instance import acquire_instance_lock


@pytest.fixture(autouse=True)
def _no_garbage_set_aside() -> Iterator[None]:
    """The app sets what its start made aside from the cyclic collector (gc.freeze) once the
    start is over. Here that would set aside whatever the tests before left for the collector,
    to be collected much later in another test: so none is left, and none is kept aside."""
    gc.collect()
    yield
    gc.unfreeze()
    gc.collect()


@pytest.fixture
def plan(closed_plan: ClosedPlan) -> Path:
    return closed_plan.path


class Watch(QObject):
    """What was on the screen while the app started, looked at every few milliseconds."""

    def __init__(self) -> None:
        super().__init__()
        self.frames: list[QRect] = []
        self.windows: list[QRect] = []
        self.frame_left = False
        self._timer = QTimer(self)
        self._timer.setInterval(2)
        self._timer.timeout.connect(self.look)
        self._timer.start()

    def look(self) -> None:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        frames = [w.geometry() for w in shown if isinstance(w, FirstFrame)]
        windows = [w for w in shown if isinstance(w, MainWindow)]
        self.frames += frames
        self.windows += [w.geometry() for w in windows]
        for window in windows:
            if window.week_was_painted:
                # As a rep closes it: the last window closed ends the event loop (a quit()
                # from here would leave a Quit event behind for the next test's loops).
                self.frame_left = any(isinstance(w, FirstFrame) for w in shown)
                window.close()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def watch() -> Iterator[Watch]:
    watching = Watch()
    yield watching
    watching.stop()


def _unlocked(path: Path) -> bool:
    lock = acquire_instance_lock(path)
    if lock is None:
        return False
    lock.unlock()
    return True


def test_the_first_frame_shows_the_week_until_the_window_stands_in_its_place(
    qtbot, plan: Path, clock: FixedClock, watch: Watch, monkeypatch: pytest.MonkeyPatch
) -> None:
    at_finish: list[tuple[QRect, list[QRect]]] = []
    real = opening.Opening.finish

    def finish(self: opening.Opening) -> None:
        if not self.finished:  # what is on the screen as the frame goes
            shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
            windows = [w.geometry() for w in shown if isinstance(w, MainWindow)]
            at_finish.append((self.frame.geometry(), windows))
        real(self)

    monkeypatch.setattr(opening.Opening, "finish", finish)
    assert app_module.run_gui(plan, clock) == 0
    assert watch.frames, "no first frame was shown"
    assert watch.windows, "the window never showed"
    # The window was on the screen before the frame went: the screen never went empty.
    [(frame, windows)] = at_finish
    assert windows
    # At the frame's place, and as big (a window never gets smaller than its least size).
    window = windows[0]
    assert window.topLeft() == frame.topLeft()
    assert window.width() >= frame.width()
    assert window.height() >= frame.height()
    assert not watch.frame_left  # gone once the window's week was painted
    assert _unlocked(plan)


def test_the_benchmark_can_stop_at_the_first_frame(
    qtbot, plan: Path, clock: FixedClock, watch: Watch, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NURTURE_PLANNER_QUIT_AFTER_PAINT", "first")
    assert app_module.run_gui(plan, clock) == 0
    assert watch.frames
    assert not watch.windows
    assert _unlocked(plan)


def test_closing_the_frame_while_the_window_is_built_ends_the_start(
    qtbot, plan: Path, clock: FixedClock, watch: Watch, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = opening.Opening.answer

    def rep_closes_it(self: opening.Opening) -> None:
        self.frame.close()  # the rep's click on the frame's close button, as the window loads
        real(self)

    monkeypatch.setattr(opening.Opening, "answer", rep_closes_it)
    assert app_module.run_gui(plan, clock) == 0
    assert watch.frames
    assert not watch.windows
    assert _unlocked(plan)


def test_a_fault_in_the_first_frame_is_logged_and_the_window_opens_as_before(
    qtbot, plan: Path, clock: FixedClock, watch: Watch, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("the frame fell over")

    monkeypatch.setattr(opening, "read_frame_week", broken)
    assert app_module.run_gui(plan, clock) == 0
    assert not watch.frames
    assert watch.windows
    assert "the frame fell over" in (paths.log_dir() / LOG_NAME).read_text()
    assert _unlocked(plan)


def test_a_plan_without_a_first_frame_opens_as_before(
    qtbot, tmp_path: Path, clock: FixedClock, watch: Watch, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new plan (nothing to read yet) opens straight in the window."""
    assert app_module.run_gui(tmp_path / "new.db", clock) == 0
    assert not watch.frames
    assert watch.windows
