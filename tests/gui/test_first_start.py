"""First start on a brand-new account: data folder made, empty plan with a welcome, all private."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from planner import paths
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow
from planner.ui.session import Session


def _fresh_account(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        HOME=str(root / "home"),
        XDG_DATA_HOME=str(root / "home" / "data"),
        XDG_CONFIG_HOME=str(root / "home" / "config"),
        XDG_STATE_HOME=str(root / "home" / "state"),
        XDG_CACHE_HOME=str(root / "home" / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    (root / "home").mkdir()
    return env


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=lambda: os.umask(0),  # the most permissive umask there is
    )


def test_first_start_makes_a_private_data_folder_and_an_empty_plan(tmp_path: Path) -> None:
    env = _fresh_account(tmp_path)
    result = _run(["--quit-after-paint"], env)
    assert result.returncode == 0, result.stderr
    home = tmp_path / "home"
    data = home / "data" / "nurture-planner"
    assert (data / "planner.db").is_file()
    modes = {}
    for path in home.rglob("*"):
        if path.is_symlink():
            continue
        modes[path.relative_to(home)] = stat.S_IMODE(path.stat().st_mode)
    assert modes
    for path, mode in modes.items():
        expected = 0o700 if (home / path).is_dir() else 0o600
        assert mode == expected, f"{path} is {oct(mode)}"
    # No temporary file is left behind anywhere.
    assert not [p for p in home.rglob("*") if p.name.endswith(".tmp")]


def test_db_in_a_missing_folder_says_so(tmp_path: Path) -> None:
    env = _fresh_account(tmp_path)
    missing = tmp_path / "no such folder" / "plan.db"
    for args in (["--db", str(missing), "--quit-after-paint"], ["--db", str(missing), "demo"]):
        result = _run(args, env)
        assert result.returncode == 1
        assert f"The folder {missing.parent} does not exist" in result.stderr
        assert "Traceback" not in result.stderr
        assert not missing.parent.exists()


def test_an_empty_plan_opens_with_a_welcome(qtbot, store: Store, tmp_path: Path) -> None:
    window = MainWindow(Controller(store, store.clock), tmp_path / "planner.db")
    qtbot.addWidget(window)
    window.show()
    assert window.welcome.isVisible()
    with qtbot.waitSignal(window.open_another_requested) as asked:
        window.welcome.demo_button.click()
    assert asked.args == [paths.demo_database()]
    window.welcome.close_button.click()
    assert not window.welcome.isVisible()


def test_a_plan_with_data_has_no_welcome(qtbot, store: Store, tmp_path: Path) -> None:
    from conftest import build_week

    build_week(store)
    window = MainWindow(Controller(store, store.clock), tmp_path / "planner.db")
    qtbot.addWidget(window)
    window.show()
    assert not window.welcome.isVisible()


def test_the_welcome_opens_the_demo_plan_made_on_first_use(
    qtbot, tmp_path: Path, clock: FixedClock
) -> None:
    paths.data_dir().mkdir(parents=True)
    session = Session(clock, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    try:
        assert session.open(paths.default_database(), show=False) is None
        first = session.window
        assert first is not None
        assert first.welcome.isVisibleTo(first)
        first.welcome.demo_button.click()
        assert session.window is not first
        assert session.window is not None
        assert session.window.db_path == paths.demo_database()
        assert session.store is not None
        assert not session.store.is_empty()
        assert not session.window.welcome.isVisibleTo(session.window)
    finally:
        if session.window is not None:
            qtbot.addWidget(session.window)  # closed before the store it shows
            session.window.close()
        session.close()
