"""Start-up to the first painted week loads what that week needs, not the whole app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

TODAY = "2026-03-02"

# Run in a fresh interpreter: the app to its first painted week (it quits right after that
# paint), noting the names of every module loaded when the week had painted.
_START_AND_LIST = """
import json, sys
from planner.cli import main
import planner.ui.first_paint as first_paint
at_paint = []
real = first_paint.AfterFirstPaint.eventFilter
def watched(self, obj, event):
    done = real(self, obj, event)
    if self.painted and not at_paint:
        at_paint.extend(sorted(sys.modules))
    return done
first_paint.AfterFirstPaint.eventFilter = watched
code = main(["--db", sys.argv[1], "--today", sys.argv[2], "--quit-after-paint"])
with open(sys.argv[3], "w", encoding="utf-8") as out:
    json.dump({"code": code, "modules": at_paint}, out)
"""

# Packages the first painted week does not need: each is imported where its feature is used.
HEAVY_PACKAGES = (
    "networkx",  # the trip planner's round trip
    "icalendar",  # calendar export and the calendar server's events
    "vobject",  # vCard import
    "caldav",  # the calendar server, once one is connected
    "keyring",
    "lxml",
    "requests",
    "pypdf",
    "holidays",  # the year's public holidays come from the cache after the first start
    "sqlite_utils",  # it migrates the schema; a plan that needs no migration opens without it
)

# The app's own modules that belong to pages, dialogs and features opened later.
LATER_MODULES = (
    "planner.demo",
    "planner.interchange.importer",
    "planner.interchange.vcard",
    "planner.interchange.csv_export",
    "planner.interchange.briefing",
    "planner.ui.widgets.accounts_view",
    "planner.ui.widgets.contacts_view",
    "planner.ui.widgets.content_library",
    "planner.ui.widgets.insights",
    "planner.ui.dialogs.settings_dialog",
    "planner.ui.dialogs.export_dialog",
    "planner.ui.dialogs.auto_export_dialog",
    "planner.ui.dialogs.search_dialog",
    "planner.ui.dialogs.about_dialog",
    "planner.ui.dialogs.shortcuts_dialog",
    "planner.ui.dialogs.touchpoint_dialog",
    "planner.ui.dialogs.import_dialog",
    "planner.ui.dialogs.trip_dialog",
    "planner.ui.dialogs.calendar_panel",
    # The nurture engine and what it reads: built once the week is painted and the start is over.
    "planner.nurture.engine",
    "planner.nurture.week_plan",
    "planner.storage.portfolio",
    "planner.storage.week_ranking",
    # The schema's migrations, for a plan that needs them; the checks of one not closed cleanly.
    "planner.storage.migrations",
    "planner.storage.unclean_check",
    "planner.storage.integrity",
    # The importer's records, the screenings and quick search: where they are first used.
    "planner.storage.imports",
    "planner.storage.screenings",
    "planner.storage.read_side.search_everything",
    # The day's backup starts once the start is over; the crash log opens on the first report.
    "planner.ui.backup_worker",
    "planner.storage.backup_beside",
    "planner.ui.crash_log",
    "logging.handlers",
    # The automatic export and the calendar follow the paint, a few modules per turn.
    "planner.ui.auto_export",
    "planner.interchange.ical_export",
    "planner.ui.calendar.in_window",
    "planner.interchange.calendar_sync.sync",
)


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.removeprefix("XDG_").removesuffix("_HOME").lower())
    env["HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("NURTURE_PLANNER_QUIT_AFTER_PAINT", None)
    return env


def _modules_at_first_paint(
    db: Path, env: dict[str, str], out: Path, script: str = _START_AND_LIST
) -> set[str]:
    run = subprocess.run(
        [sys.executable, "-c", script, str(db), TODAY, str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["code"] == 0
    return set(report["modules"])


@dataclass
class Started:
    """The demo plan, started twice, and the modules loaded at the second start's paint."""

    db: Path
    env: dict[str, str]
    modules: set[str]


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> Started:
    """The modules loaded at the second start of the demo plan (which plans around GB holidays)."""
    root = tmp_path_factory.mktemp("start-up")
    env = _env(root / "home")
    db = root / "plan.db"
    made = subprocess.run(
        [sys.executable, "-m", "planner", "demo", "--db", str(db), "--today", TODAY],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    # The first start fills the user's cache (the holidays table); the second is the usual one.
    _modules_at_first_paint(db, env, root / "first.json")
    return Started(db, env, _modules_at_first_paint(db, env, root / "second.json"))


@pytest.fixture(scope="module")
def loaded(started: Started) -> set[str]:
    return started.modules


def test_the_week_is_painted_without_the_heavy_packages(loaded: set[str]) -> None:
    assert "PySide6.QtWidgets" in loaded  # the window was really built
    assert "planner.ui.widgets.week_view" in loaded
    present = sorted(
        name for name in loaded if name.split(".")[0] in HEAVY_PACKAGES and name in loaded
    )
    assert not present, f"loaded before the first paint: {present[:20]}"


def test_the_week_is_painted_without_the_other_pages_and_dialogs(loaded: set[str]) -> None:
    present = sorted(name for name in LATER_MODULES if name in loaded)
    assert not present, f"loaded before the first paint: {present}"


# The window closed from code before it ever showed (Qt quits only when a visible window closes).
_CLOSE_BEFORE_SHOWN = """
import sys
from planner.cli import main
from planner.ui.window_start import StartingWindow

def close_instead(self, opening=None):
    self.close()

StartingWindow.show_when_ready = close_instead
sys.exit(main(["--db", sys.argv[1], "--today", sys.argv[2]]))
"""


def test_a_window_closed_before_it_ever_showed_ends_the_app(tmp_path: Path) -> None:
    env = _env(tmp_path / "home")
    try:
        run = subprocess.run(
            [sys.executable, "-c", _CLOSE_BEFORE_SHOWN, str(tmp_path / "plan.db"), TODAY],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the app kept running with its only window closed")
    assert run.returncode == 0, run.stderr


# The start's first frame: the modules loaded when it has painted the week.
_FIRST_FRAME_AND_LIST = """
import json, os, sys
os.environ["NURTURE_PLANNER_QUIT_AFTER_PAINT"] = "first"
from planner.cli import main
import planner.ui.first_frame as first_frame
at_paint = []
real = first_frame.FirstFrame.paintEvent
def watched(self, event):
    real(self, event)
    if self.week is not None and not at_paint:
        at_paint.extend(sorted(sys.modules))
first_frame.FirstFrame.paintEvent = watched
code = main(["--db", sys.argv[1], "--today", sys.argv[2]])
with open(sys.argv[3], "w", encoding="utf-8") as out:
    json.dump({"code": code, "modules": at_paint}, out)
"""

# What the window needs and the frame does not: each loads after the frame is on the screen.
WINDOW_ONLY = (
    "planner.storage.store",
    "planner.storage.database",
    "planner.ui.session",
    "planner.ui.main_window",
    "planner.ui.controller",
    "planner.ui.engine_runner",
    "planner.ui.widgets.week_view",
    "planner.ui.widgets.time_grid",
    "planner.ui.widgets.plan_panel",
)


def test_the_first_frame_paints_the_week_before_the_window_loads(
    tmp_path: Path, started: Started
) -> None:
    at_frame = _modules_at_first_paint(
        started.db, started.env, tmp_path / "frame.json", _FIRST_FRAME_AND_LIST
    )
    assert "planner.ui.first_frame" in at_frame  # the frame was really painted
    early = sorted(name for name in WINDOW_ONLY + LATER_MODULES if name in at_frame)
    assert not early, f"loaded before the first frame: {early}"
    heavy = sorted(name for name in at_frame if name.split(".")[0] in HEAVY_PACKAGES)
    assert not heavy, f"loaded before the first frame: {heavy[:20]}"
    # and the window, at its own first paint, loads what the frame left out.
    assert set(WINDOW_ONLY) <= started.modules
