"""Real CalDAV servers for the calendar tests: Radicale (and Xandikos) on 127.0.0.1, free ports.

Each server runs as a child process on a temporary folder and is stopped when the test ends;
`stop()` and `start()` take it down and bring it back on the same port with the same data.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from planner.domain.timing import FixedClock
from planner.storage import Store
from tests.conftest import TODAY

PASSWORD_VARIABLE = "NURTURE_PLANNER_CALENDAR_PASSWORD"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_listening(port: int, process: subprocess.Popen[bytes]) -> None:
    """Poll until the server accepts connections (bounded: 600 tries of 50 ms)."""
    for _ in range(600):
        if process.poll() is not None:
            raise RuntimeError(f"the test server exited with {process.returncode}")
        with socket.socket() as sock:
            sock.settimeout(0.05)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(0.05)
    raise RuntimeError("the test server did not start")


@dataclass
class Server:
    """A CalDAV server process the test controls."""

    argv: list[str]
    port: int
    user: str = "rep"
    password: str = ""
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> None:
        self.process = subprocess.Popen(
            self.argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        _wait_until_listening(self.port, self.process)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


def radicale(folder: Path, *, password: str = "") -> Server:
    """Radicale 3 on a free port; with `password`, htpasswd (plain) authentication for 'rep'."""
    port = _free_port()
    argv = [
        sys.executable,
        "-m",
        "radicale",
        "--server-hosts",
        f"127.0.0.1:{port}",
        "--storage-filesystem-folder",
        str(folder / "collections"),
    ]
    if password:
        users = folder / "users"
        users.write_text(f"rep:{password}\n", encoding="utf-8")
        argv += [
            "--auth-type",
            "htpasswd",
            "--auth-htpasswd-filename",
            str(users),
            "--auth-htpasswd-encryption",
            "plain",
        ]
    else:
        argv += ["--auth-type", "none"]
    return Server(argv, port, password=password)


def xandikos(folder: Path) -> Server:
    """Xandikos with its default layout (one user, a calendar) on a free port."""
    port = _free_port()
    argv = [
        sys.executable,
        "-m",
        "xandikos.web",
        "--defaults",
        "-d",
        str(folder),
        "-l",
        "127.0.0.1",
        "-p",
        str(port),
    ]
    return Server(argv, port, user="")


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[Callable[..., Server]]:
    """Start servers by kind ('radicale', 'xandikos'); all are stopped at the end."""
    started: list[Server] = []

    def start(kind: str = "radicale", **options: str) -> Server:
        folder = tmp_path / f"{kind}-{len(started)}"
        folder.mkdir()
        server = radicale(folder, **options) if kind == "radicale" else xandikos(folder)
        server.start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def server(servers: Callable[..., Server]) -> Server:
    """One Radicale without passwords (the user name still counts)."""
    return servers("radicale")


@pytest.fixture(autouse=True)
def _no_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    """keyring's 'fail' backend: no keychain, as on a headless machine; passwords come from
    NURTURE_PLANNER_CALENDAR_PASSWORD (or are given to the call)."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv(PASSWORD_VARIABLE, raising=False)


@pytest.fixture
def small_plan(tmp_path: Path) -> Iterator[Store]:
    """A plan with one account and four planned touch-points this week (two timed)."""
    from datetime import time, timedelta

    from planner.domain.model import Channel, Company, TouchPoint

    store = Store.open(tmp_path / "small.db", FixedClock.on(TODAY))
    with store.transaction():
        company = store.companies.add(Company(name="Fabrikam"))
        assert company.id is not None
        for n in range(4):
            store.touchpoints.add(
                TouchPoint(
                    company_id=company.id,
                    day=TODAY + timedelta(days=n + 1),
                    time=time(10, 0) if n % 2 == 0 else None,
                    tz="Europe/Berlin",
                    channel=Channel.CALL,
                    title=f"Touch {n + 1}",
                )
            )
    yield store
    store.close()


@pytest.fixture
def plan(tmp_path: Path) -> Iterator[Store]:
    """The demo plan in a file, on the fixed test day."""
    from planner.demo import generate

    store = Store.open(tmp_path / "plan.db", FixedClock.on(TODAY))
    with store.transaction():
        generate(store, TODAY)
    yield store
    store.close()
