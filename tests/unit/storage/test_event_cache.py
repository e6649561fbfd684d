"""The cache of rendered events: kept by touch-point id, replaced per id, and never in the way."""

from __future__ import annotations

from pathlib import Path

from planner.storage.event_cache import EventTextCache, cache_path


def test_rows_are_kept_and_replaced_per_id(tmp_path: Path) -> None:
    cache = EventTextCache(tmp_path / "cache" / "events.sqlite")
    cache.put([(1, "a", b"BEGIN:VEVENT 1"), (2, "b", b"BEGIN:VEVENT 2")])
    cache.put([(2, "c", b"BEGIN:VEVENT 2 moved")])
    assert cache.get([1, 2, 3]) == {1: ("a", b"BEGIN:VEVENT 1"), 2: ("c", b"BEGIN:VEVENT 2 moved")}
    assert cache.get([]) == {}
    cache.close()
    again = EventTextCache(tmp_path / "cache" / "events.sqlite")
    assert again.get([1]) == {1: ("a", b"BEGIN:VEVENT 1")}
    again.close()
    again.close()  # closing twice is harmless


def test_a_cache_that_cannot_be_opened_remembers_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    cache = EventTextCache(blocker / "events.sqlite")
    cache.put([(1, "a", b"x")])
    assert cache.get([1]) == {}


def test_a_closed_or_memory_cache_still_answers(tmp_path: Path) -> None:
    memory = EventTextCache(None)
    memory.put([(5, "f", b"e")])
    assert memory.get([5]) == {5: ("f", b"e")}
    memory.close()
    assert memory.get([5]) == {}


def test_each_plan_has_its_own_cache_file() -> None:
    assert cache_path("one") != cache_path("two")
    assert cache_path("one").name == "ics-events-one.sqlite"
