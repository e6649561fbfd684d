"""What can come due in a week to plan: the bounds that narrow what the planner must load."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class WeekScope:
    """The week being planned and the shortest intervals after which any rule can fire.

    An account can only produce a suggestion for the week when one of these holds: it, or a
    contact level at it, was never touched or last touched `cadence_days` (by level; None is
    the account) or more before `week_end`; one of its people was last touched
    `lost_touch_days` or more before it; a contract (its own or a competitor's) ends within
    `runway_days` after it; someone joined or left it within `job_change_days` before it; or
    it is a small customer not yet screened (`small_account_revenue`, None: the bottom third).
    """

    today: date
    week_start: date
    week_end: date
    days: tuple[date, ...]  # the working days of the week from today on
    capacity_per_day: int
    cadence_days: Mapping[str | None, int] = field(default_factory=dict)
    lost_touch_days: int = 0
    runway_days: int = 0
    job_change_days: int = 0
    small_account_revenue: float | None = None


class AccountFigures(NamedTuple):
    """An account's figures that score it, read as a plain row for ranking a large book.

    A named tuple rather than a frozen dataclass: a ranking makes one per account (20,000 on a
    large book), and a tuple is made in a third of a frozen dataclass's time.

    `runway`: a contract of its own or a competitor's ends within the week's runway reach;
    `moved`: someone joined or left it lately (a job change can name it). Enum-valued fields
    hold the stored text ("customer", "high"…).
    """

    company_id: int
    kind: str
    growth: str
    wallet: float | None
    revenue: float | None
    timeframe: str
    margin: float | None
    deal: float | None
    at_risk: bool
    runway: bool = False
    moved: bool = False
