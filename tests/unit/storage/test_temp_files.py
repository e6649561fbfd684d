"""Temporary files beside a target: private, named for their process, and tidied after a kill."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from planner.storage.temp_files import PART_SUFFIX, clean_orphans, make_temp


def _dead_pid() -> int:
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(child.stdout)


def test_a_temp_file_is_private_and_beside_its_target(tmp_path: Path) -> None:
    fd, path = make_temp(tmp_path / "plan.db")
    os.close(fd)
    assert path.parent == tmp_path
    assert path.name.startswith(f".plan.db.{os.getpid()}.")
    assert path.name.endswith(PART_SUFFIX)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_orphans_of_dead_processes_go_with_their_side_files(tmp_path: Path) -> None:
    orphan = tmp_path / f".plan.db.{_dead_pid()}.abc123{PART_SUFFIX}"
    orphan.write_text("half a backup")
    wal = orphan.with_name(orphan.name + "-wal")
    wal.write_text("log")
    assert clean_orphans(tmp_path) == [orphan]
    assert not orphan.exists()
    assert not wal.exists()


def test_files_still_being_written_and_other_files_stay(tmp_path: Path) -> None:
    fd, mine = make_temp(tmp_path / "plan.db")
    os.close(fd)
    odd = tmp_path / f".notes.txt{PART_SUFFIX}"  # not our naming: not ours to remove
    odd.write_text("x")
    plan = tmp_path / "plan.db"
    plan.write_text("the plan")
    assert clean_orphans(tmp_path) == []
    assert mine.exists()
    assert odd.exists()
    assert plan.exists()


def test_a_missing_folder_has_no_orphans(tmp_path: Path) -> None:
    assert clean_orphans(tmp_path / "gone") == []
