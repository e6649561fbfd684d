"""The calendar runner: jobs on a thread of its own, one at a time, answers on the GUI thread."""

from __future__ import annotations

import threading

import shiboken6

from planner.domain.errors import ValidationError
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.ui.calendar.runner import CalendarRunner, Outcome


def test_jobs_run_in_order_off_the_gui_thread_and_answer_on_it(
    qtbot, file_store: Store, clock: FixedClock
) -> None:
    runner = CalendarRunner(file_store, clock)
    assert runner._thread is not None
    assert not runner._thread.isRunning()  # nothing asked yet: no thread
    gui = threading.get_ident()
    ran: list[tuple[int, int]] = []
    answers: list[tuple[int, Outcome, int]] = []
    for n in range(3):

        def job(store: Store, n: int = n) -> int:
            assert store is not file_store  # its own connection to the file
            ran.append((n, threading.get_ident()))
            return store.companies.count() + n

        runner.run(job, lambda outcome, n=n: answers.append((n, outcome, threading.get_ident())))
    qtbot.waitUntil(lambda: len(answers) == 3)
    assert [n for n, _ in ran] == [0, 1, 2]
    assert all(ident != gui for _, ident in ran)
    assert [(n, o.value, ident) for n, o, ident in answers] == [
        (0, 0, gui),
        (1, 1, gui),
        (2, 2, gui),
    ]
    runner.shutdown()
    assert runner._thread is not None
    assert not runner._thread.isRunning()


def test_a_refusal_comes_back_as_its_plain_message(
    qtbot, file_store: Store, clock: FixedClock
) -> None:
    runner = CalendarRunner(file_store, clock)
    answers: list[Outcome] = []

    def job(_store: Store) -> None:
        raise ValidationError("Give the user name separately, not inside the server address.")

    runner.run(job, answers.append)
    qtbot.waitUntil(lambda: bool(answers))
    assert isinstance(answers[0].error, ValidationError)
    assert answers[0].message == "Give the user name separately, not inside the server address."
    runner.shutdown()


def test_a_runner_deleted_without_shutdown_ends_its_thread_first(
    qtbot, file_store: Store, clock: FixedClock
) -> None:
    runner = CalendarRunner(file_store, clock)
    answers: list[Outcome] = []
    runner.run(lambda store: store.companies.count(), answers.append)
    qtbot.waitUntil(lambda: bool(answers))
    shiboken6.delete(runner)  # Qt would abort the process on a running thread's destruction


def test_a_plan_in_memory_runs_its_jobs_at_once(store: Store, clock: FixedClock) -> None:
    runner = CalendarRunner(store, clock)
    answers: list[Outcome] = []
    runner.run(lambda s: s is store, answers.append)
    assert [a.value for a in answers] == [True]
    runner.shutdown()
