"""The plan's own id: a random id in its meta table keying this machine's settings and backups."""

from __future__ import annotations

import os
import re
import sqlite3

from planner.storage.db import Database

PLAN_ID_KEY = "plan_id"
_VALID = re.compile(r"[0-9a-f]{32}")


def new_plan_id() -> str:
    """A fresh random plan id (32 lowercase hex digits)."""
    return os.urandom(16).hex()  # what secrets.token_hex does, without loading OpenSSL


def existing_plan_id(db: Database) -> str | None:
    """The plan's id from meta 'plan_id', or None when it is missing or malformed (never writes).

    Readers use this: a plan without a valid id has no settings on this machine yet.
    """
    try:
        row = db.execute("SELECT value FROM meta WHERE key = ?", [PLAN_ID_KEY]).fetchone()
    except sqlite3.Error:  # a damaged or foreign file without a meta table
        return None
    value = row[0] if row is not None else None
    return value if isinstance(value, str) and _VALID.fullmatch(value) else None


def plan_id(db: Database) -> str:
    """The plan's id from meta 'plan_id'; a missing or malformed one is replaced by a new id.

    Unlike the database id in exported calendars, this id is never published, so a plan file
    from elsewhere cannot claim this machine's settings for another plan by copying it.
    Writers use this (storing a setting, keying a backup); migration m004_plan_id gives every
    plan one, so it writes only for a file whose id was removed or damaged.
    """
    value = existing_plan_id(db)
    if value is not None:
        return value
    fresh = new_plan_id()
    with db.atomic():
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [PLAN_ID_KEY, fresh],
        )
    return fresh
