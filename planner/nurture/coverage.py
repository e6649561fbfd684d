"""Coverage: who the rep knows at each account, by level, and which levels have gone quiet."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date as date_t

from planner.domain.model import ContactLevel
from planner.domain.portfolio import Portfolio
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
        """Plain sentences: "no executive touch at Fabrikam for 97 days", "map a manager"."""
        name = self.company_name
        result = []
        total = sum(self.by_level.values())
        if total == 0:
            result.append(f"No contacts at {name}: map someone there")
        elif self.single_threaded:
            result.append(f"{name} is single-threaded: one contact only")
        for gap in self.stale_levels:
            level = gap.level.label.lower()
            if gap.days is None:
                result.append(f"No {level} touch at {name} yet")
            else:
                result.append(f"No {level} touch at {name} for {gap.days} days")
        for level in self.missing_levels:
            article = "an" if level is ContactLevel.EXECUTIVE else "a"
            result.append(f"Map {article} {level.label.lower()} at {name}")
        return result


def coverage_of(
    portfolio: Portfolio, score: Score, settings: NurtureSettings, today: date_t
) -> Coverage:
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
