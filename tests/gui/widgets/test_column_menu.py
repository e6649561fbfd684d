"""The header's menu shows and hides a table's columns; the first column always stays."""

from __future__ import annotations

from plan_builders import Plan, english_numbers, plan
from PySide6.QtCore import QPoint

from planner.ui.controller import Controller
from planner.ui.models.accounts_model import Column
from planner.ui.widgets.accounts_view import AccountsView

__all__ = ["english_numbers", "plan"]  # fixtures, imported to take effect here


def test_the_header_menu_shows_and_hides_columns(qtbot, controller: Controller, plan: Plan) -> None:
    view = AccountsView(controller)
    qtbot.addWidget(view)
    view.resize(760, 700)
    view.show()
    header = view.table.horizontalHeader()
    menu = view.column_menu
    assert header.isSectionHidden(Column.CONTRACT_END)  # no room for it at this width

    header.customContextMenuRequested.emit(QPoint(10, 5))  # a right-click on the header
    qtbot.waitUntil(menu.isVisible)
    actions = {a.text(): a for a in menu.actions()}
    assert list(actions)[:3] == ["Account", "Kind", "Industry"]
    assert len(actions) == header.count()
    assert not actions["Account"].isEnabled()  # a row without its name says nothing
    assert actions["Industry"].isChecked()
    assert not actions["Contract end"].isChecked()

    actions["Contract end"].trigger()
    assert not header.isSectionHidden(Column.CONTRACT_END)
    assert header.sectionSize(Column.CONTRACT_END) > 60  # shown at a readable width
    actions["Industry"].trigger()
    assert header.isSectionHidden(Column.INDUSTRY)
    menu.close()

    header.customContextMenuRequested.emit(QPoint(10, 5))
    qtbot.waitUntil(menu.isVisible)
    actions = {a.text(): a for a in menu.actions()}
    assert len(actions) == header.count()  # built afresh, not added to
    assert actions["Contract end"].isChecked()
    assert not actions["Industry"].isChecked()
    menu.close()

    # The rep's choice stands whatever the width: no column comes or goes by itself now.
    view.resize(1900, 700)
    qtbot.waitUntil(lambda: view.table.viewport().width() > 1500)
    assert header.isSectionHidden(Column.REVENUE)
    assert header.isSectionHidden(Column.INDUSTRY)
    assert not header.isSectionHidden(Column.CONTRACT_END)
