"""A second writing connection to a plan the app already has open, for work off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from planner.domain.errors import StorageError
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.domain.timing import Clock
from planner.storage.connection import configure
from planner.storage.errors import storage_errors
from planner.storage.folders import Folders
from planner.storage.store import Store
from planner.storage.write_lock import BUSY_TIMEOUT_MS, PlannerDatabase, replaced_error


def open_side_writer(
    path: Path,
    clock: Clock,
    folders: Folders,
    *,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    identity: tuple[int, int] | None = None,
) -> Store:
    """A Store on `path` for the calling thread, writing under the same locks as the window's.

    The window's own connection opened, checked and migrated the file; this one does none of
    that again (a check reads the whole file). A file that has vanished meanwhile is refused,
    not created anew; so is one that has taken its place (a restored backup) when `identity`
    names the file the window opened (`PlannerDatabase.identity`): the worker must not write
    into a file the window does not show. `busy_timeout_ms` is how long a write waits for
    another writer. The connection belongs to the thread that calls this; close it there
    (`Store.close`), which does not vouch for a clean close: the window's connection does that.
    """
    path = Path(path)
    if not path.is_file():
        raise StorageError(QT_TRANSLATE_NOOP("Errors", "{path} does not exist.").format(path=path))
    db: PlannerDatabase | None = None
    try:
        with storage_errors(path, folders.backups):
            db = PlannerDatabase(path)
            configure(db)
            db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            db.execute("PRAGMA schema_version").fetchone()  # fails now if it is no database
        # Each of its transactions checks that the path still names the file it opened.
        if identity is not None and db.identity != identity:
            raise replaced_error(path)
    except BaseException:
        if db is not None:
            db.close()
        raise
    return Store(db, clock, path, sound=False, folders=folders)
