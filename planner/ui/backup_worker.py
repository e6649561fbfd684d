"""The day's backup and its integrity check, run off the GUI thread when a plan is opened."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from planner.domain.errors import StorageError
from planner.domain.timing import Clock
from planner.storage.backup_beside import daily_backup_beside
from planner.storage.folders import Folders


class _Relay(QObject):
    """Lives in the GUI thread; what the pool's thread emits arrives there queued."""

    failed = Signal(object)  # StorageError
    done = Signal()


class _Run(QRunnable):
    def __init__(self, path: Path, clock: Clock, folders: Folders | None, relay: _Relay) -> None:
        super().__init__()
        self._path = path
        self._clock = clock
        self._folders = folders
        self._relay = relay

    def run(self) -> None:
        try:
            daily_backup_beside(self._path, self._clock, folders=self._folders)
        except StorageError as error:
            self._relay.failed.emit(error)
        except Exception:  # a bug: the crash handler logs it; the plan stays usable
            sys.excepthook(*sys.exc_info())
        self._relay.done.emit()


class DailyBackupWorker(QObject):
    """Takes the plan's daily backup (quick check first) on a thread with its own connection.

    `failed` carries the StorageError when the backup was not made (a damaged file, a full
    disk …); `finished` follows in every case. `wait` blocks until the work is over, for
    closing the plan.
    """

    failed = Signal(object)  # StorageError
    finished = Signal()

    def __init__(
        self,
        path: Path,
        clock: Clock,
        folders: Folders | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.failed.connect(self.failed)
        self._relay.done.connect(self.finished)
        self._pool.start(_Run(path, clock, folders, self._relay))

    def wait(self) -> None:
        """Block until the backup is over (it reads the file; the plan is being put away)."""
        self._pool.waitForDone()
