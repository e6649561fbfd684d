"""`agenda` is bound by its query: it loads no heavy module and scans no table of the book."""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planner import paths
from planner.cli import agenda, main
from planner.cli.common import Context

TODAY = "2026-11-23"

# What a week's agenda never needs: the GUI, the other commands' libraries, the repositories
# and sqlite-utils behind the full open, the planner and the importers and exporters.
HEAVY = (
    "PySide6",
    "sqlite_utils",
    "dateutil",
    "icalendar",
    "vobject",
    "platformdirs.android",
    "planner.storage.store",
    "planner.storage.database",
    "planner.storage.migrations",
    "planner.storage.plan_check",
    "planner.storage.backup",
    "planner.nurture",
    "planner.demo",
    "planner.interchange",
    "planner.ui",
)

PROBE = """
import json, sys
from planner.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

BOOK_TABLES = ("touchpoints", "contacts", "companies")


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    """The demo plan, closed cleanly by the command that made it (in this test's data folder)."""
    path = tmp_path / "plan.db"
    assert main(["demo", "--db", str(path), "--today", TODAY]) == 0
    return path


def test_the_agenda_process_loads_no_heavy_module(plan: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-c", PROBE, "agenda", "--db", str(plan), "--today", TODAY],
        capture_output=True,
        text=True,
        check=False,
    )
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["code"] == 0, run.stderr
    loaded = set(result["modules"])
    heavy = {m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY)}
    assert heavy == set()
    # Nor any other command's module.
    assert {m for m in loaded if m.startswith("planner.cli.")} == {
        "planner.cli.agenda",
        "planner.cli.common",
    }


def _statements(plan: Path, *argv: str) -> list[str]:
    statements: list[str] = []
    ctx = Context.from_options(plan, TODAY, paths.default_database())
    ctx.sql_trace = statements.append
    args = argparse.Namespace(start=None, days=7, json=False)
    for flag, value in zip(argv[::2], argv[1::2], strict=True):
        setattr(args, flag, value)
    try:
        assert agenda.run(args, ctx) == 0
    finally:
        ctx.close()
    return statements


def _plan_of(plan: Path, statement: str) -> list[str]:
    conn = sqlite3.connect(f"{plan.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {statement}")]
    finally:
        conn.close()


@pytest.mark.parametrize("argv", [(), ("days", 31), ("start", "2026-12-01")])
def test_the_agenda_sql_scans_no_table_of_the_book(plan: Path, argv: tuple[object, ...]) -> None:
    statements = _statements(plan, *argv)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) >= 2  # the overdue ones and the range
    for statement in selects:
        steps = _plan_of(plan, statement)
        scans = [
            step
            for step in steps
            if step.startswith("SCAN")
            and any(f" {t} " in f"{step} " or f" {t[0]} " in f"{step} " for t in BOOK_TABLES)
        ]
        assert scans == [], f"{statement}\n{steps}"
