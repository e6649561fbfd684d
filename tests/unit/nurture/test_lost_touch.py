"""Contacts nobody has touched for a given number of days."""

from __future__ import annotations

from planner.nurture.lost_touch import lost_touch
from planner.nurture.settings import NurtureSettings

from .helpers import TODAY, ago, company, person, portfolio

S = NurtureSettings()


def test_lost_touch_lists_contacts_untouched_for_n_days() -> None:
    c = company(1)
    old, recent, never = person(10, 1), person(11, 1), person(12, 1)
    p = portfolio((c,), (old, recent, never), last_contact_touch={10: ago(95), 11: ago(10)})
    found = lost_touch(p, S, TODAY)
    assert [lt.contact.id for lt in found] == [12, 10]
    assert found[1].days == 95
    assert found[1].reason == (
        f"No touch with {old.first_name} for 95 days: a personal, not-about-business touch"
    )
    assert found[0].reason == f"Never touched {never.first_name}: time for a personal touch"
    assert [lt.contact.id for lt in lost_touch(p, S.replace(lost_touch_days=120), TODAY)] == [12]
