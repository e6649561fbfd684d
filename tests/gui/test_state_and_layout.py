"""The window tells the state as it is and keeps its layout: status after undo, panels, cards."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import Week
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleOptionViewItem, QWidget

from planner.domain.model import Channel, ContentItem, ContentKind, TouchPoint
from planner.storage import Store
from planner.ui.controller import Controller
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


def _keys(qtbot, window: MainWindow, key: Qt.Key, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(window.controller.changed):
        qtbot.keyClick(window, key, modifiers)


def test_after_undo_the_status_bar_says_what_was_undone(
    qtbot, window: MainWindow, controller: Controller, week: Week
) -> None:
    status = window.statusBar()
    controller.move_touchpoint(week.later.id, date(2026, 12, 3))
    controller.move_touchpoint(week.later.id, date(2026, 12, 10))
    assert status.currentMessage().startswith("Saved: Move to Thu 10 Dec")

    _keys(qtbot, window, Qt.Key.Key_Z)
    assert window.store.touchpoints.get(week.later.id).day == date(2026, 12, 3)
    assert status.currentMessage().startswith("Undone: Move to Thu 10 Dec")
    assert "Saved" not in status.currentMessage()

    _keys(qtbot, window, Qt.Key.Key_Z)
    assert status.currentMessage().startswith("Undone: Move to Thu 3 Dec")

    _keys(qtbot, window, Qt.Key.Key_Z, shift=True)
    assert status.currentMessage().startswith("Redone: Move to Thu 3 Dec")

    # A new action after an undo is saved, not "redone".
    controller.move_touchpoint(week.later.id, date(2026, 12, 4))
    assert status.currentMessage().startswith("Saved: Move to Fri 4 Dec")


def test_a_refused_undo_leaves_no_false_word(
    qtbot, window: MainWindow, controller: Controller, store: Store, week: Week, on_modal
) -> None:
    controller.move_touchpoint(week.later.id, date(2026, 12, 10))
    shown: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(window.statusBar().currentMessage())
        box.accept()

    store.db.execute("PRAGMA query_only = ON")
    on_modal(read)
    with qtbot.waitSignal(controller.failed):
        window.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(shown))
    store.db.execute("PRAGMA query_only = OFF")
    assert controller.undo_stack.canUndo()
    for message in (shown[0], window.statusBar().currentMessage()):
        assert "Undone" not in message
        assert "Redone" not in message


def settings_at(path: Path) -> QSettings:
    """A settings file of the test's own, never the user's."""
    return QSettings(str(path), QSettings.Format.IniFormat)


def open_window(qtbot, controller: Controller, ini: Path) -> MainWindow:
    window = MainWindow(controller, Path("/tmp/plan.db"), settings=settings_at(ini))
    window.finish_start()  # the whole window, its week read
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.mark.parametrize("page", [Page.WEEK, Page.CONTACTS])
def test_a_hidden_plan_panel_stays_hidden_after_a_restart(
    qtbot, controller: Controller, week: Week, monday_first: None, tmp_path: Path, page: Page
) -> None:
    ini = tmp_path / "settings.ini"
    first = open_window(qtbot, controller, ini)
    assert first.plan_dock.isVisible()
    qtbot.keyClick(first, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert not first.plan_dock.isVisible()
    first.show_page(page)
    first.close()

    second = open_window(qtbot, controller, ini)
    second.show_page(Page.WEEK)
    assert not second.plan_action.isChecked()
    assert not second.plan_dock.isVisible()
    second.plan_action.trigger()
    assert second.plan_dock.isVisible()
    second.close()

    third = open_window(qtbot, controller, ini)
    assert third.plan_action.isChecked()
    third.show_page(Page.WEEK)
    assert third.plan_dock.isVisible()


LONG_PATH = (
    "/home/rep/Documents/Marketing/2026/Whitepapers/Final/"
    "Right_sizing_Boxes_the_Freight_Cost_Case_v3_FINAL_approved_by_legal_for_the_board.pdf"
)


def test_selecting_a_content_item_keeps_its_detail_panel_on_screen(
    qtbot, window: MainWindow, controller: Controller
) -> None:
    window.resize(1366, 768)
    item = controller.add_content(
        ContentItem(
            "Right-sizing Boxes: the Freight Cost Case, long edition for the procurement board",
            ContentKind.WHITE_PAPER,
            link=LONG_PATH,
        )
    )
    window.show_page(Page.CONTENT)
    view = window.content_view
    view.open_item(item.id or 0)
    detail = view.detail
    assert detail is not None
    for _ in range(3):  # let the layouts settle
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    # Nothing in the panel is wider than what shows of it: no sideways scrolling, no clipping.
    assert detail.widget().minimumSizeHint().width() <= detail.viewport().width()
    assert detail.widget().width() == detail.viewport().width()
    assert detail.horizontalScrollBar().maximum() == 0
    assert window.width() == 1366
    right = detail.mapTo(window, detail.rect().topRight()).x()
    assert right <= window.width()
    link = detail.facts.values["Link or file"]
    assert link.text() == LONG_PATH  # shown whole, and copied whole
    assert link.width() <= detail.viewport().width()
    assert link.height() > 2 * link.fontMetrics().height()  # wrapped onto several lines
    assert detail.title.width() <= detail.viewport().width()


def _cards_fit(window: MainWindow) -> list[str]:
    """Cards whose painted content needs more height than their place in the day gets."""
    problems = []
    for column in window.week_view.columns:
        cards = column.cards
        model = cards.model()
        option = QStyleOptionViewItem()
        cards.initViewItemOption(option)
        bottom = 0
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            rect = cards.visualRect(index)
            option.rect = rect
            needed = cards.itemDelegate().sizeHint(option, index).height()
            if needed > rect.height() or rect.top() < bottom:
                problems.append(f"{column.day} row {row}: {needed} in {rect} after {bottom}")
            bottom = rect.bottom()
    return problems


def test_cards_of_a_day_never_overlap_whatever_the_window_width(
    qtbot, window: MainWindow, controller: Controller, week: Week
) -> None:
    titles = [
        "Quarterly check-in with the buying team",
        "Send the benchmark",
        "Lunch",
        "Follow up on the sample boxes they asked for",
        "Call about the renewal terms",
        "Site visit",
        "Intro e-mail to the new head of operations",
        "Share the freight cost case",
        "Thank-you note",
        "Discovery call with procurement",
    ]
    for title in titles:
        controller.plan_touchpoint(
            TouchPoint(week.acme.id or 0, date(2026, 11, 26), Channel.CALL, title=title)
        )
    window.week_view.set_compact(True)  # the card columns lay their cards out while shown
    failures: dict[int, list[str]] = {}
    for width in range(1200, 1420, 5):
        window.resize(width, 742)
        for _ in range(3):
            QApplication.sendPostedEvents()
            QApplication.processEvents()
        found = _cards_fit(window)
        if found:
            failures[width] = found
    assert failures == {}


def test_lowering_the_daily_limit_shows_a_fuller_day_as_over_it(
    qtbot, window: MainWindow, controller: Controller, week: Week
) -> None:
    thursday = date(2026, 11, 26)
    window.week_view.set_compact(True)  # the day columns say it under the date
    for title in ("Call Ada", "E-mail Bob", "Visit Carol"):
        controller.plan_touchpoint(
            TouchPoint(week.acme.id or 0, thursday, Channel.CALL, title=title)
        )
    column = window.week_view.column_for(thursday)
    assert column is not None
    assert column.note.text() == "3 touch-points"

    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    dialog.capacity.setValue(2)
    with qtbot.waitSignal(controller.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    note = column.note
    assert note.text() in ("Over the limit: 3 of 2", "Over limit: 3/2", "⚠ 3/2")
    assert note.fontMetrics().horizontalAdvance(note.text()) <= note.contentsRect().width()
    assert note.property("overLimit") is True
    assert note.toolTip() == "3 touch-points to do or done: more than your limit of 2 a day"
    # A wide column says it in full; a narrow one shortens it, never clipping it.
    window.resize(1900, 900)
    qtbot.waitUntil(lambda: note.text() == "Over the limit: 3 of 2")
    window.resize(window.minimumSizeHint().width(), 900)
    qtbot.waitUntil(lambda: note.text() != "Over the limit: 3 of 2")
    assert note.fontMetrics().horizontalAdvance(note.text()) <= note.contentsRect().width()
    # A day within the limit says nothing of it.
    tuesday = window.week_view.column_for(date(2026, 11, 24))
    assert tuesday is not None
    assert tuesday.note.text() == "1 touch-point"

    with qtbot.waitSignal(controller.changed):
        controller.undo_stack.undo()
    assert column.note.text() == "3 touch-points"
    assert not column.note.property("overLimit")


def settle() -> None:
    for _ in range(3):  # let the layouts settle
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def test_after_a_restart_a_selected_content_item_gets_the_detail_panels_room(
    qtbot, controller: Controller, week: Week, monday_first: None, tmp_path: Path
) -> None:
    ini = tmp_path / "settings.ini"
    first = open_window(qtbot, controller, ini)
    first.resize(1364, 742)
    settle()
    first.close()  # the content page was never shown

    second = open_window(qtbot, controller, ini)
    second.show_page(Page.CONTENT)
    settle()
    view = second.content_view
    assert view.splitter.sizes()[1] == 0  # nothing selected: the list has the whole width
    view.open_item(week.paper.id or 0)
    settle()
    assert view.detail is not None
    room = view.splitter.sizes()[1]
    assert room > 250
    assert view.detail.width() == room
    total = sum(view.splitter.sizes())
    view.splitter.setSizes([total - 300, 300])  # the rep narrows the detail
    second.close()

    # The detail's width the rep chose comes back; the table takes the rest of the window.
    third = open_window(qtbot, controller, ini)
    third.show_page(Page.CONTENT)
    settle()
    assert third.content_view.splitter.sizes()[1] == 0
    third.content_view.open_item(week.paper.id or 0)
    settle()
    assert third.content_view.splitter.sizes()[1] == pytest.approx(300, abs=4)


def test_the_time_grid_too_shows_a_day_over_the_daily_limit(
    qtbot, window: MainWindow, controller: Controller, week: Week
) -> None:
    thursday = date(2026, 11, 26)
    grid = window.week_view.grid
    assert not window.week_view.is_compact()  # the grid is the default layout
    for title in ("Call Ada", "E-mail Bob", "Visit Carol"):
        controller.plan_touchpoint(
            TouchPoint(week.acme.id or 0, thursday, Channel.CALL, title=title)
        )
    n = grid.days.index(thursday)
    assert grid.head.day_note(n) == ("", False)

    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    dialog.capacity.setValue(2)
    with qtbot.waitSignal(controller.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert grid.head.day_note(n) == ("⚠ 3/2", True)
    # A day within the limit says nothing of it.
    assert grid.head.day_note(grid.days.index(date(2026, 11, 24))) == ("", False)
    grid.head.grab()  # and it paints

    with qtbot.waitSignal(controller.changed):
        controller.undo_stack.undo()
    assert grid.head.day_note(n) == ("", False)
