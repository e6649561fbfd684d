"""The Insights view: lost-touch rows, renewals, charts, and clicking through to an account."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt

from planner.domain.model import (
    Channel,
    Company,
    CompanyKind,
    Contact,
    ContactLevel,
    Status,
    TouchPoint,
)
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow, Page
from planner.ui.widgets.insights import InsightsView

TODAY = date(2026, 11, 23)


@pytest.fixture
def book(store: Store) -> dict[str, int]:
    """Acme (customer, contract ends in 100 days, wallet known), Globex (prospect), people."""
    with store.transaction():
        acme = store.companies.add(
            Company(
                "Acme Corp",
                CompanyKind.CUSTOMER,
                our_annual_revenue=100_000,
                estimated_annual_wallet=400_000,
                contract_end=TODAY + timedelta(days=100),
            )
        )
        globex = store.companies.add(Company("Globex", CompanyKind.PROSPECT))
        assert acme.id is not None
        assert globex.id is not None
        ada = store.contacts.add(
            Contact("Ada", "Lovelace", company_id=acme.id, level=ContactLevel.EXECUTIVE)
        )
        bob = store.contacts.add(Contact("Bob", "Stone", company_id=globex.id))
        cid = store.contacts.add(Contact("Cid", "Moss", company_id=acme.id))
        store.touchpoints.add(
            TouchPoint(
                acme.id,
                TODAY - timedelta(days=120),
                Channel.CALL,
                contact_id=ada.id,
                status=Status.DONE,
            )
        )
        store.touchpoints.add(
            TouchPoint(
                acme.id,
                TODAY - timedelta(days=10),
                Channel.EMAIL,
                contact_id=cid.id,
                status=Status.DONE,
            )
        )
        store.touchpoints.add(
            TouchPoint(globex.id, TODAY + timedelta(days=8), Channel.CALL, contact_id=bob.id)
        )
    assert ada.id
    assert bob.id
    assert cid.id
    return {"acme": acme.id, "globex": globex.id, "ada": ada.id, "bob": bob.id}


@pytest.fixture
def view(qtbot, controller: Controller, book: dict[str, int], monday_first: None) -> InsightsView:
    widget = InsightsView(controller)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    with qtbot.waitSignal(widget.refreshed):
        widget.show()
    return widget


def test_models_pass_the_model_tester(qtmodeltester, view: InsightsView) -> None:
    qtmodeltester.check(view.lost_model)
    qtmodeltester.check(view.renewals_model)


def test_lost_touch_rows(view: InsightsView, book: dict[str, int]) -> None:
    model = view.lost_table.model()
    rows = {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(4)]
        for r in range(model.rowCount())
    }
    # Ada: 120 days; Bob: never touched but a call is planned, so he is not lost; Cid: 10 days.
    assert set(rows) == {"Ada Lovelace"}
    assert rows["Ada Lovelace"][1] == "Acme Corp"
    assert rows["Ada Lovelace"][2] == "120"
    assert "coffee" in rows["Ada Lovelace"][3]


def test_renewals_show_the_contract_end_and_runway(view: InsightsView) -> None:
    model = view.renewals_table.model()
    assert model.rowCount() == 1
    texts = [model.index(0, c).data() for c in range(5)]
    assert texts[0] == "Acme Corp"
    assert texts[2] == "3 Mar 2027"
    assert texts[3] == "100"
    assert "missed" in texts[4]  # the 180- and 120-day steps have passed untouched
    assert "of 5 covered" in texts[4]


def test_clicking_a_row_emits_the_account(qtbot, view: InsightsView, book: dict[str, int]) -> None:
    table = view.lost_table
    rect = table.visualRect(table.model().index(0, 1))
    with qtbot.waitSignal(view.company_activated) as blocker:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [book["acme"]]
    table = view.renewals_table
    rect = table.visualRect(table.model().index(0, 0))
    with qtbot.waitSignal(view.company_activated) as blocker:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [book["acme"]]


def test_charts_hold_the_book(qtbot, view: InsightsView, book: dict[str, int]) -> None:
    chart = view.touches_chart
    assert len(chart.values) == 16
    assert chart.future_from == 12
    assert sum(sum(v) for v in chart.values) == 2  # Acme's e-mail and Globex's planned call
    assert {r.name for r in view.coverage_chart.rows} == {"Acme Corp", "Globex"}
    assert [p.company_id for p in view.wallet_chart.points] == [book["acme"]]
    assert view.wallet_chart.points[0].y == pytest.approx(0.25)
    view.wallet_chart.grab()  # paint, so points have places
    centre = view.wallet_chart._placed[0][0]
    assert "Acme Corp" in view.wallet_chart.tip_at(centre)
    with qtbot.waitSignal(view.wallet_chart.point_clicked) as blocker:
        qtbot.mouseClick(view.wallet_chart, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert blocker.args == [book["acme"]]
    row = next(i for i, r in enumerate(view.coverage_chart.rows) if r.name == "Globex")
    y = view.coverage_chart._top() + view.coverage_chart.ROW * row + 5
    assert view.coverage_chart.row_at(QPointF(30, y)) == row
    with qtbot.waitSignal(view.company_activated) as blocker:
        qtbot.mouseClick(
            view.coverage_chart, Qt.MouseButton.LeftButton, pos=QPointF(30, y).toPoint()
        )
    assert blocker.args == [book["globex"]]


def test_the_view_recomputes_after_a_change(
    qtbot, view: InsightsView, controller: Controller, book: dict[str, int]
) -> None:
    with qtbot.waitSignal(view.refreshed):
        controller.plan_touchpoint(
            TouchPoint(
                book["acme"], TODAY + timedelta(days=2), Channel.CALL, contact_id=book["ada"]
            )
        )
    assert view.lost_model.rowCount() == 0  # Ada has a touch coming


def test_main_window_opens_the_account(
    qtbot, controller: Controller, book: dict[str, int], monday_first: None
) -> None:
    window = MainWindow(controller, Path("/tmp/plan.db"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.insights_view.refreshed):
        window.page_actions[Page.INSIGHTS].trigger()
    assert window.current_page() is Page.INSIGHTS
    assert not window.plan_dock.isVisible()
    window.insights_view.company_activated.emit(book["globex"])
    assert window.current_page() is Page.ACCOUNTS
    assert window.accounts_view.current_company_id() == book["globex"]
