"""Help → About, and File → Open another database file (the window moves; a bad file is refused)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Week
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from planner import __version__
from planner.domain.model import Company, CompanyKind
from planner.domain.timing import FixedClock
from planner.paths import data_dir
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.dialogs.about_dialog import AboutDialog
from planner.ui.main_window import MainWindow
from planner.ui.session import Session


def make_plan(path: Path, clock: FixedClock, company: str) -> None:
    store = Store.open(path, clock)
    try:
        with store.transaction():
            store.companies.add(Company(company, CompanyKind.PROSPECT))
    finally:
        store.close()


def test_about_names_the_version_the_plan_file_and_the_data_folder(
    qtbot, controller: Controller, week: Week
) -> None:
    window = MainWindow(controller, Path("/somewhere/my plan.db"))
    qtbot.addWidget(window)
    dialog = window.open_about()
    assert isinstance(dialog, AboutDialog)
    text = dialog.text.text()
    assert __version__ in text
    assert "/somewhere/my plan.db" in text
    assert str(data_dir()) in text
    dialog.close()


def test_open_another_database_file_moves_the_window(
    qtbot, tmp_path: Path, clock: FixedClock, on_modal, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_path, second_path = tmp_path / "first.db", tmp_path / "second.db"
    make_plan(first_path, clock, "Initech")
    make_plan(second_path, clock, "Umbrella")
    session = Session(clock, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    try:
        assert session.open(first_path) is None
        first = session.window
        assert first is not None
        assert "first.db" in first.windowTitle()

        # The native file dialog hands back the chosen file; the session opens it.
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(second_path), "")
        )
        first.open_another_action.trigger()
        second = session.window
        assert second is not None
        assert second is not first
        assert "second.db" in second.windowTitle()
        assert second.store.companies.count() == 1
        assert not first.isVisible()

        # Not a database: one plain message, and the current file stays open.
        bogus = tmp_path / "notes.db"
        bogus.write_text("these are my notes, not a plan\n" * 200, encoding="utf-8")
        shown: list[str] = []

        def read(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            shown.append(box.text())

        on_modal(read)
        second.open_another_requested.emit(bogus)
        assert session.window is second
        assert len(shown) == 1
        assert "Traceback" not in shown[0]
        assert second.store.companies.count() == 1
    finally:
        if session.window is not None:
            session.window.close()
        session.close()


def test_choosing_no_file_keeps_the_current_one(
    qtbot, controller: Controller, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(controller, Path("/tmp/plan.db"))
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: ("", ""))
    with qtbot.assertNotEmitted(window.open_another_requested):
        window.open_another_action.trigger()
