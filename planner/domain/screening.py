"""The screening of a small account: what it buys elsewhere, why, and whether there is potential."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from planner.domain.text import QT_TRANSLATE_NOOP


class BuysElsewhereReason(StrEnum):
    """Why an account buys part of its category from someone else."""

    PRICE = "price"
    RELATIONSHIP = "relationship"
    PRODUCT_GAP = "product_gap"
    CONVENIENCE = "convenience"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return _LABELS[self]


class ScreeningVerdict(StrEnum):
    """What a screening concluded about a small account."""

    POTENTIAL = "potential"
    NO_POTENTIAL = "no_potential"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS: dict[StrEnum, str] = {
    BuysElsewhereReason.PRICE: QT_TRANSLATE_NOOP("Label", "Price"),
    BuysElsewhereReason.RELATIONSHIP: QT_TRANSLATE_NOOP("Label", "Relationship"),
    BuysElsewhereReason.PRODUCT_GAP: QT_TRANSLATE_NOOP("Label", "Product gap"),
    BuysElsewhereReason.CONVENIENCE: QT_TRANSLATE_NOOP("Label", "Convenience"),
    BuysElsewhereReason.UNKNOWN: QT_TRANSLATE_NOOP("Label", "Unknown"),
    ScreeningVerdict.POTENTIAL: QT_TRANSLATE_NOOP("Label", "Potential found"),
    ScreeningVerdict.NO_POTENTIAL: QT_TRANSLATE_NOOP("Label", "No potential"),
}


@dataclass(frozen=True, slots=True)
class Screening:
    """One screening of an account; the latest one per account is the one in force."""

    company_id: int
    screened_on: date
    verdict: ScreeningVerdict
    estimated_spend_elsewhere: float | None = None
    reason: BuysElsewhereReason = BuysElsewhereReason.UNKNOWN
    notes: str = ""
    id: int | None = None

    @property
    def has_potential(self) -> bool:
        """Potential found: the account keeps its program (without, it goes on the light one)."""
        return self.verdict is ScreeningVerdict.POTENTIAL
