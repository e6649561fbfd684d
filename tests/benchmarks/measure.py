"""Measurements shared by the pytest benchmarks and report.py: portfolios, processes, GUI steps."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 3, 2)  # a Monday: the week shown at start is a whole coming week
# A week the demo books leave with room: plan-week proposes a full week there.
FREE_WEEK = date(2026, 9, 7)
SEED = 0
SIZES = ("heavy", "stress")
PYTHON = sys.executable


def cache_dir() -> Path:
    """Generated portfolios live here between runs (NURTURE_BENCH_CACHE overrides)."""
    folder = os.environ.get("NURTURE_BENCH_CACHE")
    path = Path(folder) if folder else Path(tempfile.gettempdir()) / "nurture-planner-bench"
    path.mkdir(parents=True, exist_ok=True)
    return path


def bench_env(home: Path | None = None) -> dict[str, str]:
    """The environment for child processes: offscreen Qt, private per-user folders."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    base = home or cache_dir() / "home"
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = str(base / name.removeprefix("XDG_").removesuffix("_HOME").lower())
    env.pop("NURTURE_PLANNER_QUIT_AFTER_PAINT", None)
    # As an installed app runs: with its modules' compiled bytecode kept (the warm-up writes it).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _demo_version() -> str:
    """A fingerprint of the generator's code (the planner/demo package): a change regenerates."""
    digest = hashlib.sha256()
    for module in sorted((ROOT / "planner" / "demo").glob("*.py")):
        digest.update(module.name.encode() + module.read_bytes())
    return digest.hexdigest()[:10]


@dataclass(frozen=True)
class Generated:
    path: Path
    seconds: float | None  # None: taken from the cache


def portfolio(size: str, seed: int = SEED) -> Generated:
    """The demo portfolio of `size`, generated once and cached by size, seed and demo code."""
    path = cache_dir() / f"{size}-seed{seed}-{TODAY.isoformat()}-{_demo_version()}.db"
    if path.exists():
        return Generated(path, None)
    partial = path.with_name(path.name + ".partial")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    argv = [PYTHON, "-m", "planner", "demo", "--size", size, "--seed", str(seed)]
    argv += ["--db", str(partial), "--today", TODAY.isoformat()]
    run = run_process(argv)
    if run.returncode != 0:
        raise RuntimeError(f"demo --size {size} failed: {run.stderr}")
    os.replace(partial, path)
    # Let the open skip its link check as it would for the rep's own, cleanly closed file.
    touch = [PYTHON, "-m", "planner", "agenda", "--db", str(path), "--today", TODAY.isoformat()]
    run_process(touch)
    return Generated(path, run.seconds)


@dataclass(frozen=True)
class ProcessRun:
    seconds: float
    max_rss_mb: float
    returncode: int
    stderr: str


# Spawned from a lean launcher: a child forked (or vforked) from a fat parent would count the
# parent's resident pages in its own peak RSS. The launcher times fork to exit and reports.
_LAUNCHER = """
import json, os, sys, time
argv = sys.argv[1:]
start = time.perf_counter()
os.environ["NURTURE_BENCH_SPAWNED"] = repr(time.time())  # for start_phases.py
pid = os.fork()
if pid == 0:
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.execvp(argv[0], argv)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - start
print(json.dumps([seconds, usage.ru_maxrss, os.waitstatus_to_exitcode(status)]))
"""


def run_process(
    argv: Sequence[str], env: dict[str, str] | None = None, cwd: Path | None = None
) -> ProcessRun:
    """Run a whole process; wall time from spawn to exit and its own peak RSS (wait4)."""
    done = subprocess.run(
        [PYTHON, "-c", _LAUNCHER, *argv],
        env=env or bench_env(),
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        seconds, max_rss_kb, code = json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return ProcessRun(0.0, 0.0, done.returncode or 1, done.stderr)
    return ProcessRun(float(seconds), max_rss_kb / 1024, int(code), done.stderr)


@dataclass(frozen=True)
class Timing:
    median: float
    runs: int
    max_rss_mb: float | None = None


def median_process(argv: Sequence[str], n: int = 5, env: dict[str, str] | None = None) -> Timing:
    """Like hyperfine: one warm-up run, then the median of `n` runs."""
    run_process(argv, env)
    runs = [run_process(argv, env) for _ in range(n)]
    failed = [r for r in runs if r.returncode != 0]
    if failed:
        raise RuntimeError(f"{' '.join(argv)} failed: {failed[0].stderr}")
    return Timing(statistics.median(r.seconds for r in runs), n, max(r.max_rss_mb for r in runs))


def median_call(
    action: Callable[[], Any], n: int = 15, setup: Callable[[], Any] | None = None
) -> Timing:
    times = []
    for _ in range(n):
        if setup is not None:
            setup()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return Timing(statistics.median(times), n)


# --- whole processes ------------------------------------------------------------------------

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1280, 800)

