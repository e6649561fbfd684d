"""The account detail panel: its facts side by side where there is room, stacked where not."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout

from planner.domain.model import Company, CompanyKind
from planner.storage import Store
from planner.ui.widgets.account_detail import SIDE_BY_SIDE_MIN_WIDTH, AccountDetail


def test_segmentation_and_contract_stack_on_a_narrow_panel(qtbot, store: Store) -> None:
    with store.transaction():
        company = store.companies.add(Company("Alderbrook Botanicals", CompanyKind.CUSTOMER))
    assert company.id is not None
    panel = AccountDetail(store)
    qtbot.addWidget(panel)
    panel.show_company(company.id)
    panel.resize(SIDE_BY_SIDE_MIN_WIDTH + 300, 700)
    panel.show()
    qtbot.waitUntil(lambda: panel.columns.direction() is QBoxLayout.Direction.LeftToRight)
    growth = panel.segmentation.values["Growth potential"]
    health = panel.health.values["Health"]
    assert (
        growth.mapTo(panel.body, growth.rect().topLeft()).x()
        < health.mapTo(panel.body, health.rect().topLeft()).x()
    )
    # A laptop's narrow panel: one under the other, and a one-word value is shown whole.
    panel.resize(SIDE_BY_SIDE_MIN_WIDTH - 100, 700)
    qtbot.waitUntil(lambda: panel.columns.direction() is QBoxLayout.Direction.TopToBottom)
    qtbot.waitUntil(
        lambda: (
            health.mapTo(panel.body, health.rect().topLeft()).y()
            > growth.mapTo(panel.body, growth.rect().topLeft()).y()
        )
    )
    assert growth.width() >= growth.fontMetrics().horizontalAdvance(growth.text())
