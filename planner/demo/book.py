"""Demo books: their sizes, what the generator keeps of each account and person, helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from planner.domain.model import Company, CompanyKind, Contact

DemoSize = Literal["small", "heavy", "stress"]
SIZES: tuple[DemoSize, ...] = ("small", "heavy", "stress")


@dataclass(frozen=True, slots=True)
class DemoStats:
    """What `generate` wrote."""

    companies: int
    contacts: int
    touchpoints: int
    content_items: int
    sends: int
    moved_contacts: int
    overdue: int


@dataclass(frozen=True, slots=True)
class Scale:
    """How big a demo book is and how its touches spread over time."""

    companies: int
    contacts: int
    touchpoints: int
    past_days: int  # how far back the logged touch-points go
    ahead_days: int  # how far ahead the planned ones go
    moved: int
    # The portfolio mix: (kind, large?, share of the companies); the first row takes the rest.
    mix: tuple[tuple[CompanyKind, bool, float], ...]
    # Touch-points planned in each coming week (0: as dense as the past). A rep plans a few
    # hundred a week however long the history is, so weeks ahead weigh the same at any size.
    ahead_per_week: int = 0
    # Content sends in all: the touch-points' sends topped up with newsletter mailings.
    sends: int = 0
    # At most this many touch-points of the past week left overdue.
    max_overdue: int = 10_000


SMALL_MIX = (
    (CompanyKind.PROSPECT, False, 15 / 40),
    (CompanyKind.DREAM_CLIENT, False, 8 / 40),
    (CompanyKind.CUSTOMER, True, 6 / 40),
    (CompanyKind.CUSTOMER, False, 10 / 40),
    (CompanyKind.FORMER_CUSTOMER, False, 1 / 40),
)
BIG_MIX = (
    (CompanyKind.PROSPECT, False, 0.45),
    (CompanyKind.DREAM_CLIENT, False, 0.10),
    (CompanyKind.CUSTOMER, True, 0.10),
    (CompanyKind.CUSTOMER, False, 0.30),
    (CompanyKind.FORMER_CUSTOMER, False, 0.05),
)
SCALES: dict[str, Scale] = {
    "small": Scale(40, 150, 330, 91, 42, 4, SMALL_MIX),
    # Five years: four and a half of history and half a year ahead.
    "heavy": Scale(2_000, 10_000, 100_000, 1_643, 182, 120, BIG_MIX, 300, 20_000, 40),
    "stress": Scale(20_000, 100_000, 1_000_000, 1_643, 182, 1_200, BIG_MIX, 300, 200_000, 40),
}


@dataclass
class Person:
    """A contact as the story has them: where they work, since when, their hobby."""

    contact: Contact
    company_index: int
    interest: int | None
    since: date  # when they started at their current company in the generated story
    until: date | None = None  # set when they moved away


@dataclass
class Account:
    """An account with everyone who works or worked there in the story."""

    company: Company
    large: bool
    people: list[Person] = field(default_factory=list)


# Whose public holidays the demo plan keeps free (its accounts are British).
DEMO_HOLIDAYS = "GB"


def round_to(value: float, step: int) -> float:
    """`value` to the nearest multiple of `step`, at least `step`: money as people quote it."""
    return float(max(step, round(value / step) * step))


def slugify(text: str, sep: str = "-") -> str:
    """Lower-case ASCII words joined by `sep`, for file names, domains and e-mail addresses."""
    ascii_text = text.replace("ø", "o").replace("&", "and").replace("'", "")
    return re.sub(r"[^a-z0-9]+", sep, ascii_text.lower()).strip(sep)


def short_name(name: str) -> str:
    """A company name without its legal suffix, as people say it."""
    for suffix in (" Ltd", " Group", " plc"):
        name = name.removesuffix(suffix)
    return name
