"""Quick search: typing finds accounts, contacts and content; keys move and choose."""

from __future__ import annotations

import pytest
from plan_builders import Plan, english_numbers, plan
from PySide6.QtCore import Qt

from planner.storage import Store
from planner.ui.dialogs.search_dialog import HIT_ROLE, QuickSearchDialog

__all__ = ["english_numbers", "plan"]  # fixtures, imported to take effect here


@pytest.fixture
def dialog(qtbot, store: Store, plan: Plan) -> QuickSearchDialog:
    widget = QuickSearchDialog(store)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def shown(dialog: QuickSearchDialog) -> list[str]:
    """The hits listed, without the group headings."""
    items = [dialog.results.item(i) for i in range(dialog.results.count())]
    return [item.text() for item in items if item is not None and item.data(HIT_ROLE)]


def chosen_hit(dialog: QuickSearchDialog) -> tuple[str, int]:
    item = dialog.results.currentItem()
    assert item is not None
    return item.data(HIT_ROLE)


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
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)  # over the Contacts heading
    assert chosen_hit(dialog) == ("contact", plan.ada.id)
    with qtbot.waitSignal(dialog.chosen) as blocker:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert blocker.args == ["contact", plan.ada.id]
    assert not dialog.isVisible()


def test_up_stops_at_the_first_result_and_enter_picks_an_account(
    qtbot, dialog: QuickSearchDialog, plan: Plan
) -> None:
    qtbot.keyClicks(dialog.query, "glo")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Up)
    assert chosen_hit(dialog) == ("company", plan.globex.id)
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


def test_results_are_grouped_under_headings_and_pass_the_model_tester(
    qtbot, qtmodeltester, dialog: QuickSearchDialog, store: Store, plan: Plan
) -> None:
    qtbot.keyClicks(dialog.query, "acme")
    items = [dialog.results.item(i) for i in range(dialog.results.count())]
    headings = [i.text() for i in items if i is not None and not i.data(HIT_ROLE)]
    assert headings[:2] == ["Accounts", "Contacts"]
    assert items[0] is not None
    assert items[0].flags() == Qt.ItemFlag.NoItemFlags  # a heading cannot be chosen
    qtmodeltester.check(dialog.results.model())


def test_a_touchpoint_is_found_by_its_outcome_and_chosen(
    qtbot, dialog: QuickSearchDialog, store: Store, plan: Plan
) -> None:
    tp = store.touchpoints.all()[0]
    assert tp.id is not None
    with store.transaction():
        store.touchpoints.update(tp.replace(outcome="Asked for the forklift demo"))
    qtbot.keyClicks(dialog.query, "forklift")
    assert shown(dialog)[0].endswith("[Touch-point]")
    with qtbot.waitSignal(dialog.chosen) as blocker:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert blocker.args == ["touchpoint", tp.id]
