"""Accepting a week plan and job changes: written in one transaction, never twice."""

from __future__ import annotations

from collections.abc import Iterable

from planner.domain.model import Contact
from planner.nurture.job_changes import JobChangePlan
from planner.nurture.week_plan import Suggestion
from planner.storage.store import Store


def existing_plan_keys(store: Store, keys: Iterable[str]) -> set[str]:
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


def apply_suggestions(store: Store, suggestions: Iterable[Suggestion], tz: str = "UTC") -> int:
    """Write the suggestions as planned touch-points; ones already written are skipped.

    Everything happens in one transaction; returns how many touch-points were added.
    """
    todo = list(suggestions)
    added = 0
    with store.transaction():
        seen = existing_plan_keys(store, (s.key for s in todo))
        for suggestion in todo:
            if suggestion.key in seen:
                continue
            seen.add(suggestion.key)
            tp = store.touchpoints.add(suggestion.to_touchpoint(tz))
            store.db.execute(
                "UPDATE touchpoints SET plan_key = ? WHERE id = ?", [suggestion.key, tp.id]
            )
            added += 1
    return added


def apply_job_change(store: Store, plan: JobChangePlan) -> Contact:
    """Create the new company as a prospect if needed, then move the contact, in one go."""
    assert plan.contact.id is not None
    with store.transaction():
        company = plan.company
        if company.id is None:
            company = store.companies.add(company)
        assert company.id is not None
        return store.contacts.move(plan.contact.id, company.id, plan.moved_on, plan.title)
