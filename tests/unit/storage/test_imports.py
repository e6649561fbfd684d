"""Import batches: the cache an import runs with, listing batches and undoing the last one."""

from __future__ import annotations

import pytest

from planner.domain.errors import NotFoundError, ValidationError
from planner.storage import Store


def _cache(store: Store, schema: str) -> int:
    return int(store.db.execute(f"PRAGMA {schema}.cache_size").fetchone()[0])


def test_an_import_runs_with_a_bounded_larger_cache(store: Store) -> None:
    before = (_cache(store, "main"), _cache(store, "temp"))
    with store.imports.larger_cache():
        assert _cache(store, "main") == -64 * 1024
        assert _cache(store, "temp") == -16 * 1024
    assert (_cache(store, "main"), _cache(store, "temp")) == before


def test_batches_are_listed_newest_first_and_undone_once(store: Store) -> None:
    ids = []
    for name in ("a.csv", "b.csv"):
        with store.transaction():
            writer = store.imports.begin(name, "csv", "contacts")
            writer.create_contact({"first_name": name, "last_name": ""})
            ids.append(store.imports.finish(writer, 1, 0, 0, 0).id)
    assert [b.source for b in store.imports.all()] == ["b.csv", "a.csv"]
    last = store.imports.last_undoable()
    assert last is not None
    assert last.id == ids[1]
    store.imports.undo(ids[1])
    with pytest.raises(ValidationError):
        store.imports.undo(ids[1])
    assert store.imports.last_undoable().id == ids[0]  # type: ignore[union-attr]
    with pytest.raises(NotFoundError):
        store.imports.get(999)
