"""Content that fits a contact's segment and was not sent to them before."""

from __future__ import annotations

from planner.domain.model import (
    CompanyKind,
    ContactLevel,
    ContentItem,
)
from planner.nurture.content_fit import one_size_fits_all, suggest_content

from .helpers import company, person, portfolio


def test_content_fits_segment_and_is_never_repeated() -> None:
    c = company(1, CompanyKind.DREAM_CLIENT, industry="Food")
    p10 = person(10, 1, ContactLevel.EXECUTIVE)
    items = (
        ContentItem("Exec brief", id=1, segment_levels=(ContactLevel.EXECUTIVE,)),
        ContentItem("For practitioners", id=2, segment_levels=(ContactLevel.PRACTITIONER,)),
        ContentItem("Food case", id=3, segment_industries=("food",)),
        ContentItem("Customers only", id=4, segment_kinds=(CompanyKind.CUSTOMER,)),
        ContentItem("Anyone", id=5),
    )
    p = portfolio((c,), (p10,), content=items, sends={10: frozenset({3})})
    fitting = [i.id for i in suggest_content(p, c, p10)]
    assert fitting == [1, 5]  # 3 already received; 2 and 4 do not fit


def test_one_size_fits_all_items_are_reported() -> None:
    c = company(1)
    people = tuple(person(i, 1) for i in range(10, 15))
    items = (ContentItem("Newsletter", id=1), ContentItem("Case", id=2))
    sends = {pid: frozenset({1}) for pid in range(10, 15)}
    sends[10] = frozenset({1, 2})
    p = portfolio((c,), people, content=items, sends=sends)
    report = one_size_fits_all(p)
    assert [o.item.id for o in report] == [1]
    assert "one size fits all" in report[0].reason
