"""Plan my week: accept one, accept all, dismiss, drag onto a day, undo, idempotence."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from planner.demo import generate
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow, Page
from planner.ui.models.plan_model import SUGGESTION_MIME_TYPE, PlanModel, decode_keys
from planner.ui.widgets.plan_panel import PlanPanel

TODAY = date(2026, 11, 23)


@pytest.fixture
def window(qtbot, store: Store, controller: Controller, monday_first: None) -> MainWindow:
    generate(store, TODAY)
    widget = MainWindow(controller, Path("/tmp/plan.db"))
    widget.finish_start()  # the whole window, its week read
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.plan_panel.refreshed, timeout=5000):
        widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


@pytest.fixture
def panel(window: MainWindow) -> PlanPanel:
    assert window.plan_panel.model.rowCount() > 3
    return window.plan_panel


def keyed(store: Store) -> dict[str, list[date]]:
    found: dict[str, list[date]] = {}
    for tp in store.touchpoints.all():
        if tp.plan_key:
            found.setdefault(tp.plan_key, []).append(tp.day)
    return found


def click_row(qtbot, panel: PlanPanel, row: int) -> None:
    rect = panel.list.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_model_passes_the_model_tester(qtmodeltester, panel: PlanPanel) -> None:
    qtmodeltester.check(panel.model)
    empty = PlanModel()
    qtmodeltester.check(empty)


def test_suggestions_are_for_the_shown_week_with_reasons(panel: PlanPanel) -> None:
    assert panel.week == date(2026, 11, 23)
    for s in panel.suggestions():
        assert TODAY <= s.day <= date(2026, 11, 27)
        assert s.reason
    first = panel.model.index(0, 0)
    assert "Why:" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert first.data(Qt.ItemDataRole.DecorationRole) is not None


def test_accept_one_by_clicking(qtbot, panel: PlanPanel, store: Store) -> None:
    chosen = panel.model.suggestion(1)
    click_row(qtbot, panel, 1)
    assert panel.selected_keys() == [chosen.key]
    assert panel.accept_button.isEnabled()
    with qtbot.waitSignal(panel.refreshed):
        qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert keyed(store)[chosen.key] == [chosen.day]
    assert len(keyed(store)) == 1
    assert panel.model.row_of(chosen.key) is None


def test_accept_all_then_again_adds_nothing(
    qtbot, panel: PlanPanel, store: Store, controller: Controller
) -> None:
    shown = panel.suggestions()
    before = store.touchpoints.count()
    with qtbot.waitSignal(panel.refreshed):
        qtbot.mouseClick(panel.accept_all_button, Qt.MouseButton.LeftButton)
    assert store.touchpoints.count() == before + len(shown)
    assert set(keyed(store)) == {s.key for s in shown}
    steps = controller.undo_stack.count()
    assert controller.accept_suggestions(shown) == []
    assert store.touchpoints.count() == before + len(shown)
    assert controller.undo_stack.count() == steps  # nothing added, nothing to undo


def test_undo_an_accept_removes_exactly_those_touchpoints(
    qtbot, window: MainWindow, panel: PlanPanel, store: Store
) -> None:
    before = {tp.id: tp for tp in store.touchpoints.all()}
    first = panel.model.suggestion(0)
    with qtbot.waitSignal(panel.refreshed):
        panel.accept([first])
    # The plan made before the accept is gone at once; the next one follows from the engine.
    with qtbot.waitSignal(panel.refreshed):
        panel.accept_all()
    assert len(store.touchpoints.all()) > len(before) + 1
    with qtbot.waitSignal(panel.refreshed):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    ids = {tp.id for tp in store.touchpoints.all()}
    assert list(keyed(store)) == [first.key]  # only the accept-all step was undone
    with qtbot.waitSignal(panel.refreshed):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    after = {tp.id: tp for tp in store.touchpoints.all()}
    assert after == before
    assert len(ids) == len(before) + 1


def test_dismiss_hides_for_the_week_and_is_kept(
    qtbot, panel: PlanPanel, controller: Controller, window: MainWindow, store: Store
) -> None:
    chosen = panel.model.suggestion(0)
    click_row(qtbot, panel, 0)
    count = panel.model.rowCount()
    with qtbot.waitSignal(panel.refreshed):
        qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert panel.model.row_of(chosen.key) is None
    # The room it took goes to the next suggestion, if there is one.
    assert panel.model.rowCount() in (count - 1, count)
    assert "1 dismissed" in panel.subtitle.text()
    assert keyed(store) == {}
    assert chosen.key in controller.dismissed_suggestions(panel.week)
    other = PlanPanel(controller, window.week_view)
    other.refresh()
    assert other.model.row_of(chosen.key) is None
    other.deleteLater()
    # Another week is not affected; undo brings the suggestion back.
    assert controller.dismissed_suggestions(panel.week + timedelta(days=7)) == frozenset()
    with qtbot.waitSignal(panel.refreshed):
        controller.undo_stack.undo()
    assert panel.model.row_of(chosen.key) is not None


def _drop(target, mime, point: QPoint) -> QDropEvent:
    pos = QPointF(point)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(
        point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(
        point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, move)
    assert move.isAccepted()
    drop = QDropEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return drop


def test_drag_a_suggestion_onto_a_day(
    qtbot, panel: PlanPanel, window: MainWindow, store: Store
) -> None:
    thursday = date(2026, 11, 26)
    row = next(r for r, s in enumerate(panel.suggestions()) if s.day != thursday)
    chosen = panel.model.suggestion(row)
    mime = panel.model.mimeData([panel.model.index(row, 0)])
    assert mime.hasFormat(SUGGESTION_MIME_TYPE)
    assert decode_keys(mime) == [chosen.key]
    column = window.week_view.column_for(thursday)
    assert column is not None
    viewport = column.cards.viewport()
    with qtbot.waitSignal(panel.refreshed):
        drop = _drop(viewport, mime, viewport.rect().center())
    assert drop.isAccepted()
    assert keyed(store) == {chosen.key: [thursday]}
    assert column.cards.model().rowCount() >= 1
    # Dropping the same suggestion again adds nothing.
    _drop(viewport, mime, viewport.rect().center())
    assert keyed(store) == {chosen.key: [thursday]}


def test_the_overdue_tray_refuses_suggestions(panel: PlanPanel, window: MainWindow) -> None:
    mime = panel.model.mimeData([panel.model.index(0, 0)])
    tray = window.week_view.overdue_list.viewport()
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(tray, enter)
    assert not enter.isAccepted()


def test_the_panel_follows_the_week(qtbot, panel: PlanPanel, window: MainWindow) -> None:
    with qtbot.waitSignal(panel.refreshed):
        window.week_view.next_week_action.trigger()
    assert panel.week == date(2026, 11, 30)
    assert panel.suggestions()
    assert all(date(2026, 11, 30) <= s.day <= date(2026, 12, 6) for s in panel.suggestions())
    with qtbot.waitSignal(panel.refreshed):
        window.week_view.show_week_of(date(2026, 11, 2))
    assert panel.model.rowCount() == 0
    assert "passed" in panel.empty.text()
    assert not panel.accept_all_button.isEnabled()


def test_ctrl_p_toggles_the_panel(qtbot, window: MainWindow) -> None:
    assert window.plan_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert not window.plan_dock.isVisible()
    window.show_page(Page.ACCOUNTS)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is Page.WEEK
    assert window.plan_dock.isVisible()
    window.show_page(Page.CONTACTS)
    assert not window.plan_dock.isVisible()


def test_accepted_suggestions_keep_their_words_in_the_users_language(
    qtbot, qapp, panel: PlanPanel, store: Store
) -> None:
    from planner.ui.i18n import install_translators, remove_translators

    chosen = panel.model.suggestion(0)
    translators = install_translators(qapp, QLocale("de_DE"))
    try:
        sends = chosen.content_title
        click_row(qtbot, panel, 0)
        with qtbot.waitSignal(panel.refreshed):
            qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    finally:
        remove_translators(qapp, translators)
    planned = next(tp for tp in store.touchpoints.all() if tp.plan_key == chosen.key)
    # The stored words are German, the names as they are; the engine itself stays English.
    who = chosen.contact_name or chosen.company_name
    assert chosen.title != planned.title
    assert who in planned.title
    assert sends in planned.title
    assert planned.reason != chosen.reason
    assert any(word in planned.reason for word in ("Kontaktpunkt", "Vorlauf", "Tage"))


def test_accepting_keeps_the_proposed_time_and_length(
    qtbot, panel: PlanPanel, store: Store
) -> None:
    timed = [s for s in panel.suggestions() if s.time is not None]
    assert timed, "calls, meetings and visits come with a time"
    # Never before now (the test clock reads 09:00 on the Monday).
    assert all((s.day, s.time) >= (TODAY, time(9, 0)) for s in timed)
    chosen = timed[0]
    row = panel.model.row_of(chosen.key)
    assert row is not None
    click_row(qtbot, panel, row)
    with qtbot.waitSignal(panel.refreshed):
        qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    [tp] = [tp for tp in store.touchpoints.all() if tp.plan_key == chosen.key]
    assert (tp.day, tp.time, tp.duration_minutes) == (
        chosen.day,
        chosen.time,
        chosen.duration_minutes,
    )
