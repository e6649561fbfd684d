"""Matching keys for names and e-mail addresses: "Fabrikam Inc." and "FABRIKAM, INC" are one."""

from __future__ import annotations

import re
import unicodedata

# Legal-form words dropped from the end of a company name before comparing (lower case,
# dots already removed: "S.A." reads "sa").
LEGAL_SUFFIXES = frozenset(
    {
        "inc", "incorporated", "corp", "corporation", "co", "company", "llc", "llp", "lp",
        "pllc", "ltd", "limited", "plc", "pty", "pte", "gmbh", "ag", "kg", "ohg", "ug", "mbh",
        "se", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "oy", "oyj", "ab", "as", "asa",
        "aps", "kk", "sl", "sro", "kft", "zrt", "doo",
    }
)  # fmt: skip
_DROPPED = re.compile(r"[.'’`´]")
_SEPARATORS = re.compile(r"[\W_]+", re.UNICODE)


def _fold(text: str) -> str:
    """Case-folded text without accents."""
    if text.isascii():  # no accents to strip, and NFKD leaves ASCII as it is
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def company_key(name: str) -> str:
    """The key two spellings of one company share: no case, punctuation or legal form."""
    text = _DROPPED.sub("", _fold(name)).replace("&", " and ")
    words = [w for w in _SEPARATORS.split(text) if w]
    stripped = list(words)
    while stripped and stripped[-1] in LEGAL_SUFFIXES:
        stripped.pop()
        # A compound legal form ("GmbH & Co. KG", "Ltd & Co") joins its parts with "and".
        if len(stripped) > 2 and stripped[-1] == "and" and stripped[-2] in LEGAL_SUFFIXES:
            stripped.pop()
    if stripped and stripped[0] == "the" and len(stripped) > 1:
        stripped.pop(0)
    return " ".join(stripped or words)


def person_key(first_name: str, last_name: str) -> str:
    """A person's name compared without case, accents or extra spaces."""
    return " ".join(_fold(f"{first_name} {last_name}").split())


def email_key(email: str) -> str:
    """An e-mail address compared without case or surrounding spaces."""
    return email.strip().casefold()
