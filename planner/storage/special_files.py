"""Refusing files that are not plain files (FIFOs, devices, sockets) before anything reads them."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from planner.domain.errors import StorageError
from planner.domain.text import QT_TRANSLATE_NOOP


def refuse_special_file(path: Path) -> None:
    """Raise a StorageError unless `path` is a regular file (or a link to one).

    Reading a FIFO waits for a writer forever, and /dev/null or a device is never a plan or a
    backup: each gets one sentence instead of a hang or an internal error.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be read ({error}).").format(
                path=path, error=error.strerror
            )
        ) from error
    if stat.S_ISDIR(mode):
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file.").format(path=path)
        )
    if not stat.S_ISREG(mode):
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is not a regular file (it is a pipe, a device or a socket); choose a file.",
            ).format(path=path)
        )
