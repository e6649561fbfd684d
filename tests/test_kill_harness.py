"""A reduced run of the kill harness: SIGKILL during long writes never leaves half an action."""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parent / "benchmarks" / "kill_harness.py"
KILLS = 9  # one per action here; `python tests/benchmarks/kill_harness.py` runs 100

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _harness():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("kill_harness", HARNESS)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("kill_harness", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_killed_writes_leave_a_sound_file_with_each_action_all_or_nothing(
    tmp_path: Path,
) -> None:
    harness = _harness()
    lines: list[str] = []
    outcomes = harness.run(tmp_path, KILLS, seed=1, log=lines.append)
    assert len(outcomes) == KILLS
    assert {o.action for o in outcomes} == set(harness.ACTIONS)
    assert {o.state for o in outcomes} <= {"absent", "complete"}


def test_the_harness_notices_half_an_action(tmp_path: Path) -> None:
    """The check itself: a file holding only part of an action is reported."""
    harness = _harness()
    db = tmp_path / "half.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE companies (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY)")
    conn.executemany("INSERT INTO companies VALUES (?)", [(i,) for i in range(10)])
    conn.commit()
    conn.close()
    expected = harness.Expected({}, {"companies": 10, "contacts": 5}, 1.0)
    with pytest.raises(AssertionError, match="partly there"):
        harness.verify(db, expected)


def test_the_harness_notices_a_temporary_file_left_behind(tmp_path: Path) -> None:
    harness = _harness()
    (tmp_path / "rounds").mkdir()
    (tmp_path / "rounds" / ".planner.db.4242.abcd.part").write_bytes(b"half")
    (tmp_path / "rounds" / "planner.db.write-lock").write_bytes(b"")
    assert [p.name for p in harness.orphans(tmp_path)] == [".planner.db.4242.abcd.part"]
