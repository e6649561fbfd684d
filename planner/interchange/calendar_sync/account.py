"""Which calendar server a plan is connected to, on this machine, and the password for it.

The connection (server, user, calendar) lives in this machine's settings keyed by the plan's
id, never in the plan file, so a plan opened from elsewhere connects nowhere. The password is
kept in the OS keychain (`keyring`), or given by NURTURE_PLANNER_CALENDAR_PASSWORD for scripts;
it is never written to a file or a log.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.interchange.calendar_sync.names import DEFAULT_CALENDAR, PASSWORD_VARIABLE
from planner.interchange.ical_export import ExportOptions
from planner.interchange.ical_files import AutoExportSetting
from planner.storage import Store
from planner.storage.identity import existing_plan_id, plan_id
from planner.storage.local_settings import local_setting, set_local_setting

SETTING = "calendar_server"


class CalendarError(PlannerError):
    """Something about the calendar server a rep can act on."""


class CalendarUnreachableError(CalendarError):
    """The server cannot be reached now; changes stay queued."""


class CalendarRefusedError(CalendarError):
    """The server refused the user name or password, or the request."""


class KeychainUnavailableError(CalendarError):
    """No OS keychain to keep the password in: the app asks for it each time it starts."""


@dataclass(frozen=True, slots=True)
class CalendarAccount:
    """A plan's connection on this machine: server, user, the calendar's address and name.

    `options` are the export options that decide what is published (as for export-ics).
    """

    url: str
    user: str
    calendar_url: str
    calendar_name: str
    options: ExportOptions = field(default_factory=ExportOptions)

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "user": self.user,
            "calendar_url": self.calendar_url,
            "calendar_name": self.calendar_name,
            "options": AutoExportSetting(options=self.options).to_json(),
        }

    @classmethod
    def from_json(cls, value: object) -> CalendarAccount | None:
        """The account from its stored JSON, or None when it is missing or unreadable."""
        if not isinstance(value, dict):
            return None
        try:
            return cls(
                url=str(value["url"]),
                user=str(value.get("user") or ""),
                calendar_url=str(value["calendar_url"]),
                calendar_name=str(value.get("calendar_name") or DEFAULT_CALENDAR),
                options=AutoExportSetting.from_json(value.get("options")).options,
            )
        except (KeyError, TypeError, ValueError):
            return None

    @property
    def server(self) -> str:
        """scheme://host[:port] of the server: the only place the app ever connects to."""
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}"


def read_account(store: Store) -> CalendarAccount | None:
    """This machine's calendar connection for the plan, or None (reading never writes)."""
    key = existing_plan_id(store.db)
    if key is None:
        return None
    return CalendarAccount.from_json(local_setting(key, SETTING, None))


def write_account(store: Store, account: CalendarAccount | None) -> None:
    """Keep (or with None forget) the connection in this machine's settings for the plan."""
    set_local_setting(plan_id(store.db), SETTING, None if account is None else account.to_json())


def check_url(url: str) -> str:
    """The server address, checked: https anywhere, plain http only to this machine.

    Raises ValidationError with a plain message otherwise.
    """
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{url!r} is not a server address; it starts with https://."
            ).format(url=text)
        )
    if parts.username or parts.password:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Give the user name separately, not inside the server address."
            )
        )
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The calendar server at {host} is reached without encryption (http); "
                "use its https:// address (plain http is only for this computer).",
            ).format(host=parts.hostname)
        )
    return text if text.endswith("/") else text + "/"


def is_loopback(host: str) -> bool:
    """True for this machine's own addresses (localhost, 127.0.0.0/8, ::1)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# The password.


def keychain_service(store_plan_id: str, url: str, user: str) -> tuple[str, str]:
    """The keychain entry for a plan's password: one per plan, server and user."""
    parts = urlsplit(url)
    return f"Nurture Planner calendar {store_plan_id}", f"{user}@{parts.netloc}"


def read_password(store: Store, account: CalendarAccount) -> str | None:
    """The password: the environment variable first, else the keychain; None when neither."""
    given = os.environ.get(PASSWORD_VARIABLE)
    if given is not None:
        return given
    key = existing_plan_id(store.db)
    if key is None:
        return None
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    service, name = keychain_service(key, account.url, account.user)
    try:
        value = keyring.get_password(service, name)
    except (KeyringError, RuntimeError):
        return None
    return value


def keep_password(store: Store, account: CalendarAccount, password: str) -> None:
    """Put the password into the OS keychain; KeychainUnavailableError when there is none."""
    service, name = keychain_service(plan_id(store.db), account.url, account.user)
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(service, name, password)
    except (ImportError, KeyringError, RuntimeError):
        raise KeychainUnavailableError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no keychain on this computer to keep the calendar password in; "
                "it is asked for again next time (or set {variable}).",
            ).format(variable=PASSWORD_VARIABLE)
        ) from None


def forget_password(store: Store, account: CalendarAccount) -> None:
    """Remove the password from the OS keychain (nothing happens when it is not there)."""
    key = existing_plan_id(store.db)
    if key is None:
        return
    service, name = keychain_service(key, account.url, account.user)
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.delete_password(service, name)
    except (ImportError, KeyringError, RuntimeError):
        return


__all__ = ["DEFAULT_CALENDAR", "PASSWORD_VARIABLE"]
