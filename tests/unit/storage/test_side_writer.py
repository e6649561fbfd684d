"""A second writer on an open plan: it writes beside the first, and never creates a lost file."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from planner.domain.errors import DatabaseLockedError, StorageError
from planner.domain.model import Company
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.file_state import was_closed_cleanly
from planner.storage.side_writer import open_side_writer


def test_it_writes_what_the_first_connection_reads(file_store: Store, clock: FixedClock) -> None:
    assert file_store.path is not None
    side = open_side_writer(file_store.path, clock, file_store.folders)
    try:
        with side.transaction():
            side.companies.add(Company("Written aside"))
    finally:
        side.close()
    assert [c.name for c in file_store.companies.all()] == ["Written aside"]


def test_closing_it_does_not_vouch_for_the_file(file_store: Store, clock: FixedClock) -> None:
    assert file_store.path is not None
    side = open_side_writer(file_store.path, clock, file_store.folders)
    side.close()
    assert not was_closed_cleanly(file_store.path, file_store.folders.clean_closes)


def test_a_vanished_file_is_refused_not_created(file_store: Store, clock: FixedClock) -> None:
    assert file_store.path is not None
    moved = file_store.path.with_name("moved.db")
    file_store.path.rename(moved)
    with pytest.raises(StorageError, match="does not exist"):
        open_side_writer(file_store.path, clock, file_store.folders)
    assert not file_store.path.exists()


def test_another_programs_write_is_waited_for_then_refused_plainly(
    file_store: Store, clock: FixedClock
) -> None:
    path = file_store.path
    assert isinstance(path, Path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    side = open_side_writer(path, clock, file_store.folders, busy_timeout_ms=50)
    try:
        with pytest.raises(DatabaseLockedError), side.transaction():
            side.companies.add(Company("Never"))
    finally:
        side.close()
        other.execute("ROLLBACK")
        other.close()
    assert file_store.companies.all() == []


def test_a_file_that_took_the_plans_place_is_refused(file_store: Store, clock: FixedClock) -> None:
    """A restored backup (or a sync tool's copy) at the plan's path is not the file the window
    opened: a worker must not write into it."""
    path = file_store.path
    assert isinstance(path, Path)
    opened = file_store.db.identity  # type: ignore[attr-defined]
    side = open_side_writer(path, clock, file_store.folders, identity=opened)
    side.close()  # the same file: accepted
    copy = path.with_name("restored.db")
    shutil.copyfile(path, copy)
    os.replace(copy, path)
    with pytest.raises(StorageError, match="was replaced"):
        open_side_writer(path, clock, file_store.folders, identity=opened)
