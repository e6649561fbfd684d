"""Calendar files on disk: written whole or not at all, once or kept up to date (auto-export)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from planner.domain.errors import ValidationError
from planner.domain.model import Channel, CompanyKind
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.interchange.export_target import (
    needs_confirmation,
    replace_refused,
    writable_problem,
)
from planner.interchange.ical_cache import render_plan
from planner.interchange.ical_export import (
    AUTO_EXPORT_SETTING,
    DEFAULT_CALENDAR_NAME,
    DEFAULT_WEEKS_AHEAD,
    ExportOptions,
    ExportWriteError,
    TierLookup,
)
from planner.storage import Store
from planner.storage.identity import existing_plan_id, plan_id
from planner.storage.local_settings import local_setting, set_local_setting
from planner.storage.private_files import plain_os_error
from planner.storage.temp_files import clean_orphans, make_temp

_T = TypeVar("_T")


# Writing files.


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a reader sees the old file or the new one, never half.

    The data goes to a temporary file in the same folder (mode 0600), is flushed to disk and
    renamed over the target. Raises ExportWriteError with a one-line message on failure.
    """
    path = Path(path)
    folder = path.parent
    problem = writable_problem(path)  # never a device, a special file or a folder
    if problem is not None:
        raise ExportWriteError(problem)
    tmp_name: str | None = None
    try:
        clean_orphans(folder)  # left by an export that was killed
        fd, tmp_path = make_temp(path)
        tmp_name = str(tmp_path)
        with os.fdopen(fd, "wb") as fh:
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), 0o600)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_folder(folder)
    except OSError as error:
        # Plain words (which folder, read-only, disk full), never the temporary file's name.
        raise ExportWriteError(plain_os_error(error, path)) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def export_to_file(
    store: Store,
    path: Path,
    options: ExportOptions,
    today: date,
    now: datetime,
    tier_of: TierLookup | None = None,
    *,
    replace: bool = False,
) -> int:
    """Write the selected plan to `path` atomically; returns how many events were written.

    A file that is not an earlier export of this plan is replaced only when `replace` says
    the rep agreed; otherwise a ValidationError says so and nothing is written.
    """
    if not replace and needs_confirmation(Path(path), store.database_id):
        raise replace_refused(Path(path))
    data, count = render_plan(store, options, today, now, tier_of)
    write_atomically(path, data)
    return count


# Auto-export: one file kept up to date for calendars that subscribe to it.


@dataclass(frozen=True, slots=True)
class AutoExportSetting:
    """Whether the plan is kept in a file, where, and with which options.

    The range always rolls with today (overdue plus `options.weeks_ahead` weeks), so fixed
    first/last dates of the options are not kept.
    """

    enabled: bool = False
    path: Path | None = None
    options: ExportOptions = field(default_factory=ExportOptions)

    def to_json(self) -> dict[str, Any]:
        o = self.options
        return {
            "enabled": self.enabled,
            "path": None if self.path is None else str(self.path),
            "kinds": None if o.kinds is None else sorted(str(k) for k in o.kinds),
            "tiers": None if o.tiers is None else sorted(o.tiers),
            "channels": None if o.channels is None else sorted(str(c) for c in o.channels),
            "include_done": o.include_done,
            "alarm_minutes": o.alarm_minutes,
            "calendar_name": o.calendar_name,
            "weeks_ahead": o.weeks_ahead,
        }

    @classmethod
    def from_json(cls, value: object) -> AutoExportSetting:
        """The setting from its stored JSON; anything unreadable gives the disabled default."""
        if not isinstance(value, Mapping):
            return cls()
        try:
            path = value.get("path")
            alarm = value.get("alarm_minutes")
            options = ExportOptions(
                kinds=_optional_set(value.get("kinds"), CompanyKind),
                tiers=_optional_set(value.get("tiers"), str),
                channels=_optional_set(value.get("channels"), Channel),
                include_done=bool(value.get("include_done", False)),
                alarm_minutes=None if alarm is None else int(alarm),
                calendar_name=str(value.get("calendar_name") or DEFAULT_CALENDAR_NAME),
                weeks_ahead=int(value.get("weeks_ahead", DEFAULT_WEEKS_AHEAD)),
            )
            return cls(
                enabled=bool(value.get("enabled", False)),
                path=Path(path) if isinstance(path, str) and path else None,
                options=options,
            )
        except (TypeError, ValueError, ValidationError):
            return cls()


def _optional_set(values: object, cls: Callable[[str], _T]) -> frozenset[_T] | None:
    if values is None:
        return None
    if not isinstance(values, list):
        raise TypeError("expected a list")
    return frozenset(cls(str(v)) for v in values)


def read_auto_export_setting(store: Store) -> AutoExportSetting:
    """This machine's auto-export setting for the plan; a plan file's own copy is ignored."""
    key = existing_plan_id(store.db)  # reading never writes the plan file
    if key is None:
        return AutoExportSetting()
    return AutoExportSetting.from_json(local_setting(key, AUTO_EXPORT_SETTING, None))


def write_auto_export_setting(store: Store, setting: AutoExportSetting) -> None:
    """Keep the setting in this machine's settings for the plan, never in the plan file."""
    if setting.enabled and setting.path is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose a file for the automatic calendar export.")
        )
    set_local_setting(plan_id(store.db), AUTO_EXPORT_SETTING, setting.to_json())


def auto_export(
    store: Store,
    path: Path,
    options: ExportOptions,
    today: date,
    now: datetime,
    tier_of: TierLookup | None = None,
    *,
    confirmed: bool = False,
) -> bool:
    """Bring `path` up to date with the plan; True when it was (re)written.

    An unchanged file is left alone (no churn for subscribers); a file that is not an earlier
    export of this plan is never replaced (the rep confirms that once, by `confirmed`).
    """
    path = Path(path)
    if not confirmed and needs_confirmation(path, store.database_id):
        raise replace_refused(path)
    data, _ = render_plan(store, options, today, now, tier_of)
    with contextlib.suppress(OSError):
        if path.read_bytes() == data:
            return False
    write_atomically(path, data)
    return True


def run_auto_export(
    store: Store, today: date, now: datetime, tier_of: TierLookup | None = None
) -> bool:
    """Run the auto-export the plan's setting asks for; False when it is off or nothing changed."""
    setting = read_auto_export_setting(store)
    if not setting.enabled or setting.path is None:
        return False
    return auto_export(store, setting.path, setting.options, today, now, tier_of)
