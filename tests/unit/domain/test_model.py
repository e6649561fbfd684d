"""The domain values: wallet figures, renewal dates, touch-point times and labels."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

import pytest

from planner.domain import model
from planner.domain.model import (
    Channel,
    Company,
    CompanyKind,
    Contact,
    Employment,
    Status,
    TouchPoint,
)

BERLIN = ZoneInfo("Europe/Berlin")


# Share of wallet and wallet gap.


@pytest.mark.parametrize(
    ("revenue", "wallet", "share"),
    [
        (25_000.0, 100_000.0, 0.25),
        (0.0, 100_000.0, 0.0),
        (100_000.0, 100_000.0, 1.0),
        (150_000.0, 100_000.0, 1.0),  # more than their estimate: the estimate is low, cap at 1
        (-5.0, 100.0, 0.0),  # a credit note year never gives a negative share
    ],
)
def test_share_of_wallet(revenue: float, wallet: float, share: float) -> None:
    company = Company("Acme", our_annual_revenue=revenue, estimated_annual_wallet=wallet)
    assert company.share_of_wallet == pytest.approx(share)


@pytest.mark.parametrize(
    ("revenue", "wallet"),
    [(None, 100_000.0), (10.0, None), (None, None), (10.0, 0.0), (0.0, 0.0)],
)
def test_share_of_wallet_unknown_without_both_figures_or_with_a_zero_wallet(
    revenue: float | None, wallet: float | None
) -> None:
    company = Company("Acme", our_annual_revenue=revenue, estimated_annual_wallet=wallet)
    assert company.share_of_wallet is None


@pytest.mark.parametrize(
    ("revenue", "wallet", "gap"),
    [
        (25_000.0, 100_000.0, 75_000.0),
        (None, 100_000.0, 100_000.0),  # nothing with us yet: all of it is someone else's
        (0.0, 100_000.0, 100_000.0),
        (100_000.0, 100_000.0, 0.0),
        (150_000.0, 100_000.0, 0.0),  # never negative
        (5.0, 0.0, 0.0),
    ],
)
def test_wallet_gap(revenue: float | None, wallet: float, gap: float) -> None:
    company = Company("Acme", our_annual_revenue=revenue, estimated_annual_wallet=wallet)
    assert company.wallet_gap == pytest.approx(gap)


def test_wallet_gap_unknown_without_an_estimate() -> None:
    assert Company("Acme", our_annual_revenue=10.0).wallet_gap is None


# Renewal notice.


def test_renewal_notice_date_counts_back_from_the_contract_end() -> None:
    company = Company("Acme", contract_end=date(2027, 3, 31), renewal_notice_days=90)
    assert company.renewal_notice_date == date(2026, 12, 31)


def test_renewal_notice_date_crosses_a_leap_day() -> None:
    company = Company("Acme", contract_end=date(2028, 3, 1), renewal_notice_days=1)
    assert company.renewal_notice_date == date(2028, 2, 29)


def test_renewal_notice_of_zero_days_is_the_contract_end() -> None:
    company = Company("Acme", contract_end=date(2027, 3, 31), renewal_notice_days=0)
    assert company.renewal_notice_date == date(2027, 3, 31)


@pytest.mark.parametrize(
    "changes", [{"contract_end": date(2027, 3, 31)}, {"renewal_notice_days": 30}, {}]
)
def test_renewal_notice_date_needs_end_and_notice(changes: dict[str, object]) -> None:
    assert Company("Acme").replace(**changes).renewal_notice_date is None


# Touch-point times.


def test_all_day_touchpoint_has_no_start_or_end() -> None:
    tp = TouchPoint(1, date(2026, 11, 23))
    assert not tp.is_timed
    assert tp.start is None
    assert tp.end is None


def test_timed_touchpoint_start_and_end_are_aware_in_its_zone() -> None:
    tp = TouchPoint(
        1, date(2026, 11, 23), time=time(10, 0), duration_minutes=45, tz="Europe/Berlin"
    )
    assert tp.is_timed
    assert tp.start == datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN)
    assert tp.start is not None
    assert tp.start.utcoffset() == timedelta(hours=1)
    assert tp.end == datetime(2026, 11, 23, 10, 45, tzinfo=BERLIN)
    assert tp.start.astimezone(UTC) == datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_default_zone_is_utc() -> None:
    tp = TouchPoint(1, date(2026, 11, 23), time=time(10, 0))
    assert tp.start == datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (date(2026, 3, 28), date(2026, 3, 30)),  # spring forward on 29 March 2026
        (date(2026, 10, 24), date(2026, 10, 26)),  # fall back on 25 October 2026
    ],
)
def test_ten_oclock_stays_ten_oclock_local_across_a_dst_switch(before: date, after: date) -> None:
    first = TouchPoint(1, before, time=time(10, 0), tz="Europe/Berlin")
    second = first.replace(day=after)
    assert first.start is not None
    assert second.start is not None
    for tp_start in (first.start, second.start):
        assert tp_start.astimezone(BERLIN).time() == time(10, 0)
    # The UTC instants differ by two days plus or minus the hour that changed.
    offsets = {first.start.utcoffset(), second.start.utcoffset()}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}
    elapsed = second.start.astimezone(UTC) - first.start.astimezone(UTC)
    assert elapsed != timedelta(days=2)
    assert abs(elapsed - timedelta(days=2)) == timedelta(hours=1)


@pytest.mark.parametrize(
    ("day", "at", "local_end"),
    [
        # 02:00 on the fall-back night: an hour later it is 02:00 again (the second time).
        (date(2026, 10, 25), time(2, 0), time(2, 0)),
        # 01:30 on the spring-forward night: an hour later the clock says 03:30.
        (date(2026, 3, 29), time(1, 30), time(3, 30)),
        (date(2026, 10, 25), time(1, 30), time(2, 30)),
    ],
)
def test_duration_is_elapsed_time_across_a_dst_switch(day: date, at: time, local_end: time) -> None:
    tp = TouchPoint(1, day, time=at, duration_minutes=60, tz="Europe/Berlin")
    assert tp.start is not None
    assert tp.end is not None
    assert tp.end.astimezone(UTC) - tp.start.astimezone(UTC) == timedelta(minutes=60)
    assert tp.end.astimezone(BERLIN).time() == local_end


def test_end_of_a_zero_minute_touchpoint_is_its_start() -> None:
    tp = TouchPoint(1, date(2026, 11, 23), time=time(9, 0), duration_minutes=0, tz="Europe/Berlin")
    assert tp.end == tp.start


def test_overdue_means_planned_and_before_today() -> None:
    today = date(2026, 11, 23)
    tp = TouchPoint(1, today - timedelta(days=1))
    assert tp.is_overdue(today)
    assert not tp.replace(day=today).is_overdue(today)
    for status in (Status.DONE, Status.SKIPPED, Status.CANCELLED):
        assert not tp.replace(status=status).is_overdue(today)


# Other small values.


def test_values_are_frozen_and_replace_returns_a_copy() -> None:
    company = Company("Acme")
    changed = company.replace(kind=CompanyKind.CUSTOMER)
    assert company.kind is CompanyKind.PROSPECT
    assert changed.kind is CompanyKind.CUSTOMER
    with pytest.raises(AttributeError):
        company.name = "Other"  # type: ignore[misc]


def test_contact_full_name_without_a_last_name() -> None:
    assert Contact("Anna", "Schmidt").full_name == "Anna Schmidt"
    assert Contact("Anna").full_name == "Anna"
    assert Contact("", "Schmidt").full_name == "Schmidt"


def test_employment_is_current_until_it_ends() -> None:
    job = Employment(1, 2, start=date(2020, 1, 1))
    assert job.is_current
    assert not Employment(1, 2, end=date(2025, 1, 1)).is_current


def test_prospect_kinds() -> None:
    assert CompanyKind.DREAM_CLIENT.is_prospect
    assert CompanyKind.PROSPECT.is_prospect
    assert not CompanyKind.CUSTOMER.is_prospect
    assert not CompanyKind.FORMER_CUSTOMER.is_prospect


def test_every_enum_member_has_a_label() -> None:
    enums = [
        value
        for value in vars(model).values()
        if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
    ]
    assert Channel in enums
    for enum in enums:
        for member in enum:
            assert getattr(member, "label", "").strip(), member
