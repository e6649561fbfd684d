"""Kill harness: SIGKILL long writes at random moments; every action is all there or not at all.

Run the full count (at least 100 kills) with::

    python tests/benchmarks/kill_harness.py --kills 100

Each round copies a prepared plan, starts a child process that performs one long write, kills
it with SIGKILL at a random moment of that write, then opens the file: `PRAGMA integrity_check`
must say ok and the action's rows must be either all there or all absent ("corrupt" and "lost"
are both failures). The writes: a 10,000-contact import, generating a demo portfolio, applying
a week plan, restoring a backup, writing a backup, exporting the calendar, migrating an older
plan, undoing an import, and the GUI opening a plan (its daily backup) and importing. After
each kill the harness does what a person would do next (runs the same action again, to its
end) and then no temporary file may be left anywhere in the workspace: what a killed process
leaves behind is cleaned by the next run. The test suite runs a few rounds
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
ACTIONS = (
    "import",
    "demo",
    "plan",
    "restore",
    "backup",
    "export",
    "migrate",
    "undo",
    "gui",
)
# Actions that write files beside the plan instead of changing it.
OUTPUT_ACTIONS = frozenset({"backup", "export"})
# Creating the file (migrations, the database id) is the app opening it, not part of the action.
BOOKKEEPING = frozenset({"_sqlite_migrations", "meta"})


# The child: one long write, announced on stdout.


def argv_for(action: str, db: str, root: str) -> list[str]:
    """The command line of each action (the GUI's runs in `gui_child`)."""
    base = Path(root)
    return {
        "import": ["import", str(base / "contacts.csv"), "--db", db, "--today", TODAY],
        "demo": ["demo", "--db", db, "--today", TODAY],
        "plan": ["plan-week", "--apply", "--db", db, "--today", TODAY],
        "restore": ["restore", str(base / "restore-source.db"), "--yes", "--db", db],
        "backup": ["backup", str(Path(db).with_suffix(".copy")), "--force", "--db", db],
        "export": ["export-ics", str(Path(db).with_suffix(".ics")), "--db", db, "--today", TODAY],
        "migrate": ["agenda", "--db", db, "--today", TODAY],
        "undo": ["import-undo", "--db", db, "--today", TODAY],
    }[action]


def gui_child(db: str, root: str) -> int:
    """The GUI opens the plan (migrations, the day's backup, the window) and imports."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from planner.cli.common import clock_for
    from planner.interchange.importer import ImportSource
    from planner.ui.session import Session

    app = QApplication([])
    clock = clock_for(TODAY)
    settings = QSettings(str(Path(root) / "gui.ini"), QSettings.Format.IniFormat)
    print("ready", flush=True)
    session = Session(clock, settings)
    error = session.open(Path(db), show=False)
    if error is not None or session.window is None:
        print("done", 1, flush=True)
        return 1
    source = ImportSource.from_path(Path(root) / "contacts.csv")
    session.window.controller.import_source(source)
    session.close()
    app.quit()
    print("done", 0, flush=True)
    return 0


def child(action: str, db: str, root: str) -> int:
    from planner.cli import main

    if action == "gui":
        return gui_child(db, root)
    argv = argv_for(action, db, root)
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


def older_plan(template: Path, target: Path) -> Path:
    """A copy of `template` as the version before the newest migration wrote it."""
    from sqlite_utils import Database

    from planner.storage.database import open_memory
    from planner.storage.migrations import known_names, migrations

    last = known_names()[-1]
    full = open_memory()
    partial = Database(memory=True, execute_plugins=False)
    migrations.apply(partial, stop_before=last)

    def objects(db: Database) -> set[tuple[str, str]]:
        rows = db.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        return {(str(t), str(n)) for t, n in rows.fetchall()}

    added = objects(full) - objects(partial)
    full.close()
    partial.close()
    shutil.copyfile(template, target)
    os.chmod(target, 0o600)
    conn = sqlite3.connect(target)
    try:
        for kind in ("trigger", "view", "index", "table"):
            for k, name in sorted(added):
                if k == kind and not (kind == "index" and name.startswith("sqlite_")):
                    conn.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [last])
        conn.execute(f"PRAGMA user_version = {len(known_names()) - 1}")
        conn.commit()
    finally:
        conn.close()
    return target


@dataclass
class Workspace:
    """Prepared files: a demo plan, variants of it per action, and the 10,000-row CSV."""

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
        env["XDG_CONFIG_HOME"] = str(root / "config")
        env["QT_QPA_PLATFORM"] = "offscreen"
        env.setdefault("PYTHONHASHSEED", "0")
        template = root / "template.db"
        code = _run_cli(["demo", "--db", str(template), "--today", TODAY], env)
        if code != 0:
            raise RuntimeError("the demo plan for the kill harness could not be written")
        ws = cls(root, template, write_contacts_csv(root / "contacts.csv"), env)
        # A plan with the import done: the source of restores and the subject of undos.
        imported = root / "imported.db"
        shutil.copyfile(template, imported)
        if _run_cli(argv_for("import", str(imported), str(root)), env) != 0:
            raise RuntimeError("the imported plan for the kill harness could not be written")
        shutil.copyfile(imported, root / "restore-source.db")
        older_plan(template, root / "older.db")
        return ws

    def fresh(self, action: str, n: int) -> Path:
        db = self.root / "rounds" / f"round-{n:03d}-{action}.db"
        db.parent.mkdir(exist_ok=True)
        source = {"demo": None, "undo": "imported.db", "migrate": "older.db"}.get(
            action, self.template.name
        )
        if source is not None:
            shutil.copyfile(self.root / source, db)
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
        [sys.executable, __file__, "--child", action, str(db), str(ws.root)],
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
    """Row counts before and after one complete action, and the file it writes (if any)."""

    before: dict[str, int]
    after: dict[str, int]
    seconds: float
    output: bytes | None = None
    migration: bool = False

    def changed(self) -> dict[str, tuple[int, int]]:
        keys = set(self.before) | set(self.after)
        skipped = BOOKKEEPING - {"_sqlite_migrations"} if self.migration else BOOKKEEPING
        return {
            k: (self.before.get(k, 0), self.after.get(k, 0))
            for k in sorted(keys - skipped)
            if self.before.get(k, 0) != self.after.get(k, 0)
        }


def output_of(action: str, db: Path) -> Path | None:
    """The file an output action writes beside the plan."""
    if action == "backup":
        return db.with_suffix(".copy")
    if action == "export":
        return db.with_suffix(".ics")
    return None


def _output_bytes(action: str, db: Path) -> bytes | None:
    out = output_of(action, db)
    if out is None or not out.exists():
        return None
    if action == "backup":  # a database: its rows, not its bytes, are what must be whole
        return repr(sorted(_counts(out).items())).encode()
    return out.read_bytes()


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
    expected = Expected(
        before, after, seconds, _output_bytes(action, db), migration=action == "migrate"
    )
    if action in OUTPUT_ACTIONS:
        if expected.output is None or expected.changed():
            raise RuntimeError(f"the {action} action did not write just its file")
    elif not expected.changed():
        raise RuntimeError(f"the {action} action changed nothing")
    _clear_round(db)
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


def verify(db: Path, expected: Expected, action: str = "") -> str:
    """Open the killed file as the app would; "absent" or "complete", else AssertionError."""
    from planner.storage.database import open_database

    if action in OUTPUT_ACTIONS:
        return _verify_output(db, expected, action)
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


def _verify_output(db: Path, expected: Expected, action: str) -> str:
    """The plan is as it was, and the written file is either absent or whole."""
    conn = sqlite3.connect(db)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()
    assert verdict == [("ok",)], f"{db}: integrity_check says {verdict}"
    assert _counts(db) == expected.before, f"{db}: the {action} changed the plan"
    out = output_of(action, db)
    assert out is not None
    if not out.exists():
        return "absent"
    assert _output_bytes(action, db) == expected.output, f"{out} is not whole"
    return "complete"


TEMPORARY_MARKS = (".part", ".tmp", "-journal")


def orphans(root: Path) -> list[Path]:
    """Temporary files anywhere under `root` (copies in progress, rollback journals)."""
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file()
        and (any(mark in p.name for mark in TEMPORARY_MARKS) or p.name.endswith(".tmp"))
    )


def _clear_round(db: Path) -> None:
    for leftover in db.parent.glob(f"{db.stem}*"):
        if leftover.is_file():
            leftover.unlink()


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
    state = verify(db, expected, action)
    # What a person does next: the same action again, to its end. Then nothing temporary
    # may be left anywhere, the killed process's copies included.
    if action == "demo":
        db.unlink(missing_ok=True)
    with _spawn(ws, action, db) as again:
        _wait_ready(again)
        assert again.stdout is not None
        last = again.stdout.readline().split()
        again.wait(timeout=300)
    # An undo that had finished has nothing left to undo: the second one says so (exit 1).
    finished = {"0", "1"} if action == "undo" and state == "complete" else {"0"}
    assert last[:1] == ["done"], f"{action} did not finish after the kill: {last}"
    assert last[1] in finished, f"{action} failed after the kill: {last}"
    left = orphans(ws.root)
    assert not left, f"temporary files left after a killed {action}: {left}"
    _clear_round(db)
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
    parser.add_argument("--kills", type=int, default=100, help="how many kills (default: 100)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dir", type=Path, help="work folder (default: a temporary folder)")
    parser.add_argument(
        "--child", nargs=3, metavar=("ACTION", "DB", "ROOT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.child:
        return child(*args.child)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kill-harness-") as tmp:
        root = args.dir or Path(tmp)
        start = time.perf_counter()
        outcomes = run(root, args.kills, args.seed)
        tally = Counter((o.action, o.state) for o in outcomes)
        print(
            f"{len(outcomes)} kills in {time.perf_counter() - start:.1f} s: 0 corrupt, 0 lost, "
            "0 temporary files left; each action all there or absent:"
        )
        for (action, state), count in sorted(tally.items()):
            print(f"  {action:6s} {state:8s} {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
