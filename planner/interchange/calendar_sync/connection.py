"""Talking to the calendar server with the `caldav` library: clients, calendars, plain errors.

Every request goes to the configured server only; https is verified against the system's
certificate store; the library is imported only here, and only while a calendar is connected.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from planner.domain.text import QT_TRANSLATE_NOOP
from planner.interchange.calendar_sync.account import (
    CalendarAccount,
    CalendarError,
    CalendarRefusedError,
    CalendarUnreachableError,
    check_url,
)

TIMEOUT_SECONDS = 20
_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Errors", "The calendar server at {server} cannot be reached; changes wait until it can."
)
_REFUSED = QT_TRANSLATE_NOOP(
    "Errors", "The calendar server at {server} refused the user name or password."
)
_NOT_BUILT_IN = QT_TRANSLATE_NOOP(
    "Errors",
    "This copy of the app was built without calendar server support; export a calendar file.",
)
_FAILED = QT_TRANSLATE_NOOP(
    "Errors", "The calendar server at {server} answered with an error ({what})."
)


def _system_certificates() -> bool | str:
    """The system's CA bundle (rather than a bundled copy), where the platform names one."""
    import ssl  # here, not at the top: the app bundle has no TLS module

    paths = ssl.get_default_verify_paths()
    for candidate in (paths.cafile, paths.openssl_cafile):
        if candidate and Path(candidate).is_file():
            return candidate
    return True


@contextlib.contextmanager
def server_errors(server: str) -> Iterator[None]:
    """Turn the library's and the network's failures into one plain CalendarError."""
    try:
        from caldav.lib import error as dav_error
    except ImportError:
        raise CalendarError(_NOT_BUILT_IN) from None

    try:
        yield
    except CalendarError:
        raise
    except dav_error.AuthorizationError:
        raise CalendarRefusedError(_REFUSED.format(server=server)) from None
    except dav_error.DAVError as failure:
        what = type(failure).__name__.removesuffix("Error") or "DAV"
        raise CalendarError(_FAILED.format(server=server, what=what)) from None
    except (OSError, ValueError) as failure:
        # niquests/urllib3 connection errors derive from OSError (ConnectionError) or
        # IOError; a malformed answer surfaces as ValueError.
        raise CalendarUnreachableError(_UNREACHABLE.format(server=server)) from failure


def open_client(url: str, user: str, password: str | None) -> Any:
    """A caldav DAVClient for `url` (checked), without DNS service discovery of other hosts."""
    try:
        from caldav import DAVClient
    except ImportError:  # a build without the CalDAV libraries
        raise CalendarError(_NOT_BUILT_IN) from None

    client: Any = DAVClient
    return client(
        url=check_url(url),
        username=user or None,
        # A user without a password still signs in (servers that ask for none want the name).
        password=password if password else ("" if user else None),
        timeout=TIMEOUT_SECONDS,
        ssl_verify_cert=_system_certificates(),
        enable_rfc6764=False,
    )


def url_path(url: object) -> str:
    """The path of an address, unquoted: how the plan compares the server's hrefs."""
    return unquote(urlsplit(str(url)).path)


@dataclass(frozen=True, slots=True)
class FoundCalendar:
    """The calendar chosen on the server, and whether it was created for the plan."""

    url: str
    name: str
    created: bool


def find_or_create_calendar(client: Any, url: str, name: str) -> FoundCalendar:
    """The calendar at `url` when it is one, else the one called `name`, else a new one."""
    server = _server_of(url)
    with server_errors(server), contextlib.closing(client):
        principal = client.principal()
        calendars = principal.calendars()
        wanted = url_path(url).rstrip("/")
        for calendar in calendars:
            if url_path(calendar.url).rstrip("/") == wanted:
                return FoundCalendar(str(calendar.url), calendar.get_display_name() or name, False)
        for calendar in calendars:
            if (calendar.get_display_name() or "").strip().casefold() == name.casefold():
                return FoundCalendar(str(calendar.url), name, False)
        created = principal.make_calendar(name=name)
        return FoundCalendar(str(created.url), name, True)


@contextlib.contextmanager
def open_calendar(account: CalendarAccount, password: str | None) -> Iterator[Any]:
    """The connected calendar as a caldav Calendar; its connections are closed afterwards."""
    client = open_client(account.url, account.user, password)
    try:
        yield client.calendar(url=account.calendar_url)
    finally:
        client.close()


def _server_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def object_url(calendar: Any, uid: str) -> str:
    """The stable address of a touch-point's event: the calendar's address plus its UID."""
    return str(calendar.url.join(quote(uid, safe="@-._") + ".ics"))


@dataclass(frozen=True, slots=True)
class Answer:
    """A server's answer to one object request: status, ETag and body."""

    status: int
    etag: str | None
    body: str


def request(calendar: Any, method: str, url: str, body: str = "", **headers: str) -> Answer:
    """One plain HTTP request on an object of the calendar (PUT, GET, DELETE)."""
    sent = {k.replace("_", "-"): v for k, v in headers.items()}
    if method == "PUT":
        sent["Content-Type"] = "text/calendar; charset=utf-8"
    response = calendar.client.request(url, method, body, sent)
    etag = response.headers.get("ETag") if response.headers is not None else None
    raw = response.raw if method == "GET" and response.status == 200 else ""
    return Answer(int(response.status), etag, raw)
