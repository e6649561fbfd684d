"""`nurture-planner agenda`: its JSON, its range and its human output, overdue first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .support import TODAY, one_line_error


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


def test_a_cleanly_closed_plan_damaged_since_gives_the_plain_message(cli: Any, db: Path) -> None:
    import sqlite3

    from planner import paths
    from planner.storage.clean_read import open_clean_for_reading
    from planner.storage.file_state import remember_clean_close
    from planner.storage.folders import Folders

    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'touchpoints'"
    ).fetchone()
    conn.close()
    data = bytearray(db.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = b"\x5a" * page_size  # the touch-points' root page
    db.write_bytes(bytes(data))
    # The record still vouches for the file, as after a disk fault: the quick read is taken.
    record = Folders(paths.data_dir()).clean_closes
    remember_clean_close(db, record)
    quick = open_clean_for_reading(db, record)
    assert quick is not None
    quick.close()
    line = one_line_error(cli("agenda", "--db", str(db), "--today", TODAY))
    assert "is damaged" in line
