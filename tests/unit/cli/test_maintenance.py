"""`nurture-planner backup`, `restore` and `check`, run in-process on files under tmp_path."""

from __future__ import annotations

import io
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from planner import paths
from planner.cli import main
from planner.cli import maintenance as maintenance_cli
from planner.storage.backup_files import default_folder, plan_backups
from planner.storage.plan_backups import folder_for_path

TODAY = "2026-11-23"


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "plan.db"
    assert main(["demo", "--db", str(path), "--today", TODAY]) == 0
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_backup_writes_a_private_copy_and_will_not_overwrite(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    target = tmp_path / "copy.bak"
    code, out, _ = _run(capsys, "backup", str(target), "--db", str(demo_db))
    assert code == 0
    assert str(target) in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _count(target, "touchpoints") == _count(demo_db, "touchpoints")
    code, _, err = _run(capsys, "backup", str(target), "--db", str(demo_db))
    assert code == 1
    assert "already exists" in err
    assert "--force" in err
    assert _run(capsys, "--db", str(demo_db), "backup", "--force", str(target))[0] == 0


def test_backup_of_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "backup", str(tmp_path / "x.bak"), "--db", str(tmp_path / "no.db"))
    assert code == 1
    assert "no planner database" in err
    assert not (tmp_path / "no.db").exists()


def test_check_a_sound_file(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code, out, err = _run(capsys, "check", "--db", str(demo_db))
    assert code == 0, err
    assert out.startswith("ok:")
    assert "No backups yet" in out


def _damage_pages_of(path: Path, table: str) -> None:
    """Overwrite every page of `table` and its indexes, as a failing disk would."""
    conn = sqlite3.connect(path)
    try:
        names = [table] + [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", [table]
            )
        ]
        pages = sorted(
            {
                pageno
                for name in names
                for (pageno,) in conn.execute("SELECT pageno FROM dbstat WHERE name = ?", [name])
            }
        )
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    size = 4096
    for pageno in pages:
        data[(pageno - 1) * size : pageno * size] = bytes([0xA5]) * size
    path.write_bytes(bytes(data))


def test_check_a_damaged_file_names_the_latest_backup(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    damage: Callable[[Path], None],
) -> None:
    # The plan's own backup folder: backups are kept per plan, not per file name.
    folder = folder_for_path(default_folder(paths.data_dir()), demo_db)
    assert folder is not None
    folder.mkdir(parents=True)
    backup = folder / f"{demo_db.name}.20261120T090000000000Z.daily.bak"
    assert main(["backup", str(backup), "--db", str(demo_db)]) == 0
    damage(demo_db)
    capsys.readouterr()
    code, out, _ = _run(capsys, "check", "--db", str(demo_db))
    assert code == 1
    assert "has problems" in out
    assert str(backup) in out
    assert f"restore {backup} --db {demo_db}" in out
    # Any other command that meets the damage says the same, in one line, without a traceback
    # (a reading command does not check the whole file: it meets what it reads).
    _damage_pages_of(demo_db, "touchpoints")
    code, _, err = _run(capsys, "agenda", "--db", str(demo_db), "--today", TODAY)
    assert code == 1
    assert "damaged" in err
    assert str(backup) in err
    assert "Traceback" not in err
    assert err.count("\n") == 1


def test_check_a_file_that_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.db"
    path.write_text("shopping list\n" * 300)
    code, out, _ = _run(capsys, "check", "--db", str(path))
    assert code == 1
    assert "not a Nurture Planner database" in out


def test_restore_refuses_without_yes_when_not_in_a_terminal(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "saved.bak"
    assert main(["backup", str(saved), "--db", str(demo_db)]) == 0
    before = demo_db.read_bytes()
    capsys.readouterr()
    code, _, err = _run(capsys, "restore", str(saved), "--db", str(demo_db))
    assert code == 1
    assert "--yes" in err
    assert demo_db.read_bytes() == before


def test_restore_with_yes_replaces_and_keeps_the_current_plan(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "saved.bak"
    assert main(["backup", str(saved), "--db", str(demo_db)]) == 0
    assert main(["touch", "cancel", "1", "--db", str(demo_db), "--today", TODAY]) in (0, 1)
    capsys.readouterr()
    code, out, err = _run(capsys, "restore", str(saved), "--yes", "--db", str(demo_db))
    assert code == 0, err
    assert "Restored" in out
    [kept] = plan_backups(default_folder(paths.data_dir()), demo_db)
    assert str(kept.path) in out
    assert _count(demo_db, "touchpoints") == _count(saved, "touchpoints")
    assert main(["check", "--db", str(demo_db)]) == 0


def test_restore_asks_in_a_terminal(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    saved = tmp_path / "saved.bak"
    assert main(["backup", str(saved), "--db", str(demo_db)]) == 0
    monkeypatch.setattr(maintenance_cli, "_stdin_is_a_terminal", lambda: True)
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    capsys.readouterr()
    code, out, err = _run(capsys, "restore", str(saved), "--db", str(demo_db))
    assert code == 1
    assert "[y/N]" in err
    assert "Nothing was changed" in out
    assert plan_backups(default_folder(paths.data_dir()), demo_db) == []
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    code, out, _ = _run(capsys, "restore", str(saved), "--db", str(demo_db))
    assert code == 0
    assert "Restored" in out


def test_restore_refuses_a_bad_backup_before_asking(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.bak"
    bad.write_bytes(b"\0" * 5000)
    before = demo_db.read_bytes()
    capsys.readouterr()
    code, _, err = _run(capsys, "restore", str(bad), "--yes", "--db", str(demo_db))
    assert code == 1
    assert "not a Nurture Planner backup" in err
    assert demo_db.read_bytes() == before


def test_help_explains_the_restore_safety(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "restore", "--help")
    assert code == 0
    text = " ".join(out.split())
    assert "--yes" in text
    assert "not a terminal" in text
    assert "backed up" in text
