"""The migration names a quick read knows are this version's migrations, in order."""

from __future__ import annotations

from planner.storage.migrations import known_names
from planner.storage.schema_names import MIGRATION_NAMES


def test_the_names_are_the_migrations_of_this_version() -> None:
    assert list(MIGRATION_NAMES) == list(known_names()), (
        "append the new migration's name to MIGRATION_NAMES in planner/storage/schema_names.py"
    )
