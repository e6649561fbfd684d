"""The iCal export: bytes, parsers, time zones, stable identities, filters, files and khal."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from planner.domain.errors import ValidationError
from planner.domain.model import (
    AgendaEntry,
    Channel,
    Company,
    CompanyKind,
    Contact,
    ContentItem,
    Purpose,
    Status,
    TouchPoint,
)
from planner.interchange.ical_export import (
    ExportOptions,
    ExportWriteError,
    clean_text,
    collect_entries,
    event_uid,
    export_calendar,
    select_entries,
    tier_lookup,
)
from planner.interchange.ical_files import (
    AutoExportSetting,
    auto_export,
    read_auto_export_setting,
    run_auto_export,
    write_atomically,
    write_auto_export_setting,
)
from planner.storage import Store
from planner.storage.identity import plan_id
from planner.storage.local_settings import set_local_setting

TODAY = date(2026, 11, 23)  # the `clock` fixture's today (tests/conftest.py)

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
TRICKY = (
    'Grüße aus Köln 🎉👩‍💼, a;b;c, back\\slash "quoted"\n'
    "second line\r\nBEGIN:VEVENT\nUID:evil\nEND:VEVENT\n\tindented ÄÖÜß ✓"
)
LONG_NOTE = ("Ünïcödé 🎉 text, with; separators\\ " * 20)[:500]


@dataclass
class World:
    store: Store
    fabrikam: Company
    contoso: Company
    jane: Contact


def _world(store: Store) -> World:
    with store.transaction():
        fabrikam = store.companies.add(Company("Fabrikam", CompanyKind.CUSTOMER))
        contoso = store.companies.add(Company("Contoso", CompanyKind.DREAM_CLIENT))
        assert fabrikam.id is not None
        jane = store.contacts.add(Contact("Jane", "Doe", company_id=fabrikam.id))
    return World(store, fabrikam, contoso, jane)


def _add(store: Store, company: Company, day: date, **fields: object) -> TouchPoint:
    assert company.id is not None
    with store.transaction():
        return store.touchpoints.add(TouchPoint(company_id=company.id, day=day).replace(**fields))


def _export(store: Store, options: ExportOptions | None = None, **kw: object) -> bytes:
    options = options or ExportOptions()
    entries = collect_entries(store, options, TODAY, **kw)  # type: ignore[arg-type]
    return export_calendar(entries, options, store.database_id, NOW)


def _events(data: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert len(events) == len(cal.walk("VEVENT")), "duplicate UIDs"
    return events


def _one(data: bytes) -> icalendar.Event:
    events = _events(data)
    assert len(events) == 1, list(events)
    return next(iter(events.values()))


def _unfolded(data: bytes) -> bytes:
    return data.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")


# --- Byte level -------------------------------------------------------------------------------


def test_lines_are_crlf_at_most_75_octets_and_folds_keep_utf8_whole(store: Store) -> None:
    w = _world(store)
    _add(store, w.fabrikam, TODAY, contact_id=w.jane.id, notes=LONG_NOTE, reason=TRICKY)
    _add(store, w.contoso, TODAY, title="🎉" * 60, time=time(10), tz="Europe/Berlin")
    data = _export(store, ExportOptions(alarm_minutes=10))

    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines), "bare LF or CR"
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines), "long text should have been folded"
    for line in lines:
        line.decode("utf-8")  # a fold that split a UTF-8 sequence fails to decode here


def test_text_escaping_of_backslash_semicolon_comma_and_newline(store: Store) -> None:
    w = _world(store)
    _add(store, w.fabrikam, TODAY, title="a\\b;c,d", notes="one\ntwo")
    raw = _unfolded(_export(store))
    assert b"SUMMARY:a\\\\b\\;c\\,d \xe2\x80\x94 Fabrikam (check-in)\r\n" in raw
    assert b"\\n\\nNotes:\\none\\ntwo" in raw
    description = next(line for line in raw.split(b"\r\n") if line.startswith(b"DESCRIPTION:"))
    assert b"\n" not in description


# --- Parsers and round trips --------------------------------------------------------------------


def _tricky_store(store: Store) -> tuple[World, TouchPoint, TouchPoint]:
    w = _world(store)
    assert w.jane.id is not None
    with store.transaction():
        item = store.content.add(ContentItem("Guide; 2027, \\ edition ✓"))
    timed = _add(
        store,
        w.fabrikam,
        TODAY + timedelta(days=2),
        time=time(14, 30),
        tz="Europe/Berlin",
        contact_id=w.jane.id,
        channel=Channel.CONTENT,
        content_id=item.id,
        title=TRICKY.splitlines()[0],
        notes=TRICKY,
        reason=LONG_NOTE,
    )
    all_day = _add(store, w.contoso, TODAY + timedelta(days=3), notes=LONG_NOTE)
    return w, timed, all_day


def test_icalendar_parses_back_without_errors_and_text_round_trips(store: Store) -> None:
    _, timed, all_day = _tricky_store(store)
    data = _export(store, ExportOptions(alarm_minutes=30))
    cal = icalendar.Calendar.from_ical(data)
    for component in cal.walk():
        assert not component.errors, (component.name, component.errors)
    assert len(cal.walk("VEVENT")) == 2, "text that looks like BEGIN:VEVENT must stay text"
    assert [c.name for c in cal.subcomponents] == ["VEVENT", "VEVENT"]

    store_db = store.database_id
    event = _events(data)[event_uid(timed.id or 0, store_db)]
    assert str(event["SUMMARY"]) == f"{TRICKY.splitlines()[0]} — Fabrikam (check-in)"
    description = str(event["DESCRIPTION"])
    # The stored text comes back exactly, CR LF in the notes aside (iCal TEXT knows only \n).
    assert description.endswith("Notes:\n" + TRICKY.replace("\r\n", "\n").strip())
    assert f"Why: {LONG_NOTE.strip()}\n" in description
    assert "Content to send: Guide; 2027, \\ edition ✓\n" in description
    assert "Contact: Jane Doe\n" in description
    other = _events(data)[event_uid(all_day.id or 0, store_db)]
    assert str(other["DESCRIPTION"]).endswith("Notes:\n" + LONG_NOTE.strip())


def test_vobject_validates_and_reads_the_same_text(store: Store) -> None:
    _, timed, _ = _tricky_store(store)
    data = _export(store, ExportOptions(alarm_minutes=5))
    cal = vobject.readOne(data.decode("utf-8"))
    cal.validate()
    events = list(cal.vevent_list)
    assert len(events) == 2
    uids = {e.uid.value for e in events}
    assert event_uid(timed.id or 0, store.database_id) in uids
    timed_event = next(
        e for e in events if e.uid.value == event_uid(timed.id or 0, store.database_id)
    )
    assert timed_event.description.value.endswith(TRICKY.replace("\r\n", "\n").strip())
    assert timed_event.dtstart.value == datetime(2026, 11, 25, 13, 30, tzinfo=UTC)


def test_control_characters_are_stripped_from_every_text(store: Store) -> None:
    w = _world(store)
    with store.transaction():
        store.companies.update(w.fabrikam.replace(name="Fab\x00ri\x1bkam\ufeff"))
    _add(store, w.fabrikam, TODAY, title="Ti\x07tle\x7f", notes="a\tb\x0bc\nd")
    event = _one(_export(store, ExportOptions(calendar_name="Plan\x01")))
    assert str(event["SUMMARY"]) == "Title — Fabrikam (check-in)"
    assert str(event["DESCRIPTION"]).endswith("Notes:\na\tbc\nd")
    assert clean_text("x\x00\x1f\x7f\ufeff\t\n\ry") == "x\t\n\ry"
    cal = icalendar.Calendar.from_ical(_export(store, ExportOptions(calendar_name="Plan\x01")))
    assert str(cal["X-WR-CALNAME"]) == "Plan"


# --- Calendar shape -----------------------------------------------------------------------------


def test_calendar_properties_and_vevent_only(store: Store) -> None:
    w = _world(store)
    _add(store, w.fabrikam, TODAY)
    data = _export(store, ExportOptions(calendar_name="Jane's plan"))
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["VERSION"]) == "2.0"
    assert "Nurture Planner" in str(cal["PRODID"])
    assert str(cal["X-WR-CALNAME"]) == "Jane's plan"
    assert str(cal["NAME"]) == "Jane's plan"
    assert "METHOD" not in cal
    assert b"VTODO" not in data
    assert b"METHOD" not in data


def test_timed_in_utc_with_dtend_and_all_day_with_exclusive_end(store: Store) -> None:
    w = _world(store)
    timed = _add(store, w.fabrikam, TODAY, time=time(9, 15), duration_minutes=45, tz="UTC")
    day = _add(store, w.contoso, TODAY + timedelta(days=1))
    data = _export(store)
    events = _events(data)
    t = events[event_uid(timed.id or 0, store.database_id)]
    assert t.decoded("DTSTART") == datetime(2026, 11, 23, 9, 15, tzinfo=UTC)
    assert t.decoded("DTEND") == datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    assert "TRANSP" not in t
    a = events[event_uid(day.id or 0, store.database_id)]
    assert a.decoded("DTSTART") == date(2026, 11, 24)
    assert a.decoded("DTEND") == date(2026, 11, 25)
    assert str(a["TRANSP"]) == "TRANSPARENT"
    raw = _unfolded(data)
    assert b"DTSTART:20261123T091500Z\r\n" in raw
    assert b"DTSTART;VALUE=DATE:20261124\r\nDTEND;VALUE=DATE:20261125\r\n" in raw
    assert b"TZID" not in raw


def test_zero_length_touch_point_gets_a_zero_duration_not_an_equal_dtend(store: Store) -> None:
    w = _world(store)
    _add(store, w.fabrikam, TODAY, time=time(9), duration_minutes=0)
    event = _one(_export(store))
    assert "DTEND" not in event
    assert event.decoded("DURATION") == timedelta(0)


def test_summary_categories_and_description(store: Store) -> None:
    w = _world(store)
    with store.transaction():
        item = store.content.add(ContentItem("Renewal checklist"))
    _add(
        store,
        w.fabrikam,
        TODAY,
        contact_id=w.jane.id,
        purpose=Purpose.RENEWAL,
        reason="Contract ends in 90 days",
        notes="Ask about volumes",
    )
    _add(store, w.contoso, TODAY, channel=Channel.CONTENT, content_id=item.id)
    _add(store, w.contoso, TODAY, channel=Channel.MEETING, purpose=Purpose.DISCOVERY)
    events = sorted(_events(_export(store)).values(), key=lambda e: str(e["SUMMARY"]))
    summaries = [str(e["SUMMARY"]) for e in events]
    assert summaries == [
        "Call Jane Doe — Fabrikam (renewal)",
        "Meeting — Contoso (discovery)",
        "Send Renewal checklist — Contoso (check-in)",
    ]
    call = events[0]
    assert [str(c) for c in call["CATEGORIES"].cats] == ["Customer", "Call"]
    assert str(call["DESCRIPTION"]) == (
        "Purpose: Renewal\nAccount: Fabrikam (Customer)\nContact: Jane Doe\nChannel: Call\n"
        "Why: Contract ends in 90 days\n\nNotes:\nAsk about volumes"
    )
    assert [str(c) for c in events[2]["CATEGORIES"].cats] == ["Dream client", "Send content"]


# --- Daylight saving ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "utc_hour"),
    [
        (date(2027, 3, 26), 9),  # CET, before the March switch (28 March 2027)
        (date(2027, 3, 29), 8),  # CEST, after it
        (date(2027, 10, 29), 8),  # CEST, before the October switch (31 October 2027)
        (date(2027, 11, 1), 9),  # CET, after it
    ],
)
def test_ten_o_clock_berlin_stays_ten_o_clock_across_dst(
    store: Store, day: date, utc_hour: int
) -> None:
    w = _world(store)
    _add(store, w.fabrikam, day, time=time(10), tz="Europe/Berlin", duration_minutes=60)
    data = _export(store, ExportOptions(first=day, last=day))
    event = _one(data)
    start = event.decoded("DTSTART")
    assert start == datetime(day.year, day.month, day.day, utc_hour, tzinfo=UTC)
    assert start.astimezone(BERLIN).time() == time(10)
    assert event.decoded("DTEND").astimezone(BERLIN).time() == time(11)
    assert f"DTSTART:{day:%Y%m%d}T{utc_hour:02d}0000Z".encode() in data


# --- Identity across exports --------------------------------------------------------------------


def test_uids_are_stable_and_exports_repeatable(store: Store) -> None:
    w = _world(store)
    tps = [_add(store, w.fabrikam, TODAY + timedelta(days=i), time=time(9)) for i in range(3)]
    first = _export(store)
    second = _export(store)
    assert first == second
    expected = {f"tp-{tp.id}-{store.database_id}@nurture-planner" for tp in tps}
    assert set(_events(first)) == expected


def test_uid_differs_between_databases(clock: object) -> None:
    ids = set()
    for _ in range(2):
        s = Store.memory(clock)  # type: ignore[arg-type]
        try:
            w = _world(s)
            _add(s, w.fabrikam, TODAY)
            ids |= set(_events(_export(s)))
        finally:
            s.close()
    assert len(ids) == 2


def test_a_move_keeps_the_uid_and_raises_the_sequence(store: Store) -> None:
    w = _world(store)
    tp = _add(store, w.fabrikam, TODAY + timedelta(days=1), time=time(10), tz="Europe/Berlin")
    before = _one(_export(store))
    with store.transaction():
        moved = store.touchpoints.update(tp.replace(day=TODAY + timedelta(days=4), time=time(15)))
    after = _one(_export(store))
    assert after["UID"] == before["UID"]
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert int(after["SEQUENCE"]) == moved.revision
    assert after.decoded("DTSTART") == datetime(2026, 11, 27, 14, 0, tzinfo=UTC)


def test_a_cancel_exports_cancelled_with_a_higher_sequence(store: Store) -> None:
    w = _world(store)
    tp = _add(store, w.fabrikam, TODAY + timedelta(days=1), contact_id=w.jane.id)
    before = _one(_export(store))
    assert str(before["STATUS"]) == "CONFIRMED"
    with store.transaction():
        store.touchpoints.update(tp.replace(status=Status.CANCELLED))
    after = _one(_export(store))
    assert after["UID"] == before["UID"]
    assert str(after["STATUS"]) == "CANCELLED"
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert str(after["SUMMARY"]).startswith("Cancelled: ")


def test_dtstamp_and_last_modified_come_from_the_last_change(store: Store) -> None:
    w = _world(store)
    _add(store, w.fabrikam, TODAY)
    event = _one(_export(store))
    changed = store.clock.now().astimezone(UTC)
    assert event.decoded("LAST-MODIFIED") == changed
    assert event.decoded("DTSTAMP") == changed


# --- Selection ----------------------------------------------------------------------------------


def _statuses_world(store: Store) -> dict[Status, TouchPoint]:
    w = _world(store)
    made = {}
    for i, status in enumerate(Status):
        made[status] = _add(
            store, w.fabrikam, TODAY + timedelta(days=i), status=status, outcome=f"{status} it"
        )
    return made


def test_done_and_skipped_are_left_out_unless_asked(store: Store) -> None:
    made = _statuses_world(store)
    db = store.database_id
    default = _events(_export(store))
    assert set(default) == {
        event_uid(made[s].id or 0, db) for s in (Status.PLANNED, Status.CANCELLED)
    }

    everything = _events(_export(store, ExportOptions(include_done=True)))
    assert len(everything) == 4
    done = everything[event_uid(made[Status.DONE].id or 0, db)]
    assert str(done["STATUS"]) == "CONFIRMED"
    assert "Outcome: done it" in str(done["DESCRIPTION"])
    assert str(done["SUMMARY"]).startswith("Done: ")
    skipped = everything[event_uid(made[Status.SKIPPED].id or 0, db)]
    assert str(skipped["STATUS"]) == "CANCELLED"


def test_default_range_is_overdue_plus_thirteen_weeks(store: Store) -> None:
    w = _world(store)
    overdue = _add(store, w.fabrikam, TODAY - timedelta(days=30))
    _add(store, w.fabrikam, TODAY - timedelta(days=3), status=Status.CANCELLED)
    last_day = _add(store, w.fabrikam, TODAY + timedelta(weeks=13))
    _add(store, w.fabrikam, TODAY + timedelta(weeks=13, days=1))
    db = store.database_id
    assert set(_events(_export(store))) == {
        event_uid(overdue.id or 0, db),
        event_uid(last_day.id or 0, db),
    }
    # An explicit range is exactly that range.
    explicit = ExportOptions(first=TODAY, last=TODAY + timedelta(weeks=13))
    assert set(_events(_export(store, explicit))) == {event_uid(last_day.id or 0, db)}
    past = ExportOptions(first=TODAY - timedelta(days=5), last=TODAY)
    assert len(_events(_export(store, past))) == 1  # the cancelled one


def test_filters_on_kind_channel_and_tier(store: Store) -> None:
    w = _world(store)
    call = _add(store, w.fabrikam, TODAY, channel=Channel.CALL)
    mail = _add(store, w.fabrikam, TODAY, channel=Channel.EMAIL)
    dream = _add(store, w.contoso, TODAY, channel=Channel.CALL)
    db = store.database_id

    def uids(*tps: TouchPoint) -> set[str]:
        return {event_uid(tp.id or 0, db) for tp in tps}

    kinds = ExportOptions(kinds=frozenset({CompanyKind.DREAM_CLIENT}))
    assert set(_events(_export(store, kinds))) == uids(dream)
    channels = ExportOptions(channels=frozenset({Channel.CALL}))
    assert set(_events(_export(store, channels))) == uids(call, dream)
    both = ExportOptions(
        kinds=frozenset({CompanyKind.CUSTOMER}), channels=frozenset({Channel.EMAIL})
    )
    assert set(_events(_export(store, both))) == uids(mail)

    tiers = {w.fabrikam.id: "A", w.contoso.id: "C"}
    tier_a = ExportOptions(tiers=frozenset({"A"}))
    assert set(_events(_export(store, tier_a, tier_of=tiers.get))) == uids(call, mail)
    with pytest.raises(ValueError, match="tier lookup"):
        select_entries([], tier_a)

    @dataclass
    class Score:
        tier: str

    scores = {w.contoso.id or 0: Score("C")}  # Fabrikam has no score: no tier, left out
    tier_c = ExportOptions(tiers=frozenset({"C"}))
    assert set(_events(_export(store, tier_c, tier_of=tier_lookup(scores)))) == uids(dream)
    assert _events(_export(store, tier_a, tier_of=tier_lookup(scores))) == {}


def test_export_calendar_applies_status_kind_and_channel_filters_itself(store: Store) -> None:
    w = _world(store)
    _add(store, w.fabrikam, TODAY, status=Status.DONE)
    _add(store, w.contoso, TODAY)
    entries: Sequence[AgendaEntry] = store.touchpoints.between(TODAY, TODAY)
    assert len(entries) == 2
    data = export_calendar(entries, ExportOptions(), store.database_id, NOW)
    assert len(_events(data)) == 1


# --- Reminders ----------------------------------------------------------------------------------


def test_alarm_on_planned_timed_touch_points_only(store: Store) -> None:
    w = _world(store)
    timed = _add(store, w.fabrikam, TODAY, time=time(10))
    _add(store, w.fabrikam, TODAY)
    _add(store, w.fabrikam, TODAY, time=time(11), status=Status.CANCELLED)
    db = store.database_id
    events = _events(_export(store, ExportOptions(alarm_minutes=15)))
    with_alarm = {uid for uid, e in events.items() if e.walk("VALARM")}
    assert with_alarm == {event_uid(timed.id or 0, db)}
    alarm = events[event_uid(timed.id or 0, db)].walk("VALARM")[0]
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(minutes=-15)
    assert str(alarm["DESCRIPTION"]) == "Call — Fabrikam (check-in)"
    assert b"TRIGGER:-PT15M\r\n" in _export(store, ExportOptions(alarm_minutes=15))

    assert not any(e.walk("VALARM") for e in _events(_export(store)).values())


@pytest.mark.parametrize("minutes", [-1, 7 * 24 * 60 + 1])
def test_alarm_out_of_range_is_refused(minutes: int) -> None:
    with pytest.raises(ValidationError, match="reminder"):
        ExportOptions(alarm_minutes=minutes)


def test_range_the_wrong_way_round_is_refused() -> None:
    with pytest.raises(ValidationError, match="after it ends"):
        ExportOptions(first=TODAY, last=TODAY - timedelta(days=1))


# --- Files --------------------------------------------------------------------------------------


def test_write_atomically_replaces_the_file_with_mode_0600(tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["plan.ics"]


def test_write_atomically_fails_in_one_line_and_leaves_nothing_behind(tmp_path: Path) -> None:
    folder = tmp_path / "taken"
    folder.mkdir()
    (folder / "keep").write_text("x")
    with pytest.raises(ExportWriteError) as info:
        write_atomically(folder, b"data")  # a folder cannot be replaced by a file
    assert "\n" not in str(info.value)
    assert str(folder) in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]
    with pytest.raises(ExportWriteError, match="does not exist"):
        write_atomically(tmp_path / "missing" / "plan.ics", b"data")


def test_auto_export_writes_only_when_the_plan_changed(store: Store, tmp_path: Path) -> None:
    w = _world(store)
    tp = _add(store, w.fabrikam, TODAY + timedelta(days=1), time=time(10))
    target = tmp_path / "sync" / "plan.ics"
    target.parent.mkdir()
    options = ExportOptions(alarm_minutes=10)
    assert auto_export(store, target, options, TODAY, NOW) is True
    assert len(_events(target.read_bytes())) == 1
    assert auto_export(store, target, options, TODAY, NOW) is False
    with store.transaction():
        store.touchpoints.update(tp.replace(time=time(11)))
    assert auto_export(store, target, options, TODAY, NOW) is True
    assert _one(target.read_bytes()).decoded("DTSTART").hour == 11
    assert [p.name for p in target.parent.iterdir()] == ["plan.ics"]


def test_auto_export_setting_round_trips_and_drives_run_auto_export(
    store: Store, tmp_path: Path
) -> None:
    w = _world(store)
    _add(store, w.fabrikam, TODAY, channel=Channel.EMAIL)
    _add(store, w.contoso, TODAY, channel=Channel.CALL)
    assert read_auto_export_setting(store) == AutoExportSetting()
    assert run_auto_export(store, TODAY, NOW) is False

    target = tmp_path / "plan.ics"
    setting = AutoExportSetting(
        enabled=True,
        path=target,
        options=ExportOptions(
            channels=frozenset({Channel.CALL}),
            kinds=frozenset({CompanyKind.DREAM_CLIENT, CompanyKind.CUSTOMER}),
            tiers=None,
            include_done=True,
            alarm_minutes=20,
            calendar_name="Sales",
            weeks_ahead=4,
        ),
    )
    write_auto_export_setting(store, setting)
    assert read_auto_export_setting(store) == setting
    assert run_auto_export(store, TODAY, NOW) is True
    assert [str(e["SUMMARY"]) for e in _events(target.read_bytes()).values()] == [
        "Call — Contoso (check-in)"
    ]

    with pytest.raises(ValidationError):
        write_auto_export_setting(store, AutoExportSetting(enabled=True))
    # The plan file's own copy of the setting is ignored: it is this machine's setting.
    store.set_setting("ical_auto_export", {"enabled": True, "path": str(tmp_path / "x.ics")})
    assert read_auto_export_setting(store) == setting
    key = plan_id(store.db)
    set_local_setting(key, "ical_auto_export", {"enabled": True, "alarm_minutes": "soon"})
    assert read_auto_export_setting(store) == AutoExportSetting()
    set_local_setting(key, "ical_auto_export", "garbage")
    assert read_auto_export_setting(store) == AutoExportSetting()


# --- A real calendar client: khal -----------------------------------------------------------------


def _khal() -> str | None:
    beside = Path(sys.executable).parent / "khal"
    if beside.exists():
        return str(beside)
    return shutil.which("khal")


@pytest.fixture
def khal(tmp_path: Path) -> tuple[str, dict[str, str]]:
    executable = _khal()
    if executable is None:
        pytest.skip("khal is not installed (pip install khal); it is a test dependency")
    root = tmp_path / "khal"
    calendar_dir = root / "calendar"
    calendar_dir.mkdir(parents=True)
    (root / "config" / "khal").mkdir(parents=True)
    (root / "config" / "khal" / "config").write_text(
        f"""[calendars]
