"""Renewals in the next twelve months: contract ends with how far the runway to each has come."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from planner.domain.model import Company
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.nurture.runway import RunwayStep
from planner.ui import display
from planner.ui.i18n import text, translate
from planner.ui.models.rows_model import Row, RowsModel

# What the runway layer calls the contract that ends (planner.nurture.runway.runway_target);
# the heading is written here, capitalised the way each language starts a cell.
_THEIR_CONTRACT = "their contract"
_THEIR_CONTRACT_WITH = "their contract with "


def what_text(what: str) -> str:
    """The contract that ends, as a heading ("Their contract with Initech"), translated."""
    if what == _THEIR_CONTRACT:
        return translate("RenewalsModel", "Their contract")
    if what.startswith(_THEIR_CONTRACT_WITH):
        return translate("RenewalsModel", "Their contract with {competitor}").format(
            competitor=what.removeprefix(_THEIR_CONTRACT_WITH)
        )
    return text(what)


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


class RenewalsModel(RowsModel):
    """Soonest end first; a runway with a missed step is shown in the warning colour, in words."""

    translation_context = "RenewalsModel"
    headers = (
        QT_TRANSLATE_NOOP("RenewalsModel", "Account"),
        QT_TRANSLATE_NOOP("RenewalsModel", "What ends"),
        QT_TRANSLATE_NOOP("RenewalsModel", "Ends on"),
        QT_TRANSLATE_NOOP("RenewalsModel", "Days left"),
        QT_TRANSLATE_NOOP("RenewalsModel", "Runway"),
    )
    numeric = frozenset({3})

    def set_renewals(self, renewals: list[Renewal], today: date) -> None:
        rows = []
        for r in renewals:
            left = (r.ends - today).days
            steps = ", ".join(
                self._step_text(
                    s, "covered" if s in r.covered else "missed" if s in r.missed else "upcoming"
                )
                for s in sorted((*r.covered, *r.missed, *r.upcoming), key=lambda s: s.day)
            )
            what = what_text(r.what)
            rows.append(
                Row(
                    texts=(
                        r.company.name,
                        what,
                        display.day(r.ends),
                        display.number(left),
                        self.status(r),
                    ),
                    keys=(
                        r.company.name.lower(),
                        what.casefold(),
                        r.ends.toordinal(),
                        left,
                        len(r.missed),
                    ),
                    company_id=r.company.id or 0,
                    tooltip=self.tr("{account}: runway steps — {steps}.").format(
                        account=r.company.name, steps=steps
                    ),
                    warning_column=4 if r.missed else None,
                )
            )
        self.set_rows(rows)

    # Counts go through self.tr: lupdate marks a translate(…, n) outside a class as no plural.

    def status(self, renewal: Renewal) -> str:
        """Plain words, e.g. "⚠ 1 missed · 2 of 5 covered · next 12 Jan 2027 (90 days before)"."""
        parts = []
        missed, covered, steps = len(renewal.missed), len(renewal.covered), renewal.steps
        if missed:
            parts.append(self.tr("⚠ %Ln missed", "", missed))
        parts.append(self.tr("{covered} of %Ln covered", "", steps).format(covered=covered))
        if renewal.upcoming:
            step = renewal.upcoming[0]
            parts.append(
                self.tr("next {day} (%Ln day(s) before)", "", step.days_before).format(
                    day=display.day(step.day)
                )
            )
        elif not missed:
            parts.append(self.tr("on track"))
        return " · ".join(parts)

    def _step_text(self, step: RunwayStep, state: Literal["covered", "missed", "upcoming"]) -> str:
        """One runway step in the tooltip, e.g. "3 Dec 2026 (90 days before): covered".

        A bracket in a counted text holds its plural forms only (packaging/translations.py reads
        "(s)" and "(y|ies)" that way), so the day comes first, outside the count's bracket.
        """
        days = step.days_before
        if state == "covered":
            text = self.tr("{day} (%Ln day(s) before): covered", "", days)
        elif state == "missed":
            text = self.tr("{day} (%Ln day(s) before): missed", "", days)
        else:
            text = self.tr("{day} (%Ln day(s) before): to plan", "", days)
        return text.format(day=display.day(step.day))
