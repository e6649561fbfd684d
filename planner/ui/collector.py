"""Python's cyclic garbage collector kept out of the way while a worker thread builds rows."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """The cyclic collector paused while a worker builds thousands of rows or entries.

    A collection holds the interpreter lock and visits every object alive, so one started in a
    worker stops the GUI thread too (gaps of 40–110 ms on the stress book). What the workers
    build has no reference cycles (plain rows and frozen dataclasses, freed by their reference
    counts), so nothing waits on the collector meanwhile.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class SetAside:
    """Objects alive now kept out of later full collections (`gc.freeze`), swept now and then.

    A full collection visits every object it tracks; with the weeks the read side keeps (a busy
    week of the stress book is some 13,000 objects) one took 85–100 ms on the GUI thread. What
    is alive once a busy week is read is therefore set aside, after what is garbage already has
    been collected: that collection visits only what was made since the last time (a few ms),
    as everything older is set aside. Objects set aside that die later are freed by their
    reference counts; only one that dies in a reference cycle waits, until `sweep` gives
    everything back, collects it and sets aside what is still alive.
    """

    def __init__(self) -> None:
        self.active = False  # something is set aside by this and not given back yet
        self.times = 0  # how often it set aside (tests count them)

    def set_aside(self) -> None:
        """Collect what is garbage now (in this thread), then set aside what is alive."""
        gc.collect()
        gc.freeze()
        self.active = True
        self.times += 1

    def sweep(self) -> None:
        """Give back what is set aside (what start-up set aside too), collect, and set aside
        what is alive: a full collection of everything, for a moment the rep is idle."""
        gc.unfreeze()
        self.set_aside()

    def give_back(self) -> None:
        """Everything set aside back to the collector's oldest generation."""
        if self.active:
            gc.unfreeze()
            self.active = False
