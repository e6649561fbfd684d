"""A read-only store for worker threads: it reads what the writer saved and never writes."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from planner.domain.errors import StorageError
from planner.domain.model import Company
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.read_only import open_read_only_store

CLOCK = FixedClock.on(date(2026, 11, 23))


def test_it_reads_what_the_writer_committed_even_while_the_writer_is_open(tmp_path: Path) -> None:
    writer = Store.open(tmp_path / "plan.db", CLOCK)
    writer.companies.add(Company("Acme"))
    reader = open_read_only_store(tmp_path / "plan.db", CLOCK)
    assert [c.name for c in reader.companies.all()] == ["Acme"]
    writer.companies.add(Company("Globex"))
    assert [c.name for c in reader.companies.all()] == ["Acme", "Globex"]
    reader.db.conn.close()
    writer.close()


def test_it_refuses_to_write(tmp_path: Path) -> None:
    Store.open(tmp_path / "plan.db", CLOCK).close()
    reader = open_read_only_store(tmp_path / "plan.db", CLOCK)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.companies.add(Company("Nope"))
    reader.db.conn.close()
    check = Store.open(tmp_path / "plan.db", CLOCK)
    assert check.companies.all() == []
    check.close()


def test_a_missing_file_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(StorageError):
        open_read_only_store(tmp_path / "missing.db", CLOCK)
    assert not (tmp_path / "missing.db").exists()
