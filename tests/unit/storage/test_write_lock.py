"""Writers from many processes wait their turn: immediate transactions and the busy timeout."""

from __future__ import annotations

import os
import subprocess
import sys
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