[[plan]]
path = {calendar_dir}
type = calendar

[locale]
local_timezone = Europe/Berlin
default_timezone = Europe/Berlin
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M

[sqlite]
path = {root / "khal.db"}
""",
        encoding="utf-8",
    )
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(root),
        "XDG_CONFIG_HOME": str(root / "config"),
        "XDG_DATA_HOME": str(root / "data"),
        "TZ": "Europe/Berlin",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONWARNINGS": "ignore",
    }
    return executable, env


def _run_khal(khal: tuple[str, dict[str, str]], *args: str) -> subprocess.CompletedProcess[str]:
    executable, env = khal
    return subprocess.run(
        [executable, *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def test_khal_imports_every_touch_point_at_the_right_local_time(
    store: Store, tmp_path: Path, khal: tuple[str, dict[str, str]]
) -> None:
    w = _world(store)
    db = store.database_id
    berlin = [
        _add(store, w.fabrikam, day, time=time(10), tz="Europe/Berlin", contact_id=w.jane.id)
        for day in (date(2027, 3, 26), date(2027, 3, 29), date(2027, 10, 29), date(2027, 11, 1))
    ]
    new_york = _add(store, w.contoso, date(2027, 3, 29), time=time(9), tz="America/New_York")
    all_day = _add(store, w.contoso, date(2027, 1, 4), channel=Channel.CONTENT, notes=TRICKY)
    cancelled = _add(store, w.contoso, date(2027, 2, 1), time=time(8), status=Status.CANCELLED)
    _add(store, w.contoso, date(2027, 2, 2), time=time(8), status=Status.DONE)
    _add(store, w.contoso, date(2028, 1, 1), time=time(8))  # outside the range
    target = tmp_path / "plan.ics"
    options = ExportOptions(first=TODAY, last=date(2027, 12, 31), alarm_minutes=15)
    write_atomically(target, _export(store, options))

    imported = _run_khal(khal, "import", "--batch", str(target))
    assert imported.returncode == 0, imported.stderr
    assert "warning" not in imported.stderr.lower(), imported.stderr
    listed = _run_khal(
        khal,
        "list",
        "--format",
        "{uid}|{start}|{title}|{status}",
        "--day-format",
        "",
        "2026-01-01",
        "2029-01-01",
    )
    assert listed.returncode == 0, listed.stderr
    rows = {
        tuple(part.strip() for part in line.split("|"))
        for line in listed.stdout.splitlines()
        if line.strip()
    }

    call = "Call Jane Doe — Fabrikam (check-in)"
    expected = {(event_uid(tp.id or 0, db), f"{tp.day} 10:00", call, "CONFIRMED") for tp in berlin}
    expected |= {
        # 09:00 in New York is 15:00 in Berlin that day (the US switched two weeks earlier).
        (
            event_uid(new_york.id or 0, db),
            "2027-03-29 15:00",
            "Call — Contoso (check-in)",
            "CONFIRMED",
        ),
        (
            event_uid(all_day.id or 0, db),
            "2027-01-04",
            "Send content — Contoso (check-in)",
            "CONFIRMED",
        ),
        (
            event_uid(cancelled.id or 0, db),
            "2027-02-01 09:00",
            "Cancelled: Call — Contoso (check-in)",
            "CANCELLED",
        ),
    }
    assert rows == expected


def test_khal_updates_a_moved_touch_point_in_place(
    store: Store, tmp_path: Path, khal: tuple[str, dict[str, str]]
) -> None:
    w = _world(store)
    tp = _add(store, w.fabrikam, date(2026, 12, 1), time=time(10), tz="Europe/Berlin")
    target = tmp_path / "plan.ics"
    write_atomically(target, _export(store))
    assert _run_khal(khal, "import", "--batch", str(target)).returncode == 0
    with store.transaction():
        store.touchpoints.update(tp.replace(day=date(2026, 12, 3), time=time(16)))
    write_atomically(target, _export(store))
    assert _run_khal(khal, "import", "--batch", str(target)).returncode == 0
    listed = _run_khal(
        khal, "list", "--format", "{uid}|{start}", "--day-format", "", "2026-11-01", "2027-01-01"
    )
    lines = [line.strip() for line in listed.stdout.splitlines() if line.strip()]
    assert lines == [f"{event_uid(tp.id or 0, store.database_id)}|2026-12-03 16:00"]


# --- The demo plan, end to end -------------------------------------------------------------------


def _assert_well_formed(data: bytes) -> None:
    lines = data.split(b"\r\n")
    assert lines.pop() == b""
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")
    cal = icalendar.Calendar.from_ical(data)
    assert not [c.errors for c in cal.walk() if c.errors]
    vobject.readOne(data.decode("utf-8")).validate()


def test_demo_plan_passes_every_check_and_lands_in_khal(
    store: Store, tmp_path: Path, khal: tuple[str, dict[str, str]]
) -> None:
    from planner.demo import generate

    generate(store, TODAY)
    options = ExportOptions(include_done=True, alarm_minutes=15)
    entries = collect_entries(store, options, TODAY)
    assert len(entries) > 20
    data = export_calendar(entries, options, store.database_id, NOW)
    _assert_well_formed(data)
    events = _events(data)
    assert len(events) == len(entries)

    expected = set()
    for entry in entries:
        tp = entry.touchpoint
        start = tp.start
        when = str(tp.day) if start is None else f"{start.astimezone(BERLIN):%Y-%m-%d %H:%M}"
        expected.add((event_uid(tp.id or 0, store.database_id), when))
    target = tmp_path / "demo.ics"
    write_atomically(target, data)
    imported = _run_khal(khal, "import", "--batch", str(target))
    assert imported.returncode == 0, imported.stderr
    listed = _run_khal(
        khal, "list", "--format", "{uid}|{start}", "--day-format", "", "2025-01-01", "2028-01-01"
    )
    assert listed.returncode == 0, listed.stderr
    rows = {tuple(line.strip().split("|")) for line in listed.stdout.splitlines() if line.strip()}
    assert rows == expected
