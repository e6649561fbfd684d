"""Accepting the engine's plans: suggestions applied once and in one transaction, job changes."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date, timedelta

import pytest

from planner.domain.model import (
    CompanyKind,
    Status,
)
from planner.nurture.job_changes import plan_job_change
from planner.nurture.settings import NurtureSettings
from planner.nurture.week_plan import plan_week
from planner.storage import Store
from planner.storage.plans import apply_job_change, apply_suggestions
from planner.storage.portfolio import load_portfolio

from .books import small_book

TODAY = date(2026, 11, 23)
NEXT_WEEK = date(2026, 11, 30)


def test_apply_suggestions_is_idempotent(store: Store) -> None:
    small_book(store)
    suggestions = plan_week(load_portfolio(store, TODAY), NEXT_WEEK, NurtureSettings(), TODAY)
    assert suggestions
    assert apply_suggestions(store, suggestions) == len(suggestions)
    count = store.touchpoints.count()
    assert apply_suggestions(store, suggestions) == 0
    assert store.touchpoints.count() == count
    # Planning the same week again proposes nothing new, and applying it adds nothing.
    again = plan_week(load_portfolio(store, TODAY), NEXT_WEEK, NurtureSettings(), TODAY)
    assert apply_suggestions(store, again) == 0
    assert store.touchpoints.count() == count
    entries = store.touchpoints.between(NEXT_WEEK, NEXT_WEEK + timedelta(days=6))
    assert {e.touchpoint.reason for e in entries} == {s.reason for s in suggestions}
    assert all(e.touchpoint.status is Status.PLANNED for e in entries)


def test_apply_is_one_transaction(store: Store) -> None:
    small_book(store)
    suggestions = plan_week(load_portfolio(store, TODAY), NEXT_WEEK, NurtureSettings(), TODAY)
    wrong = dataclasses.replace(suggestions[0], key="broken", company_id=9999)
    broken = [*suggestions, wrong]  # the last one violates a foreign key
    with pytest.raises(sqlite3.IntegrityError):
        apply_suggestions(store, broken)
    assert store.touchpoints.count() == 0


def test_apply_job_change_creates_prospect_and_moves_contact(store: Store) -> None:
    fab, ann, _ = small_book(store)
    p = load_portfolio(store, TODAY)
    plan = plan_job_change(p, ann, "Globex", TODAY, title="COO")
    moved = apply_job_change(store, plan)
    globex = store.companies.find("Globex")
    assert globex.kind is CompanyKind.PROSPECT
    assert moved.company_id == globex.id
    assert moved.title == "COO"
    jobs = store.contacts.employments(ann.id or 0)
    assert [(j.company_id, j.end) for j in jobs] == [(fab.id, TODAY), (globex.id, None)]
