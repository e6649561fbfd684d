"""`nurture-planner settings`: listing, setting with the app's checks, and time off."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.cli import main

TODAY = "2026-11-23"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "plan.db"
    assert main(["demo", "--db", str(path), "--today", TODAY]) == 0
    return path


def _run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([*argv, "--db", str(db), "--today", TODAY])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_settings_lists_every_key_as_json(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, db, "settings", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["capacity"] == 8
    assert data["working_hours"]["mon"] == "09:00-17:00"
    assert "sat" not in data["working_hours"]
    assert (data["call_minutes"], data["meeting_minutes"], data["visit_minutes"]) == (20, 60, 90)
    assert data["admin_slot"] is None
    assert data["holidays"] == "GB"  # the demo's own
    assert data["time_off"] == []


def test_setting_values_is_checked_and_stored(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, db, "settings", "capacity", "6")[0] == 0
    assert _run(capsys, db, "settings", "working_hours", "08:30-17:30")[0] == 0
    assert _run(capsys, db, "settings", "working_hours", "fri", "08:30-13:00")[0] == 0
    assert _run(capsys, db, "settings", "holidays", "de-by")[0] == 0
    assert _run(capsys, db, "settings", "admin_slot", "16:30-17:00")[0] == 0
    data = json.loads(_run(capsys, db, "settings", "--json")[1])
    assert data["capacity"] == 6
    assert data["working_hours"]["mon"] == "08:30-17:30"
    assert data["working_hours"]["fri"] == "08:30-13:00"
    assert data["holidays"] == "DE-BY"
    assert data["admin_slot"] == "16:30-17:00"
    assert _run(capsys, db, "settings", "holidays", "none")[0] == 0
    assert json.loads(_run(capsys, db, "settings", "--json")[1])["holidays"] == "none"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("capacity", "0"), "Capacity must be at least one touch-point a day."),
        (("capacity", "many"), "The capacity must be a whole number"),
        (("working_hours", "17:00-09:00"), "half an hour after they start"),
        (("holidays", "DE-XY"), "is not a region of DE"),
        (("call_minutes", "600"), "between 5 and 480 minutes"),
        (("colour", "red"), "is not a setting"),
    ],
)
def test_bad_values_change_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    before = _run(capsys, db, "settings", "--json")[1]
    code, _, err = _run(capsys, db, "settings", *argv)
    assert code == 1
    assert message in err
    assert _run(capsys, db, "settings", "--json")[1] == before


def test_time_off_is_added_listed_removed_and_never_planned(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        capsys,
        db,
        "settings",
        "time_off",
        "add",
        "2026-11-30",
        "2026-12-02",
        "Trade fair",
        "--json",
    )
    assert code == 0
    added = json.loads(out)
    assert added["label"] == "Trade fair"
    listed = json.loads(_run(capsys, db, "settings", "time_off", "--json")[1])
    assert listed == {"time_off": [added]}
    rows = json.loads(_run(capsys, db, "plan-week", "--week", "2026-11-30", "--json")[1])
    assert rows
    assert {r["date"] for r in rows} <= {"2026-12-03", "2026-12-04"}
    code, _, err = _run(capsys, db, "settings", "time_off", "add", "2026-12-02", "2026-11-30")
    assert code == 1
    assert "end on or after" in err
    assert _run(capsys, db, "settings", "time_off", "remove", str(added["id"]))[0] == 0
    assert json.loads(_run(capsys, db, "settings", "time_off", "--json")[1]) == {"time_off": []}
    code, _, err = _run(capsys, db, "settings", "time_off", "remove", str(added["id"]))
    assert code == 1
    assert "no time off" in err
