"""Python's cyclic garbage collector kept out of the way while a worker thread builds rows."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collection_paused(*, freeze_after: bool = False) -> Iterator[None]:
    """The cyclic collector paused while a worker builds thousands of rows or entries.

    A collection holds the interpreter lock and visits every object alive, so one started in a
    worker stops the GUI thread too (gaps of 40–110 ms on the stress book). What the workers
    build has no reference cycles (plain rows and frozen dataclasses, freed by their reference
    counts), so nothing waits on the collector meanwhile. With `freeze_after`, what is alive
    at the end is set aside from it (`gc.freeze`): a busy week's entries, kept by the read
    side, are then not walked by every later collection. The cost is that cyclic garbage alive
    at that moment is never collected.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if freeze_after:
                gc.freeze()
            gc.enable()
