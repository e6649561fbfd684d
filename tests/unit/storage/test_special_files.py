"""FIFOs, devices and folders are refused with a sentence, never read (a FIFO would hang)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from planner.cli import main


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "planner.db"
    assert main(["demo", "--db", str(path), "--today", "2026-11-23"]) == 0
    return path


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


def _fails_plainly(argv: list[str], capsys: pytest.CaptureFixture[str], words: str) -> None:
    capsys.readouterr()
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "internal error" not in err
    assert words in err


def test_import_from_a_fifo_is_refused(
    plan: Path, fifo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fails_plainly(["import", str(fifo), "--db", str(plan)], capsys, "not a regular file")


def test_restore_from_a_fifo_is_refused(
    plan: Path, fifo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fails_plainly(["restore", str(fifo), "--yes", "--db", str(plan)], capsys, "not a regular")


@pytest.mark.parametrize("command", [["agenda"], ["check"], ["touch", "done", "1"]])
def test_db_dev_null_is_refused(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main([*command, "--db", os.devnull]) == 1
    both = capsys.readouterr()
    assert "internal error" not in both.err
    assert "not a regular file" in both.err + both.out


def test_db_fifo_is_refused(fifo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fails_plainly(["agenda", "--db", str(fifo)], capsys, "not a regular file")