class Quit(QObject):
    def eventFilter(self, watched, event):
        if watched is window and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False

quit_filter = Quit()
window.installEventFilter(quit_filter)
window.show()
sys.exit(app.exec())
"""


def cli(db: Path, *args: str) -> list[str]:
    return [PYTHON, "-m", "planner", *args, "--db", str(db), "--today", TODAY.isoformat()]


def gui_argv(db: Path) -> list[str]:
    return [PYTHON, "-m", "planner", "--db", str(db), "--today", TODAY.isoformat()]


def gui_env(until: str = "first") -> dict[str, str]:
    """The app quits once the week is painted: `until` "first" the start's first frame (the
    week on the screen), "1" the whole window's week."""
    env = bench_env()
    env["NURTURE_PLANNER_QUIT_AFTER_PAINT"] = until
    return env


def cold_start(db: Path, n: int = 5) -> Timing:
    """Process start to the painted week, the start's first frame (the app quits right after
    that paint)."""
    return median_process(gui_argv(db), n, gui_env())


def window_start(db: Path, n: int = 5) -> Timing:
    """Process start until the whole window has painted its week (offscreen)."""
    return median_process(gui_argv(db), n, gui_env("1"))


def bare_window(n: int = 5) -> Timing:
    """The yardstick: a bare PySide6 window from process start to its first paint."""
    return median_process([PYTHON, "-c", BARE_WINDOW], n, gui_env())


def cold_start_on_x(db: Path, display: str, n: int = 5) -> Timing:
    """Process start to the painted week in a real, mapped window on an X server: the start's
    first frame."""
    import xvfb

    return median_process(gui_argv(db), n, xvfb.on_display(gui_env(), display))


def window_start_on_x(db: Path, display: str, n: int = 5) -> Timing:
    """Process start until the whole window, built behind the first frame, has painted its
    week in the frame's place."""
    import xvfb

    return median_process(gui_argv(db), n, xvfb.on_display(gui_env("1"), display))


def bare_window_on_x(display: str, n: int = 5) -> Timing:
    """The yardstick in a real, mapped window on the same X server."""
    import xvfb

    return median_process([PYTHON, "-c", BARE_WINDOW], n, xvfb.on_display(gui_env(), display))


def opening_stall(db: Path, display: str | None = None, n: int = 3) -> float:
    """The longest the GUI thread goes without answering between the first frame's paint and
    the window's painted week (opening_stall.py), the median over `n` starts."""
    program = str(Path(__file__).with_name("opening_stall.py"))
    env = gui_env("1")
    if display is not None:
        import xvfb

        env = xvfb.on_display(env, display)
    stalls = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "stall.json"
        env["NURTURE_BENCH_STALL_OUT"] = str(out)
        for _ in range(n):
            run = run_process([PYTHON, program, *gui_argv(db)[3:]], env)
            if run.returncode != 0:
                raise RuntimeError(f"opening_stall.py failed: {run.stderr}")
            longest = json.loads(out.read_text())["longest"]
            if longest is None:
                raise RuntimeError("the start showed no first frame")
            stalls.append(float(longest))
    return statistics.median(stalls)


def minimal_week_on_x(db: Path, display: str, n: int = 5) -> Timing:
    """The yardstick beside the cold start: the same week read with sqlite3 and painted by a
    minimal PySide6 program (minimal_week.py) in a real window on the same X server."""
    import xvfb

    program = str(Path(__file__).with_name("minimal_week.py"))
    argv = [PYTHON, program, str(db), TODAY.isoformat()]
    return median_process(argv, n, xvfb.on_display(gui_env(), display))


