"""Benchmark fixtures: heavy and stress portfolios generated once per session and cached."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from measure import SIZES, portfolio


@pytest.fixture(scope="session")
def portfolios() -> dict[str, Path]:
    """The heavy and stress databases (cached under the temp folder by size, seed and demo)."""
    return {size: portfolio(size).path for size in SIZES}


@pytest.fixture(scope="session", params=SIZES)
def size(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def db(portfolios: dict[str, Path], size: str) -> Path:
    return portfolios[size]
