"""Print the performance table for heavy and stress, and the side-by-side with khal."""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import textwrap
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import measure
import xvfb
from measure import SIZES, TODAY

# (key, operation, target in seconds or MB, unit)
ROWS: tuple[tuple[str, str, float | None, str], ...] = (
    ("generate", "generate the portfolio (demo --size)", 60.0, "s"),
    ("bare", "bare PySide6 window to first paint, offscreen (yardstick)", None, "s"),
    ("cold", "cold start to the painted week (the first frame), offscreen", 0.8, "s"),
    ("bare_x", "bare PySide6 window, real window on Xvfb (yardstick)", None, "s"),
    ("minimal_x", "the same week by a minimal PySide6 program, on Xvfb (yardstick)", None, "s"),
    ("cold_x", "cold start to the painted week (the first frame), real window on Xvfb", 0.8, "s"),
    ("window_x", "… until the whole window has painted the week in its place, on Xvfb", None, "s"),
    ("stall_opening", "longest GUI stall: the window built behind the first frame", 0.050, "s"),
    ("next_week", "switch to the next week", 0.016, "s"),
    ("stall_start", "longest GUI stall: start-up, the worker planning", 0.050, "s"),
    ("stall_week", "longest GUI stall: next week, the worker planning", 0.050, "s"),
    ("stall_accept", "longest GUI stall: an accept, the worker planning", 0.050, "s"),
    ("busy_week", "switch to the busiest past weeks (first visit, until painted)", None, "s"),
    ("stall_busy_week", "longest GUI stall: the busiest past weeks, first visit", 0.050, "s"),
    ("search_keystroke", "one keystroke of quick search", 0.030, "s"),
    ("account_detail", "open an account's detail", 0.050, "s"),
    ("accounts_to_end", "accounts table: first visit, scrolled to the end", None, "s"),
    ("plan_week", "plan-week (load + plan, in process)", 0.5, "s"),
    ("plan_week_proc", "plan-week as a whole process", None, "s"),
    ("plan_week_free", "plan-week, a week with room (in process)", 0.5, "s"),
    ("plan_week_free_proc", "plan-week, a week with room, whole process", None, "s"),
    ("export13", "export-ics, 13 weeks (in process)", 0.3, "s"),
    ("export13_proc", "export-ics, 13 weeks as a whole process", None, "s"),
    ("export_year", "export-ics, a whole year (in process)", None, "s"),
    ("import", "import 10,000 vCards (one transaction)", 5.0, "s"),
    ("agenda", "agenda for a week, whole process", 0.25, "s"),
    ("rss_gui", "peak memory: GUI start", 300.0, "MB"),
    ("rss_cli", "peak memory: CLI commands (largest)", 150.0, "MB"),
)


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def measure_size(
    size: str, work: Path, runs: int, display: str | None = None
) -> dict[str, float | None]:
    """Every row for one portfolio size; the real-window rows when an X `display` is given."""
    from gui_steps import all_steps, busy_week_first_visits, main_window
    from stalls import gui_stalls

    generated = measure.portfolio(size)
    db = generated.path
    out: dict[str, float | None] = {"generate": generated.seconds}
    out["cold"] = measure.cold_start(db, runs).median
    # The whole window's start: the peak of a GUI that has opened.
    out["rss_gui"] = measure.window_start(db, runs).max_rss_mb
    if display is not None:
        cold_x = measure.cold_start_on_x(db, display, runs)
        out["cold_x"] = cold_x.median
        window_x = measure.window_start_on_x(db, display, runs)
        out["window_x"] = window_x.median
        out["stall_opening"] = measure.opening_stall(db, display)
        out["minimal_x"] = measure.minimal_week_on_x(db, display, runs).median
        peaks = (cold_x.max_rss_mb or 0.0, window_x.max_rss_mb or 0.0)
        out["rss_gui"] = max(out["rss_gui"] or 0.0, *peaks)
    agenda = measure.agenda_week(db, runs)
    out["agenda"] = agenda.median
    plan_proc = measure.plan_week_process(db, 3)
    out["plan_week_proc"] = plan_proc.median
    out["plan_week"] = measure.plan_week_in_process(db).median
    # The week shown at start is full in the demo books; one with room is planned for real.
    free_proc = measure.plan_week_process(db, 3, measure.FREE_WEEK)
    out["plan_week_free_proc"] = free_proc.median
    out["plan_week_free"] = measure.plan_week_in_process(db, week=measure.FREE_WEEK).median
    ics = work / f"{size}.ics"
    export_proc = measure.export_process(db, ics, 91)
    out["export13_proc"] = export_proc.median
    out["export13"] = measure.export_in_process(db, ics, 91).median
    out["export_year"] = measure.export_in_process(db, ics, 365, n=3).median
    imported = measure.import_vcards(db, work)
    out["import"] = None if imported is None else imported.median
    peaks = [t.max_rss_mb or 0.0 for t in (agenda, plan_proc, free_proc, export_proc)]
    out["rss_cli"] = max(peaks)
    for key, timing in all_steps(db).items():
        out[key] = timing.median
    with main_window(db) as window:
        out.update(busy_week_first_visits(window, db))
    out.update(gui_stalls(db, work))
    return out


