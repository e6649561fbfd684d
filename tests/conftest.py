"""Fixtures that make a fresh world for every test: a migrated database and a fixed clock."""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner.domain.timing import FixedClock
from planner.nurture import workweek
from planner.storage import Store

TODAY = date(2026, 11, 23)  # a Monday


@pytest.fixture(autouse=True)
def _private_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Per-user data, log, config and cache folders under a temporary folder for every test.

    Backups, logs and the demo plan go to the user's folders by default; no test writes there.
    """
    root = tmp_path_factory.mktemp("user")
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(
            name, str(root / name.removeprefix("XDG_").removesuffix("_HOME").lower())
        )


@pytest.fixture(autouse=True)
def _no_locale_holidays(monkeypatch: pytest.MonkeyPatch) -> None:
    """Public holidays "from the locale" mean none in tests, whatever the machine's language.

    A test that wants holidays chooses a country; the locale lookup has its own test.
    """
    monkeypatch.setattr(workweek, "locale_country", lambda: workweek.HOLIDAYS_NONE)


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


def _corrupt_middle(path: Path) -> None:
    """Overwrite whole pages in the middle of a real database; its header page stays valid."""
    data = bytearray(path.read_bytes())
    page = 4096
    pages = len(data) // page
    assert pages >= 6, "the database is too small to damage its middle"
    rng = random.Random(7)
    for n in range(pages // 2, pages // 2 + 3):
        data[n * page : (n + 1) * page] = rng.randbytes(page)
    path.write_bytes(bytes(data))


@pytest.fixture
def damage() -> Callable[[Path], None]:
    """A function that damages a closed database file the way a failing disk would."""
    return _corrupt_middle
