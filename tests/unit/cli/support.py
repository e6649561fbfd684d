"""Helpers of the command-line tests: running `main` in-process and reading its results."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from planner.domain.model import TouchPoint
from planner.domain.timing import FixedClock
from planner.storage import Store

TODAY = "2026-11-23"  # a Monday
AGENDA_KEYS = {
    "id",
    "date",
    "time",
    "company",
    "company_kind",
    "contact",
    "channel",
    "purpose",
    "status",
    "title",
    "overdue",
    "revision",
}


class Result:
    """What one run of the command line gave: exit code, standard output and error."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code = code
        self.out = out
        self.err = err

    def json(self) -> Any:
        return json.loads(self.out)


def open_store(path: Path) -> Store:
    """The plan at `path` on the tests' fixed day."""
    return Store.open(path, FixedClock.on(date(2026, 11, 23)))


def touchpoints(path: Path) -> list[TouchPoint]:
    """Every touch-point in the plan at `path`, by id."""
    store = open_store(path)
    try:
        return sorted(store.touchpoints.all(), key=lambda tp: tp.id or 0)
    finally:
        store.close()


def one_line_error(result: Result) -> str:
    """The error line of a failed run, asserting it failed with exactly one plain line."""
    assert result.code == 1, (result.code, result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert "Traceback" not in result.err
    return lines[0]
