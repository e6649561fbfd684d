"""Reads kept while the file is unchanged, and read again after any change to it."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from planner.domain.model import Status
from planner.storage import Store
from planner.storage.read_side.agenda import entries_between
from planner.storage.read_side.memo import ReadMemo

from ..books import add_company, add_touchpoint, id_of

MONDAY = date(2026, 11, 23)  # the conftest clock's today


def counted(memo: ReadMemo, key: str, calls: list[str]) -> str:
    def read() -> str:
        calls.append(key)
        return f"result {len(calls)}"

    return memo.get(key, read)


def test_a_read_of_an_unchanged_file_is_kept(store: Store) -> None:
    memo = ReadMemo(store.db)
    calls: list[str] = []
    first = counted(memo, "week", calls)
    assert counted(memo, "week", calls) == first
    assert calls == ["week"]
    counted(memo, "marks", calls)
    assert calls == ["week", "marks"]


def test_a_write_of_this_connection_reads_again(store: Store) -> None:
    acme = add_company(store)
    before = store.read.week(MONDAY)
    tp = add_touchpoint(store, acme, MONDAY)
    assert [e.touchpoint.id for e in store.read.week(MONDAY)] == [
        *(e.touchpoint.id for e in before),
        id_of(tp),
    ]
    store.touchpoints.update(tp.replace(status=Status.DONE))
    (entry,) = store.read.week(MONDAY)
    assert entry.touchpoint.status is Status.DONE
    assert store.read.day_counts(MONDAY, MONDAY + timedelta(days=6)) == {MONDAY: 1}
    store.touchpoints.delete(id_of(tp))
    assert store.read.week(MONDAY) == []
    assert store.read.day_counts(MONDAY, MONDAY + timedelta(days=6)) == {}


def test_a_commit_of_another_program_reads_again(file_store: Store) -> None:
    acme = add_company(file_store)
    assert file_store.read.week(MONDAY) == []
    assert file_store.path is not None
    other = sqlite3.connect(file_store.path)
    try:
        with other:
            other.execute(
                "INSERT INTO touchpoints (company_id, day, duration_minutes, tz, channel, purpose,"
                " status, title, notes, reason, outcome, revision, updated_at)"
                " VALUES (?, ?, 30, 'UTC', 'call', 'check_in', 'planned', 'From the CLI',"
                " '', '', '', 1, '2026-11-23T09:00:00+00:00')",
                [acme.id, MONDAY.isoformat()],
            )
    finally:
        other.close()
    assert [e.touchpoint.title for e in file_store.read.week(MONDAY)] == ["From the CLI"]


def test_nothing_is_kept_inside_a_transaction_that_is_rolled_back(store: Store) -> None:
    acme = add_company(store)
    seen: list[int] = []

    def failing_action() -> None:
        with store.transaction():
            add_touchpoint(store, acme, MONDAY)
            seen.append(len(store.read.week(MONDAY)))
            raise RuntimeError("the action fails")

    with pytest.raises(RuntimeError):
        failing_action()
    assert seen == [1]
    assert store.read.week(MONDAY) == []


def test_a_week_read_elsewhere_is_kept_only_while_the_file_is_as_it_was(store: Store) -> None:
    acme = add_company(store)
    tp = add_touchpoint(store, acme, MONDAY)
    read = store.read
    first = MONDAY - timedelta(days=1)
    assert read.kept_week(first, 9) is None  # nothing read yet: nothing kept, nothing read
    state = read.file_state()
    assert state is not None
    # As another connection (a worker's) would have read it.
    elsewhere = entries_between(store.db, first, first + timedelta(days=8))
    assert read.keep_week(first, 9, elsewhere, state)
    kept = read.kept_week(first, 9)
    assert kept is not None
    assert [e.touchpoint.id for e in kept] == [id_of(tp)]
    assert all(a is b for a, b in zip(kept, read.week(first, 9), strict=True))
    # A write since: the week read before it is neither kept nor handed out.
    store.touchpoints.update(tp.replace(status=Status.DONE))
    assert read.kept_week(first, 9) is None
    assert not read.keep_week(first, 9, elsewhere, state)
    assert read.week(first, 9)[0].touchpoint.status is Status.DONE


def test_nothing_read_elsewhere_is_kept_inside_a_transaction(store: Store) -> None:
    state = store.read.file_state()
    assert state is not None
    with store.transaction():
        assert store.read.file_state() is None
        assert not store.read.keep_week(MONDAY, 7, [], state)
    assert store.read.kept_week(MONDAY, 7) is None
