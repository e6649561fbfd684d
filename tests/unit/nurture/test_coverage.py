"""Coverage of an account: single threads, stale contacts and missing levels."""

from __future__ import annotations

from planner.domain.model import (
    CompanyKind,
    ContactLevel,
)
from planner.nurture.coverage import coverage_of
from planner.nurture.scoring import score_portfolio
from planner.nurture.settings import NurtureSettings

from .helpers import TODAY, ago, company, person, portfolio

S = NurtureSettings()


def test_coverage_flags_single_thread_stale_and_missing_levels() -> None:
    c = company(1, CompanyKind.DREAM_CLIENT, name="Fabrikam", margin_percent=40)
    exec_ = person(10, 1, ContactLevel.EXECUTIVE)
    p = portfolio((c,), (exec_,), last_level_touch={(1, ContactLevel.EXECUTIVE): ago(97)})
    score = score_portfolio([c], S)[1]
    cov = coverage_of(p, score, S, TODAY)
    assert cov.single_threaded
    assert cov.by_level[ContactLevel.EXECUTIVE] == 1
    assert ContactLevel.MANAGER in cov.missing_levels
    assert "No executive touch at Fabrikam for 97 days" in cov.flags
    assert "Map a manager at Fabrikam" in cov.flags
    assert "Fabrikam is single-threaded: one contact only" in cov.flags
    assert cov.short_flags == [
        "Single-threaded: one contact only",
        "No executive touch for 97 days",
        "Map a manager",
        "Map a practitioner",
    ]
    assert len(cov.flags) == len(cov.short_flags)
