"""Private folders (0700) and files (0600) whatever the umask, written without following links."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage.temp_files import PART_SUFFIX, clean_orphans

FOLDER_MODE = 0o700
FILE_MODE = 0o600
# O_NOFOLLOW is POSIX; elsewhere O_EXCL on a fresh random name is what keeps links out.
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def private_folder(folder: Path) -> Path:
    """Create `folder` (and missing parents) readable by the owner only; returns it.

    Folders this call creates get mode 0700 even under `umask 000` (mkdir's mode is masked,
    so it is set again). An existing folder is left as the rep set it up.
    """
    folder = Path(folder)
    missing: list[Path] = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for created in reversed(missing):
        with contextlib.suppress(FileExistsError):
            created.mkdir(mode=FOLDER_MODE)
            os.chmod(created, FOLDER_MODE)
    return folder


def write_private_file(path: Path, data: bytes) -> None:
    """Replace `path` with `data` (mode 0600) so a reader sees the old file or the new one.

    The temporary file (`.<name>.<pid>.<random>.part`) is created exclusively (O_EXCL,
    O_NOFOLLOW) in the target's own folder, so a planted symlink is never followed; it is
    renamed over `path`.
    Raises OSError; callers turn it into their own message.
    """
    path = Path(path)
    private_folder(path.parent)
    # Named with the process id, so the next write can tell a killed writer's file (removed
    # here) from one another process is writing now.
    clean_orphans(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(8).hex()}{PART_SUFFIX}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as fh:
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), FILE_MODE)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def make_private(path: Path) -> None:
    """Set a file the app made (a lock, a settings file) to 0600; missing files are skipped."""
    with contextlib.suppress(OSError):
        if not Path(path).is_symlink():
            os.chmod(path, FILE_MODE)


def _is_temporary(path: Path) -> bool:
    return path.name.startswith(".") and path.suffix in (".tmp", ".part")


def plain_os_error(error: OSError, path: Path | str | None = None) -> str:
    """One plain sentence for an OSError: which file or folder, and what is wrong with it.

    Says whether the folder cannot be written, the file is read-only, the disk is full or the
    folder does not exist — never the raw "[Errno …]" text or a temporary file's name.
    """
    where = Path(path) if path is not None else None
    if where is None and isinstance(error.filename, str):
        where = Path(error.filename)
        if _is_temporary(where):  # the rep never named it: speak of its folder
            where = where.parent / "…"
    target = str(where) if where is not None else "?"
    folder = str(where.parent) if where is not None else "?"
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return QT_TRANSLATE_NOOP(
            "Errors", "The disk is full: {file} was not written; free some space and try again."
        ).format(file=target)
    if code == errno.EROFS:
        return QT_TRANSLATE_NOOP(
            "Errors", "{folder} is on a read-only disk: {file} was not written."
        ).format(folder=folder, file=target)
    if code in (errno.EACCES, errno.EPERM):
        if where is not None and where.is_file() and not os.access(where, os.W_OK):
            return QT_TRANSLATE_NOOP(
                "Errors", "{file} is read-only; change its permissions or choose another file."
            ).format(file=target)
        return QT_TRANSLATE_NOOP(
            "Errors", "The folder {folder} is not writable; choose another folder."
        ).format(folder=folder)
    if code == errno.ENOENT:
        return QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist.").format(
            folder=folder
        )
    if code == errno.EISDIR:
        return QT_TRANSLATE_NOOP("Errors", "{file} is a folder, not a file.").format(file=target)
    if code == errno.ENOTDIR:
        return QT_TRANSLATE_NOOP("Errors", "Part of {file} is a file, not a folder.").format(
            file=target
        )
    if code == errno.ENAMETOOLONG:
        return QT_TRANSLATE_NOOP("Errors", "The name {file} is too long.").format(file=target)
    reason = (error.strerror or type(error).__name__).lower()
    return QT_TRANSLATE_NOOP("Errors", "{file} could not be written ({reason}).").format(
        file=target, reason=reason
    )
