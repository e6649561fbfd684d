"""`nurture-planner calendar ...` against a real Radicale, as a script would use it."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from planner.cli import main
from tests.unit.interchange.calendar_sync.conftest import PASSWORD_VARIABLE, Server

TODAY = "2026-11-23"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_connect_sync_status_disconnect(
    tmp_path: Path,
    servers: Any,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server: Server = servers("radicale", password="app-pass-1")
    common = ["--db", str(tmp_path / "plan.db"), "--today", TODAY]
    assert _run(["demo", *common], capsys)[0] == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("app-pass-1\n"))
    code, out, _ = _run(
        ["calendar", "connect", server.url, "--user", "rep", "--password-stdin", *common], capsys
    )
    assert code == 0
    assert "'Nurture plan' (created)" in out
    monkeypatch.setenv(PASSWORD_VARIABLE, "app-pass-1")
    code, out, _ = _run(["calendar", "sync", "--json", *common], capsys)
    assert code == 0
    first = json.loads(out)
    assert first["pushed"] > 50
    assert first["waiting"] == 0
    code, out, _ = _run(["calendar", "sync", "--json", *common], capsys)
    assert json.loads(out)["pushed"] == 0
    code, out, _ = _run(["calendar", "status", "--json", *common], capsys)
    state = json.loads(out)
    assert state["connected"] is True
    assert state["published"] == first["pushed"]
    assert "app-pass-1" not in out
    # Offline: the change waits, exit 1, a plain message.
    add = ["touch", "add", *common, "--company", "Beacon Polymers Ltd", "--date", TODAY]
    add += ["--channel", "call"]
    assert _run(add, capsys)[0] == 0
    server.stop()
    code, _, err = _run(["calendar", "sync", *common], capsys)
    assert code == 1
    assert "cannot be reached" in err
    assert "change(s) wait" in err
    server.start()
    code, out, _ = _run(["calendar", "sync", "--json", *common], capsys)
    assert json.loads(out)["waiting"] == 0
    code, out, _ = _run(["calendar", "disconnect", "--remove-events", *common], capsys)
    assert code == 0
    assert f"removed {state['published'] + 1} event(s)" in out  # with the one added offline
    code, out, _ = _run(["calendar", "status", *common], capsys)
    assert "No calendar server is connected" in out


def test_connect_refuses_plain_http_elsewhere_and_a_wrong_password(
    tmp_path: Path,
    servers: Any,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    common = ["--db", str(tmp_path / "plan.db"), "--today", TODAY]
    assert _run(["demo", *common], capsys)[0] == 0
    code, _, err = _run(["calendar", "connect", "http://calendar.example.com/", *common], capsys)
    assert code == 1
    assert "without encryption" in err
    server: Server = servers("radicale", password="right")
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    code, _, err = _run(
        ["calendar", "connect", server.url, "--user", "rep", "--password-stdin", *common], capsys
    )
    assert code == 1
    assert "refused the user name or password" in err
    assert "Traceback" not in err
