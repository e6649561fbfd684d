"""Temporary files written beside a target and renamed over it, and tidying those of killed runs.

Every all-or-nothing write (backups, restores, exports) first writes `.<name>.<pid>.<random>.part`
in the target's folder. A process killed mid-write leaves that file behind; the next write
into the same folder removes the ones whose process is gone, and never one still being written.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PART_SUFFIX = ".part"
_SIDE_FILES = ("", "-wal", "-shm", "-journal")


def make_temp(target: Path) -> tuple[int, Path]:
    """An open, new, private (0600) temporary file beside `target`: (descriptor, path)."""
    fd, name = tempfile.mkstemp(
        prefix=f".{target.name}.{os.getpid()}.", suffix=PART_SUFFIX, dir=target.parent
    )
    os.fchmod(fd, 0o600)
    return fd, Path(name)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def clean_orphans(folder: Path) -> list[Path]:
    """Remove temporary files left in `folder` by processes that no longer run."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in folder.glob(f".*{PART_SUFFIX}"):
            parts = entry.name[: -len(PART_SUFFIX)].rsplit(".", 2)
            if len(parts) != 3 or not parts[1].isdigit() or _alive(int(parts[1])):
                continue
            for suffix in _SIDE_FILES:
                with contextlib.suppress(OSError):
                    entry.with_name(entry.name + suffix).unlink()
            removed.append(entry)
    return removed
