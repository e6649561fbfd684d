"""The Nurture section of the account and contact panels: tier, why, next due, coverage."""

from __future__ import annotations

from datetime import date

from planner.demo import generate
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.widgets.accounts_view import AccountsView
from planner.ui.widgets.contacts_view import ContactsView


def test_account_panel_shows_score_tier_reason_due_and_coverage(
    qtbot, store: Store, controller: Controller, monday_first: None
) -> None:
    generate(store, date(2026, 11, 23))
    view = AccountsView(controller)
    qtbot.addWidget(view)
    view.show()
    company = store.companies.all()[0]
    assert company.id is not None
    view.open_company(company.id)
    assert view.detail is not None
    section = view.detail.nurture
    assert section.isVisible()
    values = {k: v.text() for k, v in section.facts.values.items()}
    assert values["Tier"].startswith("Tier ")
    assert values["Why"]
    assert values["Next touch due"]
    assert values["Coverage"]


def test_contact_panel_shows_last_touch_and_account_tier(
    qtbot, store: Store, controller: Controller, monday_first: None
) -> None:
    generate(store, date(2026, 11, 23))
    view = ContactsView(controller)
    qtbot.addWidget(view)
    view.show()
    contact = next(c for c in store.contacts.all() if c.company_id is not None)
    assert contact.id is not None
    view.open_contact(contact.id)
    assert view.detail is not None
    values = {k: v.text() for k, v in view.detail.nurture.facts.values.items()}
    assert values["Account tier"].startswith("Tier ")
    assert values["Last touch"]


def test_the_last_touch_reads_as_a_count_of_days_on_either_side_of_today(qtbot) -> None:
    from planner.ui.widgets.nurture_facts import NurtureSection

    section = NurtureSection()
    qtbot.addWidget(section)
    today = date(2026, 12, 6)
    assert section.last_text(date(2026, 11, 6), today).endswith("(30 days ago)")
    assert section.last_text(date(2026, 12, 5), today).endswith("(1 day ago)")
    assert section.last_text(today, today).endswith("(today)")
    # Marked done ahead of its day: no raw placeholder, a count forward.
    ahead = section.last_text(date(2026, 12, 9), today)
    assert "%" not in ahead
    assert ahead.endswith("(in 3 days)")
    assert section.last_text(None, today) == "Never"
