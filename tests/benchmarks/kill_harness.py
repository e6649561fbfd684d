"""Kill harness: SIGKILL long writes at random moments; every action is all there or not at all.

Run the full count (at least 50 kills) with::

    python tests/benchmarks/kill_harness.py --kills 60

Each round copies a prepared plan, starts a child process that performs one long write (a
10,000-contact import, generating a demo portfolio, applying a week plan), kills it with SIGKILL
at a random moment of that write, then opens the file: `PRAGMA integrity_check` must say ok and
the action's rows must be either all there or all absent. The test suite runs a few rounds
(tests/test_kill_harness.py).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

TODAY = "2026-11-23"
CONTACTS = 10_000
ACTIONS = ("import", "demo", "plan")
# Creating the file (migrations, the database id) is the app opening it, not part of the action.
BOOKKEEPING = frozenset({"_sqlite_migrations", "meta"})


# The child: one long write, announced on stdout.


def child(action: str, db: str, csv_path: str) -> int:
    from planner.cli import main

    argv = {
        "import": ["import", csv_path, "--db", db, "--today", TODAY],
        "demo": ["demo", "--db", db, "--today", TODAY],
        "plan": ["plan-week", "--apply", "--db", db, "--today", TODAY],
    }[action]
    # Everything is imported and warm; the write starts now.
    print("ready", flush=True)
    devnull = open(os.devnull, "w")  # noqa: SIM115 - the process ends right after
    sys.stdout = devnull
    code = main(argv)
    sys.stdout = sys.__stdout__
    print("done", code, flush=True)
    return code


# The parent.


def _counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        # Search indexes and the book's counts are derived by triggers: an FTS index's own
        # tables hold structure rows whose number follows no action, and the counts table is
        # written by the migration itself.
        return {
            t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in tables
            if "_fts" not in t and t != "book_counts" and not t.startswith("search_everything")
        }
    finally:
        conn.close()


def write_contacts_csv(path: Path, rows: int = CONTACTS) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(
            ["first_name", "last_name", "company", "title", "level", "buying_role", "email"]
        )
        for i in range(rows):
            out.writerow(
                [
                    f"Person{i}",
                    f"Tester{i}",
                    f"Kill Test Company {i % 250}",
                    "Buyer",
                    "practitioner",
                    "user",
                    f"person{i}@kill-test.example",
                ]
            )
    return path


@dataclass
class Workspace:
    """Prepared files: an empty folder per round, a demo plan, and the 10,000-row CSV."""

    root: Path
    template: Path
    csv_path: Path
    env: dict[str, str]

    @classmethod
    def create(cls, root: Path) -> Workspace:
        root.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ)
        env["XDG_DATA_HOME"] = str(root / "data")
        env["XDG_STATE_HOME"] = str(root / "state")
        env.setdefault("PYTHONHASHSEED", "0")
        template = root / "template.db"
        code = _run_cli(["demo", "--db", str(template), "--today", TODAY], env)
        if code != 0:
            raise RuntimeError("the demo plan for the kill harness could not be written")
        return cls(root, template, write_contacts_csv(root / "contacts.csv"), env)

    def fresh(self, action: str, n: int) -> Path:
        db = self.root / f"round-{n:03d}-{action}.db"
        if action != "demo":
            shutil.copyfile(self.template, db)
            os.chmod(db, 0o600)
        return db


def _run_cli(argv: list[str], env: dict[str, str]) -> int:
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from planner.cli import main; sys.exit(main())", *argv],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    return result.returncode


def _spawn(ws: Workspace, action: str, db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, __file__, "--child", action, str(db), str(ws.csv_path)],
        env=ws.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def _wait_ready(proc: subprocess.Popen[str]) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if line != "ready":
        proc.kill()
        proc.wait()
        raise RuntimeError(f"the child did not start its write (said {line!r})")


@dataclass(frozen=True)
class Expected:
    """Row counts before and after one complete action."""

    before: dict[str, int]
    after: dict[str, int]
    seconds: float

    def changed(self) -> dict[str, tuple[int, int]]:
        keys = set(self.before) | set(self.after)
        return {
            k: (self.before.get(k, 0), self.after.get(k, 0))
            for k in sorted(keys - BOOKKEEPING)
            if self.before.get(k, 0) != self.after.get(k, 0)
        }


def calibrate(ws: Workspace, action: str) -> Expected:
    """Run the action to completion once: how long it takes and what it adds."""
    db = ws.fresh(action, 999)
    before = _counts(db) if db.exists() else {}
    with _spawn(ws, action, db) as proc:
        _wait_ready(proc)
        start = time.perf_counter()
        assert proc.stdout is not None
        last = proc.stdout.readline().split()
        seconds = time.perf_counter() - start
        proc.wait(timeout=300)
    if last[:2] != ["done", "0"]:
        raise RuntimeError(f"the {action} action failed on its own: {last}")
    after = _counts(db)
    expected = Expected(before, after, seconds)
    if not expected.changed():
        raise RuntimeError(f"the {action} action changed nothing")
    return expected


@dataclass(frozen=True)
class Outcome:
    action: str
    delay: float
    state: str  # "absent", "complete"


def _check_derived(conn: sqlite3.Connection, db: Path) -> None:
    """The search indexes match their tables and the book's counts match the rows."""
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in ("companies", "contacts"):
        if f"{table}_fts" in names:
            conn.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('integrity-check')")
    if "search_everything" in names:
        conn.execute("INSERT INTO search_everything (search_everything) VALUES ('integrity-check')")
    if "book_counts" in names:
        for table, n in conn.execute("SELECT name, n FROM book_counts").fetchall():
            rows = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            assert n == rows, f"{db}: book_counts says {n} {table}, the table has {rows}"


def verify(db: Path, expected: Expected) -> str:
    """Open the killed file as the app would; "absent" or "complete", else AssertionError."""
    from planner.storage.database import open_database

    if not db.exists():
        return "absent"
    conn = sqlite3.connect(db)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchall()
        assert verdict == [("ok",)], f"{db}: integrity_check says {verdict}"
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        assert fk == [], f"{db}: foreign_key_check says {fk[:5]}"
        _check_derived(conn, db)
    finally:
        conn.close()
    counts = _counts(db)
    states = set()
    for table, (was, full) in expected.changed().items():
        now = counts.get(table, 0)
        assert now in (was, full), f"{db}: {table} has {now} rows, expected {was} or {full}"
        states.add("absent" if now == was else "complete")
    assert len(states) == 1, f"{db}: the action is partly there: {counts}"
    # And the app opens it (migrations, checks) without complaint.
    open_database(db, backup_dir=db.parent / "backups").close()
    return states.pop()


def kill_round(
    ws: Workspace, action: str, expected: Expected, n: int, rng: random.Random
) -> Outcome:
    db = ws.fresh(action, n)
    # A little past the end too, so that some kills land just after the commit.
    delay = rng.uniform(0.0, expected.seconds * 1.25)
    with _spawn(ws, action, db) as proc:
        _wait_ready(proc)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    state = verify(db, expected)
    for leftover in db.parent.glob(f"{db.name}*"):
        leftover.unlink()
    return Outcome(action, delay, state)


def run(
    root: Path,
    kills: int,
    seed: int = 0,
    actions: tuple[str, ...] = ACTIONS,
    log: Callable[[str], None] = print,
) -> list[Outcome]:
    """Prepare, calibrate each action, then kill `kills` writes spread over the actions."""
    rng = random.Random(seed)
    ws = Workspace.create(root)
    expectations = {a: calibrate(ws, a) for a in actions}
    for action, exp in expectations.items():
        log(f"{action}: {exp.seconds:.2f} s for {exp.changed()}")
    outcomes = []
    for n in range(kills):
        action = actions[n % len(actions)]
        outcome = kill_round(ws, action, expectations[action], n, rng)
        outcomes.append(outcome)
        log(f"kill {n + 1:3d}/{kills}: {action:6s} after {outcome.delay:.3f} s -> {outcome.state}")
    return outcomes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=60, help="how many kills (default: 60)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dir", type=Path, help="work folder (default: a temporary folder)")
    parser.add_argument("--child", nargs=3, metavar=("ACTION", "DB", "CSV"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(*args.child)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kill-harness-") as tmp:
        root = args.dir or Path(tmp)
        start = time.perf_counter()
        outcomes = run(root, args.kills, args.seed)
        tally = Counter((o.action, o.state) for o in outcomes)
        print(f"{len(outcomes)} kills in {time.perf_counter() - start:.1f} s, all sound:")
        for (action, state), count in sorted(tally.items()):
            print(f"  {action:6s} {state:8s} {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
