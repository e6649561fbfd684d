"""Peak memory of importing a big contacts export: a 440,000-row LinkedIn CSV (about 20 MB).

Run it with::

    python tests/benchmarks/import_memory.py [--rows 440000] [--dry-run]

It writes the file and a fresh plan under a temporary folder, runs `nurture-planner import` in
a child process and prints the child's peak resident set size (the whole process: Python,
SQLite's caches and the file) and the wall time. The target is 300 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROWS = 440_000
TARGET_MB = 300
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
TITLES = ("Buyer", "CFO", "CEO", "Engineer")


def linkedin_csv(path: Path, rows: int) -> None:
    """A LinkedIn connections export: one contact a row, a company shared by about 40 rows."""
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Notes:\nWhen exporting your connection data, you may notice...\n\n")
        out.write(HEADER)
        for i in range(rows):
            # Short cells, so the file is the 20 MB the import limit allows.
            out.write(f"A{i},L{i},,a{i}@x.io,Co{i // 40},{TITLES[i % len(TITLES)]},\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--dry-run", action="store_true", help="measure the preview instead")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="import-memory-") as folder:
        csv_path = Path(folder) / "Connections.csv"
        plan = Path(folder) / "plan.db"
        linkedin_csv(csv_path, args.rows)
        size_mb = csv_path.stat().st_size / 1e6
        command = [sys.executable, "-m", "planner", "--db", str(plan), "import", str(csv_path)]
        if args.dry_run:
            command.append("--dry-run")
        started = time.monotonic()
        done = subprocess.run(command, capture_output=True, text=True, env=dict(os.environ))
        seconds = time.monotonic() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(done.stdout[-2000:], done.stderr[-2000:], sep="\n")
        print(
            f"{args.rows} rows ({size_mb:.1f} MB): peak RSS {peak_mb:.0f} MB "
            f"(target {TARGET_MB} MB), {seconds:.0f} s, exit {done.returncode}, "
            f"load {os.getloadavg()[0]:.1f}"
        )
        return 0 if done.returncode == 0 and peak_mb <= TARGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
