"""The rows of a big table held as ids, with only the pages in view read (and a few kept)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Generic, TypeVar

R = TypeVar("R")

PAGE = 100  # rows read at a time
KEPT_PAGES = 12  # pages kept; older ones are dropped, least recently used first


class RowWindow(Generic[R]):
    """The ordered ids of a table's rows; a row's record is read with its page when needed.

    `read` returns the records of the ids given, by id (one that vanished is left out).
    """

    def __init__(
        self, ids: Sequence[int], read: Callable[[Sequence[int]], Mapping[int, R]]
    ) -> None:
        self._ids = list(ids)
        self._read = read
        self._positions: dict[int, int] | None = None
        self._pages: OrderedDict[int, Mapping[int, R]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._ids)

    def row_of(self, record_id: int) -> int | None:
        """The row of the record with this id, or None."""
        if self._positions is None:
            self._positions = {rid: row for row, rid in enumerate(self._ids)}
        return self._positions.get(record_id)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def record(self, row: int) -> R | None:
        """The record of `row`, read with its page (None if it vanished since)."""
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            page = self._read(self._ids[number * PAGE : (number + 1) * PAGE])
            self._pages[number] = page
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page.get(self._ids[row])

    def pages_held(self) -> int:
        """How many pages of records are held now."""
        return len(self._pages)
