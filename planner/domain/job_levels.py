"""A contact's level guessed from a job title, in English and German."""

from __future__ import annotations

import re
from functools import lru_cache

from planner.domain.model import ContactLevel

_WORD = re.compile(r"[^\W_]+(?:[.-][^\W_]+)*\.?")

_EXECUTIVE_WORDS = frozenset(
    {
        *("ceo", "cfo", "cto", "coo", "cio", "cmo", "cpo", "cro", "cso", "cdo", "cco", "chro"),
        *("caio", "cxo", "chief", "chair", "chairman", "chairwoman", "chairperson"),
        *("vp", "svp", "evp", "avp", "v.p.", "president", "präsident", "präsidentin"),
        *("director", "direktor", "direktorin", "head", "founder", "co-founder", "cofounder"),
        *("inhaber", "inhaberin", "c-level", "c-suite"),
    }
)
# Phrases and German word parts ("Vorstandsmitglied", "Mitgründer") that make an executive.
_EXECUTIVE_TEXT = re.compile(
    "vice president|vice-president|general manager|managing partner"
    "|vorstand|vorsitz|geschäftsführ|geschaeftsfuehr|gründer"
)
_MANAGER_WORDS = frozenset(
    {"manager", "managerin", "lead", "teamlead", "teamleader", "supervisor", "teamchef"}
)
_MANAGER_PHRASES = ("team lead", "team-lead", "project lead")
# "…leiter" (head of …) is an executive, except for a team, group, project or shift.
_LEAD_SUFFIXES = ("leiter", "leiterin", "leitung")
_SMALL_LEADS = ("team", "gruppen", "projekt", "schicht", "teil")


def _word_level(word: str) -> ContactLevel | None:
    if word.endswith(_LEAD_SUFFIXES):
        small = word.startswith(_SMALL_LEADS)
        return ContactLevel.MANAGER if small else ContactLevel.EXECUTIVE
    if word in _EXECUTIVE_WORDS:
        return ContactLevel.EXECUTIVE
    if word in _MANAGER_WORDS:
        return ContactLevel.MANAGER
    return None


@lru_cache(maxsize=4096)
def level_from_title(title: str) -> ContactLevel | None:
    """The level a job title suggests; practitioner when it names no lead role, None when empty.

    "VP Operations", "Head of Purchasing", "Geschäftsführer" and "Bereichsleiter Einkauf" are
    executives; "Procurement Manager", "Team lead" and "Teamleiterin" are managers.
    """
    text = " ".join(title.casefold().split())
    if not text:
        return None
    if any(phrase in text for phrase in _MANAGER_PHRASES):
        return ContactLevel.MANAGER
    if _EXECUTIVE_TEXT.search(text):
        return ContactLevel.EXECUTIVE
    levels = {_word_level(word) for word in _WORD.findall(text)}
    if ContactLevel.EXECUTIVE in levels:
        return ContactLevel.EXECUTIVE
    if ContactLevel.MANAGER in levels:
        return ContactLevel.MANAGER
    return ContactLevel.PRACTITIONER
