"""Plan my week: capacity, priority, spreading, reasons, content never repeated, and the year."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from planner.domain.model import (
    BuyingTimeframe,
    Channel,
    CompanyKind,
    ContactLevel,
    ContentItem,
    Employment,
    Purpose,
)
from planner.domain.portfolio import Planned
from planner.domain.text import Template, Text
from planner.nurture.settings import NurtureSettings
from planner.nurture.simulate import MEASURES, simulate
from planner.nurture.week_plan import plan_week

from .helpers import NEXT_WEEK, TODAY, ago, company, person, portfolio, touched_all

S = NurtureSettings()


def _big_book(n_companies: int = 12, per_company: int = 4):
    companies = tuple(
        company(
            i,
            CompanyKind.DREAM_CLIENT if i % 3 == 0 else CompanyKind.PROSPECT,
            buying_timeframe=BuyingTimeframe.THIS_QUARTER if i % 2 else BuyingTimeframe.LATER,
            margin_percent=10 + i,
        )
        for i in range(1, n_companies + 1)
    )
    levels = list(ContactLevel)
    contacts = tuple(
        person(c.id * 100 + j, c.id, levels[j % 3])
        for c in companies
        if c.id is not None
        for j in range(per_company)
    )
    return companies, contacts


def test_week_is_capped_per_day_counting_what_is_planned() -> None:
    companies, contacts = _big_book()
    planned = tuple(Planned(1, NEXT_WEEK, None) for _ in range(6))  # Monday has room for 2
    p = portfolio(companies, contacts, planned=planned)
    suggestions = plan_week(p, NEXT_WEEK, S, TODAY)
    per_day = Counter(s.day for s in suggestions)
    assert per_day[NEXT_WEEK] == 2
    assert all(n <= S.capacity_per_day for n in per_day.values())
    assert len(suggestions) == 2 + 4 * S.capacity_per_day  # the week is full
    assert all(s.day.weekday() < 5 for s in suggestions)


def test_highest_priority_gets_the_room_first() -> None:
    companies, contacts = _big_book()
    p = portfolio(companies, contacts)
    small = S.replace(capacity_per_day=1)
    suggestions = plan_week(p, NEXT_WEEK, small, TODAY)
    full = plan_week(p, NEXT_WEEK, S, TODAY)
    assert len(suggestions) == 5
    top = sorted(full, key=lambda s: -s.priority)[:5]
    assert {s.key for s in suggestions} == {s.key for s in top}


def test_a_company_is_spread_over_the_week() -> None:
    c = company(1, CompanyKind.DREAM_CLIENT, margin_percent=40)
    contacts = tuple(person(10 + j, 1, level) for j, level in enumerate(ContactLevel))
    suggestions = plan_week(portfolio((c,), contacts), NEXT_WEEK, S, TODAY)
    assert len(suggestions) == 3
    assert len({s.day for s in suggestions}) == 3


def test_every_suggestion_has_reason_channel_purpose_and_contact() -> None:
    companies, contacts = _big_book(4, 3)
    items = (ContentItem("Guide", id=1), ContentItem("Case", id=2))
    suggestions = plan_week(portfolio(companies, contacts, content=items), NEXT_WEEK, S, TODAY)
    assert suggestions
    for s in suggestions:
        assert s.reason
        assert s.reason[0].isupper()
        assert s.contact_id is not None
        assert s.contact_name
        assert s.key == f"{s.company_id}:{s.contact_id}:{s.purpose}:{NEXT_WEEK.isoformat()}"
        data = s.to_json()
        assert {"date", "company", "contact", "channel", "purpose", "reason", "content"} <= set(
            data
        )
    content_touches = [s for s in suggestions if s.channel is Channel.CONTENT]
    assert content_touches
    assert all(s.content_title for s in content_touches)


def test_content_is_never_suggested_twice_to_one_contact() -> None:
    c = company(1, CompanyKind.DREAM_CLIENT, margin_percent=40)
    exec_ = person(10, 1, ContactLevel.EXECUTIVE)
    items = (ContentItem("Guide", id=1), ContentItem("Case", id=2))
    p = portfolio((c,), (exec_,), content=items, sends={10: frozenset({1})})
    [s] = plan_week(p, NEXT_WEEK, S, TODAY)
    assert s.content_id == 2
    p = p.replace(sends={10: frozenset({1, 2})})
    [s] = plan_week(p, NEXT_WEEK, S, TODAY)
    assert s.content_id is None
    assert s.channel is not Channel.CONTENT


def test_recently_touched_book_needs_nothing_and_logged_touch_removes_suggestion() -> None:
    companies, contacts = _big_book(3, 3)
    fresh = portfolio(companies, contacts, **touched_all(companies, contacts, ago(1)))
    assert plan_week(fresh, NEXT_WEEK, S, TODAY) == []
    stale = portfolio(companies, contacts, **touched_all(companies, contacts, ago(60)))
    suggested = {s.contact_id for s in plan_week(stale, NEXT_WEEK, S, TODAY)}
    assert 101 in suggested or 100 in suggested


def test_planned_touches_count_as_coming_and_keys_are_skipped() -> None:
    c = company(1, CompanyKind.DREAM_CLIENT, margin_percent=40)
    exec_ = person(10, 1, ContactLevel.EXECUTIVE)
    p = portfolio((c,), (exec_,))
    [s] = plan_week(p, NEXT_WEEK, S, TODAY)
    applied = p.replace(planned=(Planned(1, s.day, 10, s.channel, s.purpose, s.content_id, s.key),))
    assert plan_week(applied, NEXT_WEEK, S, TODAY) == []


def test_renewal_runway_and_job_change_are_suggested() -> None:
    customer = company(1, name="Fabrikam", contract_end=NEXT_WEEK + timedelta(days=90))
    new = company(2, CompanyKind.PROSPECT, name="Initech")
    buyer = person(10, 1, ContactLevel.EXECUTIVE)
    jane = person(11, 2, ContactLevel.MANAGER, first_name="Jane")
    jobs = (
        Employment(11, 1, "", date(2020, 1, 1), ago(10), id=1),
        Employment(11, 2, "", ago(10), None, id=2),
    )
    contacts = (buyer, jane)
    p = portfolio(
        (customer, new),
        contacts,
        employments=jobs,
        **touched_all((customer, new), contacts, ago(5)),
    )
    p = p.replace(last_contact_touch={10: ago(5), 11: ago(40)})  # Jane: not since her move
    suggestions = {s.rule: s for s in plan_week(p, NEXT_WEEK, S, TODAY)}
    renewal = suggestions["runway"]
    assert renewal.purpose is Purpose.RENEWAL
    assert renewal.contact_id == 10
    assert "90 days before their contract ends" in renewal.reason
    congrats = suggestions["job_change"]
    assert congrats.company_id == 2
    assert congrats.contact_id == 11
    assert congrats.reason == (
        f"Jane moved from Fabrikam to Initech on {ago(10).isoformat()}: congratulate them. "
        "Jane Doe left Fabrikam: no manager there any more, map a manager. "
        f"{congrats.day:%A}: the day it falls due"
    )


def test_a_job_change_is_not_congratulated_on_top_of_a_touch_that_week() -> None:
    """A mover with a touch-point coming that week (moved along or kept) gets no second one."""
    old = company(1, name="Fabrikam")
    new = company(2, CompanyKind.PROSPECT, name="Initech")
    jane = person(11, 2, ContactLevel.MANAGER, first_name="Jane")
    jobs = (
        Employment(11, 1, "", date(2020, 1, 1), ago(10), id=1),
        Employment(11, 2, "", ago(10), None, id=2),
    )
    base = portfolio((old, new), (jane,), employments=jobs)
    assert "job_change" in {s.rule for s in plan_week(base, NEXT_WEEK, S, TODAY)}
    for company_id in (1, 2):
        touch = Planned(company_id, NEXT_WEEK + timedelta(days=2), 11, Channel.PERSONAL)
        planned = base.replace(planned=(touch,))
        suggestions = plan_week(planned, NEXT_WEEK, S, TODAY)
        assert [s for s in suggestions if s.contact_id == 11] == []
    later = Planned(2, NEXT_WEEK + timedelta(days=30), 11, Channel.CALL)
    suggestions = plan_week(base.replace(planned=(later,)), NEXT_WEEK, S, TODAY)
    assert "job_change" in {s.rule for s in suggestions}


def test_reasons_are_translatable_sentences() -> None:
    """Each part of a reason is its own marked sentence, so the GUI can translate the parts."""
    companies, contacts = _big_book(4, 3)
    items = (ContentItem("Guide", id=1), ContentItem("Case", id=2))
    suggestions = plan_week(portfolio(companies, contacts, content=items), NEXT_WEEK, S, TODAY)
    sent = next(s for s in suggestions if s.content_title)
    assert isinstance(sent.reason, Text)
    assert f". Send “{sent.content_title}”, written for them and not yet received. " in sent.reason
    # The last sentence says why that day.
    assert sent.reason.endswith(f"{sent.day:%A}: the day it falls due")
    parts = sent.reason.args
    assert len(parts) >= 2
    assert all(isinstance(p, Text | Template) and p[:1].isupper() for p in parts)
    assert "; " not in sent.reason


def test_no_days_in_the_past_and_weekends_are_skipped() -> None:
    companies, contacts = _big_book(3, 3)
    p = portfolio(companies, contacts, today=date(2026, 11, 26))  # a Thursday
    suggestions = plan_week(p, TODAY, S, date(2026, 11, 26))
    assert suggestions
    assert {s.day for s in suggestions} <= {date(2026, 11, 26), date(2026, 11, 27)}
    assert plan_week(p, TODAY, S.replace(working_days=frozenset({0, 1})), date(2026, 11, 26)) == []


def test_simulation_plan_beats_habit_on_every_measure() -> None:
    companies, contacts = _big_book(10, 4)
    customers = tuple(
        company(
            20 + i,
            our_annual_revenue=10_000 * (i + 1),
            estimated_annual_wallet=200_000,
            contract_end=TODAY + timedelta(days=200 + 20 * i),
        )
        for i in range(5)
    )
    cust_contacts = tuple(person(2000 + i, 20 + i, ContactLevel.EXECUTIVE) for i in range(5))
    items = tuple(ContentItem(f"Item {i}", id=i) for i in range(1, 6))
    all_companies = companies + customers
    all_contacts = contacts + cust_contacts
    p = portfolio(
        all_companies,
        all_contacts,
        content=items,
        **touched_all(all_companies, all_contacts, ago(30)),
    )
    result = simulate(p, weeks=52, settings=S)
    assert result.plan_beats_habit, result.table()
    for measure in MEASURES:
        assert result.plan_wins(measure)
    assert result.plan.repeated_content_sends == 0
    assert result.plan.days_over_capacity == 0
    assert result.plan.lost_touch_contacts < result.habit.lost_touch_contacts
    assert result.plan.max_gap_over_max_interval_days == 0
    assert result.habit.max_gap_over_max_interval_days > 0
    assert result.plan.min_touches_before_contract_end is not None
    assert result.habit.min_touches_before_contract_end is not None
    assert (
        result.plan.min_touches_before_contract_end > result.habit.min_touches_before_contract_end
    )
    data = result.to_json()
    assert set(MEASURES) <= set(data["plan"])
    assert set(MEASURES) <= set(data["habit"])