def start_phases(db: Path, display: str | None = None, n: int = 5) -> dict[str, float]:
    """Where the cold start goes: the median of each phase (start_phases.py) over `n` starts,
    on the X server `display` or offscreen. A first, untimed start lists the modules loaded at
    the first paint, whose PySide6 classes the timed starts make in a phase of their own."""
    import start_phases

    program = str(Path(__file__).with_name("start_phases.py"))
    env = gui_env()
    if display is not None:
        import xvfb

        env = xvfb.on_display(env, display)
    with tempfile.TemporaryDirectory() as folder:
        out, names = Path(folder) / "phases.json", Path(folder) / "qt-names.json"
        env["NURTURE_BENCH_PHASES_OUT"] = str(out)
        argv = [PYTHON, program, *gui_argv(db)[3:]]
        runs: list[dict[str, float]] = []
        for turn in range(n + 1):
            run = run_process(argv, env)
            if run.returncode != 0:
                raise RuntimeError(f"start_phases.py failed: {run.stderr}")
            result = json.loads(out.read_text())
            if turn == 0:
                names.write_text(json.dumps(start_phases.qt_names(result["modules"])))
                env["NURTURE_BENCH_QT_NAMES"] = str(names)
            else:
                phases = result["phases"]
                # After the exit handlers: Python's and Qt's own clean-up, until the process ends.
                phases["shut-down"] = run.seconds - sum(phases.values())
                runs.append(phases)
    return {phase: statistics.median(run[phase] for run in runs) for phase in runs[0]}


def agenda_week(db: Path, n: int = 5) -> Timing:
    return median_process(cli(db, "agenda", "--days", "7"), n)


def plan_week_process(db: Path, n: int = 3, week: date | None = None) -> Timing:
    extra = () if week is None else ("--week", week.isoformat())
    return median_process(cli(db, "plan-week", *extra), n)


def export_process(db: Path, out: Path, days: int, n: int = 3) -> Timing:
    last = (TODAY + timedelta(days=days)).isoformat()
    return median_process(cli(db, "export-ics", str(out), "--to", last), n)


# --- in process -----------------------------------------------------------------------------


def open_store(db: Path) -> Any:
    from planner.domain.timing import FixedClock
    from planner.storage import Store

    return Store.open(db, FixedClock.on(TODAY))


def plan_week_in_process(db: Path, n: int = 3, week: date = TODAY) -> Timing:
    """Read what planning needs and plan the week (what `plan-week` does after start-up)."""
    from planner.cli.plan import load_settings
    from planner.nurture.week_plan_rank import plan_week_on_book
    from planner.storage.week_ranking import StoreBook

    store = open_store(db)
    try:

        def plan() -> None:
            plan_week_on_book(StoreBook(store), load_settings(store), TODAY, week)

        return median_call(plan, n)
    finally:
        store.close()


def export_in_process(db: Path, out: Path, days: int, n: int = 5) -> Timing:
    from planner.interchange.ical_export import ExportOptions
    from planner.interchange.ical_files import export_to_file

    store = open_store(db)
    try:
        options = ExportOptions(last=TODAY + timedelta(days=days))
        return median_call(lambda: export_to_file(store, out, options, TODAY, store.clock.now()), n)
    finally:
        store.close()


def write_vcards(path: Path, n: int = 10_000) -> Path:
    """`n` vCards of new people at new and existing-looking companies."""
    lines = []
    for i in range(n):
        lines += [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:Bench{i:05d};Person;;;",
            f"FN:Person Bench{i:05d}",
            f"ORG:Benchmark Imports {i % 500:03d} Ltd",
            "TITLE:Buyer",
            f"EMAIL;TYPE=work:person.bench{i:05d}@imports{i % 500:03d}.example",
            f"TEL;TYPE=work:+44 20 7946 {i % 10000:04d}",
            "END:VCARD",
        ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def import_vcards(db: Path, workdir: Path, n: int = 10_000) -> Timing | None:
    """Import `n` vCards in one transaction into a copy of `db`; None without an importer."""
    try:
        from planner.interchange.importer import import_file
    except ImportError:
        return None
    copy = workdir / f"import-{db.name}"
    shutil.copyfile(db, copy)
    cards = write_vcards(workdir / "contacts.vcf", n)
    store = open_store(copy)
    try:
        start = time.perf_counter()
        result = import_file(store, cards)
        seconds = time.perf_counter() - start
        assert result.preview.new >= n
    finally:
        store.close()
        copy.unlink()
    return Timing(seconds, 1)
