"""The nurture engine as plain values: settings, snapshot, scores and week plans per revision."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date, time
from threading import Lock
from typing import Protocol

from planner.domain.model import Company, CompanyKind
from planner.domain.portfolio import BookStats, Portfolio
from planner.domain.screening import Screening
from planner.nurture.scoring import Score, score_portfolio
from planner.nurture.settings import NurtureSettings
from planner.nurture.week_plan import Suggestion, accepted_in_week, plan_week
from planner.nurture.week_plan_rank import BookReader, RankInputs, plan_week_on_book, rank_inputs

# Reads the settings and the book as of `today` from wherever the plan lives (a file, memory).
Loader = Callable[[date], tuple[NurtureSettings, Portfolio]]


class AccountReader(BookReader, Protocol):
    """A `BookReader` that also reads one account with its people, and finds a person's account."""

    def book_stats(self) -> BookStats:
        """The whole book's figures that scores and content choice compare against."""
        ...

    def account(self, today: date, company_id: int, book: BookStats) -> Portfolio:
        """The account `company_id` with its people and their touches, as of `today`."""
        ...

    def company_of(self, contact_id: int) -> int | None:
        """The account a person works at now, or None."""
        ...


# Opens one consistent read of the book: its nurture settings and a reader over it.
BookOpener = Callable[[], AbstractContextManager[tuple[NurtureSettings, AccountReader]]]


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
    """The suggestions for one week, the kinds of the accounts they name (for colour), how
    many of the week's suggestions are on the calendar already, and the settings and day the
    plan was made with."""

    week: date
    suggestions: tuple[Suggestion, ...]
    kinds: Mapping[int, CompanyKind] = field(default_factory=dict)
    accepted: int = 0
    settings: NurtureSettings = field(default_factory=NurtureSettings)
    today: date | None = None


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
    """Plans weeks and reads accounts for the views, and builds whole-book snapshots; no Qt.

    A week's plan and one account's facts are read from the book as they are asked for
    (`week_plan`, `account`): only the accounts that can take one of the week's places, or
    the one account, are read in full, so neither grows with the book. The whole book is
    loaded only for what looks at all of it (Insights), through `snapshot`: one snapshot is
    kept per (revision, day), and its scores are kept while what they are computed from — the
    settings, the accounts and their screenings — is unchanged. `latest` is the newest
    revision anybody asked for: work for an older one stops early with `SupersededError`.
    """

    def __init__(self, loader: Loader, open_book: BookOpener | None = None) -> None:
        self._loader = loader
        self._open_book = open_book
        # The accounts' values for ranking, kept while no account changed (`accounts_changed`).
        self._accounts_generation = 0
        self._ranking: tuple[int, RankInputs] | None = None
        self._lock = Lock()
        self._snapshot: Snapshot | None = None
        self._scored: tuple[object, dict[int, Score]] | None = None
        self.latest = 0
        self.scorings = 0  # how often the whole book was scored (score reuse is visible)

    def want(self, revision: int) -> None:
        """Note that `revision` is the newest one; older work may stop."""
        self.latest = max(self.latest, revision)

    def accounts_changed(self) -> None:
        """Note that accounts (or their screenings) changed: their values are read again."""
        self._accounts_generation += 1

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
        return _week_plan(snapshot.portfolio, week, suggestions, snapshot.settings, snapshot.today)

    def week_plan(
        self, revision: int, today: date, week: date, now: time | None = None
    ) -> WeekPlan:
        """The week's plan for `revision`, the same as `plan` on the whole book gives.

        On a snapshot of this revision when one is built; otherwise the accounts are ranked
        on their rows and only the ones that can take a place are read in full.
        """
        self._check(revision)
        snapshot = self.current(revision, today)
        if snapshot is not None or self._open_book is None:
            return self.plan(snapshot or self.snapshot(revision, today), week, now)
        generation = self._accounts_generation  # taken before reading: never newer than the data

        with self._open_book() as (settings, book):

            def inputs() -> RankInputs:
                held = self._ranking
                if held is not None and held[0] == generation:
                    return held[1]
                made = rank_inputs(book)
                self._ranking = (generation, made)
                return made

            suggestions, portfolio = plan_week_on_book(
                book, settings, today, week, now, inputs, check=lambda: self._check(revision)
            )
        self._check(revision)
        return _week_plan(portfolio, week, suggestions, settings, today)

    def account(
        self,
        revision: int,
        today: date,
        *,
        company_id: int | None = None,
        contact_id: int | None = None,
    ) -> Snapshot | None:
        """A snapshot of one account (named, or where the person works) with its score.

        The portfolio holds that account with its people and their touches; the score is
        the one the whole book gives it. None when there is no such account (any more).
        """
        self._check(revision)
        whole = self.current(revision, today)
        if whole is not None or self._open_book is None:
            return whole or self.snapshot(revision, today)
        with self._open_book() as (settings, book):
            if company_id is None and contact_id is not None:
                company_id = book.company_of(contact_id)
            if company_id is None:
                return None
            portfolio = book.account(today, company_id, book.book_stats())
        self._check(revision)
        if company_id not in portfolio.company_by_id:
            return None
        scores = score_portfolio(
            portfolio.companies, settings, portfolio.screenings, book=portfolio.book
        )
        return Snapshot(revision, today, settings, portfolio, scores)


def _week_plan(
    portfolio: Portfolio,
    week: date,
    suggestions: list[Suggestion],
    settings: NurtureSettings,
    today: date,
) -> WeekPlan:
    by_id = portfolio.company_by_id
    kinds = {s.company_id: by_id[s.company_id].kind for s in suggestions if s.company_id in by_id}
    accepted = accepted_in_week(portfolio.plan_keys, week)
    return WeekPlan(week, tuple(suggestions), kinds, accepted, settings, today)
