"""The main window's menus: the pages, and Undo and Redo named after the step they take."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.domain.model import Company
from planner.ui.controller import Controller
from planner.ui.main_menus import escape_mnemonic, page_shortcut
from planner.ui.main_window import MainWindow
from planner.ui.pages import Page


@pytest.fixture
def window(qtbot, controller: Controller) -> MainWindow:
    widget = MainWindow(controller, Path("/tmp/plan.db"))
    qtbot.addWidget(widget)
    return widget


def test_the_menu_bar_has_its_menus_in_order(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Go", "&Help"]


def test_each_page_has_its_view_action_and_shortcut(window: MainWindow) -> None:
    assert [a.shortcut() for a in window.page_actions] == [page_shortcut(p) for p in Page]
    window.page_actions[Page.CONTACTS].trigger()
    assert window.current_page() is Page.CONTACTS


def test_undo_and_redo_name_their_step_with_a_names_ampersand_kept(
    window: MainWindow, controller: Controller
) -> None:
    assert (window.undo_action.text(), window.undo_action.isEnabled()) == ("&Undo", False)
    controller.add_company(Company("AT&T"))
    assert window.undo_action.text() == "&Undo Add AT&&T"
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert window.redo_action.text() == "&Redo Add AT&&T"
    assert window.undo_action.text() == "&Undo"


def test_an_ampersand_is_escaped_for_a_menu() -> None:
    assert escape_mnemonic("AT&T") == "AT&&T"
    assert escape_mnemonic("Acme") == "Acme"
