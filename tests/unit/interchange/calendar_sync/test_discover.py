"""Looking at a server before connecting: its calendars, or a plain reason it cannot be used."""

from __future__ import annotations

import http.server
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from planner.domain.errors import ValidationError
from planner.interchange.calendar_sync.account import (
    CalendarRefusedError,
    CalendarUnreachableError,
)
from planner.interchange.calendar_sync.discover import (
    CertificateError,
    NotCalendarServerError,
    list_calendars,
)
from planner.interchange.calendar_sync.sync import connect
from planner.storage import Store
from tests.unit.interchange.calendar_sync.conftest import Server, _free_port


def test_the_calendars_of_the_server_are_listed(small_plan: Store, server: Server) -> None:
    assert list_calendars(server.url, "rep") == []
    connect(small_plan, server.url, "rep", calendar_name="Nurture plan")
    (found,) = list_calendars(server.url, "rep")
    assert found.name == "Nurture plan"
    assert found.url.startswith(server.url)


def test_a_wrong_password_is_refused_in_plain_words(servers: Any) -> None:
    server: Server = servers("radicale", password="right horse")
    with pytest.raises(CalendarRefusedError, match="refused the user name or password"):
        list_calendars(server.url, "rep", "wrong horse")
    assert list_calendars(server.url, "rep", "right horse") == []


def test_nothing_listening_is_unreachable() -> None:
    url = f"http://127.0.0.1:{_free_port()}/"
    with pytest.raises(CalendarUnreachableError, match="cannot be reached"):
        list_calendars(url, "rep")


def test_plain_http_to_another_computer_is_refused_before_any_connection() -> None:
    with pytest.raises(ValidationError, match="without encryption"):
        list_calendars("http://dav.example.com/", "rep")


@pytest.fixture
def web_server(tmp_path: Path) -> Iterator[http.server.ThreadingHTTPServer]:
    """A plain web server (files, no WebDAV) on a free port."""
    (tmp_path / "index.html").write_text("<html><body>Hello</body></html>", encoding="utf-8")

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, *args: Any) -> None:
            return

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_a_web_server_that_is_no_calendar_server_says_so(
    web_server: http.server.ThreadingHTTPServer,
) -> None:
    url = f"http://127.0.0.1:{web_server.server_address[1]}/"
    with pytest.raises(NotCalendarServerError, match="not a calendar"):
        list_calendars(url, "rep")


def test_a_self_signed_certificate_is_not_trusted(
    web_server: http.server.ThreadingHTTPServer, tmp_path: Path
) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("openssl makes the test certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    web_server.socket = context.wrap_socket(web_server.socket, server_side=True)
    url = f"https://localhost:{web_server.server_address[1]}/"
    with pytest.raises(CertificateError, match="certificate"):
        list_calendars(url, "rep")
