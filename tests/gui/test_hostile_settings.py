"""A plan file whose settings point anywhere acts on nothing: such settings live on this machine.

Mutations of a real plan carry an auto-export aimed at a file the rep cares about (a shell
start-up file, a device, a folder) and a backup rotation of zero; each is opened by the
command line and by the GUI, and nothing outside the plan changes.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from planner.cli import main
from planner.domain.timing import FixedClock
from planner.interchange.ical_files import AutoExportSetting, read_auto_export_setting
from planner.storage import Store
from planner.storage.backup import MIN_KEEP, configured_keep
from planner.ui.session import Session

TODAY = "2026-11-23"


def _set(path: Path, key: str, value: object) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, json.dumps(value)]
        )
        conn.commit()
    finally:
        conn.close()


def _auto_export_to(target: str) -> Callable[[Path], None]:
    def mutate(path: Path) -> None:
        _set(
            path,
            "ical_auto_export",
            {"enabled": True, "path": target, "calendar_name": "x\nrm -rf ~", "weeks_ahead": 9},
        )

    return mutate


@pytest.fixture(scope="module")
def demo_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["--db", str(path), "--today", TODAY, "demo"]) == 0
    return path


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    rc = home / ".bashrc"
    rc.write_text("export PATH=$HOME/bin:$PATH\n")
    return rc


def _mutations(victim: Path) -> dict[str, Callable[[Path], None]]:
    return {
        "auto-export over a shell start-up file": _auto_export_to(str(victim)),
        "auto-export into a home folder": _auto_export_to(str(victim.parent)),
        "auto-export to a device": _auto_export_to("/dev/null"),
        "auto-export to a new file beside the victim": _auto_export_to(
            str(victim.parent / "new.ics")
        ),
        "backups kept: none": lambda p: _set(p, "backups_keep", 0),
    }


def _state(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("case", list(_mutations(Path("/x/.bashrc"))))
def test_the_command_line_acts_on_nothing_a_plan_file_points_at(
    case: str, demo_plan: Path, victim: Path, tmp_path: Path
) -> None:
    plan = tmp_path / "from-a-colleague.db"
    shutil.copy(demo_plan, plan)
    _mutations(victim)[case](plan)
    before = _state(victim.parent)
    for command in (
        ["agenda"],
        ["plan-week"],
        ["check"],
        ["export-ics", str(tmp_path / "mine.ics")],
    ):
        main(["--db", str(plan), "--today", TODAY, *command])
    assert _state(victim.parent) == before


@pytest.mark.parametrize("case", list(_mutations(Path("/x/.bashrc"))))
def test_the_gui_acts_on_nothing_a_plan_file_points_at(
    qtbot, case: str, demo_plan: Path, victim: Path, tmp_path: Path
) -> None:
    plan = tmp_path / "from-a-colleague.db"
    shutil.copy(demo_plan, plan)
    _mutations(victim)[case](plan)
    before = _state(victim.parent)
    clock = FixedClock.on(date.fromisoformat(TODAY))
    session = Session(clock, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    try:
        assert session.open(plan, show=False) is None
        window = session.window
        assert window is not None
        qtbot.addWidget(window)
        exporter = window.auto_exporter
        # The plan's own copy of the setting is not this machine's: the export is off.
        assert read_auto_export_setting(window.controller.store) == AutoExportSetting()
        assert not exporter.timer.isActive()
        exporter.export_now()
        exporter.wait()
        qtbot.wait(1)  # deliver a finished export, if there were one
        window.close()
    finally:
        session.close()
    assert _state(victim.parent) == before


def test_backups_keep_from_a_plan_file_never_drops_below_the_minimum(
    demo_plan: Path, tmp_path: Path
) -> None:
    plan = tmp_path / "p.db"
    shutil.copy(demo_plan, plan)
    _set(plan, "backups_keep", 0)
    conn = sqlite3.connect(plan)
    try:
        assert configured_keep(conn) == MIN_KEEP
    finally:
        conn.close()


def test_a_copied_plan_does_not_bring_this_machines_settings_along(
    demo_plan: Path, tmp_path: Path, victim: Path
) -> None:
    """Two plans never share an auto-export: the setting is keyed by each plan's own id."""
    from planner.interchange.ical_export import ExportOptions
    from planner.interchange.ical_files import write_auto_export_setting

    mine = tmp_path / "mine.db"
    theirs = tmp_path / "theirs.db"
    assert main(["--db", str(mine), "--today", TODAY, "demo"]) == 0
    shutil.copy(demo_plan, theirs)
    clock = FixedClock.on(date.fromisoformat(TODAY))
    store = Store.open(mine, clock)
    try:
        target = tmp_path / "cal.ics"
        write_auto_export_setting(store, AutoExportSetting(True, target, ExportOptions()))
    finally:
        store.close()
    other = Store.open(theirs, clock)
    try:
        assert read_auto_export_setting(other) == AutoExportSetting()
    finally:
        other.close()
