"""The public holiday tables kept in the user's cache: the package's own table, computed once."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

from planner.nurture.holiday_table import cached_table

GOOD_FRIDAY = date(2026, 4, 3)


def _counting(table: dict[date, str]) -> tuple[list[int], object]:
    calls: list[int] = []

    def compute() -> dict[date, str]:
        calls.append(1)
        return dict(table)

    return calls, compute


def test_a_table_is_computed_once_and_then_read_back() -> None:
    calls, compute = _counting({GOOD_FRIDAY: "Good Friday"})
    first = cached_table("GB", 2026, compute)  # type: ignore[arg-type]
    second = cached_table("GB", 2026, compute)  # type: ignore[arg-type]
    assert first == second == {GOOD_FRIDAY: "Good Friday"}
    assert len(calls) == 1


def test_each_country_and_year_has_its_own_table() -> None:
    calls, compute = _counting({GOOD_FRIDAY: "Good Friday"})
    cached_table("GB", 2026, compute)  # type: ignore[arg-type]
    cached_table("GB", 2027, compute)  # type: ignore[arg-type]
    cached_table("DE-BY", 2026, compute)  # type: ignore[arg-type]
    assert len(calls) == 3


def test_a_damaged_cache_file_is_computed_again(tmp_path: Path) -> None:
    calls, compute = _counting({GOOD_FRIDAY: "Good Friday"})
    cached_table("GB", 2026, compute)  # type: ignore[arg-type]
    (written,) = Path(os.environ["XDG_CACHE_HOME"]).rglob("*GB-2026.json")
    written.write_text("{not json", encoding="utf-8")
    assert cached_table("GB", 2026, compute) == {GOOD_FRIDAY: "Good Friday"}  # type: ignore[arg-type]
    assert len(calls) == 2
    assert json.loads(written.read_text(encoding="utf-8")) == {"2026-04-03": "Good Friday"}


def test_the_cache_is_private() -> None:
    _calls, compute = _counting({GOOD_FRIDAY: "Good Friday"})
    cached_table("GB", 2026, compute)  # type: ignore[arg-type]
    root = Path(os.environ["XDG_CACHE_HOME"])
    made = [p for p in root.rglob("*")]
    assert made
    for path in made:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), f"{path} is {oct(mode)}"


def test_a_code_that_is_not_a_country_is_never_a_file_name() -> None:
    calls, compute = _counting({})
    cached_table("../../x", 2026, compute)  # type: ignore[arg-type]
    cached_table("../../x", 2026, compute)  # type: ignore[arg-type]
    assert len(calls) == 2
    assert not list(Path(os.environ["XDG_CACHE_HOME"]).rglob("*x-2026*"))


def test_the_second_process_reads_the_packages_table_without_importing_it() -> None:
    script = (
        "import json, sys\n"
        "from planner.nurture.workweek import public_holidays\n"
        "days = public_holidays('GB', 2026)\n"
        "print(json.dumps({d.isoformat(): n for d, n in days.items()}))\n"
        "print('holidays' in sys.modules)\n"
    )
    runs = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", script],
            env=dict(os.environ),
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        table, imported = done.stdout.splitlines()
        runs.append((json.loads(table), imported == "True"))
    (first, first_imported), (second, second_imported) = runs
    assert first == second
    assert second[GOOD_FRIDAY.isoformat()] == "Good Friday"
    assert first_imported
    assert not second_imported
