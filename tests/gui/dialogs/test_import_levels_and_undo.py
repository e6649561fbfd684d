"""Import: levels guessed from job titles in the preview; undoing an import asks and is final."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.interchange.importer import ImportSource
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.dialogs.import_dialog import ImportDialog
from planner.ui.dialogs.undo_import_dialog import UndoImportDialog
from planner.ui.main_window import MainWindow
from planner.ui.models.import_preview_model import Column

DATA = Path(__file__).parents[2] / "data" / "import"
LINKEDIN = DATA / "linkedin_connections.csv"


def click(button_text: str):  # type: ignore[no-untyped-def]
    """A handler for on_modal: press the message box's button with that text."""

    def handler(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert "cannot be undone" in box.text()
        if button_text == "Cancel":
            box.button(QMessageBox.StandardButton.Cancel).click()
            return
        next(b for b in box.buttons() if b.text() == button_text).click()

    return handler


def test_the_preview_shows_levels_guessed_from_job_titles(
    qtbot, qtmodeltester, controller: Controller
) -> None:
    dialog = ImportDialog(controller, LINKEDIN)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert not dialog.preview_table.isColumnHidden(Column.LEVEL)
    assert dialog.model.headerData(Column.LEVEL, Qt.Orientation.Horizontal) == "Level"
    levels = {
        dialog.model.index(r, Column.RECORD).data(): dialog.model.index(r, Column.LEVEL).data()
        for r in range(dialog.model.rowCount())
    }
    assert levels == {
        "Sofia Rossi (Fabrikam)": "Manager (guessed)",
        "Liam Walsh (Tailspin Toys Ltd.)": "Executive (guessed)",
        "Mei Chen (Wide World Importers, LLC)": "Executive (guessed)",
    }
    tip = dialog.model.index(1, Column.LEVEL).data(Qt.ItemDataRole.ToolTipRole)
    assert "job title" in tip
    assert dialog.guessed_label.isVisible()
    assert dialog.guessed_label.text().startswith("3 levels guessed from the job title")
    with qtbot.waitSignal(controller.changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    by_name = {c.full_name: str(c.level) for c in controller.store.contacts.all()}
    assert by_name == {
        "Sofia Rossi": "manager",
        "Liam Walsh": "executive",
        "Mei Chen": "executive",
    }


def test_a_level_column_leaves_nothing_to_guess(
    qtbot, controller: Controller, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_text("First Name,Last Name,Job Title,Level\nLiam,Walsh,VP Sales,manager\n")
    dialog = ImportDialog(controller, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.index(0, Column.LEVEL).data() == "Manager"
    assert not dialog.guessed_label.isVisible()
    accounts = ImportDialog(controller, DATA / "planner_accounts.csv")
    qtbot.addWidget(accounts)
    accounts.show()
    assert accounts.preview_table.isColumnHidden(Column.LEVEL)


@pytest.fixture
def window(qtbot, controller: Controller) -> MainWindow:
    widget = MainWindow(controller, Path("/tmp/plan.db"))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def test_ctrl_z_on_an_import_asks_and_redo_does_not_import_again(
    qtbot, window: MainWindow, controller: Controller, store: Store, on_modal
) -> None:
    controller.import_source(ImportSource.from_path(LINKEDIN))
    assert store.contacts.count() == 3
    assert window.undo_action.text() == "&Undo Import linkedin_connections.csv"
    on_modal(click("Cancel"))
    window.undo_action.trigger()  # Edit → Undo, or Ctrl+Z
    assert store.contacts.count() == 3
    assert controller.undo_stack.canUndo()
    on_modal(click("Undo import"))
    with qtbot.waitSignal(controller.changed):
        window.undo_action.trigger()
    assert store.contacts.count() == 0
    assert not controller.undo_stack.canRedo()
    assert not window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert store.contacts.count() == 0
    assert [b.is_undone for b in store.imports.all()] == [True]


def test_undo_import_asks_first_and_leaves_nothing_to_redo(
    qtbot, controller: Controller, store: Store, on_modal
) -> None:
    controller.import_source(ImportSource.from_path(LINKEDIN))
    dialog = UndoImportDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    on_modal(click("Cancel"))
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert store.contacts.count() == 3
    assert not dialog.result_label.isVisible()
    on_modal(click("Undo import"))
    with qtbot.waitSignal(controller.changed):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert store.contacts.count() == 0
    assert "Import undone" in dialog.result_label.text()
    # The stack agrees with "it cannot itself be undone": no Undo, no Redo of that import.
    assert not controller.undo_stack.canUndo()
    assert not controller.undo_stack.canRedo()
    controller.undo_stack.redo()
    assert store.contacts.count() == 0
