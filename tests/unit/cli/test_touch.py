"""`nurture-planner touch` add, move, done and cancel: one transaction each, errors in one line."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

from planner.domain.model import (
    Channel,
    Purpose,
    Status,
)
from planner.domain.timing import local_zone_name

from .support import AGENDA_KEYS, TODAY, one_line_error, open_store, touchpoints


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
