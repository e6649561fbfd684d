"""A corpus of hostile and damaged plan files: mutations of the demo plan, and strangers' files.

Each entry turns a copy of the demo plan (at `path`) into a file the app must refuse with one
plain sentence, exit code 1 and no change to the file or anything beside it. Other tests feed
every entry to every command and to the GUI; add an entry with `@hostile("name")`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

Mutation = Callable[[Path], None]
CORPUS: dict[str, Mutation] = {}


def hostile(name: str) -> Callable[[Mutation], Mutation]:
    """Register a mutation of the demo plan under `name`."""

    def register(fn: Mutation) -> Mutation:
        CORPUS[name] = fn
        return fn

    return register


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _first(table: str) -> str:
    return f"(SELECT min(id) FROM {table})"


@hostile("unknown touch-point status")
def _unknown_status(path: Path) -> None:
    _sql(path, f"UPDATE touchpoints SET status = 'postponed' WHERE id = {_first('touchpoints')}")


@hostile("unknown channel")
def _unknown_channel(path: Path) -> None:
    _sql(path, "UPDATE touchpoints SET channel = 'carrier_pigeon'")


@hostile("unknown account kind")
def _unknown_kind(path: Path) -> None:
    _sql(path, f"UPDATE companies SET kind = 'enemy' WHERE id = {_first('companies')}")


@hostile("unknown contact level")
def _unknown_level(path: Path) -> None:
    _sql(path, f"UPDATE contacts SET level = 'emperor' WHERE id = {_first('contacts')}")


@hostile("number stored as text")
def _number_as_text(path: Path) -> None:
    _sql(path, "UPDATE touchpoints SET duration_minutes = 'thirty'")


@hostile("money stored as text")
def _money_as_text(path: Path) -> None:
    _sql(path, "UPDATE companies SET expected_deal_size = 'lots'")


@hostile("blob in a name")
def _blob_name(path: Path) -> None:
    _sql(path, f"UPDATE companies SET name = x'41ff42' WHERE id = {_first('companies')}")


@hostile("blob in a number")
def _blob_number(path: Path) -> None:
    _sql(path, f"UPDATE companies SET margin_percent = x'0102' WHERE id = {_first('companies')}")


@hostile("impossible day")
def _bad_day(path: Path) -> None:
    _sql(path, f"UPDATE touchpoints SET day = '2026-13-45' WHERE id = {_first('touchpoints')}")


@hostile("time that is not a time")
def _bad_time(path: Path) -> None:
    _sql(path, "UPDATE touchpoints SET time = 'noonish'")


@hostile("time zone pointing at a file")
def _bad_zone(path: Path) -> None:
    _sql(path, "UPDATE touchpoints SET tz = '../../../../etc/passwd'")


@hostile("negative duration")
def _negative_duration(path: Path) -> None:
    _sql(path, "UPDATE touchpoints SET duration_minutes = -5")


@hostile("unknown segment in a list")
def _bad_segment(path: Path) -> None:
    _sql(path, "UPDATE content_items SET segment_kinds = '[\"martians\"]'")


@hostile("list that is not JSON")
def _bad_list(path: Path) -> None:
    _sql(path, "UPDATE content_items SET topics = '[unclosed'")


@hostile("setting that is not JSON")
def _bad_setting(path: Path) -> None:
    _sql(path, "INSERT OR REPLACE INTO settings (key, value) VALUES ('backups_keep', '{oops')")


@hostile("dropped table")
def _dropped_table(path: Path) -> None:
    _sql(path, "DROP TABLE screenings")


@hostile("renamed table")
def _renamed_table(path: Path) -> None:
    _sql(path, "ALTER TABLE touchpoints RENAME TO touchpoints_old")


@hostile("dropped column")
def _dropped_column(path: Path) -> None:
    _sql(path, "ALTER TABLE contacts DROP COLUMN buying_role")


@hostile("huge page size in the header")
def _huge_page_size(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[16:18] = (32768).to_bytes(2, "big")  # a page size that does not fit the file
    path.write_bytes(bytes(data))


@hostile("another program's SQLite file")
def _foreign(path: Path) -> None:
    path.unlink()
    _sql(path, "CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")


@hostile("empty file")
def _empty(path: Path) -> None:
    path.write_bytes(b"")


def make(template: Path, name: str, target: Path) -> Path:
    """A copy of `template` at `target`, mutated by the corpus entry `name`."""
    target.write_bytes(template.read_bytes())
    for suffix in ("-wal", "-shm"):
        side = template.with_name(template.name + suffix)
        if side.exists():
            raise AssertionError("the template must be checkpointed (closed) first")
    CORPUS[name](target)
    return target


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in `folder` (recursively) with its bytes, SQLite's transient logs aside."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }
