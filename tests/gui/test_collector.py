"""The cyclic collector paused while a worker builds rows, and what is kept set aside from it."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from planner.ui.collector import SetAside, collection_paused


class Cycle:
    """An object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


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


def test_what_is_alive_is_set_aside_and_what_is_garbage_collected_first(
    collector_on: None,
) -> None:
    gc.unfreeze()
    aside = SetAside()
    garbage = Cycle()
    collected = weakref.ref(garbage)
    del garbage
    rows = [[n] for n in range(1000)]
    aside.set_aside()
    assert collected() is None
    assert gc.get_freeze_count() >= len(rows)
    tracked = {id(o) for o in gc.get_objects()}
    assert not [row for row in rows if id(row) in tracked]
    aside.give_back()
    assert gc.get_freeze_count() == 0
    assert not aside.active


def test_a_sweep_collects_what_died_while_set_aside_and_sets_aside_the_rest(
    collector_on: None,
) -> None:
    gc.unfreeze()
    aside = SetAside()
    cycle, rows = Cycle(), [[n] for n in range(1000)]
    died = weakref.ref(cycle)
    aside.set_aside()
    del cycle
    gc.collect()
    assert died() is not None  # set aside: not visited
    aside.sweep()
    assert died() is None
    tracked = {id(o) for o in gc.get_objects()}
    assert not [row for row in rows if id(row) in tracked]


def test_nothing_is_given_back_that_it_did_not_set_aside(collector_on: None) -> None:
    gc.freeze()  # as the app does once start-up is done
    frozen = gc.get_freeze_count()
    SetAside().give_back()
    assert gc.get_freeze_count() == frozen


def test_it_is_back_after_an_error(collector_on: None) -> None:
    with pytest.raises(RuntimeError), collection_paused():
        raise RuntimeError("the worker failed")
    assert gc.isenabled()
