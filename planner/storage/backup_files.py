"""Backup files by name: what a backup is called, finding a plan's backups, and rotating them."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage.folders import BACKUP_FOLDER_NAME
from planner.storage.plan_backups import folder_for_path

_STAMP = "%Y%m%dT%H%M%S%fZ"
_STAMP_PATTERN = r"\d{8}T\d{12}Z"


class Reason(StrEnum):
    """Why a backup was made; it is part of the file's name."""

    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_MIGRATION = "before-migration"
    BEFORE_IMPORT = "before-import"
    BEFORE_RESTORE = "before-restore"


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file of a database, with when and why it was made."""

    path: Path
    db_name: str
    made_at: datetime
    reason: Reason

    def describe(self) -> str:
        """The file and when it was made (local time), for messages."""
        local = self.made_at.astimezone()
        return QT_TRANSLATE_NOOP("Errors", "{path} (from {when})").format(
            path=self.path, when=f"{local:%Y-%m-%d %H:%M}"
        )


def default_folder(data_dir: Path) -> Path:
    """Where backups live: a `backups` folder inside the user data folder."""
    return data_dir / BACKUP_FOLDER_NAME


def _name_pattern(db_name: str | None) -> re.Pattern[str]:
    reasons = "|".join(re.escape(r.value) for r in Reason)
    name = ".+?" if db_name is None else re.escape(db_name)
    return re.compile(rf"(?P<name>{name})\.(?P<stamp>{_STAMP_PATTERN})\.(?P<reason>{reasons})\.bak")


def backups(folder: Path, db_name: str | None) -> list[Backup]:
    """Every backup in `folder` (of the file called `db_name`, or of any name), oldest first.

    A plan's own folder (see plan_backups) holds its backups whatever the file was called.
    """
    if not folder.is_dir():
        return []
    pattern = _name_pattern(db_name)
    found = []
    for entry in folder.iterdir():
        match = pattern.fullmatch(entry.name)
        if match and entry.is_file():
            made_at = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
            found.append(Backup(entry, match["name"], made_at, Reason(match["reason"])))
    return sorted(found, key=lambda b: (b.made_at, b.path.name))


def plan_backups(root: Path, db_path: Path) -> list[Backup]:
    """The backups of the plan at `db_path` (found by its id, or its path when it is damaged)."""
    folder = folder_for_path(root, Path(db_path))
    return [] if folder is None else backups(folder, None)


def latest_backup(folder: Path, db_name: str | None) -> Backup | None:
    """The newest backup of `db_name` (or of any name) in `folder`, if there is one."""
    found = backups(folder, db_name)
    return found[-1] if found else None


def unique_target(folder: Path, db_name: str, reason: Reason, now: datetime) -> Path:
    """A new backup's path in `folder`: named for the file, the moment and the reason."""
    moment = now.astimezone(UTC)
    while True:
        target = folder / f"{db_name}.{moment.strftime(_STAMP)}.{reason.value}.bak"
        if not target.exists():
            return target
        moment = moment.replace(microsecond=(moment.microsecond + 1) % 1_000_000)


def prune(folder: Path, db_name: str | None, keep: int) -> list[Path]:
    """Remove all but the newest `keep` backups of `db_name`; returns the removed files."""
    keep = max(1, keep)
    found = backups(folder, db_name)
    removed = []
    for old in found[:-keep]:
        with contextlib.suppress(FileNotFoundError):
            old.path.unlink()
            removed.append(old.path)
    return removed


def damaged_message(db_path: Path, folder: Path) -> str:
    """One sentence for a damaged file: what happened and which backup to restore."""
    found = plan_backups(folder, db_path)
    latest = found[-1] if found else None
    if latest is None:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is damaged and cannot be used safely; no backup of it was found in {folder}.",
        ).format(path=db_path, folder=folder)
    return QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is damaged and cannot be used safely; the latest backup is {backup}; "
        "restore it with `nurture-planner restore {file} --db {path}`.",
    ).format(path=db_path, backup=latest.describe(), file=latest.path)
