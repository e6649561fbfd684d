"""The main window: title, pages, undo and redo from the keyboard, quick search, errors."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from conftest import Week
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from planner import app as app_module
from planner.domain.model import Status
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.dialogs.outcome_dialog import OutcomeDialog
from planner.ui.dialogs.search_dialog import QuickSearchDialog
from planner.ui.main_window import MainWindow, Page


@pytest.fixture
def window(qtbot, controller: Controller, week: Week, monday_first: None) -> MainWindow:
    widget = MainWindow(controller, Path("/tmp/plan.db"))
    widget.finish_start()  # the whole window, its week read
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def test_title_names_the_file_and_the_demo(qtbot, controller: Controller, week: Week) -> None:
    normal = MainWindow(controller, Path("/x/planner.db"))
    normal.finish_start()  # the whole window, its week read
    qtbot.addWidget(normal)
    assert normal.windowTitle() == "Nurture Planner — planner.db"
    demo = MainWindow(controller, Path("/x/demo.db"), demo=True)
    demo.finish_start()  # the whole window, its week read
    qtbot.addWidget(demo)
    assert "Demo plan" in demo.windowTitle()
    assert normal.current_page() is Page.WEEK


def test_navigation_switches_pages(qtbot, window: MainWindow) -> None:
    window.navigation.setCurrentRow(Page.CONTACTS)
    assert window.pages.currentWidget() is window.contacts_view
    window.page_actions[Page.CONTENT].trigger()
    assert window.pages.currentWidget() is window.content_view
    assert window.navigation.currentRow() == Page.CONTENT
    window.week_view.next_week_action.trigger()
    assert window.current_page() is Page.WEEK
    assert window.week_view.start == date(2026, 11, 30)


def test_keyboard_week_navigation(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.week_view.start == date(2026, 11, 30)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.week_view.start == date(2026, 11, 16)
    window.week_view.today_action.trigger()
    assert window.week_view.start == date(2026, 11, 23)


def test_mark_done_then_undo_and_redo_from_the_keyboard(
    qtbot, window: MainWindow, store: Store, week: Week, on_modal
) -> None:
    view = window.week_view
    assert view.select_touchpoint(week.call.id)

    def outcome(dialog: QWidget) -> None:
        assert isinstance(dialog, OutcomeDialog)
        dialog.outcome_edit.setPlainText("Renewal looks safe")
        dialog.accept()

    on_modal(outcome)
    with qtbot.waitSignal(window.controller.changed):
        view.done_action.trigger()
    assert store.touchpoints.get(week.call.id).status is Status.DONE
    assert "Mark done" in window.statusBar().currentMessage()
    # The outcome dialog had the focus; shortcuts go to the active window again.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    with qtbot.waitSignal(window.controller.changed):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone = store.touchpoints.get(week.call.id)
    assert undone.status is Status.PLANNED
    assert undone.outcome == ""

    with qtbot.waitSignal(window.controller.changed):
        qtbot.keyClick(
            window,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    redone = store.touchpoints.get(week.call.id)
    assert redone.status is Status.DONE
    assert redone.outcome == "Renewal looks safe"

    with qtbot.waitSignal(window.controller.changed):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.controller.changed):
        qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert store.touchpoints.get(week.call.id).status is Status.DONE


def test_quick_search_jumps_to_the_record(
    qtbot, window: MainWindow, week: Week, monkeypatch
) -> None:
    opened: list[tuple[str, int]] = []
    monkeypatch.setattr(window.accounts_view, "open_company", lambda i: opened.append(("c", i)))
    monkeypatch.setattr(window.contacts_view, "open_contact", lambda i: opened.append(("p", i)))
    monkeypatch.setattr(window.content_view, "open_item", lambda i: opened.append(("i", i)))
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QuickSearchDialog)
    assert isinstance(dialog, QuickSearchDialog)
    assert week.acme.id is not None
    assert week.ada.id is not None
    assert week.paper.id is not None
    dialog.chosen.emit("company", week.acme.id)
    assert window.current_page() is Page.ACCOUNTS
    window.open_record("contact", week.ada.id)
    assert window.current_page() is Page.CONTACTS
    window.open_record("content", week.paper.id)
    assert window.current_page() is Page.CONTENT
    assert opened == [("c", week.acme.id), ("p", week.ada.id), ("i", week.paper.id)]
    dialog.close()


def test_a_refused_undo_is_shown_as_a_plain_message(
    qtbot, window: MainWindow, controller: Controller, store: Store, week: Week, on_modal
) -> None:
    with qtbot.waitSignal(controller.changed):
        controller.set_status(week.call.id, Status.SKIPPED)
    store.delete_touchpoint(week.call.id)  # the undo now has nothing to put back
    shown: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    on_modal(read)
    with qtbot.waitSignal(controller.failed):
        controller.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(shown))
    assert "deleted since" in shown[0]
    assert "Traceback" not in shown[0]


def test_run_gui_reports_a_file_that_is_not_a_database(
    qtbot, tmp_path: Path, clock: FixedClock, on_modal
) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not SQLite " * 100)
    shown: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    on_modal(read)
    assert app_module.run_gui(bogus, clock) == 1
    assert shown
    assert "not a Nurture Planner database" in shown[0]


def test_run_gui_opens_the_window_and_exits_cleanly(
    qtbot, tmp_path: Path, clock: FixedClock, monday_first: None
) -> None:
    seen: list[str] = []

    def look_and_quit() -> None:
        # Closing the last window ends the event loop; an extra quit() would leave a Quit
        # event behind that ends the next test's dialogs at once.
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not any(w.isVisible() for w in windows):
            QTimer.singleShot(50, look_and_quit)  # it shows once its week is laid out
            return
        seen.extend(w.windowTitle() for w in windows if w.isVisible())
        for w in windows:
            w.close()
        if any(w.isVisible() for w in QApplication.topLevelWidgets()):
            QApplication.exit(0)  # something else keeps the loop alive; end it directly

    QTimer.singleShot(200, look_and_quit)
    assert app_module.run_gui(tmp_path / "fresh.db", clock, demo=True) == 0
    assert any("fresh.db" in t and "Demo plan" in t for t in seen)
    assert QApplication.applicationName() == "Nurture Planner"


def test_start_up_builds_the_week_alone(window: MainWindow) -> None:
    assert window.is_built(Page.WEEK)
    assert not any(window.is_built(page) for page in list(Page)[1:])
    window.show_page(Page.ACCOUNTS)
    assert window.is_built(Page.ACCOUNTS)
    assert window.pages.currentWidget() is window.accounts_view
    assert not window.is_built(Page.CONTACTS)


def test_a_hidden_page_catches_up_when_shown(
    qtbot, window: MainWindow, controller: Controller, week: Week
) -> None:
    window.show_page(Page.ACCOUNTS)
    accounts = window.accounts_view
    window.show_page(Page.WEEK)
    controller.update_company(week.acme.replace(name="Acme Renamed"))
    model = accounts.model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Acme Renamed" not in names  # hidden: marked stale, not reloaded
    window.show_page(Page.ACCOUNTS)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Acme Renamed" in names


def test_the_hidden_week_catches_up_when_shown(
    qtbot, window: MainWindow, controller: Controller, week: Week
) -> None:
    window.show_page(Page.CONTACTS)
    controller.delete_touchpoint(week.call.id or 0)
    ids = [e.touchpoint.id for e in window.week_view.week_model.entries()]
    assert week.call.id in ids  # hidden: marked stale, not reloaded
    window.show_page(Page.WEEK)
    ids = [e.touchpoint.id for e in window.week_view.week_model.entries()]
    assert week.call.id not in ids


def test_a_window_closed_during_a_calendar_request_goes_at_once(
    qtbot, file_store: Store, clock: FixedClock
) -> None:
    # A request to an unreachable server may run until its timeout: the window must not stay
    # on the screen, unanswering, while the close waits for it to end.
    window = MainWindow(Controller(file_store, clock), file_store.path or Path())
    qtbot.addWidget(window)
    window.finish_start()
    window.show()
    qtbot.waitExposed(window)
    runner = window.calendar.service.runner
    started = threading.Event()
    visible_while_waited: list[bool] = []

    def slow_request(_store: Store) -> None:
        started.set()
        # The close sets `stopping` just before it waits for this request to end.
        assert runner._worker.stopping.wait(5)
        visible_while_waited.append(window.isVisible())

    runner.run(slow_request, lambda _outcome: None)
    assert started.wait(5)
    window.close()
    assert visible_while_waited == [False]
