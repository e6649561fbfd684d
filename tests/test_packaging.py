"""The wheel ships every package and resource, and a fresh set-up speaks in a few lines."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "planner").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert on_disk - listed == set(), "packages missing from pyproject.toml"
    assert "planner.resources" in listed
    assert config["tool"]["setuptools"]["package-dir"]["planner.resources"] == "resources"


def test_resources_are_found_from_the_source_tree() -> None:
    from planner.paths import resource, resources_dir

    assert resources_dir().is_dir()
    assert resource("icons").is_dir()


def _tracked_copy(target: Path) -> Path:
    """The checkout's tracked files (as a fresh clone has them) copied into `target`."""
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for name in filter(None, files):
        source = ROOT / os.fsdecode(name)
        if source.is_file():
            dest = target / os.fsdecode(name)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest)
    return target


@pytest.mark.slow
def test_the_wheel_builds_without_warnings_and_carries_every_resource(tmp_path: Path) -> None:
    tree = _tracked_copy(tmp_path / "src")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path / "dist"), "."],
        cwd=tree,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    output = result.stdout + result.stderr
    assert "Package would be ignored" not in output
    assert "Warning" not in output.replace("WARNING: Location", "")
    [wheel] = (tmp_path / "dist").glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        shipped = {n for n in archive.namelist() if n.startswith("planner/resources/")}
    wanted = {
        "planner/resources/" + p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    tracked = {
        "planner/resources/" + n.removeprefix("resources/")
        for n in subprocess.run(
            ["git", "ls-files", "resources"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.split()
    }
    assert tracked <= shipped <= wanted


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("NURTURE_PLANNER_TEST_SETUP", "") in ("", "0"),
    reason="a fresh set-up installs every dependency: set NURTURE_PLANNER_TEST_SETUP=1 to run it",
)
def test_a_fresh_setup_says_what_it_does_in_a_few_lines_and_how_to_start(tmp_path: Path) -> None:
    tree = _tracked_copy(tmp_path / "clone")
    env = {**os.environ, "PYTHON": shutil.which("python3") or sys.executable}
    result = subprocess.run(
        [str(tree / "packaging" / "setup")],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    lines = (result.stdout + result.stderr).strip().splitlines()
    assert result.returncode == 0, "\n".join(lines)
    assert len(lines) <= 6, "\n".join(lines)
    assert lines[-1].startswith("Ready. Start the app with: .venv/bin/nurture-planner --demo")
    version = subprocess.run(
        [str(tree / ".venv" / "bin" / "nurture-planner"), "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert version.returncode == 0, version.stderr
