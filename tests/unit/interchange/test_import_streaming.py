"""A large CSV file is read row by row: memory does not grow with the number of rows."""

from __future__ import annotations

import tracemalloc

from planner.interchange.importer import ImportSource

HEADER = "first_name,last_name,company,title,level,buying_role,email,phone,profile_url,notes\n"


def _csv(rows: int) -> bytes:
    lines = (f"Ann{i},Lee{i},Co {i % 500},,,,{i}@x.de,,,\n" for i in range(rows))
    return (HEADER + "".join(lines)).encode()


def _peak_reading(data: bytes) -> int:
    """Python's peak allocation while opening the file and reading every row through it."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        source = ImportSource.from_bytes(data, "contacts.csv")
        count = sum(1 for row in source.iter_rows() if row.is_valid)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert count == source.row_count()
    return peak


def test_reading_rows_holds_the_text_not_the_rows() -> None:
    data = _csv(100_000)
    peak = _peak_reading(data)
    # The decoded text and a few rows in flight; held rows would take over 50 MB.
    assert peak < 3 * len(data)


def test_memory_beyond_the_text_does_not_grow_with_the_rows() -> None:
    # The bytes decoded to text (and the decoder's copy) are all that scale with the file.
    for rows in (10_000, 100_000):
        data = _csv(rows)
        assert _peak_reading(data) - 2 * len(data) < 1_000_000
