"""Renewals in the next twelve months: contract ends with how far the runway to each has come."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.domain.model import Company
from planner.nurture.runway import RunwayStep
from planner.ui import display
from planner.ui.models.rows_model import Row, RowsModel


@dataclass(frozen=True, slots=True)
class Renewal:
    """A contract (theirs, or an incumbent's) ending within the window, and its runway steps."""

    company: Company
    ends: date
    what: str
    covered: tuple[RunwayStep, ...]  # a touch done or planned answers them
    missed: tuple[RunwayStep, ...]  # their day has passed with no touch
    upcoming: tuple[RunwayStep, ...]  # still ahead, nothing planned yet

    @property
    def steps(self) -> int:
        return len(self.covered) + len(self.missed) + len(self.upcoming)

    def status(self) -> str:
        """Plain words, e.g. "⚠ 1 missed · 2 of 5 covered · next 12 Jan (90 days before)"."""
        parts = []
        if self.missed:
            parts.append(f"⚠ {len(self.missed)} missed")
        parts.append(f"{len(self.covered)} of {self.steps} covered")
        if self.upcoming:
            step = self.upcoming[0]
            parts.append(f"next {display.day(step.day)} ({step.days_before} days before)")
        elif not self.missed:
            parts.append("on track")
        return " · ".join(parts)


class RenewalsModel(RowsModel):
    """Soonest end first; a runway with a missed step is shown in the warning colour, in words."""

    headers = ("Account", "What ends", "Ends on", "Days left", "Runway")
    numeric = frozenset({3})

    def set_renewals(self, renewals: list[Renewal], today: date) -> None:
        rows = []
        for r in renewals:
            left = (r.ends - today).days
            steps = ", ".join(
                f"{s.days_before} days before ({display.day(s.day)}): "
                + ("covered" if s in r.covered else "missed" if s in r.missed else "to plan")
                for s in sorted((*r.covered, *r.missed, *r.upcoming), key=lambda s: s.day)
            )
            rows.append(
                Row(
                    texts=(
                        r.company.name,
                        r.what[:1].upper() + r.what[1:],
                        display.day(r.ends),
                        display.number(left),
                        r.status(),
                    ),
                    keys=(r.company.name.lower(), r.what, r.ends.toordinal(), left, len(r.missed)),
                    company_id=r.company.id or 0,
                    tooltip=f"{r.company.name}: runway steps — {steps}.",
                    warning_column=4 if r.missed else None,
                )
            )
        self.set_rows(rows)
