"""A contact's level guessed from a job title, in English and German."""

from __future__ import annotations

import re

from planner.domain.model import ContactLevel

# Checked in this order: the first pattern that matches a title decides. Team and project
# leads come before the German "…leiter" (head of …), general managers before "manager".
_RULES: tuple[tuple[ContactLevel, re.Pattern[str]], ...] = (
    (
        ContactLevel.MANAGER,
        re.compile(
            r"(team|gruppen|projekt|schicht|teil)(leiter|leitung|lead)"
            r"|\bteam[ -]?lead|\bproject lead",
        ),
    ),
    (
        ContactLevel.EXECUTIVE,
        re.compile(
            r"\b(ceo|cfo|cto|coo|cio|cmo|cpo|cro|cso|cdo|cco|chro|caio|cxo)\b"
            r"|\bc[ -]?(level|suite)\b|\bchief\b|\bchair(man|woman|person)?\b"
            r"|\b[aes]?vp\b|\bv\.p\.|\bvice[ -]?president|\bpresident\b|\bpräsident"
            r"|\bdirector\b|\bdirektor|\bhead\b|\bgeneral manager\b|\bmanaging partner\b"
            r"|\bfounder\b|\bco-?founder\b|gründer|\binhaber"
            r"|gesch(ä|ae)ftsf(ü|ue)hr|vorstand|vorsitz"
            r"|leiter(in)?\b|leitung\b",
        ),
    ),
    (
        ContactLevel.MANAGER,
        re.compile(r"\bmanager(in)?\b|\blead\b|\bsupervisor\b|\bteamchef|\bmanagement\b"),
    ),
)


def level_from_title(title: str) -> ContactLevel | None:
    """The level a job title suggests; practitioner when it names no lead role, None when empty.

    "VP Operations", "Head of Purchasing", "Geschäftsführer" and "Bereichsleiter Einkauf" are
    executives; "Procurement Manager", "Team lead" and "Teamleiterin" are managers.
    """
    text = " ".join(title.casefold().split())
    if not text:
        return None
    for level, pattern in _RULES:
        if pattern.search(text):
            return level
    return ContactLevel.PRACTITIONER
