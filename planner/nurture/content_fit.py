"""Content fit: which items suit an account and a person, never the same one twice to anyone."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from planner.domain.model import Company, Contact, ContentItem
from planner.domain.portfolio import Portfolio
from planner.domain.text import QT_TRANSLATE_NOOP


def fits(item: ContentItem, company: Company, contact: Contact) -> bool:
    """An item fits when each of its segment lists is empty or names the account or person."""
    if item.segment_kinds and company.kind not in item.segment_kinds:
        return False
    if item.segment_levels and contact.level not in item.segment_levels:
        return False
    if item.segment_industries:
        wanted = {i.strip().lower() for i in item.segment_industries}
        if company.industry.strip().lower() not in wanted:
            return False
    return True


def _specificity(item: ContentItem) -> int:
    return sum(bool(s) for s in (item.segment_kinds, item.segment_levels, item.segment_industries))


def suggest_content(
    portfolio: Portfolio,
    company: Company,
    contact: Contact,
    *,
    exclude: Iterable[int] = (),
    send_counts: Counter[int] | None = None,
) -> list[ContentItem]:
    """Items that fit and that this contact has neither received nor has on the calendar.

    Most targeted first, then the least sent.
    """
    assert contact.id is not None
    received = set(portfolio.sends.get(contact.id, frozenset()))
    received |= portfolio.planned_content.get(contact.id, frozenset())
    received |= set(exclude)
    counts = send_counts if send_counts is not None else Counter[int]()
    candidates = [
        item
        for item in portfolio.content
        if item.id is not None and item.id not in received and fits(item, company, contact)
    ]
    candidates.sort(key=lambda i: (-_specificity(i), counts.get(i.id or 0, 0), i.id or 0))
    return candidates


def send_counts(portfolio: Portfolio) -> Counter[int]:
    """How many contacts have received each item."""
    counts: Counter[int] = Counter()
    for items in portfolio.sends.values():
        counts.update(items)
    return counts


@dataclass(frozen=True, slots=True)
class OneSizeFitsAll:
    """An item that has gone to (nearly) everyone: content that is not targeted."""

    item: ContentItem
    recipients: int
    share: float

    @property
    def reason(self) -> str:
        return QT_TRANSLATE_NOOP(
            "Nurture",
            "{title!r} went to {recipients} contacts ({percent:.0f} % of everyone): "
            "one size fits all",
        ).format(title=self.item.title, recipients=self.recipients, percent=self.share * 100)


def one_size_fits_all(portfolio: Portfolio, share: float = 0.8) -> list[OneSizeFitsAll]:
    """Items received by at least `share` of all current contacts (and more than one)."""
    total = len(portfolio.contacts)
    if total < 2:
        return []
    counts = send_counts(portfolio)
    result = []
    for item in portfolio.content:
        n = counts.get(item.id or 0, 0)
        if n >= 2 and n / total >= share:
            result.append(OneSizeFitsAll(item, n, n / total))
    result.sort(key=lambda o: -o.share)
    return result
