"""A send recorded through Content → "Record sent to…" is a touch in every view of the window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QStyle

from planner.domain.model import (
    Company,
    CompanyKind,
    Contact,
    ContactLevel,
    ContentItem,
    ContentKind,
)
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow, Page

SENT_ON = date(2026, 11, 20)  # the Friday before the fixture's today, Monday 23 Nov 2026


@pytest.fixture
def window(qtbot, file_store: Store, clock: FixedClock, monday_first: None) -> MainWindow:
    """Fabrikam with three people nobody has touched yet, and a white paper to send."""
    assert file_store.path is not None
    with file_store.transaction():
        fab = file_store.companies.add(Company("Fabrikam", CompanyKind.CUSTOMER))
        people = [
            ("Karen", "Rossi", ContactLevel.EXECUTIVE),
            ("Omar", "Ali", ContactLevel.MANAGER),
            ("Lena", "Berg", ContactLevel.PRACTITIONER),
        ]
        for first, last, level in people:
            file_store.contacts.add(Contact(first, last, company_id=fab.id, level=level))
        file_store.content.add(ContentItem("Right-sizing Boxes", ContentKind.WHITE_PAPER))
    widget = MainWindow(Controller(file_store, clock), file_store.path)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    with qtbot.waitSignal(widget.plan_panel.refreshed, timeout=20000):
        widget.show()
    return widget


def _ids(store: Store) -> dict[str, int]:
    ids = {c.first_name: c.id for c in store.contacts.all()}
    ids["paper"] = store.content.all()[0].id
    return {name: i for name, i in ids.items() if i is not None}


def _never_touched(qtbot, window: MainWindow) -> set[str]:
    """The people Plan my week proposes a first touch for, once the worker has answered."""
    window.show_page(Page.WEEK)
    panel = window.plan_panel
    qtbot.waitUntil(lambda: not panel.planning, timeout=20000)
    return {
        s.contact_name
        for s in panel.suggestions()
        if s.reason.startswith("Never touched") or "touch at Fabrikam yet" in s.reason
    }


def _lost_touch(qtbot, window: MainWindow) -> set[str]:
    """The names in Insights' "Lost touch" table, once the worker has answered."""
    view = window.insights_view
    window.show_page(Page.INSIGHTS)
    qtbot.waitUntil(lambda: not view.planning, timeout=20000)
    model = view.lost_table.model()
    return {model.index(row, 0).data() for row in range(model.rowCount())}


def _facts(qtbot, window: MainWindow, page: Page, record_id: int) -> dict[str, str]:
    """The Nurture section of an account's or contact's panel, once the worker has answered."""
    window.show_page(page)
    if page is Page.ACCOUNTS:
        window.accounts_view.open_company(record_id)
        detail = window.accounts_view.detail
    else:
        window.contacts_view.open_contact(record_id)
        detail = window.contacts_view.detail
    assert detail is not None
    section = detail.nurture
    # While the worker computes, the section holds one line: "Tier: Planning…".
    qtbot.waitUntil(lambda: "Why" in section.facts.values, timeout=20000)
    return {caption: label.text() for caption, label in section.facts.values.items()}


def _record_sent(qtbot, window: MainWindow, item_id: int, names: tuple[str, ...]) -> None:
    """Content → open the item → "Record sent to…" → tick the people → Sent on → OK."""
    window.show_page(Page.CONTENT)
    view = window.content_view
    view.open_item(item_id)
    view.send_action.trigger()
    dialog = view.dialog
    assert dialog is not None
    indicator = dialog.list.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    for row in range(dialog.filtered.rowCount()):
        index = dialog.filtered.index(row, 0)
        if index.data().startswith(names):
            rect = dialog.list.visualRect(index)
            box = QPoint(rect.left() + indicator // 2 + 3, rect.center().y())
            qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert dialog.chosen_label.text() == f"{len(names)} recipients"
    dialog.date_edit.setDate(QDate(SENT_ON.year, SENT_ON.month, SENT_ON.day))
    with qtbot.waitSignal(window.controller.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_a_white_paper_sent_to_two_contacts_touches_both_everywhere(
    qtbot, window: MainWindow, file_store: Store
) -> None:
    ids = _ids(file_store)
    everyone = {"Karen Rossi", "Omar Ali", "Lena Berg"}
    # Before: all three are proposed a first touch, lost, and never touched in their panels.
    assert _never_touched(qtbot, window) == everyone
    assert _lost_touch(qtbot, window) == everyone
    lost = "⚠ Never: lost touch, offer something personal"
    assert _facts(qtbot, window, Page.CONTACTS, ids["Karen"])["Last touch"] == lost
    company_id = file_store.companies.all()[0].id
    assert company_id is not None
    assert _facts(qtbot, window, Page.ACCOUNTS, company_id)["Next touch due"] == (
        "Now — never touched"
    )

    _record_sent(qtbot, window, ids["paper"], ("Karen", "Omar"))

    # After: Karen and Omar count as touched on the day sent; Lena, who got nothing, does not.
    assert _never_touched(qtbot, window) == {"Lena Berg"}
    assert _lost_touch(qtbot, window) == {"Lena Berg"}
    for name in ("Karen", "Omar"):
        last = _facts(qtbot, window, Page.CONTACTS, ids[name])["Last touch"]
        assert last == "20 Nov 2026 (3 days ago)", name
    assert _facts(qtbot, window, Page.CONTACTS, ids["Lena"])["Last touch"] == lost
    due = _facts(qtbot, window, Page.ACCOUNTS, company_id)["Next touch due"]
    assert due != "Now — never touched"
    assert "Overdue" not in due

    # Undo takes the send back, and with it the touch.
    window.controller.undo_stack.undo()
    assert _never_touched(qtbot, window) == everyone
    assert _lost_touch(qtbot, window) == everyone
