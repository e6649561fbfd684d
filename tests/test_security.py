"""Nobody let in: no network connection from the GUI or any command; private files; safe exports."""

from __future__ import annotations

import argparse
import ipaddress
import os
import socket
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from planner import paths
from planner.cli import build_parser, main

TODAY = "2026-11-23"

# --- A guard at the network boundary ------------------------------------------------------------


def _is_local(address: Any) -> bool:
    if isinstance(address, str | bytes):  # AF_UNIX path
        return True
    if not isinstance(address, tuple) or not address:
        return False
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


class NetworkGuard:
    """Records every attempt to reach a non-local address and refuses it."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    def refuse(self, what: str, target: Any) -> None:
        self.attempts.append(f"{what} {target!r}")
        raise OSError(f"test guard: network access to {target!r} is not allowed")

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        guard = self
        real_connect = socket.socket.connect
        real_connect_ex = socket.socket.connect_ex
        real_getaddrinfo = socket.getaddrinfo

        def connect(sock: socket.socket, address: Any) -> Any:
            if not _is_local(address):
                guard.refuse("connect", address)
            return real_connect(sock, address)

        def connect_ex(sock: socket.socket, address: Any) -> Any:
            if not _is_local(address):
                guard.refuse("connect_ex", address)
            return real_connect_ex(sock, address)

        def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
            if not _is_local((host,)):
                guard.refuse("getaddrinfo", host)
            return real_getaddrinfo(host, *args, **kwargs)

        def create_connection(address: Any, *args: Any, **kwargs: Any) -> Any:
            guard.refuse("create_connection", address)

        monkeypatch.setattr(socket.socket, "connect", connect)
        monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        monkeypatch.setattr(socket, "create_connection", create_connection)
        for name in ("sendto", "sendmsg"):
            original = getattr(socket.socket, name)

            def send(sock: socket.socket, *args: Any, _original: Any = original, **kw: Any) -> Any:
                address = args[-1] if args else None
                if isinstance(address, tuple) and not _is_local(address):
                    guard.refuse("send", address)
                return _original(sock, *args, **kw)

            monkeypatch.setattr(socket.socket, name, send)


@pytest.fixture
def network_guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[NetworkGuard]:
    guard = NetworkGuard()
    guard.install(monkeypatch)
    yield guard
    assert guard.attempts == [], f"the planner tried to reach the network: {guard.attempts}"


def test_the_guard_catches_an_outside_connection(network_guard: NetworkGuard) -> None:
    with socket.socket() as sock, pytest.raises(OSError, match="test guard"):
        sock.connect(("192.0.2.1", 80))
    with pytest.raises(OSError, match="test guard"):
        socket.getaddrinfo("example.com", 443)
    assert len(network_guard.attempts) == 2
    network_guard.attempts.clear()
    # Loopback stays allowed (the guard is about leaving the machine).
    assert _is_local(("127.0.0.1", 1))
    assert _is_local(("::1", 1, 0, 0))
    assert not _is_local(("10.0.0.1", 1))


# --- Every command ------------------------------------------------------------------------------


def _registered_commands() -> set[str]:
    names: set[str] = set()
    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                nested = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
                if nested:
                    names.update(f"{name} {n}" for a in nested for n in a.choices)
                else:
                    names.add(name)
    return names


def _contacts_csv(path: Path) -> Path:
    path.write_text(
        "first_name,last_name,company,email\n"
        "Jane,Doe,Fabrikam,jane@fabrikam.example\n"
        "Max,Mustermann,Contoso,max@contoso.example\n",
        encoding="utf-8",
    )
    return path


def _session(tmp: Path) -> list[list[str]]:
    """Every command once, in an order that works, on files under `tmp`."""
    db = str(tmp / "plan.db")
    common = ["--db", db, "--today", TODAY]
    return [
        ["demo", *common],
        ["agenda", *common, "--days", "14"],
        ["list", "companies", *common],
        ["list", "contacts", *common, "--json"],
        [
            "touch",
            "add",
            *common,
            "--company",
            "Fabrikam Demo Account",
            "--date",
            TODAY,
            "--channel",
            "call",
        ],
        ["touch", "move", "1", "2026-12-01", *common],
        ["touch", "done", "2", *common, "--outcome", "ok"],
        ["touch", "cancel", "3", *common],
        ["export-ics", str(tmp / "plan.ics"), *common],
        ["content", "send", "Guide", "--to", "Ada Lovelace", *common],
        ["plan-week", "--apply", *common],
        ["trip", "--near", "Lyon", "--from", "2026-11-30", "--to", "2026-12-01", *common],
        ["brief", "1", "-o", str(tmp / "brief.pdf"), *common],
        ["simulate", "--weeks", "4", *common],
        ["import", str(_contacts_csv(tmp / "contacts.csv")), *common],
        ["imports", *common],
        ["import-undo", *common],
        ["export-csv", str(tmp / "csv"), *common],
        ["backup", str(tmp / "copy.bak"), *common],
        ["check", *common],
        ["restore", str(tmp / "copy.bak"), "--yes", *common],
        # Without a connected calendar none of these contacts anything; plain http to another
        # host is refused before any connection.
        ["calendar", "status", *common],
        ["calendar", "sync", *common],
        ["calendar", "connect", "http://10.0.0.1/", *common],
        ["calendar", "take-calendar", "1", *common],
        ["calendar", "disconnect", *common],
    ]


def test_the_session_covers_every_command(tmp_path: Path) -> None:
    covered = {
        " ".join(argv[:2]) if argv[0] in ("touch", "content", "calendar") else argv[0]
        for argv in _session(tmp_path)
    }
    assert covered == _registered_commands(), "add the new command to _session()"


def test_no_command_opens_a_network_connection(
    tmp_path: Path, network_guard: NetworkGuard, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in _session(tmp_path):
        code = main(argv)
        _, err = capsys.readouterr()
        # A refused touch (an unknown name after the demo) is fine; a crash is not.
        assert "internal error" not in err, (argv, err)
        assert code in (0, 1), (argv, err)
    assert network_guard.attempts == []


SITECUSTOMIZE = textwrap.dedent(
    """
    import ipaddress, os, socket

    _LOG = os.environ["PLANNER_NETWORK_LOG"]

    def _local(address):
        if isinstance(address, (str, bytes)):
            return True
        host = address[0] if isinstance(address, tuple) and address else address
        if host in ("localhost", "", None):
            return True
        try:
            return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
        except ValueError:
            return False

    def _refuse(what, target):
        with open(_LOG, "a", encoding="utf-8") as fh:
            fh.write(f"{what} {target!r}\\n")
        raise OSError("network access refused by the test guard")

    _connect, _connect_ex, _getaddrinfo = (
        socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo
    )

    def connect(self, address):
        if not _local(address):
            _refuse("connect", address)
        return _connect(self, address)

    def connect_ex(self, address):
        if not _local(address):
            _refuse("connect_ex", address)
        return _connect_ex(self, address)

    def getaddrinfo(host, *args, **kwargs):
        if not _local(host):
            _refuse("getaddrinfo", host)
        return _getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect
    socket.socket.connect_ex = connect_ex
    socket.getaddrinfo = getaddrinfo
    """
)


def test_no_command_opens_a_network_connection_in_a_fresh_process(tmp_path: Path) -> None:
    """The same, in a separate interpreter guarded from its start by a sitecustomize module."""
    guard_dir = tmp_path / "guard"
    guard_dir.mkdir()
    (guard_dir / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "network.log"
    work = tmp_path / "work"
    work.mkdir()
    script = textwrap.dedent(
        """
        import json, sys
        from planner.cli import main
        codes = [main(argv) for argv in json.loads(sys.argv[1])]
        print(json.dumps(codes))
        """
    )
    import json

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(guard_dir), env.get("PYTHONPATH")]))
    env["PLANNER_NETWORK_LOG"] = str(log)
    result = subprocess.run(
        [sys.executable, "-c", script, json.dumps(_session(work))],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "internal error" not in result.stderr
    codes = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(codes) <= {0, 1}
    assert not log.exists(), log.read_text(encoding="utf-8")


# --- A full GUI session ---------------------------------------------------------------------


@pytest.mark.qt_log_ignore(r"^This plugin does not support ")
def test_a_gui_session_opens_no_network_connection(
    qtbot, tmp_path: Path, network_guard: NetworkGuard
) -> None:
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from planner.demo import generate
    from planner.domain.timing import FixedClock
    from planner.storage import Store
    from planner.ui.controller import Controller
    from planner.ui.main_window import MainWindow

    clock = FixedClock.on(date(2026, 11, 23))
    store = Store.open(tmp_path / "plan.db", clock)
    try:
        generate(store, clock.today())
        controller = Controller(store, clock)
        window = MainWindow(controller, store.path)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        for row in range(window.navigation.count()):
            window.navigation.setCurrentRow(row)
            qtbot.wait(30)
            QApplication.processEvents()
        window.close()
    finally:
        store.close()
    assert network_guard.attempts == []


# --- Files only the owner can read -------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_backups_and_logs_are_private_even_with_a_lax_umask(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from planner.storage import Store
    from planner.storage.backup import backup_before_import, daily_backup
    from planner.ui.crash import CrashHandler

    old = os.umask(0o000)
    try:
        db = tmp_path / "plan.db"
        assert main(["demo", "--db", str(db), "--today", TODAY]) == 0
        assert main(["backup", str(tmp_path / "copy.bak"), "--db", str(db)]) == 0
        from planner.domain.timing import FixedClock

        store = Store.open(db, FixedClock.on(__import__("datetime").date(2026, 11, 23)))
        try:
            daily = daily_backup(store)
            before_import = backup_before_import(store)
        finally:
            store.close()
        crash = CrashHandler(paths.log_dir(), show_dialogs=False)
        try:
            raise RuntimeError("logged")
        except RuntimeError as error:
            crash.handle(RuntimeError, error, error.__traceback__)
    finally:
        os.umask(old)
    assert daily is not None
    assert before_import is not None
    private = [db, tmp_path / "copy.bak", daily.path, before_import.path, crash.log_path]
    for path in private:
        assert _mode(path) == 0o600, path
    for folder in (daily.path.parent, crash.log_path.parent):
        assert _mode(folder) & 0o077 == 0, folder
    capsys.readouterr()
