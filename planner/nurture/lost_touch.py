"""Lost touch: people the rep has not touched for N days, offered for a personal touch."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.domain.model import Contact
from planner.domain.portfolio import Portfolio
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.nurture.settings import NurtureSettings


@dataclass(frozen=True, slots=True)
class LostTouch:
    """A contact and how long since their last completed touch (None: never)."""

    contact: Contact
    last: date | None
    days: int | None

    @property
    def reason(self) -> str:
        if self.days is None:
            return QT_TRANSLATE_NOOP(
                "Nurture", "Never touched {name}: time for a personal touch"
            ).format(name=self.contact.first_name)
        return QT_TRANSLATE_NOOP(
            "Nurture",
            "No touch with {name} for {days} days: a personal, not-about-business touch",
        ).format(name=self.contact.first_name, days=self.days)


def lost_touch(
    portfolio: Portfolio, settings: NurtureSettings, today: date, *, lead_days: int = 0
) -> list[LostTouch]:
    """Contacts untouched for at least `lost_touch_days - lead_days` days, longest first.

    Contacts with a touch-point on the calendar from today on are left out: one is coming.
    """
    limit = settings.lost_touch_days - lead_days
    result = []
    for contact in portfolio.contacts:
        if contact.id is None or contact.company_id is None:
            continue
        if contact.id in portfolio.planned_contacts:
            continue
        last = portfolio.last_contact_touch.get(contact.id)
        days = None if last is None else (today - last).days
        if days is None or days >= limit:
            result.append(LostTouch(contact, last, days))
    result.sort(key=lambda lt: (lt.days is not None, -(lt.days or 0), lt.contact.id or 0))
    return result
