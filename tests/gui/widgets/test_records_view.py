"""The list pages on a 1366×768 laptop: columns fit, the detail takes room only when it shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from plan_builders import Plan, english_numbers, plan
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QToolTip

from planner.domain.model import (
    BuyingRole,
    Company,
    CompanyKind,
    Contact,
    ContactLevel,
    ContentItem,
    ContentKind,
)
from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow, Page
from planner.ui.models.accounts_model import Column as AccountColumn
from planner.ui.models.content_model import Column as ContentColumn
from planner.ui.widgets.records_view import RecordsView

__all__ = ["english_numbers", "plan"]  # fixtures, imported to take effect here

LONG_TITLE = "Five Questions Before Your Packaging Contract Renews — a Buyer's Checklist for 2027"


@pytest.fixture
def laptop(qtbot, controller: Controller, plan: Plan) -> MainWindow:
    """The main window at a 1366×768 laptop's size, on a plan with long names and titles."""
    company = controller.add_company(
        Company(
            name="Calder Precision Engineering Holdings plc",
            kind=CompanyKind.FORMER_CUSTOMER,
            industry="Cosmetics & Personal Care",
        )
    )
    controller.add_contact(
        Contact(
            "Victoria",
            "Brennan-Fitzgerald",
            company_id=company.id,
            title="Chief Procurement and Packaging Development Officer",
            level=ContactLevel.PRACTITIONER,
            buying_role=BuyingRole.DECISION_MAKER,
            email="victoria.brennan-fitzgerald@calder-precision-engineering.example",
            phone="+44 117 496 0377",
        )
    )
    controller.add_content(ContentItem(LONG_TITLE, ContentKind.WHITE_PAPER, link="/papers/q.pdf"))
    window = MainWindow(controller, Path("/tmp/plan.db"))
    window.finish_start()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(1366, 768)
    settle()
    assert window.width() == 1366
    return window


def settle() -> None:
    for _ in range(3):  # let the layouts settle
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def shown_widths(table: QTableView) -> dict[int, int]:
    header = table.horizontalHeader()
    return {
        c: header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)
    }


def fits(table: QTableView) -> bool:
    """No sideways scrolling: every shown column is within the table's width."""
    return (
        table.horizontalScrollBar().maximum() == 0
        and sum(shown_widths(table).values()) <= table.viewport().width()
    )


def select_first(view: RecordsView) -> None:  # type: ignore[type-arg]
    view.table.selectRow(0)
    settle()
    assert view.detail is not None
    assert view.detail.isVisible()


@pytest.mark.parametrize("page", [Page.ACCOUNTS, Page.CONTACTS])
def test_the_people_tables_fit_a_laptop_with_and_without_the_detail(
    laptop: MainWindow, page: Page
) -> None:
    laptop.show_page(page)
    settle()
    view = laptop.accounts_view if page is Page.ACCOUNTS else laptop.contacts_view
    assert view.splitter.sizes()[1] == 0  # nothing selected: no detail, the table has the room
    assert view.placeholder.isVisible()
    assert fits(view.table)
    widths = shown_widths(view.table)
    assert len(widths) >= 6
    select_first(view)
    assert not view.placeholder.isVisible()
    assert view.splitter.sizes()[1] >= 300  # the detail has a readable width
    assert fits(view.table)
    # The name gets what the other columns leave: at least as much as any other column.
    assert shown_widths(view.table)[0] >= max(shown_widths(view.table).values()) - 1
    header = view.table.horizontalHeader()
    assert header.sectionResizeMode(0) is QHeaderView.ResizeMode.Stretch


def test_the_content_library_gives_the_title_the_room(laptop: MainWindow) -> None:
    laptop.show_page(Page.CONTENT)
    settle()
    view = laptop.content_view
    assert view.detail is None
    assert view.splitter.sizes()[1] == 0
    assert view.placeholder.text() == "Select an item to see who received it and when."
    assert view.placeholder.isVisible()
    widths = shown_widths(view.table)
    assert widths[ContentColumn.TITLE] == max(widths.values())
    assert widths[ContentColumn.TITLE] >= 500  # about half the window
    assert fits(view.table)

    select_first(view)
    sizes = view.splitter.sizes()
    assert 300 <= sizes[1] < sizes[0]  # the detail takes its share, the list keeps the most
    widths = shown_widths(view.table)
    assert widths[ContentColumn.TITLE] == max(widths.values())
    assert fits(view.table)


def test_a_title_cut_short_shows_whole_in_its_tooltip(laptop: MainWindow) -> None:
    laptop.show_page(Page.CONTENT)
    view = laptop.content_view
    view.open_record(next(i.id for i in laptop.store.content.all() if i.title == LONG_TITLE) or 0)
    settle()
    index = view.table.currentIndex().siblingAtColumn(ContentColumn.TITLE)
    rect = view.table.visualRect(index)
    font = view.table.fontMetrics()
    assert font.horizontalAdvance(LONG_TITLE) > rect.width()  # the cell cuts it short
    assert index.data(0x03) == f"{LONG_TITLE}\n/papers/q.pdf"  # ToolTipRole


def test_any_cut_cell_shows_its_whole_text_as_a_tooltip(qtbot, laptop: MainWindow) -> None:
    laptop.show_page(Page.ACCOUNTS)
    view = laptop.accounts_view
    header = view.table.horizontalHeader()
    header.resizeSection(AccountColumn.INDUSTRY, 60)
    row = next(
        r
        for r in range(view.proxy.rowCount())
        if view.proxy.index(r, AccountColumn.INDUSTRY).data() == "Cosmetics & Personal Care"
    )
    index = view.proxy.index(row, AccountColumn.INDUSTRY)
    view.table.scrollTo(index)
    settle()
    centre = view.table.visualRect(index).center()
    viewport = view.table.viewport()

    def tip_at(point: QPoint) -> str:
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible())
        event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
        QApplication.sendEvent(viewport, event)
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert tip_at(centre) == "Cosmetics & Personal Care"
    header.resizeSection(AccountColumn.INDUSTRY, 300)  # now the whole text shows: no tooltip
    settle()
    assert tip_at(view.table.visualRect(index).center()) == ""
