"""The names of this version's migrations, known without loading them (or sqlite-utils).

A command that only reads compares a plan file against these to tell that it needs neither
migrating nor refusing as newer; `migrations.known_names()` must list the same names in the
same order (a test checks): a new migration appends its name here too.
"""

from __future__ import annotations

MIGRATION_NAMES: tuple[str, ...] = (
    "m001_initial",
    "m002_screenings",
    "m003_import_batches",
    "m004_dismissals",
    "m005_plan_id",
    "m006_addresses",
    "m007_read_side_search",
    "m008_touch_facts",
    "m009_calendar_outbox",
    "m010_time_off",
    "m011_search_everything",
    "m012_week_plan_ranking",
    "m013_contract_end_indexes",
    "m014_contact_delete_facts_when_touched",
    "m015_plan_dismissals_company_index",
)
