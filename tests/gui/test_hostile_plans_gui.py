"""The GUI opens no hostile plan of the corpus: a plain message, no window, nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_plans import CORPUS, make, snapshot
from PySide6.QtCore import QSettings

from planner.cli import main
from planner.domain.timing import FixedClock
from planner.ui.session import Session

# The GUI, like an import, may start a new plan in an empty file; everything else is refused.
GUI_CORPUS = sorted(name for name in CORPUS if name != "empty file")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.db"
    assert main(["demo", "--db", str(path), "--today", "2026-11-23"]) == 0
    return path


@pytest.mark.parametrize("name", GUI_CORPUS)
def test_the_gui_refuses_a_hostile_plan_and_changes_nothing(
    qtbot, name: str, template: Path, tmp_path: Path, clock: FixedClock
) -> None:
    folder = tmp_path / "plan"
    folder.mkdir()
    db = make(template, name, folder / "planner.db")
    before = snapshot(folder)
    session = Session(clock, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    try:
        message = session.open(db, show=False)
    finally:
        session.close()
    assert message is not None
    assert "internal error" not in message.lower()
    assert str(db) in message
    assert session.window is None
    assert snapshot(folder) == before
