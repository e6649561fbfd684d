"""The schema, as named, append-only migrations: never edit one that has shipped, add another."""

from __future__ import annotations

import json

from sqlite_utils import Database, Migrations

from planner.storage import search_schema
from planner.storage.schema_names import MIGRATION_SET

migrations = Migrations(MIGRATION_SET)


def _run(db: Database, *statements: str) -> None:
    for statement in statements:
        db.execute(statement)


@migrations()
def m001_initial(db: Database) -> None:
    _run(
        db,
        """CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
        """CREATE TABLE companies (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL,
            industry TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            buying_timeframe TEXT NOT NULL DEFAULT 'unknown',
            margin_percent REAL,
            expected_deal_size REAL,
            growth_potential TEXT NOT NULL DEFAULT 'unknown',
            our_annual_revenue REAL,
            estimated_annual_wallet REAL,
            contract_start TEXT,
            contract_end TEXT,
            renewal_notice_days INTEGER,
            health TEXT NOT NULL DEFAULT 'unknown',
            health_reason TEXT NOT NULL DEFAULT '',
            tier_override TEXT,
            notes TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX idx_companies_name ON companies (name COLLATE NOCASE)",
        """CREATE TABLE competitors (
            id INTEGER PRIMARY KEY,
            company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL,
            supplies TEXT NOT NULL DEFAULT '',
            contract_end TEXT
        )""",
        "CREATE INDEX idx_competitors_company ON competitors (company_id)",
        """CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            company_id INTEGER REFERENCES companies (id) ON DELETE SET NULL,
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL DEFAULT 'practitioner',
            buying_role TEXT NOT NULL DEFAULT 'unknown',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            profile_url TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            CHECK (length(trim(first_name || last_name)) > 0)
        )""",
        "CREATE INDEX idx_contacts_company ON contacts (company_id)",
        "CREATE INDEX idx_contacts_name ON contacts (last_name COLLATE NOCASE, first_name)",
        "CREATE INDEX idx_contacts_email ON contacts (email COLLATE NOCASE)",
        """CREATE TABLE employments (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
            company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
            title TEXT NOT NULL DEFAULT '',
            start TEXT,
            "end" TEXT
        )""",
        "CREATE INDEX idx_employments_contact ON employments (contact_id)",
        "CREATE INDEX idx_employments_company ON employments (company_id)",
        """CREATE TABLE content_items (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            kind TEXT NOT NULL,
            link TEXT NOT NULL DEFAULT '',
            topics TEXT NOT NULL DEFAULT '[]',
            segment_kinds TEXT NOT NULL DEFAULT '[]',
            segment_levels TEXT NOT NULL DEFAULT '[]',
            segment_industries TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT ''
        )""",
        """CREATE TABLE touchpoints (
            id INTEGER PRIMARY KEY,
            company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
            contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
            day TEXT NOT NULL,
            time TEXT,
            duration_minutes INTEGER NOT NULL DEFAULT 30,
            tz TEXT NOT NULL DEFAULT 'UTC',
            channel TEXT NOT NULL,
            purpose TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'planned',
            title TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT '',
            completed_at TEXT,
            content_id INTEGER REFERENCES content_items (id) ON DELETE SET NULL,
            revision INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT
        )""",
        "CREATE INDEX idx_touchpoints_day ON touchpoints (day)",
        "CREATE INDEX idx_touchpoints_status_day ON touchpoints (status, day)",
        "CREATE INDEX idx_touchpoints_company_day ON touchpoints (company_id, day)",
        "CREATE INDEX idx_touchpoints_contact_day ON touchpoints (contact_id, day)",
        """CREATE TABLE content_sends (
            id INTEGER PRIMARY KEY,
            content_id INTEGER NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
            sent_on TEXT NOT NULL,
            touchpoint_id INTEGER REFERENCES touchpoints (id) ON DELETE SET NULL
        )""",
        "CREATE INDEX idx_sends_contact ON content_sends (contact_id)",
        "CREATE INDEX idx_sends_content ON content_sends (content_id)",
        "CREATE INDEX idx_sends_touchpoint ON content_sends (touchpoint_id)",
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
    )


def known_names() -> list[str]:
    """The names of every migration this version knows, in order."""
    return [m.name for m in migrations._migrations]


@migrations()
def m002_screenings(db: Database) -> None:
    """Screenings of small accounts, and the plan key that makes accepting a week idempotent."""
    _run(
        db,
        """CREATE TABLE screenings (
            id INTEGER PRIMARY KEY,
            company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
            screened_on TEXT NOT NULL,
            verdict TEXT NOT NULL,
            estimated_spend_elsewhere REAL,
            reason TEXT NOT NULL DEFAULT 'unknown',
            notes TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX idx_screenings_company ON screenings (company_id, screened_on)",
        "ALTER TABLE touchpoints ADD COLUMN plan_key TEXT",
        "CREATE UNIQUE INDEX idx_touchpoints_plan_key ON touchpoints (plan_key)",
    )


@migrations()
def m003_import_batches(db: Database) -> None:
    """Each import as a batch with a log of what it created and the old values it replaced."""
    _run(
        db,
        """CREATE TABLE import_batches (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL,
            target TEXT NOT NULL,
            new_count INTEGER NOT NULL DEFAULT 0,
            updated_count INTEGER NOT NULL DEFAULT 0,
            unchanged_count INTEGER NOT NULL DEFAULT 0,
            invalid_count INTEGER NOT NULL DEFAULT 0,
            undone_at TEXT
        )""",
        """CREATE TABLE import_changes (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            action TEXT NOT NULL,
            field TEXT,
            old_value TEXT,
            new_value TEXT
        )""",
        "CREATE INDEX idx_import_changes_batch ON import_changes (batch_id)",
    )


@migrations()
def m004_dismissals(db: Database) -> None:
    """Suggestions the rep dismissed, by plan key, so every planner leaves them out.

    Moves the dismissals the window used to keep among the settings into the table.
    """
    _run(
        db,
        """CREATE TABLE plan_dismissals (
            key TEXT PRIMARY KEY,
            week TEXT NOT NULL,
            company_id INTEGER REFERENCES companies (id) ON DELETE CASCADE,
            summary TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX idx_plan_dismissals_week ON plan_dismissals (week)",
    )
    row = db.execute("SELECT value FROM settings WHERE key = 'nurture_dismissed'").fetchone()
    if row is None:
        return
    try:
        stored = json.loads(row[0])
    except ValueError:
        stored = {}
    for week, keys in stored.items() if isinstance(stored, dict) else ():
        for key in keys if isinstance(keys, list) else ():
            if not isinstance(key, str) or not isinstance(week, str):
                continue
            company = key.split(":", 1)[0]
            db.execute(
                "INSERT OR IGNORE INTO plan_dismissals (key, week, company_id) "
                "SELECT ?, ?, id FROM companies WHERE id = ?",
                [key, week, int(company) if company.isdigit() else -1],
            )
    db.execute("DELETE FROM settings WHERE key = 'nurture_dismissed'")


@migrations()
def m005_plan_id(db: Database) -> None:
    """A random, never published id for the plan: this machine's settings and backups key on it."""
    import secrets

    db.execute(
        "INSERT OR IGNORE INTO meta (key, value) VALUES ('plan_id', ?)", [secrets.token_hex(16)]
    )


@migrations()
def m006_addresses(db: Database) -> None:
    """Where each account is: a postal address and an optional position the rep can pin."""
    _run(
        db,
        "ALTER TABLE companies ADD COLUMN street TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE companies ADD COLUMN postal_code TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE companies ADD COLUMN city TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE companies ADD COLUMN region TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE companies ADD COLUMN country TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE companies ADD COLUMN latitude REAL",
        "ALTER TABLE companies ADD COLUMN longitude REAL",
    )


@migrations()
def m007_read_side_search(db: Database) -> None:
    """Text search indexes over accounts and contacts (FTS5), and the book's row counts.

    Trigram indexes find any part of a word ("soft" in "Software"); where SQLite lacks the
    trigram tokenizer the indexes use unicode61 and match word beginnings.
    """
    tokenize = "trigram" if search_schema.trigram_available(db) else "unicode61"
    search_schema.search_index(db, "companies", ("name", "industry", "website"), tokenize)
    search_schema.search_index(
        db, "contacts", ("first_name", "last_name", "title", "email", "phone"), tokenize
    )
    _run(
        db,
        # Quick search of one or two letters looks at the beginnings of first names too.
        "CREATE INDEX idx_contacts_first_name ON contacts (first_name COLLATE NOCASE)",
        # The contacts table's order by name, read straight off an index (no sort).
        "CREATE INDEX idx_contacts_sort_name ON contacts "
        "(last_name COLLATE NOCASE, first_name COLLATE NOCASE)",
        "CREATE TABLE book_counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL)",
    )
    for table in ("companies", "contacts", "touchpoints"):
        search_schema.counted(db, table)


@migrations()
def m008_touch_facts(db: Database) -> None:
    """Last done and next planned touch per contact, account and level, kept by triggers."""
    from planner.storage import touch_facts_schema as schema

    _run(db, *schema.TABLES, *schema.REBUILD, *schema.TRIGGERS)


def _queue(row: str) -> str:
    """Trigger statements that queue touch-point `row`.id, or mark it changed once more.

    `change` only grows while an entry is queued, so a sync clears exactly what it saw.
    """
    following = "(SELECT coalesce(max(change), 0) + 1 FROM calendar_outbox)"
    return (
        f"UPDATE calendar_outbox SET change = {following} WHERE touchpoint_id = {row}.id; "
        f"INSERT INTO calendar_outbox (touchpoint_id, change) SELECT {row}.id, {following} "
        f"WHERE NOT EXISTS (SELECT 1 FROM calendar_outbox WHERE touchpoint_id = {row}.id);"
    )


@migrations()
def m009_calendar_outbox(db: Database) -> None:
    """What must go to the rep's calendar server, and what the plan knows of the server's copy.

    Triggers fill the outbox on every write to touchpoints, whatever the code path, in the same
    transaction; a sync empties it. The objects table holds each published event's address,
    ETag and what was last pushed; the conflicts table lists changes made on both sides.
    """
    _run(
        db,
        """CREATE TABLE calendar_outbox (
            touchpoint_id INTEGER PRIMARY KEY,
            change INTEGER NOT NULL
        )""",
        # The triggers read max(change) on every write: an index keeps that one lookup.
        "CREATE INDEX idx_calendar_outbox_change ON calendar_outbox (change)",
        # Plain UPDATE + INSERT ... WHERE NOT EXISTS rather than INSERT OR REPLACE: inside a
        # trigger the outer statement's conflict policy wins (foreign-key actions abort).
        f"""CREATE TRIGGER calendar_outbox_insert AFTER INSERT ON touchpoints BEGIN
            {_queue("NEW")}
        END""",
        f"""CREATE TRIGGER calendar_outbox_update AFTER UPDATE ON touchpoints BEGIN
            {_queue("OLD")}
            {_queue("NEW")}
        END""",
        f"""CREATE TRIGGER calendar_outbox_delete AFTER DELETE ON touchpoints BEGIN
            {_queue("OLD")}
        END""",
        """CREATE TABLE calendar_objects (
            touchpoint_id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL,
            href TEXT NOT NULL UNIQUE,
            etag TEXT,
            sequence INTEGER NOT NULL,
            fingerprint TEXT NOT NULL,
            start TEXT NOT NULL,
            deleted_on_server INTEGER NOT NULL DEFAULT 0
        )""",
        """CREATE TABLE calendar_sync (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
        """CREATE TABLE calendar_conflicts (
            id INTEGER PRIMARY KEY,
            touchpoint_id INTEGER NOT NULL,
            detected_at TEXT NOT NULL,
            plan_start TEXT NOT NULL,
            calendar_start TEXT,
            calendar_status TEXT NOT NULL DEFAULT '',
            resolved INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX idx_calendar_conflicts_open ON calendar_conflicts (resolved, touchpoint_id)",
    )


@migrations()
def m010_time_off(db: Database) -> None:
    """The rep's time off (vacation, a trade fair): date ranges with a label, never planned on."""
    _run(
        db,
        """CREATE TABLE time_off (
            id INTEGER PRIMARY KEY,
            start TEXT NOT NULL,
            "end" TEXT NOT NULL CHECK ("end" >= start),
            label TEXT NOT NULL DEFAULT ''
        )""",
        'CREATE INDEX idx_time_off_end ON time_off ("end")',
    )


@migrations()
def m011_search_everything(db: Database) -> None:
    """One FTS5 index over the names, titles, notes and outcomes of every kind of record.

    Quick search reads it for accounts, contacts, content and touch-points alike; triggers keep
    it current in the same transaction as each write. Trigram where SQLite has it (any part
    of a word), unicode61 word beginnings otherwise.
    """
    search_schema.search_everything(db)


@migrations()
def m012_week_plan_ranking(db: Database) -> None:
    """Indexes for ranking the book for a week's plan without reading a table whole.

    The book's send counts per content item come from a covering index (the old one made
    SQLite visit every send's row: 0.4 s on 200,000 sends), the people who moved lately are
    found by the start and end days of their jobs, and an account's last done touch of each
    purpose is read from an index alone (0.2 s -> 0.06 s for 320 stress accounts).
    """
    _run(
        db,
        "CREATE INDEX idx_touchpoints_company_status_purpose "
        "ON touchpoints (company_id, status, purpose, day)",
        "CREATE INDEX idx_sends_content_contact ON content_sends (content_id, contact_id)",
        "DROP INDEX IF EXISTS idx_sends_content",  # the new index leads with its column
        "CREATE INDEX idx_employments_start ON employments (start)",
        'CREATE INDEX idx_employments_end ON employments ("end")',
    )


@migrations()
def m013_contract_end_indexes(db: Database) -> None:
    """Indexes on contract ends, so the week's runways are found without reading every account.

    A week's plan asks which accounts' own or competitors' contracts end within the runway's
    reach; on 20,000 accounts that read every row of both tables at each week switch.
    """
    _run(
        db,
        "CREATE INDEX idx_companies_contract_end ON companies (contract_end)",
        "CREATE INDEX idx_competitors_contract_end ON competitors (contract_end)",
    )


@migrations()
def m014_contact_delete_facts_when_touched(db: Database) -> None:
    """A contact's delete recomputes its account's and levels' touch facts only when the
    contact has touches of its own.

    A contact without a done or planned touch (no row in contact_touch_facts) counts in no
    fact, so recomputing its account and levels changed nothing, yet cost about 10 ms per
    contact: undoing an import of 10,000 new people took minutes.
    """
    from planner.storage import touch_facts_schema as schema

    name = "touch_facts_contact_delete"
    (shipped,) = [sql for sql in schema.TRIGGERS if sql.split()[2] == name]
    event = "BEFORE DELETE ON contacts\n"
    touched = "WHEN EXISTS (SELECT 1 FROM contact_touch_facts WHERE contact_id = OLD.id)\n"
    _run(db, f"DROP TRIGGER {name}", shipped.replace(event, event + touched, 1))


@migrations()
def m015_plan_dismissals_company_index(db: Database) -> None:
    """An index on the account of a dismissed plan suggestion.

    Deleting an account cascades to its dismissals; without the index each delete read the
    whole table, so undoing an import of many accounts grew with the dismissals ever made.
    """
    _run(db, "CREATE INDEX idx_plan_dismissals_company ON plan_dismissals (company_id)")
