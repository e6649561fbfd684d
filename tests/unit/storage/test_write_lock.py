"""Writers from many processes wait their turn: immediate transactions and the busy timeout."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from planner.cli import main

WRITERS = 100


def _touch_add(db: Path, n: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "planner",
            "touch",
            "add",
            "--db",
            str(db),
            "--today",
            "2026-11-23",
            "--company",
            "Beacon Polymers Ltd",
            "--date",
            "2026-11-25",
            "--channel",
            "call",
            "--title",
            f"parallel {n}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )


@pytest.mark.slow
def test_a_hundred_parallel_touch_adds_all_succeed(tmp_path: Path) -> None:
    db = tmp_path / "planner.db"
    assert main(["demo", "--db", str(db), "--today", "2026-11-23"]) == 0
    procs = [_touch_add(db, n) for n in range(WRITERS)]
    failures = []
    for proc in procs:
        _out, err = proc.communicate(timeout=600)
        if proc.returncode != 0:
            failures.append(err.strip())
    assert failures == []
    import sqlite3

    conn = sqlite3.connect(db)
    (count,) = conn.execute(
        "SELECT count(*) FROM touchpoints WHERE title LIKE 'parallel %'"
    ).fetchone()
    conn.close()
    assert count == WRITERS


def test_an_import_waits_for_another_writer_instead_of_failing(tmp_path: Path) -> None:
    """The GUI's and the CLI's imports read first and write later: they must wait their turn."""
    import sqlite3
    import threading

    from planner.domain.timing import FixedClock
    from planner.interchange.importer import ImportSource, commit_import
    from planner.storage import Store

    db = tmp_path / "planner.db"
    assert main(["demo", "--db", str(db), "--today", "2026-11-23"]) == 0
    store = Store.open(db, FixedClock.on(date(2026, 11, 23)))
    source = ImportSource.from_bytes(
        b"first_name,last_name,company\nAda,Waiting,Patience Ltd\n", "contacts.csv"
    )
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another process's writer, busy for a moment
    other.execute("INSERT INTO settings (key, value) VALUES ('other_writer', '1')")
    release = threading.Timer(0.5, lambda: (other.execute("COMMIT"), other.close()))
    release.start()
    result = commit_import(store, source)  # waits for the other writer, then imports
    release.join()
    assert result.batch is not None
    assert store.contacts.count() == 151
    store.close()
