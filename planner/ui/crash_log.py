"""The crash log file: a private, rotating log in the user log folder, made on the first report."""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from planner.storage.private_files import private_folder

MAX_LOG_BYTES = 512 * 1024
LOG_BACKUPS = 3
_LOGGER_NAME = "planner.crash"


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files are created readable by the owner only (0600)."""

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)
        return os.fdopen(fd, self.mode.replace("w", "a"), encoding=self.encoding)


def crash_logger(path: Path) -> logging.Logger:
    """The logger that writes crash reports to the file at `path` (its folder 0700, files 0600)."""
    private_folder(path.parent)  # its missing parents too: 0700 whatever the umask
    logger = logging.getLogger(f"{_LOGGER_NAME}.{path}")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    if not logger.handlers:
        handler = PrivateRotatingFileHandler(
            path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    return logger
