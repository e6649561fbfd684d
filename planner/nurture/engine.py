"""The nurture engine as plain values: settings, snapshot, scores and week plans per revision."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, time
from threading import Lock

from planner.domain.model import Company, CompanyKind
from planner.domain.portfolio import Portfolio
from planner.domain.screening import Screening
from planner.nurture.scoring import Score, score_portfolio
from planner.nurture.settings import NurtureSettings
from planner.nurture.week_plan import Suggestion, accepted_in_week, plan_week

# Reads the settings and the book as of `today` from wherever the plan lives (a file, memory).
Loader = Callable[[date], tuple[NurtureSettings, Portfolio]]


class SupersededError(Exception):
    """The work was for a revision that a newer change has already replaced."""


@dataclass(frozen=True)
class Snapshot:
    """What every nurture view reads, for one revision of the plan on one day."""

    revision: int
    today: date
    settings: NurtureSettings
    portfolio: Portfolio
    scores: Mapping[int, Score]

    @property
    def key(self) -> tuple[int, date]:
        return (self.revision, self.today)


@dataclass(frozen=True)
class WeekPlan:
    """The suggestions for one week, the kinds of the accounts they name (for colour), and how
    many of the week's suggestions are on the calendar already."""

    week: date
    suggestions: tuple[Suggestion, ...]
    kinds: Mapping[int, CompanyKind] = field(default_factory=dict)
    accepted: int = 0


def _score_inputs(
    settings: NurtureSettings, portfolio: Portfolio
) -> tuple[NurtureSettings, tuple[Company, ...], dict[int, Screening]]:
    return (settings, portfolio.companies, dict(portfolio.screenings))


def _warm(portfolio: Portfolio) -> None:
    """Build the book's look-up tables here, so a view reading one pays nothing on its thread."""
    _built = (
        portfolio.company_by_id,
        portfolio.contact_by_id,
        portfolio.contacts_by_company,
        portfolio.planned_by_company,
        portfolio.planned_contacts,
    )


class NurtureEngine:
    """Builds snapshots through a loader and plans weeks on them; knows nothing of Qt.

    One snapshot is kept per (revision, day), so switching weeks only plans. Scores are kept
    while what they are computed from — the settings, the accounts and their screenings — is
    unchanged, so a new touch-point does not score the whole book again. `latest` is the newest
    revision anybody asked for: work for an older one stops early with `SupersededError`.
    """

    def __init__(self, loader: Loader) -> None:
        self._loader = loader
        self._lock = Lock()
        self._snapshot: Snapshot | None = None
        self._scored: tuple[object, dict[int, Score]] | None = None
        self.latest = 0
        self.scorings = 0  # how often the whole book was scored (score reuse is visible)

    def want(self, revision: int) -> None:
        """Note that `revision` is the newest one; older work may stop."""
        self.latest = max(self.latest, revision)

    def _check(self, revision: int) -> None:
        if revision < self.latest:
            raise SupersededError(revision)

    def current(self, revision: int, today: date) -> Snapshot | None:
        """The snapshot for this revision and day if it is already built."""
        snapshot = self._snapshot
        if snapshot is not None and snapshot.key == (revision, today):
            return snapshot
        return None

    def snapshot(self, revision: int, today: date) -> Snapshot:
        """The snapshot for `revision` on `today`, loading and scoring only what is needed."""
        with self._lock:
            found = self.current(revision, today)
            if found is not None:
                return found
            self._check(revision)
            settings, portfolio = self._loader(today)
            self._check(revision)
            inputs = _score_inputs(settings, portfolio)
            if self._scored is not None and self._scored[0] == inputs:
                scores = self._scored[1]
            else:
                scores = score_portfolio(portfolio.companies, settings, portfolio.screenings)
                self.scorings += 1
                self._scored = (inputs, scores)
            _warm(portfolio)
            snapshot = Snapshot(revision, today, settings, portfolio, scores)
            self._snapshot = snapshot
            return snapshot

    def plan(self, snapshot: Snapshot, week: date, now: time | None = None) -> WeekPlan:
        """The suggestions for the week starting `week`, on this snapshot (none before `now`)."""
        self._check(snapshot.revision)
        suggestions = plan_week(
            snapshot.portfolio,
            week,
            snapshot.settings,
            snapshot.today,
            scores=snapshot.scores,
            now=now,
        )
        by_id = snapshot.portfolio.company_by_id
        kinds = {
            s.company_id: by_id[s.company_id].kind for s in suggestions if s.company_id in by_id
        }
        accepted = accepted_in_week(snapshot.portfolio.plan_keys, week)
        return WeekPlan(week, tuple(suggestions), kinds, accepted)
