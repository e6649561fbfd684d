"""`nurture-planner demo`: a synthetic plan written once, end to end with the agenda."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from planner import paths

from .support import AGENDA_KEYS, TODAY, one_line_error, touchpoints


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
