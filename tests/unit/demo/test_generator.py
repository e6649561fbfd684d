"""The demo portfolio: believable, complete, relative to today, deterministic, never over data."""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date, timedelta

import pytest

from planner.demo import DemoStats, generate
from planner.domain.errors import ValidationError
from planner.domain.model import (
    BuyingRole,
    Channel,
    Company,
    CompanyKind,
    ContactLevel,
    ContentItem,
    ContentKind,
    RelationshipHealth,
    Status,
)
from planner.domain.timing import FixedClock, local_zone_name
from planner.storage import Store

from .test_generator_bulk import assert_exact

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo() -> tuple[Store, DemoStats]:
    store = Store.memory(FixedClock.on(TODAY))
    stats = generate(store, TODAY, seed=0)
    return store, stats


def test_counts_are_as_specified(demo: tuple[Store, DemoStats]) -> None:
    store, stats = demo
    assert stats.companies == store.companies.count() == 40
    assert stats.contacts == store.contacts.count() == 150
    assert stats.touchpoints == store.touchpoints.count()
    assert 250 <= stats.touchpoints <= 450
    assert stats.content_items == len(store.content.all()) >= 12
    assert stats.sends == len(store.content.all_sends()) > 10
    assert stats.moved_contacts >= 3
    assert stats.overdue == len(store.touchpoints.overdue(TODAY)) >= 2


def test_every_kind_level_role_and_content_kind_is_present(demo: tuple[Store, DemoStats]) -> None:
    store, _ = demo
    kinds = Counter(c.kind for c in store.companies.all())
    assert set(kinds) == set(CompanyKind)
    assert kinds[CompanyKind.FORMER_CUSTOMER] == 1
    assert kinds[CompanyKind.DREAM_CLIENT] >= 5
    assert kinds[CompanyKind.CUSTOMER] >= 10
    assert kinds[CompanyKind.PROSPECT] >= 10
    contacts = store.contacts.all()
    assert {c.level for c in contacts} == set(ContactLevel)
    assert {c.buying_role for c in contacts} == set(BuyingRole)
    assert {i.kind for i in store.content.all()} == set(ContentKind)
    touches = store.touchpoints.all()
    assert {t.channel for t in touches} == set(Channel)
    assert {Status.DONE, Status.SKIPPED, Status.PLANNED} <= {t.status for t in touches}


def test_companies_are_believable(demo: tuple[Store, DemoStats]) -> None:
    store, _ = demo
    companies = store.companies.all()
    names = [c.name for c in companies]
    assert len({n.casefold() for n in names}) == len(names)
    assert all(c.industry and c.website.endswith(".example") for c in companies)
    customers = [c for c in companies if c.kind is CompanyKind.CUSTOMER]
    shares = [c.share_of_wallet for c in customers]
    assert all(s is not None for s in shares)
    assert min(s for s in shares if s is not None) < 0.3  # some buy mostly elsewhere
    assert max(s for s in shares if s is not None) > 0.7
    for c in customers:
        assert c.contract_end is not None
        assert TODAY < c.contract_end <= TODAY + timedelta(days=550)
        assert c.renewal_notice_days in (30, 60, 90, 120)
        assert c.contract_start is not None
        assert c.contract_start < TODAY
    at_risk = [c for c in customers if c.health is RelationshipHealth.AT_RISK]
    assert len(at_risk) >= 2
    assert all(c.health_reason for c in at_risk)
    dreams = [c for c in companies if c.kind is CompanyKind.DREAM_CLIENT]
    assert all(c.competitors for c in dreams)
    assert any(comp.contract_end for c in dreams for comp in c.competitors)
    prospects = [c for c in companies if c.kind.is_prospect]
    assert all(c.expected_deal_size and c.margin_percent for c in prospects)
    assert len({c.buying_timeframe for c in prospects}) >= 3
    former = next(c for c in companies if c.kind is CompanyKind.FORMER_CUSTOMER)
    assert former.contract_end is not None
    assert former.contract_end < TODAY


def test_contacts_are_believable(demo: tuple[Store, DemoStats]) -> None:
    store, _ = demo
    contacts = store.contacts.all()
    emails = [c.email for c in contacts]
    assert len(set(emails)) == len(emails)
    assert all(e.endswith(".example") and "@" in e for e in emails)
    assert all(c.title and c.company_id for c in contacts)
    assert sum(1 for c in contacts if c.notes) > len(contacts) // 3  # personal interests
    assert any(c.title == "VP Operations" or "Procurement" in c.title for c in contacts)
    # Every account has someone to talk to, and the bigger ones an executive.
    per_company = Counter(c.company_id for c in contacts)
    assert len(per_company) == 40


