"""Contacts in and out: their current job, finding and searching them, former jobs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planner.domain.errors import AmbiguousError, NotFoundError, ValidationError
from planner.domain.model import (
    BuyingRole,
    Contact,
    ContactLevel,
    Employment,
    Status,
)
from planner.domain.timing import FixedClock
from planner.storage import Store

from .books import add_company, add_contact, add_touchpoint, id_of

TODAY = date(2026, 11, 23)  # the day the conftest clock reads


def test_contact_round_trips_and_gets_a_current_job(store: Store) -> None:
    acme = add_company(store)
    contact = Contact(
        "Anna",
        "Schmidt",
        company_id=acme.id,
        title="Head of Purchasing",
        level=ContactLevel.EXECUTIVE,
        buying_role=BuyingRole.DECISION_MAKER,
        email="anna@acme.example",
        phone="+49 30 1234",
        profile_url="https://linkedin.example/anna",
        notes="Runs marathons.",
    )
    added = store.contacts.add(contact, started=date(2024, 4, 1))
    assert added == contact.replace(id=added.id)
    assert store.contacts.get(id_of(added)) == added
    [job] = store.contacts.employments(id_of(added))
    assert (job.company_id, job.title, job.start, job.end) == (
        acme.id,
        "Head of Purchasing",
        date(2024, 4, 1),
        None,
    )
    assert job.is_current


def test_a_contact_without_a_company_has_no_job(store: Store) -> None:
    loner = add_contact(store, None, "Lone")
    assert store.contacts.employments(id_of(loner)) == []


@pytest.mark.parametrize(("first", "last"), [("", ""), ("  ", " ")])
def test_a_contact_needs_a_name(store: Store, first: str, last: str) -> None:
    with pytest.raises(ValidationError, match="name"):
        store.contacts.add(Contact(first, last))
    anna = add_contact(store, None, "Anna")
    with pytest.raises(ValidationError, match="name"):
        store.contacts.update(anna.replace(first_name=first, last_name=last))
    assert store.contacts.get(id_of(anna)).first_name == "Anna"


def test_contact_update_carries_the_title_to_the_current_job_only(store: Store) -> None:
    old = add_company(store, "Old")
    new = add_company(store, "New")
    anna = add_contact(store, old, "Anna")
    store.contacts.update(anna.replace(title="Buyer"))
    moved = store.contacts.move(id_of(anna), id_of(new), TODAY, title="Head of Buying")
    store.contacts.update(moved.replace(title="Director", email="anna@new.example"))
    jobs = store.contacts.employments(id_of(anna))
    assert [(j.company_id, j.title) for j in jobs] == [(old.id, "Buyer"), (new.id, "Director")]
    assert store.contacts.get(id_of(anna)).email == "anna@new.example"


def test_unknown_contact_ids(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.contacts.get(7)
    with pytest.raises(NotFoundError):
        store.contacts.update(Contact("Ghost", id=7))
    with pytest.raises(NotFoundError):
        store.contacts.delete(7)


def test_contacts_for_company_many_all_and_count(store: Store) -> None:
    acme = add_company(store)
    other = add_company(store, "Other")
    zed = add_contact(store, acme, "Zed", "Adams")
    amy = add_contact(store, acme, "Amy", "Brown")
    add_contact(store, other, "Otto")
    assert [c.first_name for c in store.contacts.for_company(id_of(acme))] == ["Zed", "Amy"]
    assert store.contacts.many([id_of(zed), id_of(amy), 999]) == {id_of(zed): zed, id_of(amy): amy}
    assert store.contacts.many([]) == {}
    assert store.contacts.count() == 3
    assert len(store.contacts.all()) == 3


def test_contact_summaries_show_company_and_last_done_touch(store: Store) -> None:
    acme = add_company(store)
    anna = add_contact(store, acme, "Anna", "Schmidt")
    loner = add_contact(store, None, "Lone", "Wolf")
    add_touchpoint(store, acme, TODAY - timedelta(days=9), contact_id=anna.id, status=Status.DONE)
    add_touchpoint(
        store, acme, TODAY - timedelta(days=2), contact_id=anna.id, status=Status.CANCELLED
    )
    add_touchpoint(store, acme, TODAY + timedelta(days=2), contact_id=anna.id)
    summaries = {s.contact.first_name: s for s in store.read.contact_summaries()}
    assert summaries["Anna"].company_name == "Acme"
    assert summaries["Anna"].last_touch == TODAY - timedelta(days=9)
    assert summaries["Lone"].company_name == ""
    assert summaries["Lone"].last_touch is None
    assert summaries["Lone"].contact == loner


def test_contact_find_exact_full_name_or_email(people: Store) -> None:
    assert people.contacts.find("carla jones").last_name == "Jones"
    assert people.contacts.find("  CARLA   Jones ").first_name == "Carla"
    assert people.contacts.find("ANNA@acme.example").email == "anna@acme.example"


def test_contact_find_same_name_at_two_companies(people: Store) -> None:
    with pytest.raises(AmbiguousError, match="Anna Schmidt, Anna Schmidt"):
        people.contacts.find("Anna Schmidt")
    globex = people.companies.find("Globex")
    assert people.contacts.find("Anna Schmidt", company_id=globex.id).company_id == globex.id


def test_contact_find_unique_part_ambiguous_part_and_unknown(people: Store) -> None:
    assert people.contacts.find("bernd").first_name == "Bernd"
    with pytest.raises(AmbiguousError) as caught:
        people.contacts.find("schmidt")
    assert "Bernd Schmidt" in str(caught.value)
    assert "Carla" not in str(caught.value)
    with pytest.raises(NotFoundError, match="Dora"):
        people.contacts.find("Dora")
    with pytest.raises(NotFoundError):
        people.contacts.find("%")


def test_contact_search_by_name_email_and_escaping(people: Store) -> None:
    hits = people.contacts.search("schmidt")
    assert {h.text for h in hits} == {"Anna Schmidt", "Bernd Schmidt"}
    assert len(hits) == 3
    [by_mail] = people.contacts.search("@acme")
    assert by_mail.text == "Anna Schmidt"
    assert by_mail.detail == "Acme"
    store = people
    store.contacts.add(Contact("Under_score"))
    store.contacts.add(Contact("UnderXscore"))
    assert [h.text for h in store.contacts.search("r_s")] == ["Under_score"]
    assert store.contacts.search("%") == []


@pytest.fixture
def people(store: Store) -> Store:
    acme = add_company(store, "Acme")
    globex = add_company(store, "Globex")
    store.contacts.add(Contact("Anna", "Schmidt", company_id=acme.id, email="anna@acme.example"))
    store.contacts.add(Contact("Anna", "Schmidt", company_id=globex.id))
    store.contacts.add(Contact("Bernd", "Schmidt", company_id=acme.id))
    store.contacts.add(Contact("Carla", "Jones", company_id=globex.id))
    return store


def test_employment_can_be_added_with_its_old_id(store: Store) -> None:
    acme = add_company(store)
    anna = add_contact(store, None, "Anna")
    job = store.contacts.add_employment(
        Employment(id_of(anna), id_of(acme), "Buyer", date(2020, 1, 1), date(2022, 1, 1), id=77)
    )
    assert job.id == 77
    assert store.contacts.employments(id_of(anna)) == [job]
    assert store.contacts.former_employees(id_of(acme)) == [(anna, job)]


def _people(store: Store) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    return (
        store.db.execute("SELECT * FROM contacts ORDER BY id").fetchall(),
        store.db.execute("SELECT * FROM employments ORDER BY id").fetchall(),
    )


def test_many_contacts_at_once_are_the_rows_one_by_one_would_be(clock: FixedClock) -> None:
    one_by_one, at_once = Store.memory(clock), Store.memory(clock)
    batch: list[tuple[Contact, date | None]] = []
    for store in (one_by_one, at_once):
        acme = add_company(store)
        add_contact(store, acme, "Zoe")  # the batch follows ids already taken
        batch = [
            (Contact(" Ann ", "Lee", company_id=acme.id, title="Buyer"), date(2025, 3, 1)),
            (Contact("Bob", "", email=" bob@x.example "), None),
            (Contact("Cy", "Ray", company_id=acme.id), None),
        ]
    added = [one_by_one.contacts.add(c, started=s) for c, s in batch]
    assert at_once.contacts.add_many(batch) == added
    assert _people(at_once) == _people(one_by_one)
    assert at_once.contacts.add_many([]) == []


def test_many_contacts_at_once_refuse_a_nameless_one_and_write_none(store: Store) -> None:
    with pytest.raises(ValidationError):
        store.contacts.add_many([(Contact("Ann"), None), (Contact(" ", ""), None)])
    assert store.contacts.count() == 0
