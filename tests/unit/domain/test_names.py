"""Matching keys: two spellings of one company, person or address share one key."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.names import company_key, email_key, person_key


@pytest.mark.parametrize(
    "spelling",
    [
        "Fabrikam Inc.",
        "FABRIKAM, INC",
        "fabrikam",
        "The Fabrikam Corporation",
        "Fabrikam S.A.",
        "Fabrikam GmbH & Co. KG",
        "FABRIKAM GMBH & CO KG",
        "Fabrikam Ltd & Co",
    ],
)
def test_legal_forms_case_and_punctuation_do_not_tell_companies_apart(spelling: str) -> None:
    assert company_key(spelling) == "fabrikam"


def test_different_companies_keep_different_keys() -> None:
    assert company_key("Fabrikam") != company_key("Contoso")
    assert company_key("Müller & Söhne") == company_key("Muller and Sohne")


def test_and_is_dropped_only_inside_a_compound_legal_form() -> None:
    assert company_key("Procter & Gamble Co.") == "procter and gamble"
    assert company_key("Smith & Co") == "smith and"


def test_a_name_that_is_only_a_legal_form_is_kept_whole() -> None:
    # Dropping every word would make "Company Ltd" match every other such name.
    assert company_key("Company Ltd") == "company ltd"
    assert company_key("The") == "the"


def test_the_is_dropped_only_in_front() -> None:
    assert company_key("The Home Depot") == "home depot"
    assert company_key("Over The Top") == "over the top"


def test_person_keys_ignore_case_accents_and_spacing() -> None:
    assert person_key("  Jörg ", "MÜLLER") == person_key("jorg", "muller") == "jorg muller"
    assert person_key("Ann", "") == "ann"
    assert person_key("Ann", "Lee") != person_key("Ann", "Li")


def test_email_keys_ignore_case_and_surrounding_spaces_only() -> None:
    assert email_key(" Ann.Lee@Example.COM ") == "ann.lee@example.com"
    assert email_key("ann.lee@example.com") != email_key("annlee@example.com")


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=20))
def test_plain_ascii_folds_as_the_unicode_path_folds_it(text: str) -> None:
    import unicodedata

    from planner.domain.names import _fold

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    assert _fold(text) == "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def test_accented_names_still_fold() -> None:
    assert person_key("Jörg", "MÜLLER") == person_key("jorg", "muller") == "jorg muller"
