"""Public holiday tables kept on disk per release of the holidays package, country and year.

Importing the holidays package loads every country it knows (several hundred modules), which
takes longer than the rest of the start to the painted week. The table of one country and year
never changes within a release, so it is read from the user's cache folder after the first
computation. Without a readable cache (a frozen bundle without package metadata, a read-only
folder) the table is simply computed.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from platformdirs import user_cache_path

from planner import APP_SLUG

Table = dict[date, str]


def cached_table(code: str, year: int, compute: Callable[[], Table]) -> Table:
    """The holidays of `code` in `year`: from the cache this release wrote, else computed."""
    path = _cache_file(code, year)
    if path is not None:
        with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
            stored = json.loads(path.read_text(encoding="utf-8"))
            return {date.fromisoformat(day): str(name) for day, name in stored.items()}
    table = compute()
    if path is not None:
        # Written aside and renamed: a second process never reads half a file.
        with contextlib.suppress(OSError):
            _private_folders(path.parent)
            partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
            text = json.dumps({day.isoformat(): name for day, name in table.items()})
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                file.write(text)
            os.replace(partial, path)
    return table


def _private_folders(folder: Path) -> None:
    """`folder` and its missing parents, made readable by the user alone (0700)."""
    missing: list[Path] = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for made in reversed(missing):
        made.mkdir(mode=0o700)
        os.chmod(made, 0o700)  # whatever the umask


def _cache_file(code: str, year: int) -> Path | None:
    release = _release()
    if release is None or not code.replace("-", "").isalnum():
        return None
    return user_cache_path(APP_SLUG, appauthor=False) / "holidays" / f"{release}-{code}-{year}.json"


@lru_cache(maxsize=1)
def _release() -> str | None:
    """The installed release of the holidays package ("0.109"), found without importing it."""
    try:
        spec = find_spec("holidays")
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    site = Path(spec.origin).parent.parent
    with contextlib.suppress(OSError), os.scandir(site) as entries:
        for entry in entries:
            name = entry.name
            if name.startswith("holidays-") and name.endswith(".dist-info"):
                return name.removeprefix("holidays-").removesuffix(".dist-info")
    return None
