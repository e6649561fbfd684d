"""Plan my week says what happened, and its suggestions say what to do in words that agree."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from planner.demo import generate
from planner.domain.model import Channel, Purpose
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.display import title_text
from planner.ui.main_window import MainWindow
from planner.ui.models.week_model import EntryRole
from planner.ui.widgets.card_delegate import wrap_two
from planner.ui.widgets.plan_panel import PlanPanel

TODAY = date(2026, 11, 23)


@pytest.fixture
def window(qtbot, store: Store, controller: Controller, monday_first: None) -> MainWindow:
    generate(store, TODAY)
    widget = MainWindow(controller, Path("/tmp/plan.db"))
    widget.finish_start()  # the whole window, its week read
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    with qtbot.waitSignal(widget.plan_panel.refreshed, timeout=5000):
        widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


@pytest.fixture
def panel(window: MainWindow) -> PlanPanel:
    assert window.plan_panel.model.rowCount() > 3
    return window.plan_panel


def click_row(qtbot, panel: PlanPanel, row: int) -> None:
    rect = panel.list.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def press(qtbot, panel: PlanPanel, button) -> None:
    with qtbot.waitSignal(panel.refreshed):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_after_accepting_and_dismissing_the_panel_says_what_happened(
    qtbot, panel: PlanPanel
) -> None:
    click_row(qtbot, panel, 0)
    press(qtbot, panel, panel.accept_button)
    click_row(qtbot, panel, 0)
    press(qtbot, panel, panel.dismiss_button)
    rest = panel.model.rowCount()
    press(qtbot, panel, panel.accept_all_button)

    assert panel.model.rowCount() == 0
    assert panel.empty.isVisible()
    message = panel.empty.text()
    assert "dismissed every" not in message
    assert f"{rest + 1} accepted, 1 dismissed" in message
    assert f"{rest + 1} accepted" in panel.subtitle.text()
    assert "1 dismissed" in panel.subtitle.text()


def test_an_accepted_content_send_names_the_action_and_the_content(
    qtbot, panel: PlanPanel, store: Store, window: MainWindow
) -> None:
    row = next(r for r in range(panel.model.rowCount()) if panel.model.suggestion(r).content_title)
    chosen = panel.model.suggestion(row)
    click_row(qtbot, panel, row)
    press(qtbot, panel, panel.accept_button)

    planned = next(tp for tp in store.touchpoints.all() if tp.plan_key == chosen.key)
    assert planned.title == f"Send “{chosen.content_title}” to {chosen.contact_name}"
    # On its card in the week the title starts with the action and shows the content's name.
    view = window.week_view
    day = view.columns[(chosen.day - view.start).days].cards
    model = day.model()
    index = next(
        model.index(r, 0)
        for r in range(model.rowCount())
        if model.index(r, 0).data(EntryRole.ENTRY).touchpoint.id == planned.id
    )
    entry = index.data(EntryRole.ENTRY)
    bold = QFont(day.font())
    bold.setWeight(QFont.Weight.DemiBold)
    lines = wrap_two(title_text(entry), QFontMetrics(bold), day.viewport().width() - 32)
    shown = " ".join(lines)
    assert shown.startswith("Send “")
    assert chosen.content_title.split()[0] in shown


def test_suggestions_read_as_one_thing_to_do(panel: PlanPanel) -> None:
    suggestions = panel.suggestions()
    assert any(s.channel is Channel.CONTENT for s in suggestions)
    for s in suggestions:
        if s.purpose is not Purpose.PERSONAL:
            assert "personal touch" not in s.reason, s.reason
            assert "not-about-business" not in s.reason, s.reason
        if s.channel is Channel.PERSONAL:
            assert not s.content_title
            assert "Send “" not in s.reason
        if s.content_title:
            assert s.title == f"Send “{s.content_title}” to {s.contact_name}"
        else:
            assert ":" not in s.title, s.title
