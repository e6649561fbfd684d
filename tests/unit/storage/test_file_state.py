"""The clean-close record: which plan files were closed cleanly, kept small."""

from __future__ import annotations

import json
from pathlib import Path

from planner.storage.file_state import (
    KEPT_CLEAN_CLOSES,
    needs_check,
    remember_clean_close,
    was_closed_cleanly,
)


def _plan(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(b"plan")
    return path


def test_a_remembered_file_reads_as_cleanly_closed_until_it_changes(tmp_path: Path) -> None:
    record = tmp_path / "state" / "clean-closes.json"
    plan = _plan(tmp_path, "plan.db")
    assert not was_closed_cleanly(plan, record)
    remember_clean_close(plan, record)
    assert was_closed_cleanly(plan, record)
    plan.write_bytes(b"changed by another program")
    assert not was_closed_cleanly(plan, record)


def test_files_that_are_gone_leave_the_record(tmp_path: Path) -> None:
    record = tmp_path / "clean-closes.json"
    old = _plan(tmp_path, "old.db")
    remember_clean_close(old, record)
    old.unlink()
    plan = _plan(tmp_path, "plan.db")
    remember_clean_close(plan, record)
    assert list(json.loads(record.read_text(encoding="utf-8"))) == [str(plan.resolve())]


def test_the_record_keeps_the_most_recent_closes(tmp_path: Path) -> None:
    record = tmp_path / "clean-closes.json"
    plans = [_plan(tmp_path, f"plan-{i}.db") for i in range(KEPT_CLEAN_CLOSES + 5)]
    for plan in plans:
        remember_clean_close(plan, record)
    remember_clean_close(plans[0], record)  # closed again: now the most recent
    kept = json.loads(record.read_text(encoding="utf-8"))
    assert len(kept) == KEPT_CLEAN_CLOSES
    assert was_closed_cleanly(plans[0], record)
    assert was_closed_cleanly(plans[-1], record)
    # The five oldest made room for the last five, and the sixth for the one closed again.
    assert not any(was_closed_cleanly(plan, record) for plan in plans[1:6])
    assert was_closed_cleanly(plans[6], record)


def test_only_a_file_that_was_not_closed_cleanly_needs_the_check(tmp_path: Path) -> None:
    record = tmp_path / "state" / "clean-closes.json"
    plan = tmp_path / "plan.db"
    assert not needs_check(plan, record)  # no file: a new plan
    plan.write_bytes(b"plan")
    assert needs_check(plan, record)  # never closed here
    remember_clean_close(plan, record)
    assert not needs_check(plan, record)
    plan.write_bytes(b"changed by another program")
    assert needs_check(plan, record)
