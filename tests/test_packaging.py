"""The wheel's package list names every package of the source tree, resources included."""

from __future__ import annotations

import tomllib
from pathlib import Path

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
