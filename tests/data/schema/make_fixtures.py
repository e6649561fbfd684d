"""Write one small planner file per schema version, holding a few rows of every table it had.

Run it after adding a migration (``python tests/data/schema/make_fixtures.py``): it writes
``schema_vN.db`` for each version that has no file yet and never rewrites an existing one (those
are the files older versions of the app really left behind). A table without sample rows
below stops it: add a few rows for the new table, and values for new columns.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from planner.storage.migrations import known_names, migrations

HERE = Path(__file__).resolve().parent

# Rows by table, in an order that satisfies the foreign keys. Columns a version did not have
# yet are left out when its file is written.
ROWS: dict[str, list[dict[str, Any]]] = {
    "meta": [{"key": "db_id", "value": "0b7e6c7c-5b43-4c1e-9f3a-2f4a8d1e0001"}],
    "settings": [
        {"key": "backups_keep", "value": "7"},
        {"key": "ui_theme", "value": '"light"'},
    ],
    "companies": [
        {
            "id": 1,
            "name": "Acme Packaging",
            "kind": "customer",
            "industry": "chemicals",
            "website": "https://acme.example",
            "buying_timeframe": "this_year",
            "margin_percent": 22.5,
            "expected_deal_size": 120000.0,
            "growth_potential": "high",
            "our_annual_revenue": 350000.0,
            "estimated_annual_wallet": 900000.0,
            "contract_start": "2025-01-01",
            "contract_end": "2027-03-31",
            "renewal_notice_days": 90,
            "health": "at_risk",
            "health_reason": "New buyer, price review",
            "tier_override": "A",
            "notes": "Line one\nline two; with, punctuation \\ and ünïcödé",
            "street": "12 rue de la République",
            "postal_code": "69002",
            "city": "Lyon",
            "region": "Auvergne-Rhône-Alpes",
            "country": "France",
            "latitude": 45.7640,
            "longitude": 4.8357,
        },
        {"id": 2, "name": "Globex Foods", "kind": "dream_client"},
        {"id": 3, "name": "Initech", "kind": "prospect", "industry": "software"},
    ],
    "competitors": [
        {"id": 1, "company_id": 1, "position": 0, "name": "PackRight", "supplies": "film"},
        {
            "id": 2,
            "company_id": 2,
            "position": 0,
            "name": "Unifold",
            "supplies": "boxes",
            "contract_end": "2027-05-26",
        },
    ],
    "contacts": [
        {
            "id": 1,
            "company_id": 1,
            "first_name": "Ada",
            "last_name": "Lovelace",
            "title": "Head of Procurement",
            "level": "executive",
            "buying_role": "decision_maker",
            "email": "ada@acme.example",
            "phone": "+44 20 7946 0000",
            "profile_url": "https://www.linkedin.com/in/ada",
            "notes": "Prefers mornings",
        },
        {"id": 2, "company_id": 2, "first_name": "Grace", "last_name": "Hopper"},
        {"id": 3, "company_id": None, "first_name": "Alan", "last_name": ""},
    ],
    "employments": [
        {
            "id": 1,
            "contact_id": 1,
            "company_id": 3,
            "title": "Buyer",
            "start": "2019-04-01",
            "end": "2024-12-31",
        },
        {
            "id": 2,
            "contact_id": 1,
            "company_id": 1,
            "title": "Head of Procurement",
            "start": "2025-01-01",
            "end": None,
        },
        {"id": 3, "contact_id": 2, "company_id": 2, "title": "", "start": None, "end": None},
    ],
    "content_items": [
        {
            "id": 1,
            "title": "Five Questions Before Your Contract Renews",
            "kind": "article",
            "link": "https://example.com/five",
            "topics": '["renewal"]',
            "segment_kinds": '["customer"]',
            "segment_levels": '["executive"]',
            "segment_industries": "[]",
            "notes": "",
        },
        {"id": 2, "title": "Cost calculator", "kind": "other"},
    ],
    "touchpoints": [
        {
            "id": 1,
            "company_id": 1,
            "contact_id": 1,
            "day": "2026-11-24",
            "time": "10:00",
            "duration_minutes": 45,
            "tz": "Europe/Berlin",
            "channel": "meeting",
            "purpose": "renewal",
            "status": "planned",
            "title": "Renewal review",
            "notes": "Bring the numbers",
            "reason": "Renewal runway",
            "outcome": "",
            "completed_at": None,
            "content_id": None,
            "revision": 3,
            "updated_at": "2026-11-20T08:00:00+00:00",
            "plan_key": "2026-11-23:1:1:renewal",
        },
        {
            "id": 2,
            "company_id": 1,
            "contact_id": 1,
            "day": "2026-11-02",
            "time": None,
            "channel": "content",
            "purpose": "value_add",
            "status": "done",
            "title": "Send the article",
            "outcome": "Read it",
            "completed_at": "2026-11-02T15:00:00+00:00",
            "content_id": 1,
        },
        {
            "id": 3,
            "company_id": 2,
            "contact_id": None,
            "day": "2026-12-01",
            "channel": "call",
            "purpose": "discovery",
            "status": "cancelled",
        },
    ],
    "content_sends": [
        {"id": 1, "content_id": 1, "contact_id": 1, "sent_on": "2026-11-02", "touchpoint_id": 2},
        {"id": 2, "content_id": 2, "contact_id": 2, "sent_on": "2026-10-01", "touchpoint_id": None},
    ],
    "screenings": [
        {
            "id": 1,
            "company_id": 3,
            "screened_on": "2026-10-15",
            "verdict": "no_potential",
            "estimated_spend_elsewhere": 15000.0,
            "reason": "price",
            "notes": "Re-check next year",
        },
    ],
    "import_batches": [
        {
            "id": 1,
            "created_at": "2026-11-01T09:00:00+00:00",
            "source": "contacts.vcf",
            "format": "vcard",
            "target": "contacts",
            "new_count": 1,
            "updated_count": 1,
            "unchanged_count": 0,
            "invalid_count": 0,
            "undone_at": None,
        },
    ],
    "import_changes": [
        {"id": 1, "batch_id": 1, "entity": "contact", "entity_id": 3, "action": "created"},
        {
            "id": 2,
            "batch_id": 1,
            "entity": "contact",
            "entity_id": 2,
            "action": "updated",
            "field": "email",
            "old_value": '""',
            "new_value": '"grace@globex.example"',
        },
    ],
    "plan_dismissals": [
        {
            "key": "1:1:renewal:2026-11-23",
            "week": "2026-11-23",
            "company_id": 1,
            "summary": "Renewal: Ada Lovelace",
        },
        {"key": "2:0:discovery:2026-11-30", "week": "2026-11-30", "company_id": 2},
    ],
    # Filled by their triggers from the rows above.
    "contact_touch_facts": [],
    "company_touch_facts": [],
    "level_touch_facts": [],
    # The triggers of m009 queue touch-points 1 and 2 as they are inserted above.
    "calendar_outbox": [{"touchpoint_id": 99, "change": 7}],
    "calendar_objects": [
        {
            "touchpoint_id": 1,
            "uid": "tp-1-0b7e6c7c-5b43-4c1e-9f3a-2f4a8d1e0001@nurture-planner",
            "href": "/rep/plan/tp-1-0b7e6c7c-5b43-4c1e-9f3a-2f4a8d1e0001@nurture-planner.ics",
            "etag": '"e1"',
            "sequence": 1,
            "fingerprint": "0f" * 16,
            "start": "2026-11-24T09:00:00Z",
        },
    ],
    "calendar_sync": [{"key": "sync_token", "value": "http://radicale.org/ns/sync/1"}],
    "calendar_conflicts": [
        {
            "touchpoint_id": 1,
            "detected_at": "2026-11-21T10:00:00Z",
            "plan_start": "2026-11-24T09:00:00Z",
            "calendar_start": "2026-11-25T09:00:00Z",
            "calendar_status": "CONFIRMED",
        },
    ],
}


IGNORED_TABLES = frozenset({"_sqlite_migrations"})


def _derived(table: str) -> bool:
    """Tables filled by triggers from the others: search indexes and the book's counts."""
    return table == "book_counts" or "_fts" in table


