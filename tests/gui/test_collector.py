"""The cyclic collector paused while a worker builds rows, and set back after."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from planner.ui.collector import collection_paused


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    gc.unfreeze()
    if was:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_paused_inside_and_back_after(collector_on: None) -> None:
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_it_stays_off_when_it_was_off_before(collector_on: None) -> None:
    gc.disable()
    with collection_paused():
        pass
    assert not gc.isenabled()


def test_what_was_built_can_be_set_aside_from_later_collections(collector_on: None) -> None:
    gc.unfreeze()
    with collection_paused(freeze_after=True):
        rows = [[n] for n in range(1000)]
    assert gc.get_freeze_count() >= len(rows)
    with collection_paused():
        pass
    assert gc.isenabled()


def test_it_is_back_after_an_error(collector_on: None) -> None:
    with pytest.raises(RuntimeError), collection_paused():
        raise RuntimeError("the worker failed")
    assert gc.isenabled()
