"""The accounts table's optional columns come and go with its width, most wanted first."""

from __future__ import annotations

from plan_builders import Plan, english_numbers, plan

from planner.ui.controller import Controller
from planner.ui.models.accounts_model import Column
from planner.ui.widgets.accounts_view import SPEC, AccountsView

__all__ = ["english_numbers", "plan"]  # fixtures, imported to take effect here


def shown(view: AccountsView) -> list[int]:
    header = view.table.horizontalHeader()
    return [c for c in range(header.count()) if not header.isSectionHidden(c)]


def test_a_wider_table_shows_more_columns_in_their_order(
    qtbot, controller: Controller, plan: Plan
) -> None:
    view = AccountsView(controller)
    qtbot.addWidget(view)
    view.resize(760, 600)
    view.show()
    table, header = view.table, view.table.horizontalHeader()
    seen: list[list[int]] = []
    for width in (760, 1000, 1200, 1900, 1000, 760):
        view.resize(width, 600)
        qtbot.waitUntil(lambda width=width: abs(view.width() - width) < 2)
        columns = shown(view)
        seen.append(columns)
        optional = [c for c in columns if c in SPEC.optional]
        # Always the core columns; the optional ones in their order of priority.
        assert set(columns) >= {Column.NAME, Column.KIND, Column.INDUSTRY, Column.NEXT_TOUCH}
        assert set(optional) == set(SPEC.optional[: len(optional)])
        # Never sideways scrolling, and the name keeps its room.
        assert table.horizontalScrollBar().maximum() == 0
        assert header.sectionSize(Column.NAME) >= SPEC.least
    assert not [c for c in seen[0] if c in SPEC.optional]  # a narrow table: none of them
    assert set(seen[3]) == set(range(len(Column)))  # a large screen: every column
    assert len(seen[1]) < len(seen[2]) < len(seen[3])
    assert seen[4] == seen[1]  # narrower again: the same as before
    assert seen[5] == seen[0]
