"""The command line loads only what the command it runs uses (agenda is bound by its query)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main

HEAVY = (
    "icalendar",
    "vobject",
    "planner.demo",
    "planner.nurture.week_plan",
    "planner.nurture.simulate",
    "planner.interchange.importer",
    "planner.interchange.ical_export",
    "planner.interchange.csv_export",
    "PySide6",
)

PROBE = """
import json, sys
from planner.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _loaded(*argv: str) -> tuple[int, set[str]]:
    run = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, check=False
    )
    result = json.loads(run.stdout.strip().splitlines()[-1])
    return result["code"], set(result["modules"])


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lazy") / "plan.db"
    assert main(["demo", "--db", str(path), "--today", "2026-11-23"]) == 0
    return path


@pytest.mark.parametrize("command", [["agenda"], ["list", "companies"]])
def test_reading_commands_load_no_planner_exporter_or_importer(plan, command):
    code, modules = _loaded(*command, "--db", str(plan), "--today", "2026-11-23")
    assert code == 0
    assert not {m for m in modules if m.split(".")[0] in HEAVY or m in HEAVY}


def test_a_command_still_loads_what_it_needs(plan, tmp_path):
    code, modules = _loaded("export-ics", str(tmp_path / "p.ics"), "--db", str(plan))
    assert code == 0
    assert "planner.interchange.ical_export" in modules


def test_the_trip_default_radius_matches_the_planner():
    from planner.cli import trip as trip_cmd
    from planner.nurture.trip import DEFAULT_RADIUS_KM

    assert trip_cmd.DEFAULT_RADIUS_KM == DEFAULT_RADIUS_KM


def test_the_demo_sizes_match_the_generator():
    from planner.cli import demo_cmd
    from planner.demo import SIZES

    assert demo_cmd.SIZES == SIZES


def test_every_command_is_found_in_the_module_that_registers_it() -> None:
    import argparse
    import importlib

    from planner.cli import COMMAND_MODULES, COMMANDS

    registered: dict[str, str] = {}
    for module in COMMAND_MODULES:
        subparsers = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(module).register(subparsers, [])
        registered.update(dict.fromkeys(subparsers.choices, module))
    assert registered == COMMANDS


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["agenda", "--days", "3"], ("planner.cli.agenda",)),
        (["--db", "agenda", "list", "companies"], ("planner.cli.records",)),
        (["--today", "2026-11-23", "plan-week"], ("planner.cli.plan",)),
        (["--db=x.db", "touch", "done", "1"], ("planner.cli.touch",)),
        ([], ()),
        (["--demo"], ()),
    ],
)
def test_a_command_line_builds_only_the_commands_it_names(argv, expected):
    from planner.cli import _modules_for

    assert _modules_for(argv) == expected


@pytest.mark.parametrize("argv", [["--help"], ["-h", "agenda"], ["frobnicate"], None])
def test_help_and_unknown_commands_see_every_command(argv):
    from planner.cli import COMMAND_MODULES, _modules_for

    assert _modules_for(argv) == COMMAND_MODULES
