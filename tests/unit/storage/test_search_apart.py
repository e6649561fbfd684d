"""The search index built in a second process equals the triggers' one and finds the same."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from planner.demo import generate
from planner.demo import generator as demo_generator
from planner.domain.model import TouchPoint
from planner.domain.timing import FixedClock
from planner.storage import Store, search_apart
from planner.storage.temp_files import clean_orphans

TODAY = date(2026, 11, 23)
QUERIES = ("renewal", "Check-in call", "pallet", "Ltd", "example", "Lunch", "damage rates")


def _index(store: Store) -> dict[str, Any]:
    db = store.db
    return {
        "rows": db.execute("SELECT rowid, * FROM search_everything ORDER BY 1").fetchall(),
        "sizes": db.execute("SELECT * FROM search_everything_docsize ORDER BY 1").fetchall(),
        "config": db.execute("SELECT * FROM search_everything_config ORDER BY 1").fetchall(),
        "found": {q: [(h.kind, h.id) for h in store.search(q, 50)] for q in QUERIES},
        "matched": {
            q: db.execute(
                "SELECT rowid FROM search_everything WHERE search_everything MATCH ?", [f'"{q}"']
            ).fetchall()
            for q in QUERIES
        },
    }


def _triggers(db: sqlite3.Connection) -> list[tuple[str, str]]:
    return db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    ).fetchall()


def _generated(monkeypatch: pytest.MonkeyPatch, apart_from: int, path: Path | None) -> Store:
    monkeypatch.setattr(demo_generator, "SEARCH_APART_FROM", apart_from)
    clock = FixedClock.on(TODAY)
    store = Store.memory(clock) if path is None else Store.open(path, clock)
    generate(store, TODAY, seed=4)
    return store


def test_the_index_built_apart_holds_and_finds_what_the_triggers_build(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    here = _generated(monkeypatch, 10**9, None)
    apart = _generated(monkeypatch, 0, tmp_path / "plan.db")
    assert _index(apart) == _index(here)
    assert _index(apart)["rows"]
    db = apart.db
    db.execute(
        "INSERT INTO search_everything (search_everything, rank) VALUES ('integrity-check', 1)"
    )
    # One segment, as the one merge at the end of a load in this process leaves it.
    segments = "SELECT count(DISTINCT segid) FROM search_everything_idx"
    assert db.execute(segments).fetchone() == here.db.execute(segments).fetchone() == (1,)
    assert _triggers(db.conn) == _triggers(here.db.conn)
    # Nothing of the scratch file is left beside the plan, and nothing stays attached.
    assert sorted(p.name for p in tmp_path.iterdir() if ".part" in p.name) == []
    assert "search_apart" not in [row[1] for row in db.execute("PRAGMA database_list")]
    # Written under a rollback journal without foreign-key checks; both are set back after.
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert db.execute("PRAGMA foreign_keys").fetchone() == (1,)


def test_the_triggers_keep_the_index_built_apart_current(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    store = _generated(monkeypatch, 0, tmp_path / "plan.db")
    company = store.companies.all()[0]
    assert company.id is not None
    added = store.touchpoints.add(TouchPoint(company.id, TODAY, title="Zeppelin hangar tour"))
    assert [(h.kind, h.id) for h in store.search("zeppelin")] == [("touchpoint", added.id)]
    store.touchpoints.delete(added.id or 0)
    assert store.search("zeppelin") == []
    store.db.execute(
        "INSERT INTO search_everything (search_everything, rank) VALUES ('integrity-check', 1)"
    )


def test_a_failed_build_leaves_the_file_empty_with_its_triggers(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fresh = Store.memory(FixedClock.on(TODAY))
    expected = _triggers(fresh.db.conn)
    fresh.close()
    monkeypatch.setattr(
        search_apart, "_child_argv", lambda *_: [sys.executable, "-c", "raise SystemExit(4)"]
    )
    monkeypatch.setattr(demo_generator, "SEARCH_APART_FROM", 0)
    store = Store.open(tmp_path / "plan.db", FixedClock.on(TODAY))
    with pytest.raises(RuntimeError, match="search index"):
        generate(store, TODAY, seed=0)
    store.close()
    with contextlib.closing(sqlite3.connect(tmp_path / "plan.db")) as db:
        assert _triggers(db) == expected
        assert db.execute("SELECT count(*) FROM touchpoints").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM search_everything").fetchone() == (0,)
        # Back in WAL after the rollback journal the generation wrote under.
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert [p.name for p in tmp_path.iterdir() if ".part" in p.name] == []


def test_the_index_is_built_while_the_generator_writes_its_rows(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The child is told the hand-over is complete once the touch-points' order is known, so
    # it builds on the other core while the rows, their indexes and the sends are written.
    builds: list[search_apart.ApartBuild] = []
    handed_over = search_apart.ApartBuild.handed_over

    def remember(self: search_apart.ApartBuild) -> None:
        builds.append(self)
        handed_over(self)

    sends = demo_generator._Generator._sends
    built_by_the_sends: list[bool] = []

    def sends_once_built(self: Any) -> int:
        deadline = time.monotonic() + 120
        while builds and builds[0].poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        built_by_the_sends.append(bool(builds) and builds[0].poll() == 0)
        return sends(self)

    monkeypatch.setattr(search_apart.ApartBuild, "handed_over", remember)
    monkeypatch.setattr(demo_generator._Generator, "_sends", sends_once_built)
    store = _generated(monkeypatch, 0, tmp_path / "plan.db")
    assert built_by_the_sends == [True]
    assert _index(store)["found"]["renewal"]


def test_the_build_runs_only_inside_a_transaction() -> None:
    store = Store.memory(FixedClock.on(TODAY))
    with search_apart.built_apart(store.db) as build, pytest.raises(RuntimeError):
        build.start()


_KILLED = """
import os, sys
from datetime import date
from pathlib import Path
from planner.demo import generate, generator
from planner.domain.timing import FixedClock
from planner.storage import Store

def die(self):
    # The texts are with the search index's process, the rows in: the process ends here.
    os._exit(3)

generator.SEARCH_APART_FROM = 0
generator._Generator._sends = die
today = date(2026, 11, 23)
generate(Store.open(Path(sys.argv[1]), FixedClock.on(today)), today, seed=0)
"""


def test_a_killed_generation_leaves_the_file_empty_and_its_scratch_file_to_tidy(
    tmp_path: Path,
) -> None:
    path = tmp_path / "plan.db"
    done = subprocess.run([sys.executable, "-c", _KILLED, str(path)], check=False)
    assert done.returncode == 3
    fresh = Store.memory(FixedClock.on(TODAY))
    expected = _triggers(fresh.db.conn)
    fresh.close()
    with contextlib.closing(sqlite3.connect(path)) as db:
        assert _triggers(db) == expected
        assert db.execute("SELECT count(*) FROM touchpoints").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM search_everything").fetchone() == (0,)
    # The scratch file of the killed process is tidied like any other it left.
    clean_orphans(tmp_path)
    assert [p.name for p in tmp_path.iterdir() if ".part" in p.name] == []


def test_the_frozen_app_builds_the_index_in_its_own_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert not search_apart.available()
    monkeypatch.setattr(
        search_apart, "_child_argv", lambda *_: pytest.fail("no second process when frozen")
    )
    monkeypatch.setattr(demo_generator, "SEARCH_APART_FROM", 0)
    store = Store.memory(FixedClock.on(TODAY))
    generate(store, TODAY, seed=4)
    assert store.search("renewal")
