"""Which backups belong to which plan: a folder per plan id, found from the plan or its path.

Backups used to be matched by file name, so the backups of `b/planner.db` rotated away those
of `a/planner.db` and a damaged `a/planner.db` was offered b's backup. Each plan has a random
id in its meta table (`plan_id`, from migration m005_plan_id); its backups live in
`backups/<id>/`, and a small list there records the paths the plan was backed up from, so a
plan too damaged to read its id still finds its own.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from pathlib import Path

from planner.storage.identity import PLAN_ID_KEY
from planner.storage.private_files import private_folder

SOURCES_FILE = "sources.json"
_SAFE_ID = re.compile(r"[A-Za-z0-9-]{1,64}")


def plan_id_of(conn: sqlite3.Connection) -> str | None:
    """The plan's random id from its meta table, or None (an old, foreign or damaged file)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [PLAN_ID_KEY]).fetchone()
    except sqlite3.Error:
        return None
    value = row[0] if row is not None else None
    return value if isinstance(value, str) and _SAFE_ID.fullmatch(value) else None


def _folder_name(plan_id: str) -> str:
    # The id comes from the file: anything but a plain token is hashed, never used as a path.
    if _SAFE_ID.fullmatch(plan_id):
        return plan_id
    import hashlib  # only for an id that is not a plain token (OpenSSL loads with it)

    return "id-" + hashlib.sha256(plan_id.encode("utf-8", "replace")).hexdigest()[:32]


def plan_folder(root: Path, plan_id: str) -> Path:
    """Where the backups of the plan `plan_id` live inside the backups folder `root`."""
    return root / _folder_name(plan_id)


def _source_path(conn: sqlite3.Connection) -> Path | None:
    with contextlib.suppress(sqlite3.Error):
        for _seq, name, file in conn.execute("PRAGMA database_list"):
            if name == "main" and file:
                return Path(file).resolve()
    return None


def folder_for_connection(root: Path, conn: sqlite3.Connection) -> Path:
    """The plan's own backup folder (created, with the plan's path noted), or `root`."""
    plan_id = plan_id_of(conn)
    if plan_id is None:
        return root
    folder = private_folder(plan_folder(root, plan_id))
    source = _source_path(conn)
    if source is not None:
        _remember(folder, source)
    return folder


def _sources(folder: Path) -> list[str]:
    try:
        value = json.loads((folder / SOURCES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def _remember(folder: Path, source: Path) -> None:
    known = _sources(folder)
    if str(source) in known:
        return
    known.append(str(source))
    with contextlib.suppress(OSError):
        temp = folder / f".{SOURCES_FILE}.{os.getpid()}.tmp"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(known, fh)
        os.replace(temp, folder / SOURCES_FILE)


def folder_for_path(root: Path, db_path: Path) -> Path | None:
    """The backup folder of the plan at `db_path`: by the id it holds, else by its path."""
    plan_id = None
    with contextlib.suppress(sqlite3.Error, OSError, ValueError):
        if db_path.is_file():
            conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                plan_id = plan_id_of(conn)
            finally:
                conn.close()
    if plan_id is not None:
        return plan_folder(root, plan_id)
    wanted = str(db_path.resolve())
    with contextlib.suppress(OSError):
        for folder in sorted(root.iterdir()):
            if folder.is_dir() and wanted in _sources(folder):
                return folder
    return None


def into_plan_folder(backup: Path, root: Path, conn: sqlite3.Connection) -> Path:
    """Move a backup made into `root` (its plan had no id yet) into the plan's own folder."""
    if backup.parent != root:
        return backup
    folder = folder_for_connection(root, conn)
    if folder == root:
        return backup
    moved = folder / backup.name
    try:
        os.replace(backup, moved)
    except OSError:
        return backup
    return moved