def fixture_path(version: int) -> Path:
    return HERE / f"schema_v{version}.db"


def write_fixture(version: int, path: Path) -> None:
    """A file as version `version` of the app left it: its migrations applied and sample rows."""
    names = known_names()
    db = Database(path, execute_plugins=False)
    try:
        if version < len(names):
            migrations.apply(db, stop_before=names[version])
        else:
            migrations.apply(db)
        db.execute(f"PRAGMA user_version = {version}")
        tables = {t for t in db.table_names() if t not in IGNORED_TABLES and not _derived(t)}
        missing = tables - set(ROWS)
        if missing:
            raise SystemExit(f"Add sample rows for {', '.join(sorted(missing))} to ROWS first.")
        with db.atomic():
            for table, rows in ROWS.items():
                if table not in tables:
                    continue
                columns = set(db[table].columns_dict)
                for row in rows:
                    values = {k: v for k, v in row.items() if k in columns}
                    names_sql = ", ".join(f'"{k}"' for k in values)
                    marks = ", ".join("?" for _ in values)
                    db.execute(
                        f'INSERT INTO "{table}" ({names_sql}) VALUES ({marks})',
                        list(values.values()),
                    )
        db.execute("VACUUM")
    finally:
        db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def main() -> int:
    for version in range(1, len(known_names()) + 1):
        path = fixture_path(version)
        if path.exists():
            print(f"kept    {path.name}")
            continue
        write_fixture(version, path)
        print(f"written {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
