"""The import undo runner: one undo at a time on its own thread, the views told once it is over."""

from __future__ import annotations

import pytest

from planner.domain.model import Company
from planner.domain.timing import FixedClock
from planner.interchange.importer import ImportSource
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.import_undo_runner import ImportUndoRunner

CSV = b"first_name,last_name,company\nAda,Lovelace,Fabrikam\nBo,Bauer,Contoso\n"


@pytest.fixture
def controller(file_store: Store, clock: FixedClock) -> Controller:
    return Controller(file_store, clock)


def _batch(controller: Controller) -> int:
    result = controller.import_source(ImportSource.from_bytes(CSV, "people.csv"))
    assert result.batch is not None
    return result.batch.id


def test_it_undoes_on_its_own_thread_once_and_then_tells_the_views(
    qtbot, controller: Controller, file_store: Store
) -> None:
    batch = _batch(controller)
    runner = ImportUndoRunner(controller)
    with qtbot.waitSignal(runner.finished) as finished, qtbot.waitSignal(controller.changed):
        assert runner.start(batch)
        assert runner.running
        assert not runner.start(batch)  # one at a time
    assert finished.args[0].deleted_contacts == 2
    assert not runner.running
    assert file_store.contacts.count() == 0
    assert file_store.imports.get(batch).is_undone
    assert not controller.undo_stack.canUndo()


def test_a_refused_undo_reports_the_plain_message_and_tells_no_view(
    qtbot, controller: Controller, file_store: Store
) -> None:
    batch = _batch(controller)
    file_store.companies.add(Company("Umbrella"))
    file_store.imports.undo(batch)  # taken back elsewhere meanwhile (the command line)
    runner = ImportUndoRunner(controller)
    with qtbot.assertNotEmitted(controller.changed), qtbot.waitSignal(runner.failed) as failed:
        assert runner.start(batch)
    assert "has already been undone" in failed.args[0]
    assert not runner.running
    assert [c.name for c in file_store.companies.all()] == ["Umbrella"]


def test_a_ctrl_z_step_leaves_the_stack_and_older_steps_stay(
    qtbot, controller: Controller, file_store: Store
) -> None:
    controller.add_company(Company("Umbrella"))
    batch = _batch(controller)
    step = controller.next_import_step()
    assert step is not None
    assert step.batch_id == batch
    runner = ImportUndoRunner(controller)
    with qtbot.waitSignal(runner.finished) as finished, qtbot.waitSignal(controller.changed):
        assert runner.start(batch, step)
    assert finished.args[0].deleted_contacts == 2
    assert controller.undo_stack.count() == 1
    assert controller.undo_stack.undoText() == "Add Umbrella"
    assert controller.next_import_step() is None


def test_a_ctrl_z_step_undone_meanwhile_by_another_program_just_leaves(
    qtbot, controller: Controller, file_store: Store
) -> None:
    batch = _batch(controller)
    file_store.imports.undo(batch)  # the command line took it back
    step = controller.next_import_step()
    assert step is not None
    runner = ImportUndoRunner(controller)
    with qtbot.waitSignal(runner.finished) as finished:
        assert runner.start(batch, step)
    assert finished.args[0] is None
    assert not controller.undo_stack.canUndo()
