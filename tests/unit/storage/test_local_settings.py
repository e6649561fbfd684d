"""This machine's per-plan settings: private, keyed by the plan id, a plan file cannot set them."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from planner.storage.local_settings import local_setting, set_local_setting, settings_file


def test_settings_are_kept_per_plan_in_a_private_file() -> None:
    old = __import__("os").umask(0)
    try:
        set_local_setting("a" * 32, "k", {"x": 1})
    finally:
        __import__("os").umask(old)
    assert local_setting("a" * 32, "k") == {"x": 1}
    assert local_setting("b" * 32, "k", "none") == "none"
    path = settings_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    set_local_setting("a" * 32, "k", None)
    assert local_setting("a" * 32, "k") is None
    assert [p.name for p in path.parent.iterdir()] == [path.name]


@pytest.mark.parametrize("content", ["", "[1, 2]", "{not json", '{"plans": 3}'])
def test_an_unreadable_file_gives_defaults(content: str) -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content)
    assert local_setting("a" * 32, "k", 7) == 7
    set_local_setting("a" * 32, "k", 8)
    assert local_setting("a" * 32, "k") == 8


def test_a_planted_symlink_at_the_settings_path_is_replaced_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("keep")
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(victim)
    set_local_setting("a" * 32, "k", 1)
    assert victim.read_text() == "keep"
    assert not path.is_symlink()
