"""The whole-file integrity check runs where it pays: after an unclean close, before writing."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from planner import paths
from planner.domain.errors import NotADatabaseError
from planner.domain.model import Company
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.backup import daily_backup
from planner.storage.backup_files import default_folder
from planner.storage.file_state import was_closed_cleanly
from planner.storage.folders import user_folders


def _closed_cleanly(path: Path) -> bool:
    """Whether the record of clean closes in the user's data folder vouches for `path`."""
    return was_closed_cleanly(path, user_folders().clean_closes)


def _book(path: Path, clock: FixedClock) -> Path:
    """A file big enough to damage, closed cleanly, with a daily backup; returns the backup."""
    store = Store.open(path, clock)
    with store.transaction():
        for i in range(300):
            store.companies.add(Company(f"Company {i:03d}", notes="x" * 200))
    made = daily_backup(store)
    assert made is not None
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    assert _closed_cleanly(path)
    return made.path


def _damage_unnoticed(path: Path, damage: Callable[[Path], None]) -> None:
    """Damage the file but keep its size, inode and time, as a failing disk would."""
    st = path.stat()
    damage(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert _closed_cleanly(path)


def _damage_companies(path: Path) -> None:
    """Overwrite the leaf pages of the companies table, as a failing disk would."""
    conn = sqlite3.connect(path)
    try:
        pages = [
            n
            for (n,) in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'companies' AND pagetype = 'leaf'"
            )
        ]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    for n in pages[len(pages) // 3 :]:
        data[(n - 1) * size : n * size] = bytes(range(256)) * (size // 256)
    path.write_bytes(bytes(data))


def _read_everything(store: Store) -> None:
    with store.transaction():
        store.db.execute("SELECT name FROM companies ORDER BY name COLLATE NOCASE").fetchall()
        for (table,) in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            store.db.execute(f'SELECT * FROM "{table}"').fetchall()


def test_a_cleanly_closed_file_opens_without_a_check_and_damage_met_later_is_plain(
    tmp_path: Path, clock: FixedClock, damage: Callable[[Path], None]
) -> None:
    path = tmp_path / "planner.db"
    backup = _book(path, clock)
    _damage_unnoticed(path, damage)
    store = Store.open(path, clock)  # no whole-file read: the damage is not seen yet
    try:
        with pytest.raises(NotADatabaseError) as caught:
            _read_everything(store)
    finally:
        store.db.close()
    message = " ".join(str(caught.value).split())
    assert "damaged" in message
    assert str(backup) in message
    # Backups are kept per plan, in a folder of the plan's own under the backups folder.
    assert backup.parent.parent == default_folder(paths.data_dir())


def test_a_read_only_open_skips_the_whole_file_check_and_does_not_vouch_for_the_file(
    tmp_path: Path, clock: FixedClock, damage: Callable[[Path], None]
) -> None:
    path = tmp_path / "planner.db"
    backup = _book(path, clock)
    damage(path)  # changed since the clean close: the next writer must check it
    assert not _closed_cleanly(path)
    refused: list[str] = []
    try:
        Store.open(path, clock, read_only=True).close()
    except NotADatabaseError as error:
        # The values read at open (the plan check) may meet the damage: then it says so plainly.
        refused.append(str(error))
    assert all(str(backup) in message for message in refused)
    assert not _closed_cleanly(path)
    with pytest.raises(NotADatabaseError) as caught:
        Store.open(path, clock)
    assert str(backup) in str(caught.value)


def test_an_unclean_file_is_checked_and_then_trusted_after_a_clean_close(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "planner.db"
    _book(path, clock)
    os.utime(path, ns=(0, 0))  # another program wrote it
    assert not _closed_cleanly(path)
    Store.open(path, clock).close()
    assert _closed_cleanly(path)


def test_the_command_line_names_the_backup_when_it_meets_damage(
    tmp_path: Path,
    clock: FixedClock,
    damage: Callable[[Path], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    from planner.cli import main

    path = tmp_path / "planner.db"
    backup = _book(path, clock)
    # The accounts' own pages are damaged (not a search index's), so exporting them meets it.
    _damage_unnoticed(path, _damage_companies)
    capsys.readouterr()
    # Every account's every column is read: the damaged pages are met.
    assert main(["export-csv", str(tmp_path / "out"), "--db", str(path)]) == 1
    err = " ".join(capsys.readouterr().err.split())
    assert "damaged" in err
    assert str(backup) in err
    assert "internal error" not in err
