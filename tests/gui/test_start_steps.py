"""The window's start-up steps: one per turn of the event loop, in order, and none lost."""

from __future__ import annotations

import sys
from types import TracebackType

import pytest
from PySide6.QtCore import QTimer

from planner.ui.start_steps import StartSteps


def test_each_step_runs_in_its_own_turn_of_the_event_loop(qtbot) -> None:
    log: list[str] = []

    def first() -> None:
        log.append("first")
        # Posted by the first step: the loop turns (and runs it) before the second step.
        QTimer.singleShot(0, lambda: log.append("between"))

    steps = StartSteps([first, lambda: log.append("second")])
    assert log == []  # nothing runs before the event loop turns
    with qtbot.waitSignal(steps.finished, timeout=2000):
        pass
    assert log == ["first", "between", "second"]
    assert steps.done


def test_a_paused_start_waits_for_resume(qtbot) -> None:
    log: list[str] = []

    def one() -> None:
        log.append("one")
        steps.pause()  # as the window does until its week is painted

    steps = StartSteps([one, lambda: log.append("two")])
    qtbot.waitUntil(lambda: log == ["one"], timeout=2000)
    qtbot.wait(20)
    assert log == ["one"]
    assert not steps.done
    with qtbot.waitSignal(steps.finished, timeout=2000):
        steps.resume()
    assert log == ["one", "two"]


def test_finish_runs_what_is_left_at_once_and_announces_it_once(qtbot) -> None:
    log: list[str] = []
    finished: list[bool] = []
    steps = StartSteps([lambda: log.append("a"), lambda: log.append("b")])
    steps.finished.connect(lambda: finished.append(True))
    steps.finish()
    assert log == ["a", "b"]
    assert steps.done
    steps.finish()
    qtbot.wait(20)
    assert log == ["a", "b"]
    assert finished == [True]


def test_a_failing_step_goes_to_the_exception_hook_and_the_rest_still_run(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    caught: list[BaseException] = []

    def hook(_kind: type[BaseException], error: BaseException, _tb: TracebackType | None) -> None:
        caught.append(error)

    monkeypatch.setattr(sys, "excepthook", hook)
    log: list[str] = []

    def broken() -> None:
        raise RuntimeError("a part of the window could not be built")

    steps = StartSteps([broken, lambda: log.append("after")])
    steps.finish()
    assert [str(error) for error in caught] == ["a part of the window could not be built"]
    assert log == ["after"]


def test_a_cancelled_start_runs_nothing_more(qtbot) -> None:
    log: list[str] = []
    steps = StartSteps([lambda: log.append("one")])
    steps.cancel()
    qtbot.wait(20)
    assert log == []
    assert steps.done
