"""One lock per plan file that every writer shares and a restore takes alone, and immediate writes.

SQLite's own locks serialise writers, but a restore swaps the whole file: a writer that opened
the old file and commits after the swap would write into a file nobody will read again. So each
write transaction holds a shared lock on a small side file (`<plan>.write-lock`) and checks that
the plan is still the file it opened; a restore holds the same lock exclusively while it backs
up the current plan and puts the new one in its place.

Write transactions start with BEGIN IMMEDIATE: a deferred transaction that reads first and
writes later cannot wait for the write lock (SQLite reports "locked" at once), an immediate one
waits on the busy timeout like everyone else.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from planner.domain.errors import DatabaseLockedError, StorageError
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage.db import Database

try:  # POSIX; elsewhere the app relies on SQLite's locks alone
    import fcntl
except ImportError:  # pragma: no cover - not on the platforms the tests run on
    fcntl = None  # type: ignore[assignment]

BUSY_TIMEOUT_MS = 20_000
# How long a writer waits for a restore to finish, and a restore for writers to finish.
LOCK_WAIT_SECONDS = 20.0
_POLL_SECONDS = 0.02


def write_lock_path(db_path: Path) -> Path:
    """The side file whose lock every writer of `db_path` shares."""
    return db_path.with_name(f"{db_path.name}.write-lock")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _open_lock_file(db_path: Path) -> int | None:
    if fcntl is None:
        return None
    try:
        fd = os.open(write_lock_path(db_path), os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    except OSError:  # a read-only folder: SQLite's locks still keep writers apart
        return None
    return fd


def _lock(fd: int, exclusive: bool, db_path: Path, wait: float) -> None:
    mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, mode)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise DatabaseLockedError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path} is being restored or written by another program; "
                        "try again in a moment.",
                    ).format(path=db_path)
                ) from None
            time.sleep(_POLL_SECONDS)


@contextlib.contextmanager
def exclusive_plan_lock(db_path: Path, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold the plan's lock alone: no writer commits to `db_path` meanwhile (restore)."""
    fd = _open_lock_file(Path(db_path))
    if fd is None:
        yield
        return
    try:
        _lock(fd, True, Path(db_path), wait)
        yield
    finally:
        os.close(fd)  # releases the lock


def replaced_error(db_path: Path) -> StorageError:
    """The refusal of a write to a plan file that another file has taken the place of."""
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} was replaced (a backup was restored) while it was open here; "
            "nothing was saved. Open it again.",
        ).format(path=db_path)
    )


class PlannerDatabase(Database):
    """The plan's Database whose transactions start immediately under the plan's lock."""

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(":memory:" if path is None else path)
        self.plan_path = path
        self._identity = _identity(path) if path is not None else None
        self._lock_fd: int | None = None
        # Statements outside `atomic()` that write begin immediately too.
        self.conn.isolation_level = "IMMEDIATE"

    # Transactions (`atomic()`) begin IMMEDIATE, under the plan's shared lock.
    begin_statement = "BEGIN IMMEDIATE"

    def outer_transaction_guard(self) -> contextlib.AbstractContextManager[object]:
        return self._shared_lock()

    @property
    def identity(self) -> tuple[int, int] | None:
        """The file this connection opened (device and inode); None in memory."""
        return self._identity

    @contextlib.contextmanager
    def _shared_lock(self) -> Iterator[None]:
        path = self.plan_path
        if path is None:
            yield
            return
        if self._lock_fd is None:
            self._lock_fd = _open_lock_file(path)
        fd = self._lock_fd
        if fd is None:
            yield
            return
        _lock(fd, False, path, LOCK_WAIT_SECONDS)
        try:
            if _identity(path) != self._identity:
                raise replaced_error(path)
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)

    def close(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None
        super().close()
