"""What the planner knows about the rep's book: accounts, people, content and last touches."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time
from functools import cached_property

from planner.domain.model import (
    Channel,
    Company,
    Contact,
    ContactLevel,
    ContentItem,
    Employment,
    Purpose,
)
from planner.domain.screening import Screening


@dataclass(frozen=True, slots=True)
class Planned:
    """A touch-point already on the calendar (planned, or done on/after the planning day)."""

    company_id: int
    day: date
    contact_id: int | None = None
    channel: Channel = Channel.CALL
    purpose: Purpose = Purpose.CHECK_IN
    content_id: int | None = None
    plan_key: str | None = None
    done: bool = False
    # Wall-clock start and length of a timed touch-point; None for an all-day one.
    time: time | None = None
    duration_minutes: int = 30


@dataclass(frozen=True, slots=True)
class BookStats:
    """Figures over the whole book, for a portfolio loaded for a part of it (a week's plan).

    Scores compare an account with the book's largest deal and wallet gap and its revenue
    bands; content choice avoids items most contacts already got. A portfolio holding the
    whole book has none of these (they are computed from its accounts).
    """

    max_deal: float
    max_wallet_gap: float
    # The customer revenue a third of the way up (None with fewer than three known).
    revenue_third: float | None
    # How many contacts have received each content item.
    send_counts: Mapping[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Portfolio:
    """A snapshot of the rep's book for planning: last completed touches rather than all of them.

    `last_*` maps hold the day of the latest completed (done) touch-point; `planned` holds
    touch-points on the calendar from the planning day on (and done ones in that range, which
    still use up capacity). `sends` maps a contact to the content items they have received.
    """

    today: date
    companies: tuple[Company, ...] = ()
    contacts: tuple[Contact, ...] = ()
    employments: tuple[Employment, ...] = ()
    content: tuple[ContentItem, ...] = ()
    sends: Mapping[int, frozenset[int]] = field(default_factory=dict)
    screenings: Mapping[int, Screening] = field(default_factory=dict)
    last_contact_touch: Mapping[int, date] = field(default_factory=dict)
    last_company_touch: Mapping[int, date] = field(default_factory=dict)
    last_level_touch: Mapping[tuple[int, ContactLevel], date] = field(default_factory=dict)
    last_purpose_touch: Mapping[tuple[int, Purpose], date] = field(default_factory=dict)
    planned: tuple[Planned, ...] = ()
    # Days of completed touches per account in the 180 days before `today` (for the simulation).
    recent_done: Mapping[int, tuple[date, ...]] = field(default_factory=dict)
    # Plan keys of suggestions the rep dismissed: no planner proposes them again.
    dismissed: frozenset[str] = frozenset()
    # Set when only the accounts that can be due were loaded (see storage.week_portfolio).
    book: BookStats | None = None
    # The rep's time off as (first day, last day, label): nothing is planned on those days.
    time_off: tuple[tuple[date, date, str], ...] = ()

    def replace(self, **changes: object) -> Portfolio:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    @cached_property
    def company_by_id(self) -> dict[int, Company]:
        return {c.id: c for c in self.companies if c.id is not None}

    @cached_property
    def contact_by_id(self) -> dict[int, Contact]:
        return {c.id: c for c in self.contacts if c.id is not None}

    @cached_property
    def contacts_by_company(self) -> dict[int, tuple[Contact, ...]]:
        """Each account's contacts; contacts with no account are in none."""
        grouped: dict[int, list[Contact]] = {}
        for contact in self.contacts:
            if contact.company_id is not None and contact.id is not None:
                grouped.setdefault(contact.company_id, []).append(contact)
        return {k: tuple(v) for k, v in grouped.items()}

    @cached_property
    def content_by_id(self) -> dict[int, ContentItem]:
        return {c.id: c for c in self.content if c.id is not None}

    @cached_property
    def planned_from_today(self) -> tuple[Planned, ...]:
        """Calendar entries on or after `today`; earlier ones are history, not plans."""
        return tuple(p for p in self.planned if p.day >= self.today)

    @cached_property
    def planned_by_company(self) -> dict[int, tuple[Planned, ...]]:
        """Calendar entries from today on, grouped by account."""
        grouped: dict[int, list[Planned]] = {}
        for p in self.planned_from_today:
            grouped.setdefault(p.company_id, []).append(p)
        return {k: tuple(v) for k, v in grouped.items()}

    @cached_property
    def planned_contacts(self) -> frozenset[int]:
        """Contacts with a touch-point on the calendar from today on."""
        return frozenset(p.contact_id for p in self.planned_from_today if p.contact_id is not None)

    @cached_property
    def planned_companies(self) -> frozenset[int]:
        """Accounts with a touch-point on the calendar from today on."""
        return frozenset(p.company_id for p in self.planned_from_today)

    @cached_property
    def planned_levels(self) -> frozenset[tuple[int, ContactLevel]]:
        """(account, level) pairs with a touch-point from today on with someone of that level."""
        result = set()
        for p in self.planned_from_today:
            contact = self.contact_by_id.get(p.contact_id) if p.contact_id is not None else None
            if contact is not None:
                result.add((p.company_id, contact.level))
        return frozenset(result)

    @cached_property
    def planned_content(self) -> dict[int, frozenset[int]]:
        """Content items already on the calendar for each contact (not yet sent)."""
        grouped: dict[int, set[int]] = {}
        for p in self.planned:
            if p.contact_id is not None and p.content_id is not None and not p.done:
                grouped.setdefault(p.contact_id, set()).add(p.content_id)
        return {k: frozenset(v) for k, v in grouped.items()}

    def load_on(self, day: date) -> int:
        """How many touch-points are already on the calendar that day."""
        return self.day_loads.get(day, 0)

    @cached_property
    def day_loads(self) -> dict[date, int]:
        """Touch-points per day, done ones included: they used up that day's capacity."""
        loads: dict[date, int] = {}
        for p in self.planned:
            loads[p.day] = loads.get(p.day, 0) + 1
        return loads

    @cached_property
    def plan_keys(self) -> frozenset[str]:
        """Keys of accepted suggestions on the calendar: the planner never proposes them again."""
        return frozenset(p.plan_key for p in self.planned if p.plan_key)
