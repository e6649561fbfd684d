"""`import` shows how far it is on a terminal, and prints nothing extra off one."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from planner.cli import main
from planner.cli.interchange import terminal_progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_counts_up_to_a_hundred_percent_on_one_line() -> None:
    stream = _Terminal()
    show = terminal_progress(stream)
    assert show is not None
    for done in range(0, 11):
        show(done, 10)
    text = stream.getvalue()
    assert text.startswith("\rImporting… 0%")
    assert text.endswith("\rImporting… 100%\n")
    assert text.count("\n") == 1


def test_no_progress_off_a_terminal() -> None:
    assert terminal_progress(io.StringIO()) is None


def test_an_import_on_a_terminal_shows_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = "".join(f"P{i},Q{i},Co {i % 7}\n" for i in range(300))
    source = tmp_path / "contacts.csv"
    source.write_text("first_name,last_name,company\n" + rows, encoding="utf-8")
    err = _Terminal()
    monkeypatch.setattr("sys.stderr", err)
    assert main(["import", str(source), "--db", str(tmp_path / "p.db")]) == 0
    assert "Importing… 100%" in err.getvalue()
