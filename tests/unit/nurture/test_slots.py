"""Slotting: calls, meetings and visits land in free working hours, never overlapping or past."""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date, time, timedelta

from planner.domain.model import BuyingTimeframe, Channel, CompanyKind, ContactLevel
from planner.domain.portfolio import Planned
from planner.nurture.settings import NurtureSettings
from planner.nurture.slots import DayBook, channel_minutes
from planner.nurture.week_plan import Suggestion, plan_week
from planner.nurture.workweek import minutes_of

from .helpers import NEXT_WEEK, TODAY, company, person, portfolio

S = NurtureSettings(holidays="none")


def _book(n_companies: int = 14, per_company: int = 4):
    companies = tuple(
        company(
            i,
            CompanyKind.DREAM_CLIENT if i % 3 == 0 else CompanyKind.CUSTOMER,
            buying_timeframe=BuyingTimeframe.THIS_QUARTER,
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


def _intervals(items: list[Suggestion], planned: tuple[Planned, ...] = ()):
    by_day: dict[date, list[tuple[int, int]]] = defaultdict(list)
    for s in items:
        if s.time is not None:
            assert s.duration_minutes is not None
            start = minutes_of(s.time)
            by_day[s.day].append((start, start + s.duration_minutes))
    for p in planned:
        if p.time is not None:
            start = minutes_of(p.time)
            by_day[p.day].append((start, start + p.duration_minutes))
    return by_day


def _no_overlap(by_day: dict[date, list[tuple[int, int]]]) -> None:
    for day, spans in by_day.items():
        spans.sort()
        for (a, b), (c, _) in itertools.pairwise(spans):
            assert b <= c, f"{day}: {a}-{b} overlaps one starting at {c}"


def test_timed_channels_get_their_length_inside_working_hours_without_overlap() -> None:
    companies, contacts = _book()
    # A meeting already on Monday 09:00-10:30 and an all-day item that takes no slot.
    planned = (
        Planned(1, NEXT_WEEK, 100, Channel.MEETING, time=time(9, 0), duration_minutes=90),
        Planned(2, NEXT_WEEK, 200, Channel.EMAIL),
    )
    settings = S.replace(working_hours=((time(8, 30), time(17, 30)),) * 7)
    suggestions = plan_week(portfolio(companies, contacts, planned=planned), NEXT_WEEK, settings)
    timed = [s for s in suggestions if s.channel in (Channel.CALL, Channel.MEETING, Channel.VISIT)]
    assert timed, "the book has calls, meetings or visits to place"
    for s in timed:
        assert s.time is not None, s
        assert s.duration_minutes == channel_minutes(s.channel, settings)
        assert time(8, 30) <= s.time
        assert minutes_of(s.time) + s.duration_minutes <= 17 * 60 + 30
    for s in suggestions:
        if s.channel not in (Channel.CALL, Channel.MEETING, Channel.VISIT):
            assert s.time is None
            assert s.duration_minutes is None
    _no_overlap(_intervals(suggestions, planned))
    per_day = defaultdict(int)
    for s in suggestions:
        per_day[s.day] += 1
    # Capacity counts what was on the calendar: Monday had two already.
    assert all(n + 2 * (d == NEXT_WEEK) <= settings.capacity_per_day for d, n in per_day.items())


def test_channel_lengths_are_settings() -> None:
    companies, contacts = _book()
    settings = S.replace(call_minutes=45, meeting_minutes=120, visit_minutes=240)
    suggestions = plan_week(portfolio(companies, contacts), NEXT_WEEK, settings)
    lengths = {s.channel: s.duration_minutes for s in suggestions if s.time is not None}
    assert lengths
    for channel, minutes in lengths.items():
        assert minutes == {Channel.CALL: 45, Channel.MEETING: 120, Channel.VISIT: 240}[channel]
    _no_overlap(_intervals(suggestions))


def test_nothing_is_proposed_before_now() -> None:
    companies, contacts = _book()
    today = TODAY  # a Monday
    suggestions = plan_week(portfolio(companies, contacts), today, S, today, now=time(14, 7))
    todays = [s for s in suggestions if s.day == today and s.time is not None]
    assert todays, "Monday afternoon still has room"
    assert all(s.time is not None and s.time >= time(14, 15) for s in todays)


def test_a_full_day_sends_the_call_elsewhere_or_leaves_it_all_day() -> None:
    companies, contacts = _book(3, 2)
    # Every working day is booked solid from 09:00 to 17:00 but one, Wednesday.
    planned = tuple(
        Planned(9, NEXT_WEEK + timedelta(days=i), None, time=time(9, 0), duration_minutes=480)
        for i in (0, 1, 3, 4)
    )
    suggestions = plan_week(portfolio(companies, contacts, planned=planned), NEXT_WEEK, S)
    timed = [s for s in suggestions if s.time is not None]
    assert timed
    assert {s.day for s in timed} == {NEXT_WEEK + timedelta(days=2)}
    _no_overlap(_intervals(suggestions, planned))


def test_admin_slot_holds_emails_and_content_and_calls_keep_out_of_it() -> None:
    companies, contacts = _book()
    settings = S.replace(admin_slot=(time(9, 0), time(9, 30)))
    suggestions = plan_week(portfolio(companies, contacts), NEXT_WEEK, settings)
    admin = [s for s in suggestions if s.channel in (Channel.EMAIL, Channel.CONTENT)]
    assert admin
    assert all(s.time == time(9, 0) and s.duration_minutes == 30 for s in admin)
    calls = [s for s in suggestions if s.channel in (Channel.CALL, Channel.MEETING, Channel.VISIT)]
    assert all(s.time is not None and s.time >= time(9, 30) for s in calls)


def test_day_book_finds_the_first_gap_on_the_quarter_hour() -> None:
    day = NEXT_WEEK
    planned = [
        Planned(1, day, time=time(9, 0), duration_minutes=50),
        Planned(1, day, time=time(10, 0), duration_minutes=30),
    ]
    book = DayBook(S, [day], planned, TODAY, None)
    assert book.find(day, 20) == minutes_of(time(10, 30))
    book.take(day, minutes_of(time(10, 30)), 20)
    assert book.find(day, 20) == minutes_of(time(11, 0))
    assert book.find(day, 9 * 60) is None
