"""One Nurture Planner window per plan file: a lock file beside the database, stale ones cleared."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLockFile

from planner.domain.errors import StorageError
from planner.storage.file_state import instance_lock_path
from planner.storage.private_files import make_private
from planner.ui.i18n import translate

# A window keeps its lock for as long as it runs: age alone never makes it stale; a lock whose
# process has died (on this machine) is.
_NEVER_STALE_BY_AGE = 0
_WAIT_MS = 200


def already_open_message(db_path: Path) -> str:
    return translate(
        "SingleInstance",
        "{file} is already open in another Nurture Planner window; switch to that window, "
        "or close it and try again.",
    ).format(file=db_path)


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _private(lock: QLockFile, path: Path) -> QLockFile:
    make_private(path)  # Qt creates the lock file with the umask's mode
    return lock


def acquire_instance_lock(db_path: Path) -> QLockFile | None:
    """Lock `db_path` for this window; None when another live window holds it.

    The returned QLockFile must be kept (and unlocked on exit, or left for the OS to release
    when the process ends: a lock whose process has died is cleared by the next window).
    Raises a StorageError when the lock file cannot be written at all.
    """
    lock_path = instance_lock_path(Path(db_path))
    lock = QLockFile(str(lock_path))
    lock.setStaleLockTime(_NEVER_STALE_BY_AGE)
    if lock.tryLock(_WAIT_MS):
        return _private(lock, lock_path)
    if lock.error() == QLockFile.LockError.LockFailedError:
        pid, host, _app = lock.getLockInfo()
        found = pid > 0
        import socket  # only when the plan is locked: the start loads no network module

        same_host = host in ("", socket.gethostname())
        if found and same_host and not _pid_alive(pid) and lock.removeStaleLockFile():
            return _private(lock, lock_path) if lock.tryLock(_WAIT_MS) else None
        if not found:  # an unreadable, empty or half-written lock file: nobody holds it
            lock.removeStaleLockFile()
            return _private(lock, lock_path) if lock.tryLock(_WAIT_MS) else None
        return None
    raise StorageError(
        translate(
            "SingleInstance",
            "The folder of {file} does not let Nurture Planner write its lock file; "
            "check that the folder is writable.",
        ).format(file=db_path)
    )
