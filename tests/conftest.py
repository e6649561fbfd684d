"""Fixtures that make a fresh world for every test: a migrated database and a fixed clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner.domain.timing import FixedClock
from planner.storage import Store

TODAY = date(2026, 11, 23)  # a Monday


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(TODAY)


@pytest.fixture
def store(clock: FixedClock) -> Iterator[Store]:
    s = Store.memory(clock)
    yield s
    s.close()


@pytest.fixture
def file_store(tmp_path, clock: FixedClock) -> Iterator[Store]:
    s = Store.open(tmp_path / "planner.db", clock)
    yield s
    s.close()
