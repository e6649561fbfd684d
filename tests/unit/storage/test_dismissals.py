"""Dismissed suggestions live in the plan file, by plan key, and survive an upgrade."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.dismissals import (
    Dismissal,
    dismiss,
    dismissals_of_week,
    dismissed_keys,
    forget_before,
    restore,
)
from planner.storage.portfolio import load_portfolio

SCHEMA = Path(__file__).resolve().parents[2] / "data" / "schema"
WEEK = date(2026, 11, 23)


def test_dismiss_and_restore_are_by_plan_key(store: Store) -> None:
    first = Dismissal("1:0:check_in:2026-11-23", WEEK, None, "Check in: Acme")
    second = Dismissal("2:5:value_add:2026-11-30", date(2026, 11, 30))
    assert dismiss(store, [first, second, first]) == [first, second]
    assert dismiss(store, [first]) == []  # already dismissed
    assert dismissals_of_week(store, WEEK) == [first]
    assert dismissed_keys(store) == {first.key, second.key}
    assert dismissed_keys(store, date(2026, 11, 30)) == {second.key}
    assert restore(store, [first.key, "nope"]) == [first]
    assert dismissed_keys(store) == {second.key}
    assert forget_before(store, date(2026, 12, 7)) == 1
    assert dismissed_keys(store) == frozenset()


def test_the_portfolio_carries_this_and_later_weeks_dismissals(store: Store) -> None:
    old = Dismissal("1:0:check_in:2026-11-16", date(2026, 11, 16))
    now = Dismissal("1:0:check_in:2026-11-23", WEEK)
    dismiss(store, [old, now])
    # Wednesday: the planning week is the one starting on Monday.
    assert load_portfolio(store, date(2026, 11, 25)).dismissed == {now.key}


def test_dismissals_kept_among_the_settings_move_into_the_table(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "plan.db"
    shutil.copyfile(SCHEMA / "schema_v3.db", path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES ('nurture_dismissed', ?)",
            [json.dumps({"2026-11-23": ["1:1:renewal:2026-11-23", "99:0:x:2026-11-23"]})],
        )
    conn.close()
    store = Store.open(path, clock, backup_dir=tmp_path / "backups")
    try:
        # The one of an account that no longer exists is dropped.
        assert dismissals_of_week(store, WEEK) == [Dismissal("1:1:renewal:2026-11-23", WEEK, 1)]
        assert store.setting("nurture_dismissed") is None
    finally:
        store.close()
