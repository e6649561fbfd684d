"""Every plan has its own random id; a damaged one is replaced, never shared."""

from __future__ import annotations

from pathlib import Path

from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.identity import plan_id


def test_each_plan_has_a_stable_random_id(tmp_path: Path, clock: FixedClock) -> None:
    a = Store.open(tmp_path / "a.db", clock)
    b = Store.open(tmp_path / "b.db", clock)
    try:
        first = plan_id(a.db)
        assert first == plan_id(a.db)
        assert len(first) == 32
        assert first != plan_id(b.db)
        assert first != a.database_id  # the published calendar id is another one
    finally:
        a.close()
        b.close()
    again = Store.open(tmp_path / "a.db", clock)
    try:
        assert plan_id(again.db) == first
    finally:
        again.close()


def test_a_malformed_id_is_replaced(store: Store) -> None:
    store.db.execute("UPDATE meta SET value = '../../x' WHERE key = 'plan_id'")
    fresh = plan_id(store.db)
    assert len(fresh) == 32
    assert fresh.isalnum()
    assert plan_id(store.db) == fresh
    store.db.execute("DELETE FROM meta WHERE key = 'plan_id'")
    assert plan_id(store.db) != fresh


def test_reading_the_id_never_writes(store: Store) -> None:
    from planner.storage.identity import existing_plan_id

    store.db.execute("DELETE FROM meta WHERE key = 'plan_id'")
    assert existing_plan_id(store.db) is None
    assert store.db.execute("SELECT count(*) FROM meta WHERE key = 'plan_id'").fetchone()[0] == 0
    made = plan_id(store.db)
    assert existing_plan_id(store.db) == made
