"""Days off and working hours: public holidays, time off, and the checks on the settings."""

from __future__ import annotations

from datetime import date, time

import pytest

from planner.domain.errors import ValidationError
from planner.domain.model import BuyingTimeframe, CompanyKind, ContactLevel
from planner.domain.time_off import TimeOff
from planner.nurture.settings import NurtureSettings
from planner.nurture.week_plan import plan_week
from planner.nurture.workweek import check_holidays, days_off, parse_hours, public_holidays

from .helpers import company, person, portfolio

CHRISTMAS_WEEK = date(2026, 12, 21)  # Monday; 24th Thursday, 25th Friday
NEW_YEAR_WEEK = date(2026, 12, 28)  # Monday; 1 January is the Friday


def _book(n: int = 12):
    companies = tuple(
        company(i, CompanyKind.DREAM_CLIENT, buying_timeframe=BuyingTimeframe.THIS_QUARTER)
        for i in range(1, n + 1)
    )
    contacts = tuple(
        person(c.id * 100 + j, c.id, list(ContactLevel)[j % 3])
        for c in companies
        if c.id is not None
        for j in range(4)
    )
    return companies, contacts


def test_german_public_holidays_are_known() -> None:
    days = public_holidays("DE", 2026)
    assert date(2026, 12, 25) in days
    assert date(2026, 12, 26) in days
    assert date(2027, 1, 1) in public_holidays("DE", 2027)
    assert date(2026, 12, 24) not in days  # Christmas Eve is a working day by law
    # A region adds its own: Epiphany in Bavaria, not in Berlin.
    assert date(2026, 1, 6) in public_holidays("DE-BY", 2026)
    assert date(2026, 1, 6) not in public_holidays("DE-BE", 2026)
    assert public_holidays("none", 2026) == {}


def test_nothing_is_planned_on_german_holidays_nor_on_time_off() -> None:
    companies, contacts = _book()
    settings = NurtureSettings(holidays="DE")
    # The rep takes Christmas Eve off; the law gives the 25th, the 26th and 1 January.
    away = ((date(2026, 12, 24), date(2026, 12, 24), "Christmas Eve"),)
    book = portfolio(companies, contacts, today=CHRISTMAS_WEEK, time_off=away)
    christmas = plan_week(book, CHRISTMAS_WEEK, settings, CHRISTMAS_WEEK)
    assert christmas, "Monday to Wednesday still have room"
    assert {s.day for s in christmas} <= {
        date(2026, 12, 21),
        date(2026, 12, 22),
        date(2026, 12, 23),
    }
    new_year = plan_week(book.replace(today=NEW_YEAR_WEEK), NEW_YEAR_WEEK, settings, NEW_YEAR_WEEK)
    assert new_year
    assert date(2027, 1, 1) not in {s.day for s in new_year}
    # Without holidays and time off, the same book does use those days.
    plain = plan_week(book.replace(time_off=()), CHRISTMAS_WEEK, settings.replace(holidays="none"))
    assert {date(2026, 12, 24), date(2026, 12, 25)} <= {s.day for s in plain}


def test_days_off_joins_holidays_and_time_off_with_their_labels() -> None:
    off = days_off(
        "DE",
        [(date(2027, 2, 8), date(2027, 2, 12), "Trade fair")],
        date(2026, 12, 20),
        date(2027, 3, 1),
    )
    assert off[date(2026, 12, 25)] == "Christmas Day"
    assert off[date(2027, 2, 10)] == "Trade fair"
    assert date(2027, 2, 13) not in off


def test_time_off_ends_after_it_starts() -> None:
    with pytest.raises(ValidationError, match="end on or after"):
        TimeOff(date(2027, 2, 8), date(2027, 2, 1))
    assert len(list(TimeOff(date(2027, 2, 8), date(2027, 2, 12)).days())) == 5


def test_holiday_choices_are_checked() -> None:
    assert check_holidays("de") == "DE"
    assert check_holidays("de-by") == "DE-BY"
    assert check_holidays("NONE") == "none"
    assert check_holidays("auto") == "auto"
    with pytest.raises(ValidationError, match="not a country"):
        check_holidays("XX")
    with pytest.raises(ValidationError, match="not a region of DE"):
        check_holidays("DE-XY")


def test_working_hours_are_checked_and_stored() -> None:
    assert parse_hours("08:30-17:30") == (time(8, 30), time(17, 30))
    for bad, message in (
        ("17:00-09:00", "half an hour after"),
        ("9-17", "not a time"),
        ("25:00-26:00", "not a time"),
        ("08:30", "not working hours"),
    ):
        with pytest.raises(ValidationError, match=message):
            parse_hours(bad)
    with pytest.raises(ValidationError, match="between 5 and 480"):
        NurtureSettings(call_minutes=0)
    with pytest.raises(ValidationError, match="not a country"):
        NurtureSettings(holidays="Atlantis")
    settings = NurtureSettings(
        working_hours=((time(8, 0), time(16, 0)),) * 7,
        admin_slot=(time(16, 0), time(16, 30)),
        holidays="DE-BY",
        visit_minutes=120,
    )
    again = NurtureSettings.from_json(settings.to_json())
    assert again == settings
    assert NurtureSettings.from_json({}).working_hours[0] == (time(9, 0), time(17, 0))


def test_auto_takes_the_country_of_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.nurture import workweek

    monkeypatch.setattr(workweek.locale, "getlocale", lambda: ("de_DE", "UTF-8"))
    monkeypatch.setattr(workweek, "locale_country", workweek.__dict__["_locale_country"])
    assert workweek.resolved_holidays("auto") == "DE"
    assert date(2026, 10, 3) in public_holidays("auto", 2026)  # German Unity Day
    monkeypatch.setattr(workweek.locale, "getlocale", lambda: (None, None))
    assert workweek.resolved_holidays("auto") == "none"
    assert public_holidays("auto", 2026) == {}
