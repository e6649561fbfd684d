"""Coverage: who the rep knows at each account, by level, and which levels have gone quiet."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date as date_t

from planner.domain.model import ContactLevel
from planner.domain.portfolio import Portfolio
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.nurture.cadence import company_dues
from planner.nurture.scoring import Score
from planner.nurture.settings import NurtureSettings


@dataclass(frozen=True, slots=True)
class LevelGap:
    """A level at an account not touched within its maximum interval."""

    level: ContactLevel
    days: int | None  # None: never touched
    max_days: int


@dataclass(frozen=True, slots=True)
class _Wording:
    """The coverage flags of one kind, one template per contact level where a level shows."""

    no_contacts: str
    single_threaded: str
    not_yet: dict[ContactLevel, str]
    not_for: dict[ContactLevel, str]  # {days}
    unmapped: dict[ContactLevel, str]


# With the account's name ({company}), for a list of flags from several accounts…
_NAMED = _Wording(
    no_contacts=QT_TRANSLATE_NOOP("Nurture", "No contacts at {company}: map someone there"),
    single_threaded=QT_TRANSLATE_NOOP("Nurture", "{company} is single-threaded: one contact only"),
    not_yet={
        ContactLevel.EXECUTIVE: QT_TRANSLATE_NOOP("Nurture", "No executive touch at {company} yet"),
        ContactLevel.MANAGER: QT_TRANSLATE_NOOP("Nurture", "No manager touch at {company} yet"),
        ContactLevel.PRACTITIONER: QT_TRANSLATE_NOOP(
            "Nurture", "No practitioner touch at {company} yet"
        ),
    },
    not_for={
        ContactLevel.EXECUTIVE: QT_TRANSLATE_NOOP(
            "Nurture", "No executive touch at {company} for {days} days"
        ),
        ContactLevel.MANAGER: QT_TRANSLATE_NOOP(
            "Nurture", "No manager touch at {company} for {days} days"
        ),
        ContactLevel.PRACTITIONER: QT_TRANSLATE_NOOP(
            "Nurture", "No practitioner touch at {company} for {days} days"
        ),
    },
    unmapped={
        ContactLevel.EXECUTIVE: QT_TRANSLATE_NOOP("Nurture", "Map an executive at {company}"),
        ContactLevel.MANAGER: QT_TRANSLATE_NOOP("Nurture", "Map a manager at {company}"),
        ContactLevel.PRACTITIONER: QT_TRANSLATE_NOOP("Nurture", "Map a practitioner at {company}"),
    },
)
# … and without it, for a list shown under the account's name.
_UNNAMED = _Wording(
    no_contacts=QT_TRANSLATE_NOOP("Nurture", "No contacts: map someone there"),
    single_threaded=QT_TRANSLATE_NOOP("Nurture", "Single-threaded: one contact only"),
    not_yet={
        ContactLevel.EXECUTIVE: QT_TRANSLATE_NOOP("Nurture", "No executive touch yet"),
        ContactLevel.MANAGER: QT_TRANSLATE_NOOP("Nurture", "No manager touch yet"),
        ContactLevel.PRACTITIONER: QT_TRANSLATE_NOOP("Nurture", "No practitioner touch yet"),
    },
    not_for={
        ContactLevel.EXECUTIVE: QT_TRANSLATE_NOOP("Nurture", "No executive touch for {days} days"),
        ContactLevel.MANAGER: QT_TRANSLATE_NOOP("Nurture", "No manager touch for {days} days"),
        ContactLevel.PRACTITIONER: QT_TRANSLATE_NOOP(
            "Nurture", "No practitioner touch for {days} days"
        ),
    },
    unmapped={
        ContactLevel.EXECUTIVE: QT_TRANSLATE_NOOP("Nurture", "Map an executive"),
        ContactLevel.MANAGER: QT_TRANSLATE_NOOP("Nurture", "Map a manager"),
        ContactLevel.PRACTITIONER: QT_TRANSLATE_NOOP("Nurture", "Map a practitioner"),
    },
)


@dataclass(frozen=True, slots=True)
class Coverage:
    """Contacts by level at one account, with its flags in plain words."""

    company_id: int
    company_name: str
    by_level: Mapping[ContactLevel, int]
    single_threaded: bool
    missing_levels: tuple[ContactLevel, ...]
    stale_levels: tuple[LevelGap, ...]

    @property
    def flags(self) -> list[str]:
        """Plain sentences: "No executive touch at Fabrikam for 97 days", "Map a manager at …"."""
        return self._flags(_NAMED)

    @property
    def short_flags(self) -> list[str]:
        """The flags without the account's name: "No executive touch for 97 days"."""
        return self._flags(_UNNAMED)

    def _flags(self, wording: _Wording) -> list[str]:
        name = self.company_name
        result: list[str] = []
        total = sum(self.by_level.values())
        if total == 0:
            result.append(wording.no_contacts.format(company=name))
        elif self.single_threaded:
            result.append(wording.single_threaded.format(company=name))
        for gap in self.stale_levels:
            if gap.days is None:
                result.append(wording.not_yet[gap.level].format(company=name))
            else:
                result.append(wording.not_for[gap.level].format(company=name, days=gap.days))
        for level in self.missing_levels:
            result.append(wording.unmapped[level].format(company=name))
        return result


def coverage_of(
    portfolio: Portfolio, score: Score, settings: NurtureSettings, today: date_t
) -> Coverage:
    """How well the account is covered: contacts per level, single thread, gaps by level."""
    cid = score.company_id
    contacts = portfolio.contacts_by_company.get(cid, ())
    by_level = {level: 0 for level in ContactLevel}
    for contact in contacts:
        by_level[contact.level] += 1
    stale = []
    for due in company_dues(portfolio, score, settings, today):
        if due.level is None:
            continue
        days = due.days_since(today)
        if days is None or days > due.max_days:
            stale.append(LevelGap(due.level, days, due.max_days))
    missing = tuple(level for level, n in by_level.items() if n == 0) if contacts else ()
    company = portfolio.company_by_id[cid]
    return Coverage(cid, company.name, by_level, len(contacts) == 1, missing, tuple(stale))


def coverage_report(
    portfolio: Portfolio,
    scores: Mapping[int, Score],
    settings: NurtureSettings,
    today: date_t,
) -> list[Coverage]:
    """Coverage of every account, in score order."""
    return [coverage_of(portfolio, s, settings, today) for s in scores.values()]
