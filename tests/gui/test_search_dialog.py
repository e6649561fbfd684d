"""Quick search: typing finds accounts, contacts and content; keys move and choose."""

from __future__ import annotations

import pytest
from plan_builders import Plan, english_numbers, plan
from PySide6.QtCore import Qt

from planner.storage import Store
from planner.ui.dialogs.search_dialog import QuickSearchDialog

__all__ = ["english_numbers", "plan"]  # fixtures, imported to take effect here


@pytest.fixture
def dialog(qtbot, store: Store, plan: Plan) -> QuickSearchDialog:
    widget = QuickSearchDialog(store)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def shown(dialog: QuickSearchDialog) -> list[str]:
    return [dialog.results.item(i).text() for i in range(dialog.results.count())]  # type: ignore[union-attr]


def test_results_appear_as_the_user_types_with_their_kind(qtbot, dialog: QuickSearchDialog) -> None:
    qtbot.keyClicks(dialog.query, "ac")
    assert shown(dialog)[0] == "Acme Corp — Customer    [Account]"
    assert any(text.endswith("[Contact]") and "Ada Lovelace" in text for text in shown(dialog))
    qtbot.keyClicks(dialog.query, "kag")  # now "ackag": only "packaging" has it
    assert shown(dialog) == ["Cutting packaging waste — White paper    [Content]"]


def test_down_and_enter_choose_the_second_result(
    qtbot, dialog: QuickSearchDialog, plan: Plan
) -> None:
    qtbot.keyClicks(dialog.query, "acme")
    results = shown(dialog)
    assert results[0].startswith("Acme Corp")
    assert results[1].startswith("Ada Lovelace")  # a contact found by her acme e-mail
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.results.currentRow() == 1
    with qtbot.waitSignal(dialog.chosen) as blocker:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert blocker.args == ["contact", plan.ada.id]
    assert not dialog.isVisible()


def test_up_stops_at_the_first_result_and_enter_picks_an_account(
    qtbot, dialog: QuickSearchDialog, plan: Plan
) -> None:
    qtbot.keyClicks(dialog.query, "glo")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Up)
    assert dialog.results.currentRow() == 0
    with qtbot.waitSignal(dialog.chosen) as blocker:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Enter)
    assert blocker.args == ["company", plan.globex.id]


def test_nothing_found_says_so_and_enter_does_nothing(qtbot, dialog: QuickSearchDialog) -> None:
    qtbot.keyClicks(dialog.query, "zzzz")
    assert dialog.results.count() == 0
    assert dialog.status.text() == "Nothing matches “zzzz”."
    with qtbot.assertNotEmitted(dialog.chosen):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.isVisible()


def test_escape_closes(qtbot, dialog: QuickSearchDialog) -> None:
    qtbot.keyClicks(dialog.query, "acme")
    with qtbot.assertNotEmitted(dialog.chosen):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
