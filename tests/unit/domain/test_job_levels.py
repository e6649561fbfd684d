"""Levels guessed from English and German job titles."""

from __future__ import annotations

import pytest

from planner.domain.job_levels import level_from_title
from planner.domain.model import ContactLevel

EXECUTIVE, MANAGER, PRACTITIONER = (
    ContactLevel.EXECUTIVE,
    ContactLevel.MANAGER,
    ContactLevel.PRACTITIONER,
)


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("VP Operations", EXECUTIVE),
        ("Senior Vice President, Supply Chain", EXECUTIVE),
        ("SVP Sales", EXECUTIVE),
        ("Chief Procurement Officer", EXECUTIVE),
        ("CEO & Co-Founder", EXECUTIVE),
        ("cfo", EXECUTIVE),
        ("C-Level Executive", EXECUTIVE),
        ("Director of Purchasing", EXECUTIVE),
        ("Managing Director", EXECUTIVE),
        ("Head of Procurement", EXECUTIVE),
        ("General Manager EMEA", EXECUTIVE),
        ("President", EXECUTIVE),
        ("Geschäftsführer", EXECUTIVE),
        ("Geschäftsführerin Vertrieb", EXECUTIVE),
        ("Mitglied des Vorstands", EXECUTIVE),
        ("Vorstandsvorsitzender", EXECUTIVE),
        ("Leiter Einkauf", EXECUTIVE),
        ("Leiterin Logistik", EXECUTIVE),
        ("Bereichsleiter Produktion", EXECUTIVE),
        ("Abteilungsleiterin Qualität", EXECUTIVE),
        ("Einkaufsleiter", EXECUTIVE),
        ("Direktorin Finanzen", EXECUTIVE),
        ("Procurement Manager", MANAGER),
        ("Senior Category Manager", MANAGER),
        ("Team lead Packaging", MANAGER),
        ("Teamleiter Versand", MANAGER),
        ("Teamleiterin", MANAGER),
        ("Gruppenleiter Lager", MANAGER),
        ("Projektleiter", MANAGER),
        ("Lead Buyer", MANAGER),
        ("Buyer", PRACTITIONER),
        ("Einkäufer", PRACTITIONER),
        ("Sachbearbeiterin Einkauf", PRACTITIONER),
        ("Packaging Engineer", PRACTITIONER),
        ("Headhunter", PRACTITIONER),
        ("Leadership Coach", PRACTITIONER),
    ],
)
def test_a_title_suggests_a_level(title: str, level: ContactLevel) -> None:
    assert level_from_title(title) is level


def test_an_empty_title_suggests_nothing() -> None:
    assert level_from_title("   ") is None
