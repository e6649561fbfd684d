"""The day's backup taken beside the writer, through a read-only connection of its own."""

from __future__ import annotations

from pathlib import Path

from planner.domain.errors import StorageError
from planner.domain.timing import Clock
from planner.storage.backup import daily_backup
from planner.storage.backup_files import Backup
from planner.storage.folders import Folders
from planner.storage.private_files import plain_os_error
from planner.storage.reader import open_reader
from planner.storage.store import Store


def daily_backup_beside(
    path: Path, clock: Clock, folder: Path | None = None, *, folders: Folders | None = None
) -> Backup | None:
    """`daily_backup` of the plan file at `path`, read on the calling thread's own connection.

    The check and the copy read a consistent snapshot (WAL), so the writer's window stays
    free meanwhile. Raises what `daily_backup` raises (a damaged file names its latest
    backup), and a StorageError in plain words when the backups folder cannot be written.
    """
    reader = open_reader(path, clock)
    try:
        # The reader's connection under the plan's path: the backup is named after the file.
        return daily_backup(Store(reader.db, clock, path, folders=folders), folder)
    except OSError as error:
        raise StorageError(plain_os_error(error)) from error
    finally:
        reader.db.close()
