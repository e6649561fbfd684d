"""Property tests: dates, times, command-line values, .ics text and CSV cells, whatever is typed."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, time
from pathlib import Path

import icalendar
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.domain.errors import ValidationError
from planner.domain.model import (
    AgendaEntry,
    Channel,
    Company,
    CompanyKind,
    Purpose,
    Status,
    TouchPoint,
)
from planner.domain.timing import FixedClock, parse_date, parse_time
from planner.interchange.csv_export import FORMULA_PREFIXES, neutralise, render
from planner.interchange.ical_export import ExportOptions, clean_text, export_calendar
from planner.storage import Store

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=60)
# Text that looks like what a person (or a hostile file) might type into a date or time field.
_date_like = st.one_of(
    _text,
    st.from_regex(r"\s*[0-9]{1,5}-[0-9]{1,3}-[0-9]{1,3}\s*", fullmatch=True),
    st.dates().map(date.isoformat),
)
_time_like = st.one_of(
    _text,
    st.from_regex(r"\s*[0-9]{1,3}:[0-9]{1,3}\s*", fullmatch=True),
    st.times().map(lambda t: t.strftime("%H:%M")),
)


# Dates and times.


@given(_date_like)
def test_parse_date_gives_a_date_or_a_plain_validation_error(text: str) -> None:
    try:
        value = parse_date(text, "--date")
    except ValidationError as error:
        message = str(error)
        assert message.startswith("--date ")
        assert "valid date" in message
        return
    assert isinstance(value, date)
    assert value.isoformat() == text.strip()


@given(st.dates())
def test_every_real_date_round_trips(day: date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"  {day.isoformat()}\n") == day


@given(_time_like)
def test_parse_time_gives_a_time_or_a_plain_validation_error(text: str) -> None:
    try:
        value = parse_time(text, "--time")
    except ValidationError as error:
        message = str(error)
        assert message.startswith("--time ")
        assert "valid time" in message
        return
    assert isinstance(value, time)
    hours, minutes = text.strip().split(":")
    assert (value.hour, value.minute) == (int(hours), int(minutes))


@given(st.times())
def test_every_wall_clock_minute_round_trips(moment: time) -> None:
    assert parse_time(moment.strftime("%H:%M")) == moment.replace(second=0, microsecond=0)
    assert parse_time(f"{moment.hour}:{moment.minute:02d}") == time(moment.hour, moment.minute)


# The command line: a bad --today, --date or --time is one line on stderr and writes nothing.


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(today=_date_like)
def test_cli_today_is_parsed_or_refused_in_one_line(
    today: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assume("\x00" not in today)
    db = tmp_path / "never-created.db"
    capsys.readouterr()
    code = main(["agenda", "--db", str(db), f"--today={today}"])
    _, err = capsys.readouterr()
    assert code in (1, 2)
    assert "Traceback" not in err
    if code == 1:
        assert err.count("\n") == 1
        assert err.startswith("nurture-planner: error: ")
    assert not db.exists()


@pytest.fixture(scope="module")
def plan_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plan") / "plan.db"
    store = Store.open(path, FixedClock.on(date(2026, 11, 23)))
    with store.transaction():
        store.companies.add(Company("Acme"))
    store.close()
    return path


def _touchpoint_rows(path: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM touchpoints").fetchone()[0])
    finally:
        conn.close()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(day=_date_like, at=_time_like)
def test_cli_touch_add_with_any_date_and_time_adds_one_or_refuses_cleanly(
    day: str, at: str, plan_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assume("\x00" not in day + at)
    before = _touchpoint_rows(plan_db)
    capsys.readouterr()
    argv = ["touch", "add", "--company", "Acme", "--channel", "call", "--db", str(plan_db)]
    code = main([*argv, f"--date={day}", f"--time={at}"])
    _, err = capsys.readouterr()
    assert "Traceback" not in err
    after = _touchpoint_rows(plan_db)
    if code == 0:
        assert after == before + 1
    else:
        assert after == before, "a refused command wrote something"
        assert code in (1, 2)


# Text going into the .ics file.


def _entry(
    title: str, notes: str, reason: str, outcome: str, company: str, who: str
) -> AgendaEntry:
    tp = TouchPoint(
        company_id=1,
        day=date(2026, 11, 24),
        id=7,
        time=time(10, 0),
        tz="Europe/Berlin",
        channel=Channel.MEETING,
        purpose=Purpose.RENEWAL,
        status=Status.DONE if outcome else Status.PLANNED,
        title=title,
        notes=notes,
        reason=reason,
        outcome=outcome,
        completed_at=NOW if outcome else None,
    )
    return AgendaEntry(tp, company, CompanyKind.CUSTOMER, who)


def _as_ical_text(text: str) -> str:
    """What a calendar reads back: iCal has one kind of line break, so CR and CRLF become LF."""
    return clean_text(text.strip()).replace("\r\n", "\n").replace("\r", "\n")


_ics_text = st.one_of(
    _text,
    st.lists(
        st.sampled_from(
            [
                "BEGIN:VEVENT",
                "END:VEVENT",
                "END:VCALENDAR",
                "UID:evil",
                "ATTACH:http://evil.example/x",
                "DTSTART:20300101T000000Z",
                "X-EVIL;VALUE=TEXT:1",
                ";",
                ",",
                "\\",
                "\\n",
                ":",
                "\r\n",
                "\n",
                "\r",
                "\r\n ",
                "\t",
                "\x00",
                "\x0b",
                "é",
                "🎉",
                "\ud800",
                "a" * 80,
            ]
        ),
        max_size=12,
    ).map("".join),
)


@settings(max_examples=150, deadline=None)
@given(
    title=_ics_text,
    notes=_ics_text,
    reason=_ics_text,
    outcome=_ics_text,
    company=_ics_text,
    who=_ics_text,
)
def test_ics_text_never_adds_an_event_or_a_property_and_round_trips(
    title: str, notes: str, reason: str, outcome: str, company: str, who: str
) -> None:
    assume(company.strip())
    entry = _entry(title, notes, reason, outcome, company, who)
    plain = _entry("Title", "Notes", "Reason", "Outcome" if outcome else "", "Company", "Who")
    options = ExportOptions(include_done=True)
    data = export_calendar([entry], options, "db-1", NOW)
    baseline = export_calendar([plain], options, "db-1", NOW)
    calendar = icalendar.Calendar.from_ical(data)
    [event] = calendar.walk("VEVENT")
    [expected] = icalendar.Calendar.from_ical(baseline).walk("VEVENT")
    # The same components and the same properties as an export of harmless text.
    assert [c.name for c in calendar.walk()] == [
        c.name for c in icalendar.Calendar.from_ical(baseline).walk()
    ]
    assert sorted(event.keys()) == sorted(expected.keys())
    assert str(event["UID"]) == str(expected["UID"])
    assert event.decoded("DTSTART") == expected.decoded("DTSTART")
    # Every line is a property line or a fold; nothing a parser could read as a new line.
    for line in data.split(b"\r\n"):
        assert b"\r" not in line
        assert b"\n" not in line
        assert len(line) <= 75
    # The text comes back as written (less the control characters a calendar refuses).
    summary = str(event["SUMMARY"])
    if title.strip():
        assert _as_ical_text(title) in summary
    description = str(event["DESCRIPTION"])
    if notes.strip():
        assert _as_ical_text(notes) in description
    if reason.strip():
        assert _as_ical_text(reason) in description


# Cells going into an exported CSV.


@given(st.lists(_text, min_size=1, max_size=6))
def test_csv_cells_never_start_a_formula_and_read_back(cells: list[str]) -> None:
    headers = [f"column_{i}" for i in range(len(cells))]
    text = render(headers, [cells])
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == headers
    assert len(rows) == 2
    for original, written in zip(cells, rows[1], strict=True):
        assert not written.startswith(FORMULA_PREFIXES)
        assert written == neutralise(original)
        restored = written[1:] if written != original else written
        assert restored == original
