"""The folders the planner keeps beside its plans (backups, the record of clean closes)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from planner import paths

BACKUP_FOLDER_NAME = "backups"
CLEAN_CLOSES_NAME = "clean-closes.json"


@dataclass(frozen=True, slots=True)
class Folders:
    """Where one session keeps its backups and file-state records; handed in by the caller."""

    data: Path
    backup_dir: Path | None = None

    @property
    def backups(self) -> Path:
        """The backups folder: the one given, or `backups` inside the data folder."""
        return self.backup_dir if self.backup_dir is not None else self.data / BACKUP_FOLDER_NAME

    @property
    def clean_closes(self) -> Path:
        """The file that records which plans were closed cleanly, and how they looked then."""
        return self.data / CLEAN_CLOSES_NAME

    def with_backups(self, folder: Path | None) -> Folders:
        """These folders, with backups going to `folder` instead (None keeps them)."""
        return self if folder is None else Folders(self.data, folder)


def user_folders() -> Folders:
    """The user's own data folder (XDG), for callers that were handed no folders.

    The session and the CLI resolve the folders once and pass them in; this is the fallback
    for tools and tests that open a plan directly.
    """
    return Folders(paths.data_dir())
