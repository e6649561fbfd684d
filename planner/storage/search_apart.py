"""Building the search_everything index in a second process while the caller writes the rows.

Tokenizing a million touch-points into trigrams and merging the index's segments is a third of
the stress demo's time, and it needs nothing but the indexed texts. Inside `built_apart` the
index's triggers are set aside; the caller hands each record's texts over as it knows them, a
child process (a second core) indexes them into a scratch file, and at the end the built index
replaces the table's content: its shadow tables are ordinary tables, copied row for row. The
child holds the whole batch in FTS5's pending data and writes it once, as one segment: the
shape the one final merge of `fts_bulk.loading` gives, without reading everything back.

All of it happens in the caller's transaction: an error or a killed process leaves the file
with its triggers and its index as they were. Only for a caller that reads nothing of the
index inside and changes no indexed text after handing it over.
"""

from __future__ import annotations

import marshal
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from operator import itemgetter
from pathlib import Path
from typing import IO, Any, NoReturn

from planner.storage import fts_bulk
from planner.storage.db import Database
from planner.storage.search_schema import EVERYTHING
from planner.storage.temp_files import make_temp

TABLE = "search_everything"
_SHADOWS = ("data", "idx", "content", "docsize")
_ALIAS = "search_apart"
# Rows sent to the child per message: big enough that framing costs nothing per row.
_CHUNK = 20_000
# FTS5 writes its pending data out when it outgrows this: above the biggest batch, so the
# whole index is written once, as one segment. The memory is the child's, for a moment: the
# stress book's index takes it to about 1.1 GB (heavy: 0.2 GB).
_HASH_BYTES = 2_000_000_000

Row = tuple[int, str, str]
Texts = tuple[str, str, str, str]  # a touch-point's title, notes, outcome and reason


def available() -> bool:
    """Whether a second process can be started: not in the frozen (PyInstaller) app, whose
    executable is the app itself rather than a Python that runs this module."""
    return not getattr(sys, "frozen", False)


def touchpoint_text(title: str, notes: str, outcome: str, reason: str) -> tuple[str, str]:
    """A touch-point's title and body as search_everything indexes them (EVERYTHING's SQL)."""
    return title, f"{notes} {outcome} {reason}"