def khal_side_by_side(size: str, work: Path, runs: int) -> list[str]:
    """A year of touch-points exported, imported into khal; `agenda` vs `khal list` a week."""
    khal = shutil.which("khal") or str(Path(sys.executable).with_name("khal"))
    if not Path(khal).exists():
        return ["khal is not installed: no side-by-side."]
    db = measure.portfolio(size).path
    ics = work / "year.ics"
    last = TODAY + timedelta(days=365)
    run = measure.run_process(measure.cli(db, "export-ics", str(ics), "--to", last.isoformat()))
    if run.returncode != 0:
        return [f"export failed: {run.stderr}"]
    events = ics.read_text(encoding="utf-8").count("BEGIN:VEVENT")
    home = work / "khal-home"
    env = measure.bench_env(home)
    config = Path(env["XDG_CONFIG_HOME"]) / "khal" / "config"
    config.parent.mkdir(parents=True, exist_ok=True)
    calendar = home / "calendars" / "plan"
    calendar.mkdir(parents=True, exist_ok=True)
    config.write_text(
        textwrap.dedent(f"""\
            [calendars]
            [[plan]]
            path = {calendar}
            type = calendar
            [locale]
            timeformat = %H:%M
            dateformat = %Y-%m-%d
            longdateformat = %Y-%m-%d
            datetimeformat = %Y-%m-%d %H:%M
            longdatetimeformat = %Y-%m-%d %H:%M
            [sqlite]
            path = {home / "khal.db"}
            """),
        encoding="utf-8",
    )
    imported = measure.run_process([khal, "import", "--batch", "-a", "plan", str(ics)], env)
    if imported.returncode != 0:
        return [f"khal import failed: {imported.stderr.strip()[:300]}"]
    first = TODAY.isoformat()
    week_end = (TODAY + timedelta(days=6)).isoformat()
    listing = subprocess.run(
        [khal, "list", first, week_end], env=env, capture_output=True, text=True, check=False
    )
    agenda = measure.agenda_week(db, runs)
    khal_list = measure.median_process([khal, "list", first, week_end], runs, env)
    ratio = agenda.median / khal_list.median
    return [
        f"A year ahead of the {size} plan: {events} events in {ics.stat().st_size / 1e6:.1f} MB "
        f"of .ics; `khal import --batch` took {imported.seconds:.1f} s.",
        f"Week of {first}: `khal list` printed {listing.stdout.count(chr(10))} lines.",
        f"  nurture-planner agenda --days 7   median {_fmt(agenda.median, 's')} "
        f"({runs} runs, peak {agenda.max_rss_mb:.0f} MB)",
        f"  khal list (week)                  median {_fmt(khal_list.median, 's')} "
        f"({runs} runs, peak {khal_list.max_rss_mb:.0f} MB)",
        f"  ratio agenda / khal list: {ratio:.2f} (agenda {1 / ratio:.1f}× faster; "
        f"target at least 5×: {'met' if ratio <= 0.2 else 'missed'})",
    ]