def test_some_contacts_moved_and_kept_their_history(demo: tuple[Store, DemoStats]) -> None:
    store, stats = demo
    moved = []
    for contact in store.contacts.all():
        assert contact.id is not None
        jobs = store.contacts.employments(contact.id)
        closed = [j for j in jobs if j.end is not None]
        if closed:
            current = [j for j in jobs if j.end is None]
            assert len(current) == 1
            assert current[0].company_id == contact.company_id != closed[0].company_id
            assert closed[0].end is not None
            assert closed[0].end < TODAY
            moved.append((contact, closed[0]))
    assert len(moved) == stats.moved_contacts >= 3
    # Their touches before the move stay at the old company.
    old_touches = [
        e.touchpoint
        for contact, job in moved
        for e in store.touchpoints.for_contact(contact.id or 0)
        if e.touchpoint.company_id == job.company_id
    ]
    assert old_touches
    assert all(
        tp.day < job.end
        for contact, job in moved
        for tp in old_touches
        if tp.contact_id == contact.id and job.end is not None
    )


def test_touchpoints_cover_a_quarter_back_and_weeks_ahead(demo: tuple[Store, DemoStats]) -> None:
    store, _ = demo
    touches = store.touchpoints.all()
    days = [t.day for t in touches]
    assert min(days) >= TODAY - timedelta(days=95)
    assert min(days) <= TODAY - timedelta(days=80)
    assert max(days) >= TODAY + timedelta(days=28)
    assert all(t.day.weekday() < 5 for t in touches)  # working days only
    past = [t for t in touches if t.day < TODAY]
    assert all(t.status is not Status.PLANNED or t.day >= TODAY - timedelta(days=7) for t in past)
    done = [t for t in past if t.status is Status.DONE]
    assert len(done) > len(past) * 0.7
    assert all(t.outcome and t.completed_at for t in done)
    future = [t for t in touches if t.day >= TODAY]
    assert all(t.status in (Status.PLANNED, Status.CANCELLED) for t in future)
    this_week = store.touchpoints.between(TODAY, TODAY + timedelta(days=6), [Status.PLANNED])
    assert len(this_week) >= 10
    assert all(t.reason and t.title for t in touches)


def test_timed_and_all_day_touchpoints(demo: tuple[Store, DemoStats]) -> None:
    store, _ = demo
    touches = store.touchpoints.all()
    timed = [t for t in touches if t.time is not None]
    all_day = [t for t in touches if t.time is None]
    assert len(timed) > 30
    assert len(all_day) > 30
    assert {t.tz for t in timed} == {local_zone_name()}
    assert all(8 <= t.time.hour <= 17 for t in timed if t.time is not None)


def test_content_sends_match_done_content_touchpoints(demo: tuple[Store, DemoStats]) -> None:
    store, _ = demo
    sends = store.content.all_sends()
    assert sends
    by_id = {t.id: t for t in store.touchpoints.all()}
    for send in sends:
        tp = by_id[send.touchpoint_id]
        assert tp.channel is Channel.CONTENT
        assert tp.status is Status.DONE
        assert (tp.content_id, tp.contact_id, tp.day) == (
            send.content_id,
            send.contact_id,
            send.sent_on,
        )
    items = store.content.all()
    assert all(i.topics for i in items)
    assert any(i.segment_kinds for i in items)
    assert any(i.segment_levels for i in items)
    assert any(i.segment_industries for i in items)


def _fingerprint(store: Store) -> tuple[object, ...]:
    return (
        store.companies.all(),
        store.contacts.all(),
        sorted(store.touchpoints.all(), key=lambda t: t.id or 0),
        store.content.all(),
        store.content.all_sends(),
    )


def test_same_seed_same_portfolio_other_seed_other_portfolio() -> None:
    stores = [Store.memory(FixedClock.on(TODAY)) for _ in range(3)]
    generate(stores[0], TODAY, seed=7)
    generate(stores[1], TODAY, seed=7)
    generate(stores[2], TODAY, seed=8)
    assert _fingerprint(stores[0]) == _fingerprint(stores[1])
    assert _fingerprint(stores[0]) != _fingerprint(stores[2])
    names = [c.name for c in stores[0].companies.all()]
    assert names != [c.name for c in stores[2].companies.all()]


