"""Private folders and files whatever the umask; plain words for OS errors."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from planner.storage.private_files import plain_os_error, private_folder, write_private_file


def test_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        folder = private_folder(tmp_path / "a" / "b")
        write_private_file(folder / "f.json", b"{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "f.json").stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["f.json"]


def test_plain_words_for_os_errors(tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    full = plain_os_error(OSError(errno.ENOSPC, "No space left on device", "/x/.tmp123"), target)
    assert "disk is full" in full
    assert ".tmp" not in full
    assert "Errno" not in full
    denied = plain_os_error(PermissionError(errno.EACCES, "Permission denied"), target)
    assert "not writable" in denied
    assert str(tmp_path) in denied
    target.write_text("x")
    target.chmod(0o400)
    if os.geteuid() != 0:
        assert "read-only" in plain_os_error(PermissionError(errno.EACCES, "x"), target)
    missing = plain_os_error(FileNotFoundError(errno.ENOENT, "x"), tmp_path / "no" / "f")
    assert "does not exist" in missing


def test_sqlite_read_only_in_a_folder_that_is_not_writable_names_the_folder(
    tmp_path: Path, monkeypatch
) -> None:
    import sqlite_faults

    from planner.storage import errors

    plan = tmp_path / "planner.db"
    plan.write_bytes(b"")
    real_access = os.access

    def access(path, mode, **kwargs):  # a folder the rep cannot write (root writes anyway)
        if Path(path) == tmp_path:
            return False
        return real_access(path, mode, **kwargs)

    read_only = sqlite_faults.read_only(tmp_path)
    cannot_open = sqlite_faults.cannot_open(tmp_path)
    monkeypatch.setattr(errors.os, "access", access)
    error = errors.translate(read_only, plan)
    assert error is not None
    assert f"The folder {tmp_path} is not writable" in str(error)
    missing = errors.translate(cannot_open, tmp_path / "gone" / "p.db")
    assert "does not exist" in str(missing)


def test_a_killed_writers_temporary_file_is_removed_by_the_next_write(tmp_path: Path) -> None:
    import subprocess
    import sys

    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    dead_pid = int(gone.stdout)
    target = tmp_path / "state" / "clean-closes.json"
    write_private_file(target, b"{}")
    orphan = target.with_name(f".{target.name}.{dead_pid}.0123456789abcdef.part")
    orphan.write_bytes(b"{")
    live = target.with_name(f".{target.name}.{os.getpid()}.fedcba9876543210.part")
    live.write_bytes(b"{")
    write_private_file(target, b'{"a": 1}')
    assert target.read_bytes() == b'{"a": 1}'
    assert not orphan.exists()
    # One still being written (its process runs) is left alone.
    assert live.exists()
