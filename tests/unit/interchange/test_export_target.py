"""Typed export paths get a plain hint, never an exception; exports replace only their own files."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.timing import FixedClock
from planner.interchange.export_target import (
    is_earlier_export,
    needs_confirmation,
    parse_target,
)
from planner.interchange.ical_export import ExportOptions
from planner.interchange.ical_files import auto_export, export_to_file
from planner.storage import Store

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0)


@pytest.mark.parametrize(
    "typed", ["", "   ", "/", "~", "~/", ".", "..", "/tmp/", "a\0b", "~nosuchuser_xyz/p.ics"]
)
def test_half_typed_paths_get_a_hint_not_an_exception(typed: str) -> None:
    target = parse_target(typed)
    assert target.path is None
    assert target.problem
    assert "Errno" not in target.problem


def test_a_folder_names_itself_and_suggests_a_file(tmp_path: Path) -> None:
    target = parse_target(str(tmp_path))
    assert target.path is None
    assert "is a folder" in str(target.problem)
    assert str(tmp_path / "nurture-plan.ics") in str(target.problem)


def test_a_missing_folder_says_so(tmp_path: Path) -> None:
    target = parse_target(str(tmp_path / "nope" / "plan.ics"))
    assert target.path is None
    assert "does not exist" in str(target.problem)


def test_a_name_without_suffix_gets_ics_and_a_note(tmp_path: Path) -> None:
    target = parse_target(str(tmp_path / "plan"))
    assert target.path == tmp_path / "plan.ics"
    assert target.problem is None
    assert "plan.ics" in str(target.note)
    other = parse_target(str(tmp_path / "plan.txt"))
    assert other.path == tmp_path / "plan.txt"
    assert ".ics" in str(other.note)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files")
def test_read_only_file_and_folder_say_which(tmp_path: Path) -> None:
    ro = tmp_path / "ro.ics"
    ro.write_text("x")
    ro.chmod(0o400)
    assert "read-only" in str(parse_target(str(ro)).problem)
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert "not writable" in str(parse_target(str(folder / "p.ics")).problem)
    finally:
        folder.chmod(0o700)


def test_a_device_is_never_a_target() -> None:
    target = parse_target("/dev/null")
    assert target.path is None
    assert "special file" in str(target.problem)


def test_a_fifo_is_never_a_target(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.ics"
    os.mkfifo(fifo)
    assert "special file" in str(parse_target(str(fifo)).problem)


def test_export_replaces_only_its_own_earlier_export(store: Store, tmp_path: Path) -> None:
    other = tmp_path / "notes.ics"
    other.write_text("my own notes\n")
    with pytest.raises(ValidationError, match="not a calendar exported from this plan"):
        export_to_file(store, other, ExportOptions(), TODAY, NOW)
    assert other.read_text() == "my own notes\n"
    assert needs_confirmation(other, store.database_id)
    export_to_file(store, other, ExportOptions(), TODAY, NOW, replace=True)
    assert is_earlier_export(other, store.database_id)
    # Its own earlier export is replaced without asking.
    export_to_file(store, other, ExportOptions(), TODAY, NOW)
    assert not needs_confirmation(other, store.database_id)
    # Another plan's export is not this plan's.
    stranger = Store.memory(FixedClock.on(TODAY))
    try:
        assert needs_confirmation(other, stranger.database_id)
    finally:
        stranger.close()


def test_auto_export_never_replaces_a_foreign_file(store: Store, tmp_path: Path) -> None:
    rc = tmp_path / ".bashrc"
    rc.write_text("echo hi\n")
    with pytest.raises(ValidationError):
        auto_export(store, rc, ExportOptions(), TODAY, NOW)
    assert rc.read_text() == "echo hi\n"


def test_export_never_writes_a_device(store: Store) -> None:
    with pytest.raises(PlannerError, match="special file"):
        export_to_file(store, Path("/dev/null"), ExportOptions(), TODAY, NOW, replace=True)
