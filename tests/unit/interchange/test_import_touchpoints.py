"""Importing touchpoints.csv: matching, bad rows, re-import, undo and the export round trip."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.domain.errors import PlannerError
from planner.domain.imports import ImportCancelledError
from planner.domain.model import (
    Channel,
    Company,
    CompanyKind,
    Contact,
    ContentItem,
    ContentSend,
    Purpose,
    Status,
    TouchPoint,
)
from planner.domain.timing import FixedClock, local_zone_name
from planner.interchange.csv_export import export_csv
from planner.interchange.csv_formats import TOUCHPOINT_HEADERS
from planner.interchange.detect import ImportFormat
from planner.interchange.importer import (
    ImportSource,
    RowAction,
    commit_import,
    describe_notes,
    plan_import,
)
from planner.interchange.records import Target
from planner.storage import Store

from ._import_support import dump, sample

HEADER = ",".join(TOUCHPOINT_HEADERS) + "\n"
TODAY = date(2026, 11, 23)


def _seed(store: Store) -> dict[str, Any]:
    fab = store.companies.add(Company("Fabrikam", CompanyKind.CUSTOMER))
    ada = store.contacts.add(Contact("Ada", "Lovelace", company_id=fab.id))
    guide = store.content.add(ContentItem("Cloud migration guide"))
    planned = store.touchpoints.add(
        TouchPoint(
            fab.id or 0,
            date(2026, 11, 24),
            Channel.MEETING,
            contact_id=ada.id,
            time=time(10, 0),
            tz="Europe/Berlin",
            duration_minutes=45,
            purpose=Purpose.DISCOVERY,
            title="Quarterly review",
        )
    )
    return {"fab": fab, "ada": ada, "guide": guide, "planned": planned}


def _source(text: str, name: str = "touchpoints.csv") -> ImportSource:
    return ImportSource.from_bytes(text.encode("utf-8"), name)


# --- reading and matching -------------------------------------------------------------


def test_touchpoints_csv_is_detected_by_its_header():
    source = ImportSource.from_path(sample("planner_touchpoints.csv"))
    assert (source.format, source.target) == (ImportFormat.PLANNER, Target.TOUCHPOINTS)
    assert source.mapping is not None
    assert source.mapping.column("completed_at") == "completed_at"
    assert "date" in source.fields()
    # The one-row export the importer used to refuse imports too.
    exported = ImportSource.from_path(sample("touchpoints_export.csv"))
    assert exported.target is Target.TOUCHPOINTS
    assert [r.is_valid for r in exported.rows()] == [True]


def test_sample_imports_with_matching_and_bad_rows_by_line(store):
    world = _seed(store)
    result = commit_import(store, ImportSource.from_path(sample("planner_touchpoints.csv")))
    preview = result.preview
    assert [(r.line, r.reason) for r in preview.invalid] == [
        (6, "date 2026-02-30 does not exist"),
        (7, "time '25:61' is not a valid time (hours run 00-23, minutes 00-59)"),
        (8, "channel 'fax' is not one of call, email, meeting, visit, content, social, personal"),
        (
            9,
            "timezone 'Mars/Olympus' is not a known time zone (expected a name like Europe/Berlin)",
        ),
        (11, "has no date"),
        (12, "has no account (company)"),
        (13, "duration_minutes 'ninety' is not a whole number of minutes"),
        (
            14,
            "completed_at 'yesterday' is not a date and time "
            "(expected ISO 8601, like 2026-11-24T10:30:00+01:00)",
        ),
        (15, "has 9 fields but the header (line 1) has 15"),
    ]
    # Line 2 matches the planned review (same account, person, day, time, channel, title) and
    # fills its empty reason; line 16 is the same touch-point again and fills its outcome.
    actions = {r.line: r.action for r in preview.rows}
    assert actions[2] is RowAction.UPDATED
    assert actions[16] is RowAction.UPDATED
    assert (actions[3], actions[5]) == (RowAction.NEW, RowAction.NEW)
    assert (preview.new, preview.updated, preview.unchanged) == (2, 2, 0)

    review = store.touchpoints.get(world["planned"].id)
    assert (review.reason, review.outcome) == ("Renewal in spring", "Agreed next steps")
    assert review.revision == world["planned"].revision + 1  # saved through the repository
    assert store.touchpoints.count() == 3

    sent = next(
        e.touchpoint for e in store.touchpoints.between(date(2026, 11, 25), date(2026, 11, 25))
    )
    assert sent.company_id == world["fab"].id  # "FABRIKAM" is Fabrikam
    assert sent.contact_id == world["ada"].id
    assert (sent.channel, sent.purpose, sent.status) == (
        Channel.EMAIL,
        Purpose.VALUE_ADD,
        Status.DONE,
    )
    assert sent.title == "=SUM(A1)"  # the export's formula guard is taken off again
    assert sent.notes == "Sent the guide;\nasked about Q1"
    assert (sent.time, sent.tz) == (time(9, 30), local_zone_name())  # no zone: the machine's
    assert sent.duration_minutes == 30
    assert sent.content_id == world["guide"].id
    assert sent.completed_at == datetime(2026, 11, 25, 9, 45, tzinfo=timezone(timedelta(hours=1)))

    contoso = store.companies.find("Contoso Ltd")
    assert contoso.kind is CompanyKind.PROSPECT  # an unknown account is created as a prospect
    grace = store.contacts.find("Grace Hopper")
    assert grace.company_id == contoso.id  # an unknown person is created at the account
    call = next(e.touchpoint for e in store.touchpoints.for_company(contoso.id or 0))
    assert (call.time, call.contact_id, call.content_id) == (None, grace.id, None)
    notes = {r.line: r.note for r in preview.notes}
    assert "no content item is titled 'Unknown webinar'" in notes[5]
    assert "creates the account Contoso Ltd" in notes[5]
    assert any(line.startswith("line 5: ") for line in describe_notes(preview))
    assert store.contacts.count() == 2


def test_reimporting_the_same_file_creates_nothing(store):
    _seed(store)
    commit_import(store, ImportSource.from_path(sample("planner_touchpoints.csv")))
    before = dump(store)
    again = commit_import(store, ImportSource.from_path(sample("planner_touchpoints.csv")))
    assert (again.preview.new, again.preview.updated) == (0, 0)
    assert again.preview.unchanged == 4
    assert again.batch is None
    assert dump(store) == before


def test_existing_values_are_kept_unless_overwrite(store):
    world = _seed(store)
    text = HEADER + (
        "2026-11-24,10:00,America/New_York,60,Fabrikam,Ada Lovelace,meeting,renewal,done,"
        "Quarterly review,,,,,\n"
    )
    preview = plan_import(store, _source(text))
    # The planned status is "not known yet" and gets filled; zone, length and purpose stay.
    assert preview.rows[0].fields == ("status",)
    result = commit_import(store, _source(text), overwrite=True)
    assert set(result.preview.rows[0].fields) == {"tz", "duration_minutes", "purpose", "status"}
    after = store.touchpoints.get(world["planned"].id)
    assert (after.tz, after.duration_minutes, after.purpose, after.status) == (
        "America/New_York",
        60,
        Purpose.RENEWAL,
        Status.DONE,
    )


def test_a_done_touch_point_is_not_set_back_to_planned(store):
    world = _seed(store)
    store.touchpoints.update(store.touchpoints.get(world["planned"].id).replace(status=Status.DONE))
    text = HEADER + (
        "2026-11-24,10:00,Europe/Berlin,45,Fabrikam,Ada Lovelace,meeting,discovery,planned,"
        "Quarterly review,,,,,\n"
    )
    assert plan_import(store, _source(text)).unchanged == 1


def test_contact_at_another_account_now_is_found_by_name(store):
    world = _seed(store)
    northwind = store.companies.add(Company("Northwind"))
    text = HEADER + "2026-10-01,,,,Northwind,Ada Lovelace,call,check_in,done,Old job call,,,,,\n"
    result = commit_import(store, _source(text))
    assert result.preview.rows[0].note == ""
    tp = store.touchpoints.for_company(northwind.id or 0)[0].touchpoint
    assert tp.contact_id == world["ada"].id
    assert store.contacts.count() == 1


def test_an_ambiguous_name_leaves_the_contact_empty(store):
    _seed(store)
    for company in ("Northwind", "Litware"):
        other = store.companies.add(Company(company))
        store.contacts.add(Contact("Sam", "Lee", company_id=other.id))
    text = HEADER + "2026-12-05,,,,Contoso,Sam Lee,call,check_in,planned,Who?,,,,,\n"
    result = commit_import(store, _source(text))
    assert "several contacts are called Sam Lee" in result.preview.rows[0].note
    contoso = store.companies.find("Contoso")
    assert store.touchpoints.for_company(contoso.id or 0)[0].touchpoint.contact_id is None
    assert store.contacts.count() == 3
    assert commit_import(store, _source(text)).preview.unchanged == 1


def test_a_generic_csv_can_be_read_as_touch_points(store):
    _seed(store)
    text = (
        "Day,Account,Contact Name,Type,Subject,Notes\n"
        "2026-12-01,Fabrikam,Ada Lovelace,Visit,Site tour,Bring badge\n"
    )
    source = _source(text, "activities.csv")
    assert (source.format, source.target) == (ImportFormat.CSV, Target.CONTACTS)
    source.use_mapping(source.guess_mapping(Target.TOUCHPOINTS))
    assert source.mapping is not None
    assert source.mapping.column("date") == "Day"
    assert source.mapping.column("title") == "Subject"
    result = commit_import(store, source)
    assert result.preview.new == 1
    tp = store.touchpoints.between(date(2026, 12, 1), date(2026, 12, 1))[0].touchpoint
    assert (tp.channel, tp.title, tp.notes) == (Channel.VISIT, "Site tour", "Bring badge")
    no_date = source.mapping.with_column("date", None)
    assert no_date.problem() == "Map a column to the date."
    assert no_date.with_column("date", "Day").with_column("company", None).problem() == (
        "Map a column to the account."
    )


# --- undo, cancel, one transaction ----------------------------------------------------


def test_undo_restores_the_exact_prior_state_after_creating(store):
    _seed(store)
    before = dump(store)
    text = HEADER + (
        "2026-12-02,14:00,Europe/Paris,30,Litware,Omar Ali,call,check_in,planned,Intro,,,,,\n"
        "2026-12-03,,,,Fabrikam,Ada Lovelace,email,value_add,planned,Guide,,,,"
        "Cloud migration guide,\n"
    )
    result = commit_import(store, _source(text))
    assert result.preview.new == 2
    assert result.batch is not None
    undo = store.imports.undo(result.batch.id)
    assert (undo.deleted_touchpoints, undo.deleted_contacts, undo.deleted_companies) == (2, 1, 1)
    assert dump(store) == before


def _without_revision(tps: list[TouchPoint]) -> list[TouchPoint]:
    return [tp.replace(revision=0, updated_at=None) for tp in tps]


def test_undo_restores_the_fields_it_filled_through_the_repository(store):
    world = _seed(store)
    before = dump(store)
    result = commit_import(store, ImportSource.from_path(sample("planner_touchpoints.csv")))
    assert result.batch is not None
    undo = store.imports.undo(result.batch.id)
    assert undo.restored_fields == 2
    after = dump(store)
    # Everything is as it was; only the revision rose (once each way): undoing is a change too.
    assert {k: v for k, v in after.items() if k != "touchpoints"} == {
        k: v for k, v in before.items() if k != "touchpoints"
    }
    assert _without_revision(after["touchpoints"]) == _without_revision(before["touchpoints"])
    assert store.touchpoints.get(world["planned"].id).revision == world["planned"].revision + 2


def test_undo_spares_touch_points_edited_or_used_since(store):
    world = _seed(store)
    text = HEADER + (
        "2026-12-02,,,,Fabrikam,,call,check_in,planned,One,,,,,\n"
        "2026-12-03,,,,Fabrikam,Ada Lovelace,content,value_add,done,Two,,,,,\n"
        "2026-12-04,,,,Fabrikam,,call,check_in,planned,Three,,,,,\n"
    )
    result = commit_import(store, _source(text))
    assert result.batch is not None
    one, two, _three = sorted(
        (e.touchpoint for e in store.touchpoints.between(date(2026, 12, 2), date(2026, 12, 4))),
        key=lambda t: t.day,
    )
    store.touchpoints.update(one.replace(outcome="Rescheduled"))
    store.content.record_send(
        ContentSend(world["guide"].id or 0, world["ada"].id or 0, date(2026, 12, 3), two.id)
    )
    undo = store.imports.undo(result.batch.id)
    assert undo.deleted_touchpoints == 1
    assert {tp.title for tp in store.touchpoints.all()} == {"Quarterly review", "One", "Two"}
    assert any("edited after the import" in k for k in undo.kept)
    assert any("content_sends" in k for k in undo.kept)


def test_cancelling_writes_nothing_and_progress_is_reported(store):
    _seed(store)
    before = dump(store)
    lines = [
        f"2027-01-{1 + i % 28:02d},{8 + i % 10}:{i % 60:02d},Europe/Berlin,30,Company {i % 7},"
        f"Person {i},call,check_in,planned,Call {i},,,,,"
        for i in range(450)
    ]
    text = HEADER + "\n".join(lines) + "\n"
    calls: list[tuple[int, int]] = []

    def cancel() -> bool:
        return len(calls) >= 3

    with pytest.raises(ImportCancelledError):
        commit_import(
            store, _source(text), progress=lambda d, t: calls.append((d, t)), cancelled=cancel
        )
    assert dump(store) == before
    assert store.imports.all() == []
    seen: list[tuple[int, int]] = []
    result = commit_import(store, _source(text), progress=lambda d, t: seen.append((d, t)))
    assert result.preview.new == 450
    assert seen[-1][0] == seen[-1][1]
    assert store.touchpoints.count() == 451


def test_strict_import_refuses_the_file_with_the_first_bad_line(store):
    _seed(store)
    before = dump(store)
    with pytest.raises(PlannerError, match=r"^Line 6 date 2026-02-30 does not exist; 9 row"):
        commit_import(
            store, ImportSource.from_path(sample("planner_touchpoints.csv")), skip_invalid=False
        )
    assert dump(store) == before


# --- the round trip ---------------------------------------------------------------------


def _world(store: Store) -> None:
    fab = store.companies.add(Company("Fabrikam Inc.", CompanyKind.CUSTOMER, industry="Paper"))
    store.companies.add(Company("Northwind", CompanyKind.DREAM_CLIENT))
    ada = store.contacts.add(Contact("Ada", "Lovelace", company_id=fab.id, email="ada@f.example"))
    bo = store.contacts.add(Contact("Bo", "van der Berg", company_id=fab.id))
    guide = store.content.add(ContentItem("Cloud migration guide"))
    nw = store.companies.find("Northwind")
    store.touchpoints.add_many(
        [
            TouchPoint(
                fab.id or 0,
                date(2026, 11, 24),
                Channel.MEETING,
                contact_id=ada.id,
                time=time(10, 0),
                tz="Europe/Berlin",
                duration_minutes=45,
                title="=cmd|' /C calc'!A0",
                notes='Line one\nline "two", with comma',
                reason="-renewal",
            ),
            TouchPoint(
                fab.id or 0,
                date(2026, 11, 25),
                Channel.CONTENT,
                contact_id=bo.id,
                purpose=Purpose.VALUE_ADD,
                status=Status.DONE,
                content_id=guide.id,
                outcome="@liked it",
                completed_at=datetime(2026, 11, 25, 16, 5, tzinfo=UTC),
            ),
            TouchPoint(
                nw.id or 0,
                date(2026, 3, 29),
                Channel.CALL,
                time=time(2, 30),
                tz="Europe/London",
                duration_minutes=15,
                status=Status.SKIPPED,
                title="Across the clock change",
            ),
            TouchPoint(nw.id or 0, date(2026, 12, 1), Channel.VISIT, status=Status.CANCELLED),
        ]
    )


def _meaningful(store: Store) -> list[tuple[Any, ...]]:
    """What touchpoints.csv carries about each touch-point, by name rather than by id."""
    rows = []
    for e in store.touchpoints.between(date(2000, 1, 1), date(2100, 1, 1)):
        tp = e.touchpoint
        rows.append(
            (
                e.company_name,
                e.contact_name,
                tp.day,
                tp.time,
                tp.tz if tp.time else None,
                tp.duration_minutes if tp.time else None,
                tp.channel,
                tp.purpose,
                tp.status,
                tp.title,
                tp.reason,
                tp.notes,
                tp.outcome,
                e.content_title,
                tp.completed_at,
            )
        )
    return sorted(rows, key=repr)


def _people(store: Store) -> list[tuple[str, str, str]]:
    return sorted(
        (s.contact.full_name, s.company_name, s.contact.email)
        for s in store.read.contact_summaries()
    )


@pytest.mark.parametrize(
    "order",
    [
        ("accounts.csv", "contacts.csv", "touchpoints.csv"),
        ("touchpoints.csv", "contacts.csv", "accounts.csv"),
    ],
)
def test_export_round_trips_accounts_contacts_and_touch_points(store, tmp_path, order):
    _world(store)
    export_csv(store, tmp_path)
    fresh = Store.memory(FixedClock.on(TODAY))
    try:
        fresh.content.add(ContentItem("Cloud migration guide"))  # the library is not exported
        for name in order:
            result = commit_import(fresh, ImportSource.from_path(tmp_path / name))
            assert result.preview.invalid == ()
        assert [c.replace(id=None) for c in fresh.companies.all()] == [
            c.replace(id=None) for c in store.companies.all()
        ]
        assert _people(fresh) == _people(store)
        assert _meaningful(fresh) == _meaningful(store)
        snapshot = dump(fresh)
        for name in order:
            again = commit_import(fresh, ImportSource.from_path(tmp_path / name))
            assert (again.preview.new, again.preview.updated) == (0, 0)
        assert dump(fresh) == snapshot
    finally:
        fresh.close()
    # Into the plan it came from, the export changes nothing.
    again = commit_import(store, ImportSource.from_path(tmp_path / "touchpoints.csv"))
    assert (again.preview.new, again.preview.updated, again.preview.unchanged) == (0, 0, 4)


def test_cli_imports_touch_points_and_undoes_them(tmp_path, capsys):
    db = str(tmp_path / "plan.db")
    code = main(
        [
            "--today",
            "2026-11-23",
            "--db",
            db,
            "import",
            str(sample("planner_touchpoints.csv")),
            "--json",
        ]
    )
    out, _ = capsys.readouterr()
    assert code == 0
    data = json.loads(out)
    assert (data["format"], data["target"], data["new"]) == ("planner", "touchpoints", 3)
    assert [r["line"] for r in data["invalid"]] == [6, 7, 8, 9, 11, 12, 13, 14, 15]
    assert [n["line"] for n in data["notes"]] == [2, 3, 5]
    assert main(["--today", "2026-11-23", "--db", db, "import-undo", "--json"]) == 0
    out, _ = capsys.readouterr()
    assert json.loads(out)["deleted_touchpoints"] == 3


# --- property test: the touch-point row reader --------------------------------------------

_awkward = st.sampled_from(
    [
        "",
        " ",
        "2026-02-30",
        "2026-11-24",
        "20261124",
        "2026-W48-1",
        "10:00",
        "24:00",
        "9:5",
        "10:00+05:00",
        "Europe/Berlin",
        "America",
        "../etc/passwd",
        "/etc/localtime",
        "Etc/GMT+14",
        "UTC",
        "call",
        "Send content",
        "E-mail",
        "done",
        "Check-in",
        "-5",
        "1441",
        "0",
        "99999999999999999999",
        "2026-11-24T25:00",
        "2026-11-24T10:00:00+99:00",
        "'=SUM(A1)",
        "Fabrikam Inc.",
        ",",
        "Ada Lovelace",
        '"',
        "\u00a0",
        "nan",
    ]
)
# Control characters make the whole file refused as binary; keep them out to reach the rows.
_text = st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs")), max_size=10)
_GOOD = {
    "date": ["2026-11-24", "2027-01-31"],
    "time": ["", "10:00", "9:30"],
    "timezone": ["", "Europe/Berlin", "Asia/Kolkata"],
    "duration_minutes": ["", "30", "1440"],
    "company": ["Fabrikam", "FABRIKAM, INC", "Contoso"],
    "contact": ["", "Ada Lovelace", "Lovelace, Ada", "Cher"],
    "channel": ["call", "E-mail", "Send content"],
    "purpose": ["", "renewal", "Value add"],
    "status": ["", "done", "Planned"],
    "completed_at": ["", "2026-11-24T10:00:00+01:00", "2026-11-24 10:00"],
}
_good_row = st.tuples(*(st.sampled_from(_GOOD.get(h, ["", "x"])) for h in TOUCHPOINT_HEADERS))
# A good row with a few cells spoiled reaches every check; arbitrary rows reach the rest.
_spoiled = st.builds(
    lambda row, bad: [bad.get(i, cell) for i, cell in enumerate(row)],
    _good_row,
    st.dictionaries(
        st.integers(0, len(TOUCHPOINT_HEADERS) - 1), st.one_of(_awkward, _text), max_size=3
    ),
)
_row = st.one_of(_spoiled, st.lists(st.one_of(_awkward, _text), min_size=13, max_size=17)).map(
    lambda cells: ",".join('"' + c.replace('"', '""') + '"' for c in cells)
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_row, min_size=1, max_size=6))
def test_touch_point_rows_give_records_or_clean_errors(rows):
    text = HEADER + "\n".join(rows) + "\n"
    fresh = Store.memory(FixedClock.on(TODAY))
    try:
        try:
            source = _source(text)
        except PlannerError:
            return
        assert source.target is Target.TOUCHPOINTS
        for row in source.rows():
            assert row.is_valid or row.reason
        try:
            result = commit_import(fresh, source)
        except PlannerError:
            return
        preview = result.preview
        assert preview.new + preview.updated + preview.unchanged + len(preview.invalid) == len(
            source.rows()
        )
        assert fresh.touchpoints.count() == preview.new
        if result.batch is not None:
            fresh.imports.undo(result.batch.id)
            assert fresh.touchpoints.count() == 0
    finally:
        fresh.close()
