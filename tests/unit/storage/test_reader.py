"""The reader beside the writer: read-only, one consistent state, and others' writes noticed."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from planner.domain.model import Company, CompanyKind
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.reader import (
    Readers,
    ReadInterruptedError,
    consistent_read,
    data_version,
    open_reader,
)


def test_the_reader_cannot_write(file_store: Store, clock: FixedClock) -> None:
    assert file_store.path is not None
    reader = open_reader(file_store.path, clock)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.db.execute("INSERT INTO companies (name, kind) VALUES ('X', 'customer')")
    finally:
        reader.db.close()


def test_the_reader_belongs_to_the_thread_that_opened_it(
    file_store: Store, clock: FixedClock
) -> None:
    assert file_store.path is not None
    reader = open_reader(file_store.path, clock)
    errors: list[BaseException] = []

    def elsewhere() -> None:
        try:
            reader.companies.count()
        except BaseException as error:
            errors.append(error)

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    reader.db.close()
    assert errors
    assert isinstance(errors[0], sqlite3.ProgrammingError)


def test_a_consistent_read_does_not_see_a_write_made_meanwhile(
    file_store: Store, clock: FixedClock
) -> None:
    assert file_store.path is not None
    reader = open_reader(file_store.path, clock)
    try:
        with consistent_read(reader):
            before = reader.companies.count()
            with file_store.transaction():
                file_store.companies.add(Company("Acme", CompanyKind.CUSTOMER))
            assert reader.companies.count() == before
        assert reader.companies.count() == before + 1
    finally:
        reader.db.close()


def test_data_version_moves_for_other_connections_only(
    file_store: Store, clock: FixedClock
) -> None:
    assert file_store.path is not None
    start = data_version(file_store)
    with file_store.transaction():
        file_store.companies.add(Company("Own", CompanyKind.CUSTOMER))
    assert data_version(file_store) == start
    other = Store.open(file_store.path, clock)
    try:
        with other.transaction():
            other.companies.add(Company("Elsewhere", CompanyKind.PROSPECT))
    finally:
        other.close()
    assert data_version(file_store) != start


def test_data_version_of_a_closed_store_is_none(tmp_path, clock: FixedClock) -> None:
    store = Store.open(tmp_path / "plan.db", clock)
    store.close()
    assert data_version(store) is None


def test_a_read_is_stopped_from_another_thread(file_store: Store, clock: FixedClock) -> None:
    assert file_store.path is not None
    readers = Readers(file_store.path, clock)
    started = threading.Event()
    outcome: list[BaseException] = []

    def endless() -> None:
        try:
            with readers.reader() as store:
                started.set()
                store.db.execute(
                    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                    "SELECT count(*) FROM n"
                ).fetchone()
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=endless)
    thread.start()
    started.wait()
    while thread.is_alive():  # an interrupt before the query has begun does nothing; ask again
        readers.interrupt()
        thread.join(0.05)
    assert len(outcome) == 1
    assert isinstance(outcome[0], ReadInterruptedError)
    with pytest.raises(ReadInterruptedError), readers.reader():
        pass


def test_readers_read_until_interrupted(file_store: Store, clock: FixedClock) -> None:
    assert file_store.path is not None
    readers = Readers(file_store.path, clock)
    with readers.reader() as store:
        assert store.companies.count() == 0
