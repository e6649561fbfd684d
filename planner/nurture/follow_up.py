"""Follow-ups: the next step after a touch-point is done, dated by the cadence that applies."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from planner.domain.model import Channel, Company, Contact, Purpose, TouchPoint
from planner.domain.screening import Screening
from planner.nurture.cadence import intervals, next_working_day
from planner.nurture.scoring import Score, score_portfolio
from planner.nurture.settings import NurtureSettings


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A proposed next touch-point: the day, the person and the channel, and which cadence."""

    company_id: int
    contact_id: int | None
    channel: Channel
    day: date
    interval_days: int

    def with_day(self, day: date) -> FollowUp:
        """The same follow-up on another day."""
        return replace(self, day=day)

    def with_channel(self, channel: Channel) -> FollowUp:
        """The same follow-up by another channel."""
        return replace(self, channel=channel)

    def touchpoint(self, done: TouchPoint, title: str) -> TouchPoint:
        """The touch-point to plan: all day (a time is the rep's to choose), a check-in."""
        return TouchPoint(
            company_id=self.company_id,
            contact_id=self.contact_id,
            day=self.day,
            channel=self.channel,
            purpose=Purpose.CHECK_IN,
            title=title,
            duration_minutes=done.duration_minutes,
        )


def follow_up_day(done_on: date, interval_days: int, settings: NurtureSettings) -> date:
    """`interval_days` after `done_on` (at least one), moved to the next working day."""
    return next_working_day(done_on + timedelta(days=max(1, interval_days)), settings.working_days)


def propose_follow_up(
    done: TouchPoint,
    done_on: date,
    contact: Contact | None,
    score: Score,
    settings: NurtureSettings,
) -> FollowUp:
    """The next step after `done`: the ideal interval of the cadence for the contact's level
    (the account's own cadence without a contact), the same person, the same channel (a call
    after a content send, which needs an item chosen)."""
    level = contact.level if contact is not None else None
    rule = settings.rule(score.program, score.tier, level)
    ideal_days, _max_days = intervals(rule, score.at_risk, settings)
    channel = Channel.CALL if done.channel is Channel.CONTENT else done.channel
    return FollowUp(
        company_id=done.company_id,
        contact_id=done.contact_id,
        channel=channel,
        day=follow_up_day(done_on, ideal_days, settings),
        interval_days=ideal_days,
    )


def account_score(
    company_id: int,
    companies: Iterable[Company],
    settings: NurtureSettings,
    screenings: Mapping[int, Screening] | None = None,
) -> Score:
    """One account's score; tiers are relative to the whole book, so all accounts are read."""
    return score_portfolio(companies, settings, screenings)[company_id]