def machine() -> list[str]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "unknown"
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    import PySide6
    from PySide6.QtCore import qVersion

    return [
        f"{os.cpu_count()} CPUs ({model}), {mem} RAM, {platform.system()} {platform.release()}",
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, Qt {qVersion()}, "
        f"SQLite {__import__('sqlite3').sqlite_version}",
    ]


def table(results: dict[str, dict[str, float | None]], extra: dict[str, float]) -> list[str]:
    head = ["operation", "target", *results, "met?"]
    rows = []
    for key, label, target, unit in ROWS:
        values = [results[size].get(key) for size in results]
        stress = results.get("stress", {}).get(key)
        if key in ("bare", "bare_x"):
            values = [extra.get(key)] * len(results)
        met = "—"
        if target is not None and stress is not None:
            met = "yes" if stress <= target else "no"
        bare_x = extra.get("bare_x")
        if key == "cold_x" and target is not None and stress is not None and bare_x:
            # Also within twice a bare window on the same X server, same run.
            met = "yes" if stress <= target and stress <= 2 * bare_x else "no"
        rows.append([label, _fmt(target, unit), *(_fmt(v, unit) for v in values), met])
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    return [line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)]


# The phases the planner's own code adds: what is left without them is the least this window
# costs in PySide6.
OWN_CODE = ("command line", "Qt-free layers", "interface modules")


def start_phases(size: str, display: str | None, bare: float | None, runs: int) -> list[str]:
    """Where the cold start of `size` goes, phase by phase, and what is left without our code."""
    phases = measure.start_phases(measure.portfolio(size).path, display, runs)
    where = "a real window on Xvfb" if display is not None else "offscreen"
    lines = [
        f"Where the cold start to the first frame goes ({size}, {where}, median of {runs} starts):"
    ]
    lines += [f"  {phase:<24} {seconds * 1000:5.0f} ms" for phase, seconds in phases.items()]
    total = sum(phases.values())
    lines.append(f"  {'whole start':<24} {total * 1000:5.0f} ms")
    floor = total - sum(phases[phase] for phase in OWN_CODE)
    lines.append(
        f"  Without the planner's modules to load (PySide6, its classes and the"
        f" window's own work only): {floor * 1000:.0f} ms"
        + (f"; twice the bare window: {2 * bare * 1000:.0f} ms." if bare else ".")
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", nargs="+", default=list(SIZES), choices=SIZES)
    parser.add_argument("--runs", type=int, default=5, help="runs per whole-process median")
    parser.add_argument("--no-khal", action="store_true", help="skip the khal side-by-side")
    args = parser.parse_args(argv)
    from gui_steps import application

    application()
    with contextlib.ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="nurture-bench-")))
        display = stack.enter_context(xvfb.server()) if xvfb.available() else None
        extra = {"bare": measure.bare_window(args.runs).median}
        if display is not None:
            extra["bare_x"] = measure.bare_window_on_x(display, args.runs).median
        results: dict[str, dict[str, float | None]] = {}
        for size in args.sizes:
            print(f"measuring {size}…", file=sys.stderr, flush=True)
            results[size] = measure_size(size, work, args.runs, display)
        lines = ["Machine: " + "; ".join(machine()), "", *table(results, extra), ""]
        bare = extra.get("bare_x") if display is not None else extra["bare"]
        lines += [*start_phases(args.sizes[-1], display, bare, args.runs), ""]
        if not args.no_khal:
            lines += [
                "Side-by-side with khal:",
                *khal_side_by_side(args.sizes[-1], work, args.runs),
            ]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
