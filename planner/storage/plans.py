"""Accepting a week plan and job changes: written in one transaction, never twice."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Protocol

from planner.domain.model import Company, Contact, TouchPoint
from planner.storage.store import Store


class Plannable(Protocol):
    """A proposed touch-point (the nurture engine's Suggestion) that knows its plan key."""

    @property
    def key(self) -> str: ...

    def to_touchpoint(self, tz: str) -> TouchPoint: ...


class JobChange(Protocol):
    """A contact's move as decided by the nurture engine: to an existing or a new account."""

    @property
    def contact(self) -> Contact: ...

    @property
    def company(self) -> Company: ...

    @property
    def moved_on(self) -> date: ...

    @property
    def title(self) -> str: ...


def existing_plan_keys(store: Store, keys: Iterable[str]) -> set[str]:
    """Those of `keys` already on a touch-point: suggestions that were accepted before."""
    wanted = list(dict.fromkeys(keys))
    found: set[str] = set()
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        rows = store.db.execute(
            f"SELECT plan_key FROM touchpoints WHERE plan_key IN ({','.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
        found.update(r[0] for r in rows)
    return found


def accept_suggestions(
    store: Store, suggestions: Iterable[Plannable], tz: str = "UTC"
) -> list[TouchPoint]:
    """Write the suggestions as planned touch-points; ones already written are skipped.

    Everything happens in one transaction; returns the touch-points added (for undo).
    """
    todo = list(suggestions)
    added: list[TouchPoint] = []
    with store.transaction():
        seen = existing_plan_keys(store, (s.key for s in todo))
        for suggestion in todo:
            if suggestion.key in seen:
                continue
            seen.add(suggestion.key)
            tp = suggestion.to_touchpoint(tz).replace(plan_key=suggestion.key)
            added.append(store.touchpoints.add(tp))
    return added


def apply_suggestions(store: Store, suggestions: Iterable[Plannable], tz: str = "UTC") -> int:
    """Like accept_suggestions, returning how many touch-points were added."""
    return len(accept_suggestions(store, suggestions, tz))


def apply_job_change(store: Store, plan: JobChange) -> Contact:
    """Create the new company as a prospect if needed, then move the contact, in one go."""
    assert plan.contact.id is not None
    with store.transaction():
        company = plan.company
        if company.id is None:
            company = store.companies.add(company)
        assert company.id is not None
        return store.contacts.move(plan.contact.id, company.id, plan.moved_on, plan.title)
