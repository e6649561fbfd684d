"""The repositories: rows in and out for accounts, contacts, touch-points, content and sends."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from planner.domain.errors import AmbiguousError, NotFoundError, ValidationError
from planner.domain.model import (
    BuyingRole,
    BuyingTimeframe,
    Channel,
    Company,
    CompanyKind,
    Competitor,
    Contact,
    ContactLevel,
    ContentItem,
    ContentKind,
    ContentSend,
    Employment,
    GrowthPotential,
    Purpose,
    RelationshipHealth,
    Status,
    TouchPoint,
)
from planner.domain.timing import FixedClock
from planner.storage import Store

TODAY = date(2026, 11, 23)  # the day the conftest clock reads


def _company(store: Store, name: str = "Acme", **fields: object) -> Company:
    return store.companies.add(Company(name).replace(**fields))


def _contact(store: Store, company: Company | None, first: str, last: str = "") -> Contact:
    return store.contacts.add(
        Contact(first, last, company_id=None if company is None else company.id)
    )


def _tp(store: Store, company: Company, day: date, **fields: object) -> TouchPoint:
    assert company.id is not None
    return store.touchpoints.add(TouchPoint(company.id, day).replace(**fields))


def _id(value: Company | Contact | TouchPoint | ContentItem) -> int:
    assert value.id is not None
    return value.id


# Companies.

FULL_COMPANY = Company(
    name="Nordwind Logistik",
    kind=CompanyKind.CUSTOMER,
    industry="Logistics",
    website="https://nordwind.example",
    buying_timeframe=BuyingTimeframe.NEXT_QUARTER,
    margin_percent=22.5,
    expected_deal_size=180_000.0,
    growth_potential=GrowthPotential.HIGH,
    our_annual_revenue=40_000.0,
    estimated_annual_wallet=160_000.0,
    competitors=(
        Competitor("Zeta Freight", "Pallets", date(2027, 6, 30)),
        Competitor("Alpha Supplies", "Packaging"),
        Competitor("Mid Corp"),
    ),
    contract_start=date(2025, 1, 1),
    contract_end=date(2027, 12, 31),
    renewal_notice_days=90,
    health=RelationshipHealth.AT_RISK,
    health_reason="A competitor is circling",
    tier_override="A",
    notes="Met at the trade fair.",
)


def test_company_round_trips_every_field(store: Store) -> None:
    added = store.companies.add(FULL_COMPANY)
    assert added.id is not None
    assert store.companies.get(added.id) == added
    assert added == FULL_COMPANY.replace(id=added.id)


def test_competitors_keep_their_order_not_alphabetical(store: Store) -> None:
    added = store.companies.add(FULL_COMPANY)
    names = [c.name for c in store.companies.get(_id(added)).competitors]
    assert names == ["Zeta Freight", "Alpha Supplies", "Mid Corp"]
    [listed] = store.companies.all()
    assert [c.name for c in listed.competitors] == names


def test_update_replaces_fields_and_competitors(store: Store) -> None:
    added = store.companies.add(FULL_COMPANY)
    changed = added.replace(
        name="Nordwind Group",
        kind=CompanyKind.FORMER_CUSTOMER,
        competitors=(Competitor("Mid Corp"), Competitor("New Rival", "Everything")),
        contract_end=None,
        margin_percent=None,
    )
    store.companies.update(changed)
    assert store.companies.get(_id(added)) == changed


def test_competitors_of_one_company_do_not_leak_into_another(store: Store) -> None:
    a = _company(store, "A", competitors=(Competitor("X"),))
    b = _company(store, "B")
    assert store.companies.get(_id(b)).competitors == ()
    assert store.companies.get(_id(a)).competitors == (Competitor("X"),)


def test_company_name_is_stored_trimmed_and_returned_as_stored(store: Store) -> None:
    added = store.companies.add(Company("  Acme  "))
    assert added.name == "Acme"
    assert store.companies.get(_id(added)) == added


@pytest.mark.parametrize("name", ["", "   "])
def test_a_company_needs_a_name(store: Store, name: str) -> None:
    with pytest.raises(ValidationError, match="name"):
        store.companies.add(Company(name))
    added = _company(store)
    with pytest.raises(ValidationError, match="name"):
        store.companies.update(added.replace(name=name))
    assert store.companies.get(_id(added)).name == "Acme"


def test_unknown_company_ids(store: Store) -> None:
    with pytest.raises(NotFoundError, match="42"):
        store.companies.get(42)
    with pytest.raises(NotFoundError):
        store.companies.update(Company("Ghost", id=42))
    with pytest.raises(NotFoundError):
        store.companies.delete(42)


def test_all_is_sorted_case_insensitively_and_delete_removes(store: Store) -> None:
    for name in ("beta", "Alpha", "gamma", "Delta"):
        _company(store, name)
    assert [c.name for c in store.companies.all()] == ["Alpha", "beta", "Delta", "gamma"]
    assert store.companies.count() == 4
    beta = store.companies.find("beta")
    store.companies.delete(_id(beta))
    assert store.companies.count() == 3
    with pytest.raises(NotFoundError):
        store.companies.get(_id(beta))


def test_deleting_a_company_removes_its_competitors(store: Store) -> None:
    added = store.companies.add(FULL_COMPANY)
    store.companies.delete(_id(added))
    assert store.db.execute("SELECT count(*) FROM competitors").fetchone()[0] == 0


# Company summaries.


def test_summaries_count_contacts_and_find_last_and_next_touch(store: Store) -> None:
    acme = _company(store, "Acme")
    quiet = _company(store, "Quiet Ltd")
    _contact(store, acme, "Anna", "Schmidt")
    _contact(store, acme, "Ben", "Meyer")
    _contact(store, quiet, "Cleo")
    _tp(store, acme, TODAY - timedelta(days=30), status=Status.DONE)
    _tp(store, acme, TODAY - timedelta(days=7), status=Status.DONE)
    _tp(store, acme, TODAY - timedelta(days=3), status=Status.SKIPPED)  # not a touch
    _tp(store, acme, TODAY + timedelta(days=1), status=Status.CANCELLED)  # not next either
    _tp(store, acme, TODAY + timedelta(days=14))
    _tp(store, acme, TODAY + timedelta(days=3))
    _tp(store, quiet, TODAY + timedelta(days=2), status=Status.DONE)  # other account
    summaries = {s.company.name: s for s in store.companies.summaries()}
    assert summaries["Acme"].contacts == 2
    assert summaries["Acme"].last_touch == TODAY - timedelta(days=7)
    assert summaries["Acme"].next_touch == TODAY + timedelta(days=3)
    assert summaries["Acme"].company == store.companies.get(_id(acme))
    assert summaries["Quiet Ltd"].contacts == 1
    assert summaries["Quiet Ltd"].last_touch == TODAY + timedelta(days=2)
    assert summaries["Quiet Ltd"].next_touch is None


def test_summary_of_an_untouched_company(store: Store) -> None:
    _company(store, "New Co")
    [summary] = store.companies.summaries()
    assert (summary.contacts, summary.last_touch, summary.next_touch) == (0, None, None)


def test_a_contact_who_moved_counts_at_the_new_company(store: Store) -> None:
    old = _company(store, "Old")
    new = _company(store, "New")
    anna = _contact(store, old, "Anna")
    store.contacts.move(_id(anna), _id(new), TODAY)
    counts = {s.company.name: s.contacts for s in store.companies.summaries()}
    assert counts == {"New": 1, "Old": 0}


# Finding and searching companies.


@pytest.fixture
def named(store: Store) -> Store:
    for name in ("Acme", "Acme Logistics", "Globex", "Initech GmbH", "Initech Inc"):
        _company(store, name)
    return store


@pytest.mark.parametrize("text", ["acme", "ACME", "  Acme  ", "globex"])
def test_find_exact_name_case_insensitively(named: Store, text: str) -> None:
    assert named.companies.find(text).name.lower() == text.strip().lower()


def test_find_exact_beats_a_longer_name_containing_it(named: Store) -> None:
    assert named.companies.find("acme").name == "Acme"


def test_find_a_unique_part(named: Store) -> None:
    assert named.companies.find("logist").name == "Acme Logistics"
    assert named.companies.find("lobe").name == "Globex"


def test_find_ambiguous_lists_the_candidates(named: Store) -> None:
    with pytest.raises(AmbiguousError) as caught:
        named.companies.find("initech")
    message = str(caught.value)
    assert "Initech GmbH" in message
    assert "Initech Inc" in message
    assert "Acme" not in message


def test_find_two_exact_matches_is_ambiguous(store: Store) -> None:
    _company(store, "Twin")
    _company(store, "TWIN")
    with pytest.raises(AmbiguousError, match=r"Twin.*TWIN|TWIN.*Twin"):
        store.companies.find("twin")


def test_find_unknown(named: Store) -> None:
    with pytest.raises(NotFoundError, match="Umbrella"):
        named.companies.find("Umbrella")


def test_find_takes_wildcards_literally(named: Store) -> None:
    with pytest.raises(NotFoundError):
        named.companies.find("%")
    with pytest.raises(NotFoundError):
        named.companies.find("Acm_")


def test_search_escapes_percent_and_underscore(store: Store) -> None:
    _company(store, "100% Organic")
    _company(store, "1000 Organics")
    _company(store, "snake_case Ltd")
    _company(store, "snakeXcase Ltd")
    _company(store, r"Back\slash Co")
    assert [h.text for h in store.companies.search("100%")] == ["100% Organic"]
    assert [h.text for h in store.companies.search("%")] == ["100% Organic"]
    assert [h.text for h in store.companies.search("e_c")] == ["snake_case Ltd"]
    assert [h.text for h in store.companies.search("_")] == ["snake_case Ltd"]
    assert [h.text for h in store.companies.search("\\")] == [r"Back\slash Co"]


def test_company_search_matches_industry_and_ranks_name_prefix_first(store: Store) -> None:
    _company(store, "Zenith Foods", industry="Food")
    _company(store, "Alpha Seafood", industry="Fishing")
    _company(store, "Food Partners", industry="Retail")
    hits = store.companies.search("food")
    assert [h.text for h in hits] == ["Food Partners", "Alpha Seafood", "Zenith Foods"]
    assert {h.kind for h in hits} == {"company"}
    assert hits[0].detail == CompanyKind.PROSPECT.label
    assert len(store.companies.search("food", limit=2)) == 2


# Contacts.


def test_contact_round_trips_and_gets_a_current_job(store: Store) -> None:
    acme = _company(store)
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
    assert store.contacts.get(_id(added)) == added
    [job] = store.contacts.employments(_id(added))
    assert (job.company_id, job.title, job.start, job.end) == (
        acme.id,
        "Head of Purchasing",
        date(2024, 4, 1),
        None,
    )
    assert job.is_current


def test_a_contact_without_a_company_has_no_job(store: Store) -> None:
    loner = _contact(store, None, "Lone")
    assert store.contacts.employments(_id(loner)) == []


@pytest.mark.parametrize(("first", "last"), [("", ""), ("  ", " ")])
def test_a_contact_needs_a_name(store: Store, first: str, last: str) -> None:
    with pytest.raises(ValidationError, match="name"):
        store.contacts.add(Contact(first, last))
    anna = _contact(store, None, "Anna")
    with pytest.raises(ValidationError, match="name"):
        store.contacts.update(anna.replace(first_name=first, last_name=last))
    assert store.contacts.get(_id(anna)).first_name == "Anna"


def test_contact_update_carries_the_title_to_the_current_job_only(store: Store) -> None:
    old = _company(store, "Old")
    new = _company(store, "New")
    anna = _contact(store, old, "Anna")
    store.contacts.update(anna.replace(title="Buyer"))
    moved = store.contacts.move(_id(anna), _id(new), TODAY, title="Head of Buying")
    store.contacts.update(moved.replace(title="Director", email="anna@new.example"))
    jobs = store.contacts.employments(_id(anna))
    assert [(j.company_id, j.title) for j in jobs] == [(old.id, "Buyer"), (new.id, "Director")]
    assert store.contacts.get(_id(anna)).email == "anna@new.example"


def test_unknown_contact_ids(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.contacts.get(7)
    with pytest.raises(NotFoundError):
        store.contacts.update(Contact("Ghost", id=7))
    with pytest.raises(NotFoundError):
        store.contacts.delete(7)


def test_contacts_for_company_many_all_and_count(store: Store) -> None:
    acme = _company(store)
    other = _company(store, "Other")
    zed = _contact(store, acme, "Zed", "Adams")
    amy = _contact(store, acme, "Amy", "Brown")
    _contact(store, other, "Otto")
    assert [c.first_name for c in store.contacts.for_company(_id(acme))] == ["Zed", "Amy"]
    assert store.contacts.many([_id(zed), _id(amy), 999]) == {_id(zed): zed, _id(amy): amy}
    assert store.contacts.many([]) == {}
    assert store.contacts.count() == 3
    assert len(store.contacts.all()) == 3


def test_contact_summaries_show_company_and_last_done_touch(store: Store) -> None:
    acme = _company(store)
    anna = _contact(store, acme, "Anna", "Schmidt")
    loner = _contact(store, None, "Lone", "Wolf")
    _tp(store, acme, TODAY - timedelta(days=9), contact_id=anna.id, status=Status.DONE)
    _tp(store, acme, TODAY - timedelta(days=2), contact_id=anna.id, status=Status.CANCELLED)
    _tp(store, acme, TODAY + timedelta(days=2), contact_id=anna.id)
    summaries = {s.contact.first_name: s for s in store.contacts.summaries()}
    assert summaries["Anna"].company_name == "Acme"
    assert summaries["Anna"].last_touch == TODAY - timedelta(days=9)
    assert summaries["Lone"].company_name == ""
    assert summaries["Lone"].last_touch is None
    assert summaries["Lone"].contact == loner


@pytest.fixture
def people(store: Store) -> Store:
    acme = _company(store, "Acme")
    globex = _company(store, "Globex")
    store.contacts.add(Contact("Anna", "Schmidt", company_id=acme.id, email="anna@acme.example"))
    store.contacts.add(Contact("Anna", "Schmidt", company_id=globex.id))
    store.contacts.add(Contact("Bernd", "Schmidt", company_id=acme.id))
    store.contacts.add(Contact("Carla", "Jones", company_id=globex.id))
    return store


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


# Touch-points.


def test_touchpoint_round_trips_every_field(store: Store, clock: FixedClock) -> None:
    acme = _company(store)
    anna = _contact(store, acme, "Anna")
    guide = store.content.add(ContentItem("Guide"))
    tp = TouchPoint(
        company_id=_id(acme),
        day=TODAY,
        channel=Channel.CONTENT,
        contact_id=anna.id,
        time=time(10, 30),
        duration_minutes=45,
        tz="Europe/Berlin",
        purpose=Purpose.VALUE_ADD,
        status=Status.DONE,
        title="Send the guide",
        notes="She asked for it",
        reason="cadence",
        outcome="Thanked us",
        completed_at=datetime(2026, 11, 23, 11, 0, tzinfo=clock.now().tzinfo),
        content_id=guide.id,
    )
    added = store.touchpoints.add(tp)
    assert added.revision == 1
    assert added.updated_at == clock.now()
    assert added == tp.replace(id=added.id, updated_at=clock.now())
    assert store.touchpoints.get(_id(added)) == added


def test_new_touchpoints_start_at_revision_one_whatever_was_passed(store: Store) -> None:
    acme = _company(store)
    added = store.touchpoints.add(TouchPoint(_id(acme), TODAY, revision=17))
    assert added.revision == 1


def test_revision_increases_on_every_update_even_from_a_stale_copy(store: Store) -> None:
    acme = _company(store)
    tp = _tp(store, acme, TODAY)
    first = store.touchpoints.update(tp.replace(day=TODAY + timedelta(days=1)))
    assert first.revision == 2
    second = store.touchpoints.update(first.replace(title="Call about renewal"))
    assert second.revision == 3
    # A stale copy (revision 1) or an invented one (revision 99) cannot set the revision.
    assert store.touchpoints.update(tp.replace(notes="stale")).revision == 4
    assert store.touchpoints.update(tp.replace(revision=99)).revision == 5
    # Saving without a change still counts as a change for the calendar.
    assert store.touchpoints.update(store.touchpoints.get(_id(tp))).revision == 6


def test_update_sets_updated_at_from_the_clock(store: Store) -> None:
    later = FixedClock.on(TODAY, time(17, 45))
    acme = _company(store)
    tp = _tp(store, acme, TODAY)
    other_store = Store(store.db, later)
    updated = other_store.touchpoints.update(tp.replace(title="x"))
    assert updated.updated_at == later.now()


def test_unknown_touchpoint_ids(store: Store) -> None:
    acme = _company(store)
    with pytest.raises(NotFoundError):
        store.touchpoints.get(5)
    with pytest.raises(NotFoundError):
        store.touchpoints.entry(5)
    with pytest.raises(NotFoundError):
        store.touchpoints.update(TouchPoint(_id(acme), TODAY, id=5))
    with pytest.raises(NotFoundError):
        store.touchpoints.delete(5)


@pytest.mark.parametrize("minutes", [-1, 24 * 60 + 1])
def test_duration_must_fit_in_a_day(store: Store, minutes: int) -> None:
    acme = _company(store)
    with pytest.raises(ValidationError, match="minutes"):
        store.touchpoints.add(TouchPoint(_id(acme), TODAY, duration_minutes=minutes))
    tp = _tp(store, acme, TODAY)
    with pytest.raises(ValidationError):
        store.touchpoints.update(tp.replace(duration_minutes=minutes))


def test_an_unknown_time_zone_is_refused(store: Store) -> None:
    acme = _company(store)
    with pytest.raises(ValidationError, match="Mars/Olympus"):
        store.touchpoints.add(TouchPoint(_id(acme), TODAY, time=time(9, 0), tz="Mars/Olympus"))
    assert store.touchpoints.count() == 0


def test_between_orders_by_day_then_all_day_first_then_time(store: Store) -> None:
    acme = _company(store, "Acme", kind=CompanyKind.DREAM_CLIENT)
    anna = _contact(store, acme, "Anna", "Schmidt")
    tomorrow = TODAY + timedelta(days=1)
    late = _tp(store, acme, TODAY, time=time(15, 0), title="late")
    early = _tp(store, acme, TODAY, time=time(9, 0), title="early", contact_id=anna.id)
    all_day = _tp(store, acme, TODAY, title="all day")
    next_day = _tp(store, acme, tomorrow, time=time(8, 0), title="next day")
    _tp(store, acme, TODAY - timedelta(days=1), title="before")
    _tp(store, acme, TODAY + timedelta(days=2), title="after")
    entries = store.touchpoints.between(TODAY, tomorrow)
    assert [e.touchpoint.id for e in entries] == [all_day.id, early.id, late.id, next_day.id]
    assert entries[1].company_name == "Acme"
    assert entries[1].company_kind is CompanyKind.DREAM_CLIENT
    assert entries[1].contact_name == "Anna Schmidt"
    assert entries[0].contact_name == ""


def test_between_filters_by_status(store: Store) -> None:
    acme = _company(store)
    planned = _tp(store, acme, TODAY)
    _tp(store, acme, TODAY, status=Status.CANCELLED)
    done = _tp(store, acme, TODAY, status=Status.DONE)
    entries = store.touchpoints.between(TODAY, TODAY, [Status.PLANNED, Status.DONE])
    assert [e.touchpoint.id for e in entries] == [planned.id, done.id]


def test_overdue_is_planned_before_today_oldest_first(store: Store) -> None:
    acme = _company(store)
    week_ago = _tp(store, acme, TODAY - timedelta(days=7))
    yesterday = _tp(store, acme, TODAY - timedelta(days=1), time=time(9, 0))
    _tp(store, acme, TODAY - timedelta(days=2), status=Status.DONE)
    _tp(store, acme, TODAY - timedelta(days=2), status=Status.SKIPPED)
    _tp(store, acme, TODAY)  # due today: not overdue yet
    entries = store.touchpoints.overdue(TODAY)
    assert [e.touchpoint.id for e in entries] == [week_ago.id, yesterday.id]
    assert all(e.touchpoint.is_overdue(TODAY) for e in entries)


def test_for_company_and_for_contact_newest_first(store: Store) -> None:
    acme = _company(store)
    other = _company(store, "Other")
    anna = _contact(store, acme, "Anna")
    old = _tp(store, acme, TODAY - timedelta(days=10), contact_id=anna.id)
    new = _tp(store, acme, TODAY + timedelta(days=3))
    same_day_1 = _tp(store, acme, TODAY)
    same_day_2 = _tp(store, acme, TODAY)
    at_other = _tp(store, other, TODAY, contact_id=anna.id)
    assert [e.touchpoint.id for e in store.touchpoints.for_company(_id(acme))] == [
        new.id,
        same_day_2.id,
        same_day_1.id,
        old.id,
    ]
    for_anna = [e.touchpoint.id for e in store.touchpoints.for_contact(_id(anna))]
    assert for_anna == [at_other.id, old.id]


def test_add_many_inserts_and_commits_outside_a_transaction(tmp_path: Path) -> None:
    clock = FixedClock.on(TODAY)
    path = tmp_path / "p.db"
    store = Store.open(path, clock)
    try:
        acme = _company(store)
        count = store.touchpoints.add_many(
            [TouchPoint(_id(acme), TODAY + timedelta(days=i)) for i in range(3)]
        )
        assert count == 3
        assert store.touchpoints.add_many([]) == 0
        assert not store.db.conn.in_transaction
    finally:
        store.close()
    store = Store.open(path, clock)
    try:
        assert store.touchpoints.count() == 3
        assert {tp.revision for tp in store.touchpoints.all()} == {1}
    finally:
        store.close()


def test_delete_touchpoint(store: Store) -> None:
    acme = _company(store)
    tp = _tp(store, acme, TODAY)
    store.touchpoints.delete(_id(tp))
    assert store.touchpoints.count() == 0


def test_restore_puts_a_touchpoint_back_under_its_id_one_revision_higher(store: Store) -> None:
    acme = _company(store)
    tp = store.touchpoints.update(_tp(store, acme, TODAY).replace(title="Call"))
    store.touchpoints.delete(_id(tp))
    restored = store.touchpoints.restore(tp)
    assert restored.id == tp.id
    assert restored.revision == tp.revision + 1
    assert restored.replace(revision=tp.revision) == tp


# Content and the send log.


def test_content_round_trips_topics_and_segments(store: Store) -> None:
    item = ContentItem(
        "Cold chain guide",
        kind=ContentKind.WHITE_PAPER,
        link="https://example.com/guide.pdf",
        topics=("cold chain", "pricing"),
        segment_kinds=(CompanyKind.DREAM_CLIENT, CompanyKind.CUSTOMER),
        segment_levels=(ContactLevel.EXECUTIVE,),
        segment_industries=("Logistics", "Food"),
        notes="2026 edition",
    )
    added = store.content.add(item)
    assert added == item.replace(id=added.id)
    loaded = store.content.get(_id(added))
    assert loaded == added
    assert loaded.segment_kinds == (CompanyKind.DREAM_CLIENT, CompanyKind.CUSTOMER)
    assert all(isinstance(k, CompanyKind) for k in loaded.segment_kinds)
    assert all(isinstance(level, ContactLevel) for level in loaded.segment_levels)


def test_content_update_all_and_delete(store: Store) -> None:
    b = store.content.add(ContentItem("b item"))
    a = store.content.add(ContentItem("A item"))
    changed = store.content.update(b.replace(topics=("new",), segment_kinds=()))
    assert store.content.get(_id(b)) == changed
    assert {i.title for i in store.content.all()} == {"A item", "b item"}
    store.content.delete(_id(a))
    with pytest.raises(NotFoundError):
        store.content.get(_id(a))
    with pytest.raises(NotFoundError):
        store.content.delete(_id(a))
    with pytest.raises(NotFoundError):
        store.content.update(a)


def test_content_needs_a_title(store: Store) -> None:
    with pytest.raises(ValidationError, match="title"):
        store.content.add(ContentItem("  "))
    item = store.content.add(ContentItem("Guide"))
    with pytest.raises(ValidationError, match="title"):
        store.content.update(item.replace(title=""))


def test_send_log_records_and_lists_by_item_contact_company_and_touchpoint(store: Store) -> None:
    acme = _company(store)
    other = _company(store, "Other")
    anna = _contact(store, acme, "Anna")
    otto = _contact(store, other, "Otto")
    guide = store.content.add(ContentItem("Guide"))
    news = store.content.add(ContentItem("News"))
    tp = _tp(store, acme, TODAY, contact_id=anna.id)
    first = store.content.record_send(ContentSend(_id(guide), _id(anna), TODAY, tp.id))
    second = store.content.record_send(ContentSend(_id(news), _id(anna), TODAY - timedelta(1)))
    third = store.content.record_send(ContentSend(_id(guide), _id(otto), TODAY + timedelta(1)))
    assert first.id is not None
    assert first == ContentSend(_id(guide), _id(anna), TODAY, tp.id, first.id)
    assert store.content.sends_for_item(_id(guide)) == [third, first]  # newest first
    assert store.content.sends_for_contact(_id(anna)) == [first, second]
    assert store.content.sends_for_company(_id(acme)) == [first, second]
    assert store.content.sends_for_touchpoint(_id(tp)) == [first]
    assert sorted(store.content.all_sends(), key=lambda s: s.id or 0) == [first, second, third]
    summaries = {s.item.title: s.sends for s in store.content.summaries()}
    assert summaries == {"Guide": 2, "News": 1}
    store.content.delete_send(_id_send(second))
    assert store.content.sends_for_contact(_id(anna)) == [first]


def _id_send(send: ContentSend) -> int:
    assert send.id is not None
    return send.id


def test_a_send_can_be_put_back_under_its_id(store: Store) -> None:
    acme = _company(store)
    anna = _contact(store, acme, "Anna")
    guide = store.content.add(ContentItem("Guide"))
    send = store.content.record_send(ContentSend(_id(guide), _id(anna), TODAY))
    store.content.delete_send(_id_send(send))
    assert store.content.record_send(send) == send
    assert store.content.all_sends() == [send]


def test_content_search_by_title_and_topic_with_escaping(store: Store) -> None:
    store.content.add(ContentItem("Pricing 101", topics=("pricing",)))
    store.content.add(ContentItem("Cold chain", topics=("logistics", "100% recyclable")))
    store.content.add(ContentItem("Plain", kind=ContentKind.NEWSLETTER))
    assert [h.text for h in store.content.search("pricing")] == ["Pricing 101"]
    assert [h.text for h in store.content.search("logist")] == ["Cold chain"]
    assert [h.text for h in store.content.search("%")] == ["Cold chain"]
    assert store.content.search("_") == []
    [plain] = store.content.search("plain")
    assert (plain.kind, plain.detail) == ("content", ContentKind.NEWSLETTER.label)


# Quick search across everything.


def test_store_search_spans_companies_contacts_and_content(store: Store) -> None:
    acme = _company(store, "Nordic Foods")
    store.contacts.add(Contact("Nora", "Nordqvist", company_id=acme.id, title="CFO"))
    store.content.add(ContentItem("Nordic markets report"))
    hits = store.search("nord")
    assert [(h.kind, h.text) for h in hits] == [
        ("company", "Nordic Foods"),
        ("contact", "Nora Nordqvist"),
        ("content", "Nordic markets report"),
    ]
    assert hits[1].detail == "CFO · Nordic Foods"
    assert store.search("   ") == []


# Settings.


def test_settings_round_trip_as_json(store: Store) -> None:
    assert store.setting("week_start", 0) == 0
    store.set_setting("week_start", 6)
    store.set_setting("week_start", {"day": 6, "names": ["Sun"]})
    assert store.setting("week_start") == {"day": 6, "names": ["Sun"]}


def test_employment_can_be_added_with_its_old_id(store: Store) -> None:
    acme = _company(store)
    anna = _contact(store, None, "Anna")
    job = store.contacts.add_employment(
        Employment(_id(anna), _id(acme), "Buyer", date(2020, 1, 1), date(2022, 1, 1), id=77)
    )
    assert job.id == 77
    assert store.contacts.employments(_id(anna)) == [job]
    assert store.contacts.former_employees(_id(acme)) == [(anna, job)]


def test_names_match_with_unicode_case_folding(store: Store) -> None:
    company = store.companies.add(Company("Öko Bäckerei GmbH"))
    store.contacts.add(Contact("Jörg", "Müller", company_id=company.id))

    assert store.companies.find("öko bäckerei gmbh").id == company.id
    assert store.companies.find("BÄCKEREI").id == company.id
    assert store.contacts.find("JÖRG MÜLLER").full_name == "Jörg Müller"
    assert store.contacts.find("müller", company_id=company.id).full_name == "Jörg Müller"
