"""The main window remembers its geometry, splitters, last view and week between runs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import Week
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QSplitter

from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow, Page
from planner.ui.models.accounts_model import Column


def settings_at(path: Path) -> QSettings:
    """A settings file of the test's own, never the user's."""
    return QSettings(str(path), QSettings.Format.IniFormat)


def share(splitter: QSplitter) -> float:
    sizes = splitter.sizes()
    return sizes[0] / sum(sizes)


def open_window(qtbot, controller: Controller, settings: QSettings) -> MainWindow:
    window = MainWindow(controller, Path("/tmp/plan.db"), settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_view_week_geometry_and_splitters_come_back(
    qtbot, controller: Controller, week: Week, monday_first: None, tmp_path: Path
) -> None:
    ini = tmp_path / "settings.ini"
    first = open_window(qtbot, controller, settings_at(ini))
    assert first.current_page() is Page.WEEK
    # The offscreen screen is 800×800 and narrower than the week: Qt fits a restored window's
    # width to the screen, so the height is what shows the geometry came back.
    first.resize(first.width(), 700)
    first.week_view.go_next_week()
    first.week_view.go_next_week()
    first.show_page(Page.CONTACTS)
    first.contacts_view.table.selectRow(0)  # the detail panel shows beside the table
    splitter = first.contacts_view.splitter
    assert abs(share(splitter) - 0.25) > 0.05  # the default split is not the one set here
    total = sum(splitter.sizes())
    splitter.setSizes([total // 4, total - total // 4])
    assert first.height() == 700
    first.close()
    assert ini.is_file()

    second = open_window(qtbot, controller, settings_at(ini))
    assert second.current_page() is Page.CONTACTS
    assert second.navigation.currentRow() == Page.CONTACTS
    assert second.week_view.start == date(2026, 12, 7)
    assert second.height() == 700
    # The window's width may differ (see above): the split keeps its proportion.
    second.contacts_view.table.selectRow(0)
    assert share(second.contacts_view.splitter) == pytest.approx(0.25, abs=0.02)


def test_the_accounts_columns_come_back_as_the_rep_left_them(
    qtbot, controller: Controller, week: Week, monday_first: None, tmp_path: Path
) -> None:
    ini = tmp_path / "settings.ini"
    first = open_window(qtbot, controller, settings_at(ini))
    first.show_page(Page.ACCOUNTS)
    table = first.accounts_view.table
    header = table.horizontalHeader()
    assert header.isSectionHidden(Column.CONTRACT_END)
    first.accounts_view.column_menu.show_column(Column.CONTRACT_END, True)
    first.accounts_view.column_menu.show_column(Column.INDUSTRY, False)
    header.resizeSection(Column.DEAL_SIZE, 137)
    table.sortByColumn(Column.NEXT_TOUCH, Qt.SortOrder.DescendingOrder)
    first.close()

    second = open_window(qtbot, controller, settings_at(ini))
    assert second.current_page() is Page.ACCOUNTS
    header = second.accounts_view.table.horizontalHeader()
    assert not header.isSectionHidden(Column.CONTRACT_END)
    assert header.isSectionHidden(Column.INDUSTRY)
    assert header.sectionSize(Column.DEAL_SIZE) == 137
    assert header.sortIndicatorSection() == Column.NEXT_TOUCH
    assert header.sortIndicatorOrder() is Qt.SortOrder.DescendingOrder
    # The name still takes the room the others leave; the rep's columns no longer come and go.
    assert header.sectionResizeMode(Column.NAME) is QHeaderView.ResizeMode.Stretch
    assert not second.accounts_view.optional_columns.active
    second.close()

    # Columns nobody picked keep following the window's width after a restart.
    ini.unlink()
    third = open_window(qtbot, controller, settings_at(ini))
    third.show_page(Page.ACCOUNTS)
    third.close()
    fourth = open_window(qtbot, controller, settings_at(ini))
    assert fourth.current_page() is Page.ACCOUNTS
    assert fourth.accounts_view.optional_columns.active


def test_columns_saved_for_another_table_are_skipped(
    qtbot, controller: Controller, week: Week, monday_first: None, tmp_path: Path
) -> None:
    ini = tmp_path / "settings.ini"
    first = open_window(qtbot, controller, settings_at(ini))
    first.show_page(Page.CONTACTS)
    first.contacts_view.table.horizontalHeader().resizeSection(1, 222)
    contacts_columns = first.contacts_view.columns_state()
    first.close()
    settings = settings_at(ini)
    # What an older version with other columns would have left for the accounts table.
    settings.setValue(f"mainWindow/columns/page{int(Page.ACCOUNTS)}", contacts_columns)
    settings.setValue("mainWindow/page", int(Page.ACCOUNTS))
    settings.sync()

    second = open_window(qtbot, controller, settings_at(ini))
    header = second.accounts_view.table.horizontalHeader()
    assert header.count() == len(Column)
    assert header.sectionSize(1) != 222
    assert header.isSectionHidden(Column.CONTRACT_END)
    assert not header.isSectionHidden(Column.INDUSTRY)


def test_a_window_without_settings_remembers_nothing(
    qtbot, controller: Controller, week: Week, monday_first: None, tmp_path: Path
) -> None:
    first = MainWindow(controller, Path("/tmp/plan.db"))
    qtbot.addWidget(first)
    first.show_page(Page.ACCOUNTS)
    first.close()
    second = MainWindow(controller, Path("/tmp/plan.db"))
    qtbot.addWidget(second)
    assert second.current_page() is Page.WEEK


def test_unreadable_settings_are_ignored(
    qtbot, controller: Controller, week: Week, monday_first: None, tmp_path: Path
) -> None:
    ini = tmp_path / "settings.ini"
    settings = settings_at(ini)
    settings.setValue("mainWindow/page", "lots")
    settings.setValue("mainWindow/week", "not a date")
    settings.setValue("mainWindow/geometry", "garbage")
    settings.setValue("mainWindow/splitters/page2/0", 42)
    settings.sync()
    window = open_window(qtbot, controller, settings_at(ini))
    assert window.current_page() is Page.WEEK
    assert window.week_view.start == date(2026, 11, 23)


def test_what_the_next_start_draws_first_is_read_back_from_the_settings(
    qtbot, controller: Controller, week: Week, monday_first: None, tmp_path: Path
) -> None:
    """The first frame reads the saved page, week, layout, plan panel and its width."""
    from planner.ui.window_state import (
        saved_dock_width,
        saved_flag,
        saved_geometry,
        saved_page,
        saved_week,
    )

    ini = tmp_path / "settings.ini"
    empty = settings_at(tmp_path / "empty.ini")
    assert saved_page(empty) is Page.WEEK
    assert saved_week(empty) is None
    assert saved_geometry(empty) is None
    assert saved_dock_width(empty) is None
    assert saved_flag(empty, "planPanel", True) is True
    window = open_window(qtbot, controller, settings_at(ini))
    window.week_view.go_next_week()
    dock_width = window.plan_dock.width()
    window.close()
    settings = settings_at(ini)
    assert saved_page(settings) is Page.WEEK
    assert saved_week(settings) == date(2026, 11, 30)
    assert saved_geometry(settings) is not None
    assert saved_dock_width(settings) == dock_width
    assert saved_flag(settings, "weekCompact", True) is False
    # What another version or a hand edit left there is ignored, not trusted.
    for key, value in (("page", "accounts"), ("week", "next monday"), ("planDockWidth", "wide")):
        settings.setValue(f"mainWindow/{key}", value)
    assert saved_page(settings) is Page.WEEK
    assert saved_week(settings) is None
    assert saved_dock_width(settings) is None
    settings.setValue("mainWindow/page", 42)
    assert saved_page(settings) is Page.WEEK
