"""The command line as a whole: entry points, global options, unusable files and opening the GUI."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import types
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from planner import __version__, paths
from planner.domain.model import (
    Status,
)

from .support import TODAY, one_line_error, open_store, touchpoints

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


def test_the_program_exits_with_the_commands_code(tmp_path: Path) -> None:
    """`run` (the console entry) ends the process with what `main` returned, 1 for an error."""
    done = subprocess.run(
        [sys.executable, "-m", "planner", "agenda", "--db", str(tmp_path / "missing.db")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert "missing.db" in done.stderr


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
