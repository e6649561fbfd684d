"""Follow-up dates come from the cadence for the contact's level, the account's without one."""

from __future__ import annotations

from datetime import date

from planner.domain.model import Channel, Contact, ContactLevel, TouchPoint
from planner.nurture.follow_up import follow_up_day, propose_follow_up
from planner.nurture.scoring import Score
from planner.nurture.settings import CadenceRule, NurtureSettings, Program, Tier

DONE_ON = date(2026, 11, 23)  # a Monday


def score(tier: Tier = Tier.A, at_risk: bool = False) -> Score:
    return Score(1, 0.7, tier, tier, Program.CUSTOMER, "", at_risk)


def settings_with(ideal_exec: int, ideal_account: int) -> NurtureSettings:
    return NurtureSettings(
        cadence_rules=(
            CadenceRule(Program.CUSTOMER, Tier.A, ContactLevel.EXECUTIVE, ideal_exec, 60),
            CadenceRule(Program.CUSTOMER, Tier.A, None, ideal_account, 60),
        )
    )


def test_the_contacts_level_sets_the_interval() -> None:
    settings = settings_with(ideal_exec=14, ideal_account=21)
    done = TouchPoint(1, DONE_ON, Channel.MEETING, contact_id=7)
    boss = Contact("Jane", "Doe", company_id=1, level=ContactLevel.EXECUTIVE, id=7)
    proposal = propose_follow_up(done, DONE_ON, boss, score(), settings)
    assert proposal.day == date(2026, 12, 7)
    assert (proposal.contact_id, proposal.channel, proposal.interval_days) == (
        7,
        Channel.MEETING,
        14,
    )


def test_without_a_contact_the_accounts_cadence_applies() -> None:
    settings = settings_with(ideal_exec=14, ideal_account=21)
    done = TouchPoint(1, DONE_ON, Channel.EMAIL)
    proposal = propose_follow_up(done, DONE_ON, None, score(), settings)
    assert proposal.day == date(2026, 12, 14)
    assert proposal.contact_id is None


def test_a_weekend_date_moves_to_monday_and_at_risk_shortens() -> None:
    settings = settings_with(ideal_exec=12, ideal_account=21)  # 23 Nov + 12 = Sat 5 Dec
    done = TouchPoint(1, DONE_ON, Channel.CALL, contact_id=7)
    boss = Contact("Jane", "Doe", company_id=1, level=ContactLevel.EXECUTIVE, id=7)
    assert propose_follow_up(done, DONE_ON, boss, score(), settings).day == date(2026, 12, 7)
    risky = propose_follow_up(done, DONE_ON, boss, score(at_risk=True), settings)
    assert risky.interval_days == round(12 * settings.at_risk_factor)
    assert risky.day == date(2026, 11, 30)


def test_a_content_send_is_followed_by_a_call_never_on_the_same_day() -> None:
    settings = NurtureSettings()
    done = TouchPoint(1, DONE_ON, Channel.CONTENT, contact_id=7, content_id=3)
    assert propose_follow_up(done, DONE_ON, None, score(), settings).channel is Channel.CALL
    assert follow_up_day(DONE_ON, 0, settings) == date(2026, 11, 24)
