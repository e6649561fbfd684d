"""Looking at a calendar server before connecting: its calendars, or why it cannot be used.

Blocking (run it off the GUI thread). Failures come back as plain CalendarErrors that say which
of the rep's problems it is: unreachable, a refused password, not a calendar server, a
certificate that does not verify, or plain http to another computer.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

from planner.domain.text import QT_TRANSLATE_NOOP
from planner.interchange.calendar_sync.account import (
    CalendarError,
    CalendarUnreachableError,
    check_url,
)
from planner.interchange.calendar_sync.connection import open_client, server_errors


class CertificateError(CalendarUnreachableError):
    """The server's https certificate does not verify against this computer's certificates."""


class NotCalendarServerError(CalendarError):
    """Something answers at the address, but it is not a CalDAV calendar server."""


_CERTIFICATE = QT_TRANSLATE_NOOP(
    "Errors",
    "The certificate of {server} could not be verified (it may be self-signed or expired); "
    "the connection was not trusted.",
)
_NOT_CALDAV = QT_TRANSLATE_NOOP(
    "Errors",
    "{server} answers, but it is not a calendar (CalDAV) server; check the address "
    "(your provider names it, e.g. https://cloud.example.com/remote.php/dav/).",
)


@dataclass(frozen=True, slots=True)
class ServerCalendar:
    """One calendar on the server: its address and its name."""

    url: str
    name: str


def _is_certificate_problem(failure: BaseException | None) -> bool:
    seen = 0
    while failure is not None and seen < 10:
        text = f"{type(failure).__name__} {failure}"
        if "CERTIFICATE" in text.upper() or "SSLCertVerification" in text:
            return True
        failure = failure.__cause__ or failure.__context__
        seen += 1
    return False


@contextlib.contextmanager
def plain_failures(server: str) -> Iterator[None]:
    """As `server_errors`, telling certificate problems and non-CalDAV servers apart."""
    try:
        from caldav.lib import error as dav_error
    except ImportError:
        with server_errors(server):  # says "built without calendar support"
            yield
        return
    try:
        with server_errors(server):
            try:
                yield
            except dav_error.AuthorizationError:
                raise
            except dav_error.DAVError:
                raise NotCalendarServerError(_NOT_CALDAV.format(server=server)) from None
    except CalendarUnreachableError as failure:
        if _is_certificate_problem(failure):
            raise CertificateError(_CERTIFICATE.format(server=server)) from None
        if isinstance(failure.__cause__, ValueError):
            # An answer that is not WebDAV XML at all: a web page, not a calendar server.
            raise NotCalendarServerError(_NOT_CALDAV.format(server=server)) from None
        raise


def list_calendars(url: str, user: str = "", password: str | None = None) -> list[ServerCalendar]:
    """The calendars the user has on the server at `url` (checked: https, or http to loopback).

    Raises ValidationError for an address that is not allowed, or a CalendarError saying
    plainly why the server cannot be used.
    """
    checked = check_url(url)
    server = _server_of(checked)
    client = open_client(checked, user, password)
    with plain_failures(server), contextlib.closing(client):
        found = [
            ServerCalendar(str(calendar.url), calendar.get_display_name() or "")
            for calendar in client.principal().calendars()
        ]
    return sorted(found, key=lambda c: (c.name.casefold(), c.url))


def _server_of(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
