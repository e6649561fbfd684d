"""The follow-up `touch done --follow-up` plans: the cadence's date or the one given."""

from __future__ import annotations

from datetime import date

from planner.cli.plan import load_settings
from planner.domain.model import TouchPoint
from planner.nurture.follow_up import account_score, propose_follow_up
from planner.storage import Store


def plan_follow_up(store: Store, done: TouchPoint, today: date, day: date | None) -> TouchPoint:
    """Plan the next step after `done` (inside the caller's transaction): on `day`, or on the
    date the account's or contact's cadence gives when `day` is None."""
    settings = load_settings(store)
    contact = store.contacts.get(done.contact_id) if done.contact_id is not None else None
    score = account_score(
        done.company_id, store.companies.all(), settings, store.screenings.latest()
    )
    proposal = propose_follow_up(done, today, contact, score, settings)
    if day is not None:
        proposal = proposal.with_day(day)
    company = store.companies.get(done.company_id)
    title = f"Follow-up: {contact.full_name if contact else company.name}"
    return store.touchpoints.add(proposal.touchpoint(done, title))