class ApartBuild:
    """The search index built in a child process; see the module's docstring."""

    def __init__(self, db: Database, beside: Path | None) -> None:
        self._db = db
        self._beside = beside
        self._child: subprocess.Popen[bytes] | None = None
        self._path: Path | None = None
        self._triggers: list[tuple[str, str]] = []
        self._create = ""
        self._attached = False
        self._handed_over = False

    def start(self) -> None:
        """Set the index's triggers aside and start the child; inside the caller's transaction."""
        db = self._db
        if not db.conn.in_transaction:
            raise RuntimeError("built_apart runs inside the caller's transaction")
        (self._create,) = db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [TABLE]
        ).fetchone()
        self._triggers = [
            (str(name), str(sql))
            for name, sql in db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND substr(name, 1, ?) = ? ORDER BY name",
                [len(TABLE) + 1, f"{TABLE}_"],
            ).fetchall()
        ]
        for name, _sql in self._triggers:
            db.execute(f"DROP TRIGGER {name}")
        if self._beside is not None:
            fd, self._path = make_temp(self._beside)
            os.close(fd)
        else:
            fd, name = tempfile.mkstemp(suffix=".search.db")
            os.close(fd)
            self._path = Path(name)
        self._child = subprocess.Popen(
            _child_argv(self._path, self._create),
            stdin=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    def _running(self) -> subprocess.Popen[bytes]:
        if self._child is None:
            raise RuntimeError("the search index build was not started")
        return self._child

    def _send(self, kind: str, items: Iterable[Any]) -> None:
        child = self._running()
        assert child.stdin is not None
        try:
            for chunk in _chunks(items):
                data = marshal.dumps((kind, chunk))
                child.stdin.write(len(data).to_bytes(8, "little") + data)
        except BrokenPipeError:
            self._failed()

    def _failed(self) -> NoReturn:
        """The child ended early or failed: its error, as the caller's (which rolls back)."""
        child = self._running()
        assert child.stderr is not None
        err = child.stderr.read()
        child.wait()
        raise RuntimeError(
            f"building the search index failed ({child.returncode}): "
            f"{err.decode(errors='replace').strip()}"
        )

    def add_table(self, table: str) -> None:
        """Hand over the indexed texts of every row of `table` as the file has them now."""
        code, title, body = EVERYTHING[table]
        self._send(
            "rows",
            self._db.conn.execute(
                f"SELECT id * 4 + {code}, {title.format(r=table)}, {body.format(r=table)} "
                f"FROM {table} ORDER BY id"
            ),
        )

    def add_unordered(self, touchpoints: Iterable[Texts]) -> None:
        """Hand over (title, notes, outcome, reason) of new touch-points, in any order and in
        as many calls as suits the caller: `place_unordered` gives them their ids."""
        self._send("drawn", touchpoints)

    def change_unordered(self, changes: Mapping[int, Texts]) -> None:
        """Replace the texts of touch-points handed over, by their position among them."""
        self._send("changed", changes.items())

    def place_unordered(self, order: Sequence[int]) -> None:
        """The touch-points handed over are inserted next, in this order of their positions:
        their ids count up from the next free one."""
        (first_id,) = self._db.execute(
            "SELECT coalesce(max(id), 0) + 1 FROM touchpoints"
        ).fetchone()
        self._send("order", [first_id])
        self._send("order", order)

    def handed_over(self) -> None:
        """Nothing more is handed over: the child builds the index now, on the other core,
        while the caller writes its rows (`finish` waits for it)."""
        child = self._running()
        assert child.stdin is not None
        if self._handed_over:
            return
        self._send("end", [True])
        self._handed_over = True
        with suppress(BrokenPipeError):
            child.stdin.close()

    def poll(self) -> int | None:
        """The child's exit code once it has ended (0: its index is built), else None."""
        return self._running().poll()

    def finish(self) -> None:
        """Wait for the child, put its index in place of the table's, bring the triggers back."""
        child, path = self._running(), self._path
        assert path is not None
        self.handed_over()
        if child.wait() != 0:
            self._failed()
        db = self._db
        db.execute(f"ATTACH DATABASE ? AS {_ALIAS}", [str(path)])
        self._attached = True
        # A new table, never read on this connection: FTS5 keeps no cached state of the old one.
        db.execute(f"DROP TABLE {TABLE}")
        db.execute(self._create)
        for shadow in _SHADOWS:
            db.execute(f"DELETE FROM {TABLE}_{shadow}")
            db.execute(f"INSERT INTO {TABLE}_{shadow} SELECT * FROM {_ALIAS}.{TABLE}_{shadow}")
        # The settings a load in this process leaves (it puts the merge settings back).
        fts_bulk.settle(db, TABLE)
        for _name, sql in self._triggers:
            db.execute(sql)

    def close(self) -> None:
        """After the transaction: end a child still running, detach and remove the scratch file."""
        if self._child is not None and self._child.returncode is None:
            self._child.kill()
            self._child.wait()
        if self._child is not None:
            for stream in (self._child.stdin, self._child.stderr):
                with suppress(OSError):
                    if stream is not None:
                        stream.close()
        if self._attached:
            with suppress(sqlite3.Error):
                self._db.execute(f"DETACH DATABASE {_ALIAS}")
        if self._path is not None:
            for suffix in ("", "-journal", "-wal", "-shm"):
                with suppress(FileNotFoundError):
                    Path(f"{self._path}{suffix}").unlink()


def _child_argv(path: Path, create: str) -> list[str]:
    return [sys.executable, "-m", __name__, str(path), create, TABLE]


@contextmanager
def built_apart(db: Database, beside: Path | None = None) -> Iterator[ApartBuild]:
    """An ApartBuild whose scratch file is written beside `beside` (None: the temp folder).

    Open it outside the caller's transaction and call start, the adds and finish inside it:
    the scratch database can only be detached once the transaction has ended.
    """
    build = ApartBuild(db, beside)
    try:
        yield build
    finally:
        build.close()


def _chunks(items: Iterable[Any]) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _read(stream: IO[bytes]) -> list[Row]:
    """The rows to index, from the parent's messages (see ApartBuild's methods)."""
    rows: list[Row] = []
    # Touch-points as (title, body), made as they come in, while the parent is still drawing.
    drawn: list[tuple[str, str]] = []
    order: list[int] = []
    ended = False
    # Length-prefixed messages, each unpacked from bytes at once: marshal.load on a stream
    # would read it a few bytes at a time.
    while len(head := stream.read(8)) == 8:
        kind, chunk = marshal.loads(stream.read(int.from_bytes(head, "little")))
        if kind == "rows":
            rows += chunk
        elif kind == "drawn":
            drawn += [touchpoint_text(*texts) for texts in chunk]
        elif kind == "changed":
            for position, texts in chunk:
                drawn[position] = touchpoint_text(*texts)
        elif kind == "order":
            order += chunk
        else:
            ended = True
    if not ended:
        # The parent ended before handing everything over (killed, or failed): nothing to do.
        raise SystemExit(1)
    if order:
        code = EVERYTHING["touchpoints"][0]
        first_id = order.pop(0)
        rows += [((first_id + k) * 4 + code, *drawn[i]) for k, i in enumerate(order)]
    return rows


def _build(path: str, create: str, table: str, stream: IO[bytes]) -> None:
    """The child's work: index the rows read from `stream` into a new table in `path`."""
    rows = _read(stream)
    # In rowid order: FTS5 starts a new segment whenever a rowid is not above the last one.
    rows.sort(key=itemgetter(0))
    db = sqlite3.connect(path, isolation_level=None)
    # A scratch file: nothing to recover if this process dies, the parent then fails.
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute(create)
    db.execute("BEGIN")
    db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', ?)", [_HASH_BYTES])
    columns = _columns(db, table)
    marks = ", ".join("?" * len(columns))
    db.executemany(f"INSERT INTO {table} (rowid, {', '.join(columns)}) VALUES (?, {marks})", rows)
    db.execute("COMMIT")
    db.close()


def _columns(db: sqlite3.Connection, table: str) -> Sequence[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


if __name__ == "__main__":
    _build(sys.argv[1], sys.argv[2], sys.argv[3], sys.stdin.buffer)
