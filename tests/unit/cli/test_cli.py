"""The command line, run in-process on databases under tmp_path with `--today` fixing the clock."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import types
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from planner import __version__, paths
from planner.cli import main
from planner.domain.model import (
    Channel,
    Company,
    CompanyKind,
    Contact,
    ContactLevel,
    ContentItem,
    ContentKind,
    Purpose,
    Status,
    TouchPoint,
)
from planner.domain.timing import FixedClock, local_zone_name
from planner.storage import Store

TODAY = "2026-11-23"  # a Monday
AGENDA_KEYS = {
    "id",
    "date",
    "time",
    "company",
    "company_kind",
    "contact",
    "channel",
    "purpose",
    "status",
    "title",
    "overdue",
    "revision",
}


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code = code
        self.out = out
        self.err = err

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Any:
    def run(*argv: str) -> Result:
        code = main(list(argv))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def open_store(path: Path) -> Store:
    return Store.open(path, FixedClock.on(date(2026, 11, 23)))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A small portfolio: two accounts called Acme…, one customer, a few touch-points."""
    path = tmp_path / "planner.db"
    store = open_store(path)
    with store.transaction():
        acme = store.companies.add(Company("Acme Corp", CompanyKind.DREAM_CLIENT))
        store.companies.add(Company("Acme Logistics", CompanyKind.PROSPECT))
        bright = store.companies.add(
            Company(
                "Brightwater Foods",
                CompanyKind.CUSTOMER,
                industry="Food & Beverage",
                our_annual_revenue=25_000.0,
                estimated_annual_wallet=100_000.0,
                contract_end=date(2027, 3, 31),
            )
        )
        assert acme.id is not None
        assert bright.id is not None
        jane = store.contacts.add(
            Contact("Jane", "Doe", company_id=bright.id, title="VP Operations",
                    level=ContactLevel.EXECUTIVE, email="jane.doe@brightwater.example")
        )  # fmt: skip
        store.contacts.add(Contact("Tom", "Baker", company_id=bright.id, title="Buyer"))
        store.contacts.add(Contact("Rita", "Moss", company_id=acme.id, title="CEO"))
        paper = store.content.add(ContentItem("Damage Rates White Paper", ContentKind.WHITE_PAPER))
        store.touchpoints.add(  # overdue: planned on the Friday before
            TouchPoint(bright.id, date(2026, 11, 20), Channel.CALL, contact_id=jane.id,
                       title="Call Jane")
        )  # fmt: skip
        store.touchpoints.add(
            TouchPoint(bright.id, date(2026, 11, 24), Channel.MEETING, contact_id=jane.id,
                       time=time(10, 0), tz="Europe/London", title="Quarterly review",
                       purpose=Purpose.RENEWAL)
        )  # fmt: skip
        store.touchpoints.add(
            TouchPoint(bright.id, date(2026, 11, 26), Channel.CONTENT, contact_id=jane.id,
                       content_id=paper.id, purpose=Purpose.VALUE_ADD, title="Send the paper")
        )  # fmt: skip
        store.touchpoints.add(
            TouchPoint(acme.id, date(2026, 11, 10), Channel.EMAIL, status=Status.DONE,
                       title="Intro e-mail")
        )  # fmt: skip
    store.close()
    return path


def touchpoints(path: Path) -> list[TouchPoint]:
    store = open_store(path)
    try:
        return sorted(store.touchpoints.all(), key=lambda tp: tp.id or 0)
    finally:
        store.close()


def one_line_error(result: Result) -> str:
    assert result.code == 1, (result.code, result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert "Traceback" not in result.err
    return lines[0]


# --- version and entry points ---------------------------------------------------------------


def test_version_prints_name_and_version(cli: Any) -> None:
    result = cli("--version")
    assert result.code == 0
    assert result.out.strip() == f"nurture-planner {__version__}"
    assert __version__ == "0.1.0"


def test_python_m_planner_runs_the_console_entry() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "planner", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"nurture-planner {__version__}"


def test_command_line_imports_no_qt() -> None:
    code = (
        "import sys; from planner.cli import build_parser; build_parser(); "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_unknown_command_is_a_usage_error(cli: Any) -> None:
    result = cli("frobnicate")
    assert result.code == 2
    assert "invalid choice" in result.err


# --- demo + agenda end to end ---------------------------------------------------------------


def test_demo_then_agenda_then_move_end_to_end(cli: Any, tmp_path: Path) -> None:
    path = str(tmp_path / "d.db")
    demo = cli("demo", "--db", path, "--today", TODAY)
    assert demo.code == 0, demo.err
    assert "40 accounts" in demo.out

    week = cli("agenda", "--db", path, "--today", TODAY, "--days", "7", "--json")
    assert week.code == 0, week.err
    entries = week.json()
    in_week = [e for e in entries if not e["overdue"]]
    assert len(in_week) >= 10
    assert all(set(e) >= AGENDA_KEYS for e in entries)
    assert all("2026-11-23" <= e["date"] <= "2026-11-29" for e in in_week)
    assert len({e["date"] for e in in_week}) >= 4  # spread over the week
    overdue = [e for e in entries if e["overdue"]]
    assert overdue
    assert entries[: len(overdue)] == overdue  # overdue ones come first
    assert all(e["date"] < TODAY and e["status"] == "planned" for e in overdue)

    target = next(e for e in in_week if e["status"] == "planned")
    moved = cli("touch", "move", str(target["id"]), "2026-11-27", "--db", path, "--today", TODAY)
    assert moved.code == 0, moved.err

    after = cli("agenda", "--db", path, "--today", TODAY, "--from", "2026-11-27", "--days", "1",
                "--json").json()  # fmt: skip
    again = next(e for e in after if e["id"] == target["id"])
    assert again["date"] == "2026-11-27"
    assert again["revision"] == target["revision"] + 1


def test_demo_refuses_a_database_with_data(cli: Any, db: Path) -> None:
    before = touchpoints(db)
    result = cli("demo", "--db", str(db), "--today", TODAY)
    assert "already holds data" in one_line_error(result)
    assert touchpoints(db) == before


def test_demo_size_must_be_known(cli: Any, tmp_path: Path) -> None:
    result = cli("demo", "--db", str(tmp_path / "d.db"), "--size", "huge")
    assert result.code == 2
    assert "heavy" in result.err
    assert not (tmp_path / "d.db").exists()


def test_demo_without_db_writes_the_demo_plan(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert tmp_path in paths.demo_database().parents
    result = cli("demo", "--today", TODAY, "--seed", "3")
    assert result.code == 0, result.err
    assert paths.demo_database().exists()
    assert not paths.default_database().exists()


# --- global options before and after the subcommand --------------------------------------


def test_db_and_today_work_before_and_after_the_subcommand(cli: Any, db: Path) -> None:
    after = cli("agenda", "--db", str(db), "--today", TODAY, "--json")
    before = cli("--db", str(db), "--today", TODAY, "agenda", "--json")
    mixed = cli("--today", TODAY, "agenda", "--json", "--db", str(db))
    assert after.code == before.code == mixed.code == 0
    assert after.json() == before.json() == mixed.json()
    assert {e["title"] for e in after.json()} == {"Call Jane", "Quarterly review", "Send the paper"}


def test_today_decides_what_is_overdue(cli: Any, db: Path) -> None:
    on_monday = cli("agenda", "--db", str(db), "--today", TODAY, "--json").json()
    on_thursday = cli("--today", "2026-11-19", "agenda", "--db", str(db), "--json").json()
    call = {e["title"]: e for e in on_monday}["Call Jane"]
    assert call["overdue"] is True
    assert {e["title"]: e for e in on_thursday}["Call Jane"]["overdue"] is False


def test_touch_options_work_before_the_nested_action(cli: Any, db: Path) -> None:
    result = cli("touch", "--db", str(db), "--today", TODAY, "cancel", "1")
    assert result.code == 0, result.err
    assert touchpoints(db)[0].status is Status.CANCELLED


# --- agenda -----------------------------------------------------------------------------------


def test_agenda_json_shape(cli: Any, db: Path) -> None:
    entries = cli("agenda", "--db", str(db), "--today", TODAY, "--json").json()
    review = {e["title"]: e for e in entries}["Quarterly review"]
    assert review["date"] == "2026-11-24"
    assert review["time"] == "10:00"
    assert review["tz"] == "Europe/London"
    assert review["company"] == "Brightwater Foods"
    assert review["company_kind"] == "customer"
    assert review["contact"] == "Jane Doe"
    assert review["channel"] == "meeting"
    assert review["purpose"] == "renewal"
    assert review["status"] == "planned"
    assert review["overdue"] is False
    assert review["revision"] == 1
    paper = {e["title"]: e for e in entries}["Send the paper"]
    assert paper["time"] is None
    assert paper["content"] == "Damage Rates White Paper"
    assert entries[0]["title"] == "Call Jane"  # overdue first


def test_agenda_range_excludes_days_outside(cli: Any, db: Path) -> None:
    entries = cli("agenda", "--db", str(db), "--today", TODAY, "--days", "2", "--json").json()
    assert {e["title"] for e in entries} == {"Call Jane", "Quarterly review"}
    later = cli("agenda", "--db", str(db), "--today", TODAY, "--from", "2026-11-25", "--days",
                "1", "--json").json()  # fmt: skip
    assert [e["title"] for e in later] == ["Call Jane"]  # only the overdue one


def test_agenda_human_output_groups_by_day_with_overdue_first(cli: Any, db: Path) -> None:
    result = cli("agenda", "--db", str(db), "--today", TODAY)
    assert result.code == 0
    text = result.out
    assert text.index("Overdue") < text.index("Call Jane") < text.index("Tue 24 Nov 2026")
    assert "Mon 23 Nov 2026" in text
    assert text.index("Tue 24 Nov 2026") < text.index("Quarterly review")
    assert text.index("Quarterly review") < text.index("Thu 26 Nov 2026")
    assert text.index("Thu 26 Nov 2026") < text.index("Send the paper")
    lines = [line for line in text.splitlines() if line.startswith("  #")]
    review = next(line for line in lines if "Quarterly review" in line)
    assert "10:00" in review
    assert "Brightwater Foods · Jane Doe" in review


def test_agenda_bad_from_date_is_one_line(cli: Any, db: Path) -> None:
    result = cli("agenda", "--db", str(db), "--today", TODAY, "--from", "2026-02-30")
    line = one_line_error(result)
    assert "--from '2026-02-30' is not a valid date" in line


def test_bad_today_is_one_line(cli: Any, db: Path) -> None:
    result = cli("agenda", "--db", str(db), "--today", "23/11/2026")
    assert "--today '23/11/2026' is not a valid date" in one_line_error(result)


def test_agenda_days_out_of_range(cli: Any, db: Path) -> None:
    assert "--days 0" in one_line_error(cli("agenda", "--db", str(db), "--days", "0"))
    assert cli("agenda", "--db", str(db), "--days", "many").code == 2


# --- list -------------------------------------------------------------------------------------


def test_list_companies_json(cli: Any, db: Path) -> None:
    result = cli("list", "companies", "--db", str(db), "--today", TODAY, "--json")
    assert result.code == 0
    rows = {r["name"]: r for r in result.json()}
    assert list(rows) == ["Acme Corp", "Acme Logistics", "Brightwater Foods"]
    bright = rows["Brightwater Foods"]
    required = {"id", "name", "kind", "contacts", "last_touch", "next_touch", "contract_end",
                "share_of_wallet"}  # fmt: skip
    assert required <= set(bright)
    assert bright["kind"] == "customer"
    assert bright["contacts"] == 2
    assert bright["share_of_wallet"] == 0.25
    assert bright["contract_end"] == "2027-03-31"
    assert bright["next_touch"] == "2026-11-20"
    assert rows["Acme Corp"]["last_touch"] == "2026-11-10"
    assert rows["Acme Logistics"]["share_of_wallet"] is None


def test_list_contacts_json(cli: Any, db: Path) -> None:
    rows = cli("list", "contacts", "--db", str(db), "--json").json()
    jane = next(r for r in rows if r["name"] == "Jane Doe")
    assert {"id", "name", "company", "title", "level", "email", "last_touch"} <= set(jane)
    assert jane["company"] == "Brightwater Foods"
    assert jane["title"] == "VP Operations"
    assert jane["level"] == "executive"
    assert jane["email"] == "jane.doe@brightwater.example"
    assert jane["last_touch"] is None
    assert len(rows) == 3


def test_list_content_json_counts_sends(cli: Any, db: Path) -> None:
    assert cli("list", "content", "--db", str(db), "--json").json()[0]["sends"] == 0
    assert cli("touch", "done", "3", "--db", str(db), "--today", TODAY).code == 0
    rows = cli("list", "content", "--db", str(db), "--json").json()
    assert rows == [
        {
            "id": 1,
            "title": "Damage Rates White Paper",
            "kind": "white_paper",
            "topics": [],
            "link": "",
            "sends": 1,
        }
    ]


def test_list_companies_table_is_aligned(cli: Any, db: Path) -> None:
    result = cli("list", "companies", "--db", str(db))
    assert result.code == 0
    lines = result.out.splitlines()
    header = lines[0]
    column = header.index("Kind")
    for line in lines[2:5]:
        assert line[column - 2 : column] == "  "
        assert line[column:].split("  ")[0] in {"Dream client", "Prospect", "Customer"}
    assert "25%" in result.out
    assert lines[-1] == "3 accounts"


def test_list_unknown_kind_is_usage_error(cli: Any, db: Path) -> None:
    result = cli("list", "deals", "--db", str(db))
    assert result.code == 2
    assert "companies" in result.err


# --- touch add ------------------------------------------------------------------------------


def test_touch_add_timed_with_contact(cli: Any, db: Path) -> None:
    result = cli("touch", "add", "--db", str(db), "--today", TODAY,
                 "--company", "brightwater foods", "--contact", "JANE DOE",
                 "--date", "2026-11-25", "--time", "14:30", "--channel", "call",
                 "--purpose", "value_add", "--title", "Share the trial results",
                 "--json")  # fmt: skip
    assert result.code == 0, result.err
    added = result.json()
    assert set(added) >= AGENDA_KEYS
    assert added["company"] == "Brightwater Foods"
    assert added["contact"] == "Jane Doe"
    assert added["date"] == "2026-11-25"
    assert added["time"] == "14:30"
    assert added["tz"] == local_zone_name()
    assert added["purpose"] == "value_add"
    assert added["revision"] == 1
    assert added["overdue"] is False
    stored = touchpoints(db)[-1]
    assert stored.id == added["id"]
    assert stored.time == time(14, 30)
    assert stored.title == "Share the trial results"
    # The same shape as agenda --json.
    agenda = cli("agenda", "--db", str(db), "--today", TODAY, "--json").json()
    assert next(e for e in agenda if e["id"] == added["id"]) == added


def test_touch_add_all_day_without_contact(cli: Any, db: Path) -> None:
    result = cli("touch", "add", "--company", "Acme Corp", "--date", "2026-11-30",
                 "--channel", "email", "--db", str(db), "--today", TODAY)  # fmt: skip
    assert result.code == 0, result.err
    assert "Planned #" in result.out
    stored = touchpoints(db)[-1]
    assert stored.time is None
    assert stored.contact_id is None
    assert stored.purpose is Purpose.CHECK_IN
    assert stored.title  # a default title is made up


def test_touch_add_ambiguous_company_lists_candidates(cli: Any, db: Path) -> None:
    before = touchpoints(db)
    result = cli("touch", "add", "--company", "acme", "--date", "2026-11-30",
                 "--channel", "email", "--db", str(db))  # fmt: skip
    line = one_line_error(result)
    assert "Acme Corp" in line
    assert "Acme Logistics" in line
    assert touchpoints(db) == before


def test_touch_add_unknown_company(cli: Any, db: Path) -> None:
    result = cli("touch", "add", "--company", "Zenith Motors", "--date", "2026-11-30",
                 "--channel", "email", "--db", str(db))  # fmt: skip
    assert "No account is called 'Zenith Motors'" in one_line_error(result)
    near = cli("touch", "add", "--company", "Acme Ltd", "--date", "2026-11-30",
               "--channel", "email", "--db", str(db))  # fmt: skip
    line = one_line_error(near)
    assert "Did you mean" in line
    assert "Acme Corp" in line


def test_touch_add_unknown_contact_lists_who_works_there(cli: Any, db: Path) -> None:
    result = cli("touch", "add", "--company", "Brightwater Foods", "--contact", "Rita Moss",
                 "--date", "2026-11-30", "--channel", "call", "--db", str(db))  # fmt: skip
    line = one_line_error(result)
    assert "at Brightwater Foods" in line
    assert "Jane Doe" in line
    assert "Tom Baker" in line


def test_touch_add_bad_date_and_time(cli: Any, db: Path) -> None:
    before = touchpoints(db)
    bad_date = cli("touch", "add", "--company", "Acme Corp", "--date", "2026-02-30",
                   "--channel", "call", "--db", str(db))  # fmt: skip
    assert "--date '2026-02-30' is not a valid date" in one_line_error(bad_date)
    bad_time = cli("touch", "add", "--company", "Acme Corp", "--date", "2026-12-01",
                   "--time", "25:61", "--channel", "call", "--db", str(db))  # fmt: skip
    assert "--time '25:61' is not a valid time" in one_line_error(bad_time)
    assert touchpoints(db) == before


def test_touch_add_bad_channel_lists_choices(cli: Any, db: Path) -> None:
    result = cli("touch", "add", "--company", "Acme Corp", "--date", "2026-12-01",
                 "--channel", "fax", "--db", str(db))  # fmt: skip
    assert result.code == 2
    for channel in Channel:
        assert str(channel) in result.err


def test_touch_add_needs_company_and_date(cli: Any, db: Path) -> None:
    assert cli("touch", "add", "--channel", "call", "--db", str(db)).code == 2


# --- touch move / done / cancel -------------------------------------------------------------


def test_touch_move_raises_the_revision(cli: Any, db: Path) -> None:
    result = cli("touch", "move", "2", "2026-11-27", "--db", str(db), "--today", TODAY)
    assert result.code == 0, result.err
    assert "Fri 27 Nov 2026" in result.out
    moved = touchpoints(db)[1]
    assert moved.day == date(2026, 11, 27)
    assert moved.time == time(10, 0)  # the time stays
    assert moved.tz == "Europe/London"
    assert moved.revision == 2
    retimed = cli("touch", "move", "2", "2026-11-28", "--time", "09:15", "--json",
                  "--db", str(db), "--today", TODAY).json()  # fmt: skip
    assert retimed["time"] == "09:15"
    assert retimed["tz"] == local_zone_name()
    assert retimed["revision"] == 3
    all_day = cli("touch", "move", "2", "2026-11-28", "--all-day", "--json", "--db", str(db))
    assert all_day.json()["time"] is None


def test_touch_move_errors(cli: Any, db: Path) -> None:
    assert "no touch-point with id 99" in one_line_error(
        cli("touch", "move", "99", "2026-11-27", "--db", str(db))
    )
    assert "not a valid date" in one_line_error(
        cli("touch", "move", "2", "2026-13-01", "--db", str(db))
    )
    assert "only planned" in one_line_error(  # #4 is done
        cli("touch", "move", "4", "2026-11-27", "--db", str(db))
    )
    assert cli("touch", "move", "two", "2026-11-27", "--db", str(db)).code == 2


def test_touch_done_with_outcome(cli: Any, db: Path) -> None:
    result = cli("touch", "done", "1", "--outcome", "Agreed a trial", "--db", str(db),
                 "--today", TODAY)  # fmt: skip
    assert result.code == 0, result.err
    done = touchpoints(db)[0]
    assert done.status is Status.DONE
    assert done.outcome == "Agreed a trial"
    assert done.completed_at is not None
    assert done.revision == 2
    assert "already done" in one_line_error(cli("touch", "done", "1", "--db", str(db)))


def test_touch_done_on_content_records_the_send(cli: Any, db: Path) -> None:
    result = cli("touch", "done", "3", "--db", str(db), "--today", TODAY)
    assert result.code == 0
    assert "send log" in result.out
    store = open_store(db)
    try:
        sends = store.content.all_sends()
    finally:
        store.close()
    assert [(s.content_id, s.touchpoint_id, s.sent_on) for s in sends] == [
        (1, 3, date(2026, 11, 26))
    ]


def test_touch_cancel(cli: Any, db: Path) -> None:
    result = cli("touch", "cancel", "2", "--json", "--db", str(db), "--today", TODAY)
    assert result.code == 0, result.err
    assert result.json()["status"] == "cancelled"
    assert result.json()["revision"] == 2
    assert "only planned" in one_line_error(cli("touch", "cancel", "2", "--db", str(db)))
    assert "no touch-point with id 42" in one_line_error(
        cli("touch", "cancel", "42", "--db", str(db))
    )


def test_touch_without_action_is_usage_error(cli: Any, db: Path) -> None:
    assert cli("touch", "--db", str(db)).code == 2


# --- files that are not usable ----------------------------------------------------------------


def test_not_a_database_file(cli: Any, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my meeting notes, not a database\n" * 50)
    line = one_line_error(cli("agenda", "--db", str(bogus), "--today", TODAY))
    assert "is not a Nurture Planner database" in line
    assert bogus.read_text().startswith("these are my meeting notes")


def test_missing_database_is_not_created_by_a_read(cli: Any, tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    line = one_line_error(cli("list", "companies", "--db", str(missing)))
    assert "There is no planner database" in line
    assert not missing.exists()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write anyway")
def test_read_only_database(cli: Any, db: Path) -> None:
    db.chmod(0o444)
    try:
        assert "read-only" in one_line_error(cli("agenda", "--db", str(db)))
    finally:
        db.chmod(0o600)


def test_locked_database(cli: Any, db: Path) -> None:
    other = sqlite3.connect(db, isolation_level=None)
    try:
        other.execute("PRAGMA journal_mode = DELETE")
        other.execute("BEGIN EXCLUSIVE")
        line = one_line_error(cli("touch", "cancel", "1", "--db", str(db)))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "locked" in line or "in use" in line


# --- opening the GUI --------------------------------------------------------------------------


@pytest.fixture
def fake_gui(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """A stand-in `planner.app` that records how the GUI would have been started."""
    calls: list[dict[str, Any]] = []

    def run_gui(db_path: Path, clock: Any, *, demo: bool = False) -> int:
        calls.append({"db_path": db_path, "today": clock.today(), "demo": demo})
        return 0

    module = types.ModuleType("planner.app")
    module.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "planner.app", module)
    return calls


def test_no_command_opens_the_gui(cli: Any, db: Path, fake_gui: list[dict[str, Any]]) -> None:
    assert cli("--db", str(db), "--today", TODAY).code == 0
    assert fake_gui == [{"db_path": db, "today": date(2026, 11, 23), "demo": False}]


def test_demo_flag_opens_a_separate_demo_plan(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_gui: list[dict[str, Any]]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert cli("--demo", "--today", TODAY).code == 0
    demo_db = paths.demo_database()
    assert fake_gui == [{"db_path": demo_db, "today": date(2026, 11, 23), "demo": True}]
    store = open_store(demo_db)
    try:
        assert store.companies.count() == 40
    finally:
        store.close()
    assert not paths.default_database().exists()
    # The second time it opens the same plan without writing it again.
    assert cli("--demo", "--today", TODAY).code == 0
    store = open_store(demo_db)
    try:
        assert store.companies.count() == 40
    finally:
        store.close()


def test_demo_flag_with_db_is_an_error(cli: Any, db: Path, fake_gui: list[dict[str, Any]]) -> None:
    assert "--demo" in one_line_error(cli("--demo", "--db", str(db)))
    assert fake_gui == []
