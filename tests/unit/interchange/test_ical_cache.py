"""The cached export writes the same bytes as rendering every event, and re-renders changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from planner.cli import main
from planner.domain.model import Channel, CompanyKind
from planner.domain.timing import FixedClock
from planner.interchange import ical_cache
from planner.interchange.ical_export import ExportOptions, collect_entries, export_calendar
from planner.interchange.ical_files import export_to_file
from planner.storage import Store
from planner.storage.event_cache import EventTextCache, cache_path

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def plan(tmp_path: Path) -> Store:
    path = tmp_path / "plan.db"
    assert main(["demo", "--db", str(path), "--today", TODAY.isoformat()]) == 0
    store = Store.open(path, FixedClock.on(TODAY))
    yield store
    store.close()


@pytest.mark.parametrize("alarm", [None, 15])
def test_the_cached_export_is_byte_identical_before_and_after_edits(plan, tmp_path, alarm):
    options = ExportOptions(alarm_minutes=alarm, include_done=True)
    out = tmp_path / "plan.ics"

    def expected() -> bytes:
        entries = collect_entries(plan, options, TODAY)
        return export_calendar(entries, options, plan.database_id, NOW)

    export_to_file(plan, out, options, TODAY, NOW)  # fills the cache
    assert out.read_bytes() == expected()
    export_to_file(plan, out, options, TODAY, NOW)  # from the cache
    assert out.read_bytes() == expected()

    entry = collect_entries(plan, options, TODAY)[3]
    tp = entry.touchpoint
    plan.touchpoints.update(tp.replace(day=tp.day + timedelta(days=1), time=time(11, 30)))
    company = plan.companies.get(entry.touchpoint.company_id)
    plan.companies.update(company.replace(name=company.name + " Group"))
    export_to_file(plan, out, options, TODAY, NOW)
    data = out.read_bytes()
    assert data == expected()
    assert f"{company.name} Group".encode() in data.replace(b"\r\n ", b"")


def test_only_changed_events_are_rendered_again(plan, tmp_path, monkeypatch):
    options = ExportOptions()
    out = tmp_path / "plan.ics"
    export_to_file(plan, out, options, TODAY, NOW)
    rendered: list[int] = []
    real = ical_cache._event

    def counting(entry, *args):
        rendered.append(entry.touchpoint.id)
        return real(entry, *args)

    monkeypatch.setattr(ical_cache, "_event", counting)
    export_to_file(plan, out, options, TODAY, NOW)
    assert rendered == []
    tp = collect_entries(plan, options, TODAY)[0].touchpoint
    plan.touchpoints.update(tp.replace(title="Changed"))
    export_to_file(plan, out, options, TODAY, NOW)
    assert rendered == [tp.id]


def test_a_broken_cache_file_only_means_rendering_again(plan, tmp_path):
    path = cache_path(plan.database_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not a database at all" * 100)
    options = ExportOptions()
    out = tmp_path / "plan.ics"
    export_to_file(plan, out, options, TODAY, NOW)
    entries = collect_entries(plan, options, TODAY)
    assert out.read_bytes() == export_calendar(entries, options, plan.database_id, NOW)
    EventTextCache(path).close()


@pytest.mark.parametrize(
    "options",
    [
        ExportOptions(kinds=frozenset({CompanyKind.CUSTOMER})),
        ExportOptions(channels=frozenset({Channel.CALL, Channel.MEETING}), include_done=True),
        ExportOptions(tiers=frozenset({"A"})),
        ExportOptions(first=TODAY - timedelta(days=30), last=TODAY + timedelta(days=30)),
        ExportOptions(kinds=frozenset()),
    ],
)
def test_filters_and_ranges_select_what_collect_entries_selects(plan, tmp_path, options):
    def tier_of(company_id: int) -> str | None:
        return "A" if company_id % 2 else "B"

    out = tmp_path / "plan.ics"
    for _ in range(2):  # rendered, then from the cache
        count = export_to_file(plan, out, options, TODAY, NOW, tier_of)
        entries = collect_entries(plan, options, TODAY, tier_of)
        assert count == len(entries)
        assert out.read_bytes() == export_calendar(entries, options, plan.database_id, NOW)