def test_dates_follow_today() -> None:
    later = date(2027, 6, 7)
    store = Store.memory(FixedClock.on(later))
    generate(store, later)
    assert store.touchpoints.between(later, later + timedelta(days=6), [Status.PLANNED])
    assert all(t.day >= later - timedelta(days=95) for t in store.touchpoints.all())


def test_refuses_a_database_with_an_account_and_writes_nothing() -> None:
    store = Store.memory(FixedClock.on(TODAY))
    store.companies.add(Company("Existing Customer Ltd", CompanyKind.CUSTOMER))
    with pytest.raises(ValidationError, match="already holds data"):
        generate(store, TODAY)
    assert [c.name for c in store.companies.all()] == ["Existing Customer Ltd"]
    assert store.contacts.count() == 0
    assert store.touchpoints.count() == 0
    assert store.content.all() == []


def test_refuses_a_database_with_only_content() -> None:
    store = Store.memory(FixedClock.on(TODAY))
    store.content.add(ContentItem("Our brochure", ContentKind.BROCHURE))
    with pytest.raises(ValidationError):
        generate(store, TODAY)
    assert store.companies.count() == 0
    assert len(store.content.all()) == 1


def test_refuses_a_second_run() -> None:
    store = Store.memory(FixedClock.on(TODAY))
    generate(store, TODAY)
    before = _fingerprint(store)
    with pytest.raises(ValidationError):
        generate(store, TODAY, seed=1)
    assert _fingerprint(store) == before


def test_unknown_size_is_refused() -> None:
    store = Store.memory(FixedClock.on(TODAY))
    with pytest.raises(ValidationError, match="small, heavy, stress"):
        generate(store, TODAY, size="huge")  # type: ignore[arg-type]
    assert store.is_empty()


@pytest.mark.slow
def test_heavy_size() -> None:
    store = Store.memory(FixedClock.on(TODAY))
    stats = generate(store, TODAY, seed=5, size="heavy")
    # The same as ever for this seed (see test_the_same_seed_gives_the_same_portfolio_as_ever).
    assert _digest(store) == "a935da846319adc01870d2d68544e8e18015673fad8fa385fc5b6484d25617c4"
    assert stats.companies == store.companies.count() == 2_000
    assert stats.contacts == store.contacts.count() == 10_000
    assert 95_000 <= stats.touchpoints == store.touchpoints.count() <= 105_000
    assert stats.moved_contacts >= 100
    # Written in bulk, yet the facts, indexes, counts and outbox are what the triggers keep.
    assert_exact(store)


# The columns the demo fills, as they were when the digests below were taken: a column added
# to the schema later does not change them.
_WRITTEN = {
    "companies": "id, name, kind, industry, website, buying_timeframe, margin_percent, "
    "expected_deal_size, growth_potential, our_annual_revenue, estimated_annual_wallet, "
    "contract_start, contract_end, renewal_notice_days, health, health_reason, tier_override, "
    "notes, street, postal_code, city, region, country, latitude, longitude",
    "competitors": "id, company_id, position, name, supplies, contract_end",
    "contacts": "id, company_id, first_name, last_name, title, level, buying_role, email, phone, "
    "profile_url, notes",
    "employments": "id, contact_id, company_id, title, start, end",
    "content_items": "id, title, kind, link, topics, segment_kinds, segment_levels, "
    "segment_industries, notes",
    "content_sends": "id, content_id, contact_id, sent_on, touchpoint_id",
    "touchpoints": "id, company_id, contact_id, day, time, duration_minutes, tz, channel, "
    "purpose, status, title, notes, reason, outcome, completed_at, content_id, revision, "
    "updated_at, plan_key",
    "settings": "key, value",
}


def _digest(store: Store) -> str:
    """A fingerprint of everything the generator wrote into the store."""
    digest = hashlib.sha256()
    for table, columns in _WRITTEN.items():
        rows = store.db.conn.execute(f"SELECT {columns} FROM {table} ORDER BY 1").fetchall()
        digest.update(f"{table}:{rows!r}\n".encode())
    return digest.hexdigest()


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        (0, "b6d441c6a5aa779a4046672394fab82105043e9d0369514ee06d19df71b90922"),
        (11, "4f3b530d5fd16a6489fe6c9cdc154e64f71c700d0067f0f7ab8815b87085d01d"),
    ],
)
def test_the_same_seed_gives_the_same_portfolio_as_ever(seed: int, expected: str) -> None:
    """Word lists, names and dates are drawn in the same order whatever the code's layout."""
    store = Store.memory(FixedClock.on(TODAY))
    try:
        generate(store, TODAY, seed=seed)
        assert _digest(store) == expected
    finally:
        store.close()
