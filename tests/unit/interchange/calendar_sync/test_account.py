"""The connection: allowed addresses, passwords (never in files), and a plan opened elsewhere."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from planner.domain.errors import ValidationError
from planner.domain.timing import FixedClock
from planner.interchange.calendar_sync.account import (
    CalendarRefusedError,
    check_url,
    read_account,
)
from planner.interchange.calendar_sync.sync import connect, disconnect, status, sync
from planner.storage import Store
from tests.conftest import TODAY
from tests.unit.interchange.calendar_sync._phone import Phone
from tests.unit.interchange.calendar_sync.conftest import PASSWORD_VARIABLE, Server


@pytest.mark.parametrize(
    "url",
    [
        "https://dav.example.com/",
        "http://127.0.0.1:5232/",
        "http://localhost/dav/",
        "http://[::1]/",
    ],
)
def test_https_anywhere_and_plain_http_only_to_this_computer(url: str) -> None:
    assert check_url(url).startswith(url.rstrip("/"))


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://dav.example.com/", "without encryption"),
        ("http://192.168.1.5/", "without encryption"),
        ("ftp://dav.example.com/", "not a server address"),
        ("dav.example.com", "not a server address"),
        ("https://rep:secret@dav.example.com/", "user name separately"),
    ],
)
def test_other_addresses_are_refused_with_a_plain_message(url: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        check_url(url)


def test_a_wrong_password_gets_a_plain_message_and_keeps_nothing(
    small_plan: Store, servers: Any
) -> None:
    server: Server = servers("radicale", password="right horse")
    with pytest.raises(CalendarRefusedError, match="refused the user name or password"):
        connect(small_plan, server.url, "rep", "wrong horse")
    assert status(small_plan).connected is False


def test_htpasswd_server_with_the_password_from_the_environment(
    small_plan: Store,
    servers: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    secret = "correct-horse-battery-staple-7"
    server: Server = servers("radicale", password=secret)
    result = connect(small_plan, server.url, "rep", secret)
    assert result.password_kept is False  # no keychain here: the app asks, scripts use the variable
    monkeypatch.setenv(PASSWORD_VARIABLE, secret)
    assert sync(small_plan).pushed == 4
    assert len(Phone(result.account.calendar_url, "rep", secret).events()) == 4
    # The password is in no file: not the plan, not this machine's settings, not a log.
    assert small_plan.path is not None
    roots = [small_plan.path.parent, *(Path(p) for p in _user_folders())]
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file() and "collections" not in path.parts and path.name != "users":
                assert secret.encode() not in path.read_bytes(), path


def _user_folders() -> list[str]:
    import os

    return [os.environ[n] for n in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")]


def test_the_connection_belongs_to_this_computer_not_to_the_plan_file(
    small_plan: Store, server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect(small_plan, server.url, "rep")
    assert read_account(small_plan) is not None
    assert small_plan.path is not None
    copy = tmp_path / "elsewhere.db"
    shutil.copyfile(small_plan.path, copy)
    # Another computer: other settings folders, the same plan file.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "other-config"))
    other = Store.open(copy, FixedClock.on(TODAY))
    try:
        assert status(other).connected is False
    finally:
        other.close()


def test_disconnect_can_remove_the_published_events(small_plan: Store, server: Server) -> None:
    result = connect(small_plan, server.url, "rep")
    sync(small_plan)
    phone = Phone(result.account.calendar_url)
    assert len(phone.events()) == 4
    assert disconnect(small_plan, remove_events=True) == 4
    assert phone.events() == {}
    assert status(small_plan).connected is False


_CONNECTIONS: list[Any] | None = None


def _record(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.connect" and _CONNECTIONS is not None:
        _CONNECTIONS.append(args[1])


sys.addaudithook(_record)


def test_the_only_connections_go_to_the_configured_server(
    small_plan: Store, server: Server
) -> None:
    global _CONNECTIONS
    _CONNECTIONS = []
    try:
        connect(small_plan, server.url, "rep")
        sync(small_plan)
        disconnect(small_plan, remove_events=True)
        seen = list(_CONNECTIONS)
    finally:
        _CONNECTIONS = None
    assert seen
    assert {tuple(address[:2]) for address in seen} == {("127.0.0.1", server.port)}


def test_a_build_without_the_caldav_libraries_says_so(
    small_plan: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.interchange.calendar_sync.account import CalendarError

    monkeypatch.setitem(sys.modules, "caldav", None)  # as in the app bundle, which leaves it out
    with pytest.raises(CalendarError, match="built without calendar server support"):
        connect(small_plan, "http://127.0.0.1:9/", "rep")
    assert status(small_plan).connected is False
