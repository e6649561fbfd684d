"""What the planner knows about a plan file between runs: its clean close, its window's lock."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path


def _file_stamp(path: Path) -> list[int] | None:
    """Size, modification time and inode of the file, or None when its WAL holds changes."""
    try:
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def _clean_closes(record: Path) -> dict[str, list[int]]:
    try:
        value = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        value = {}
    return value if isinstance(value, dict) else {}


def was_closed_cleanly(path: Path, record: Path) -> bool:
    """True when `path` is unchanged since `remember_clean_close` wrote it into `record`."""
    stamp = _file_stamp(path)
    return stamp is not None and _clean_closes(record).get(str(path.resolve())) == stamp


def needs_check(path: Path, clean_closes: Path) -> bool:
    """Whether opening the file at `path` to write reads it whole first: it is there and was
    not closed cleanly (`clean_closes` is the record; planner.storage.unclean_check checks)."""
    return path.is_file() and not was_closed_cleanly(path, clean_closes)


def remember_clean_close(path: Path, record: Path) -> None:
    """Record in `record` that the file was closed cleanly (call after closing it): the next
    open skips the full integrity check while nothing else has touched the file."""
    # Here, not at the top: a read that only asks `was_closed_cleanly` writes no file.
    from planner.storage.private_files import write_private_file

    stamp = _file_stamp(path)
    if stamp is None:
        return
    known = _clean_closes(record)
    key = str(path.resolve())
    known.pop(key, None)  # re-inserted last: the record keeps the most recent closes
    known[key] = stamp
    known = _kept(known)
    with contextlib.suppress(OSError):
        # Private (0600 in a 0700 folder), through an exclusive temporary file: never a link.
        write_private_file(record, json.dumps(known).encode("utf-8"))


# Files a rep keeps closing: the plan, demos, backups opened once. Older ones lose only the
# quick open (their next open runs the full check), so the record stays a few kilobytes.
KEPT_CLEAN_CLOSES = 64


def _kept(known: dict[str, list[int]]) -> dict[str, list[int]]:
    """The record without files that are gone, and without the oldest beyond the limit."""
    present = {name: stamp for name, stamp in known.items() if os.path.exists(name)}
    return dict(list(present.items())[-KEPT_CLEAN_CLOSES:])


def instance_lock_path(db_path: Path) -> Path:
    """The lock file a running Nurture Planner window keeps next to the database it has open."""
    return db_path.with_name(f"{db_path.name}.lock")


def open_in_running_app(db_path: Path) -> bool:
    """Whether a live Nurture Planner window holds the lock file of `db_path`."""
    lock = instance_lock_path(db_path)
    try:
        first = lock.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0]
        pid = int(first.strip())
    except (OSError, ValueError):
        return False
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True
