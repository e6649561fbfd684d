"""The lookups an import matches rows by, kept in temporary SQL tables rather than in memory.

An import of hundreds of thousands of rows must not hold a dictionary per account and contact:
the normalised keys (`planner.domain.names`) of every account and contact, those in the plan
and those the import creates, go into indexed temporary tables on the import's connection, and
a record's column values are read by id when a row matches it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from planner.domain.columns import ADDRESS_FIELDS, CONTACT_COLUMNS
from planner.domain.names import company_key, email_key, person_key
from planner.storage.db import Database

COMPANY_COLUMNS = (
    "name",
    "kind",
    "industry",
    "website",
    "buying_timeframe",
    "margin_percent",
    "expected_deal_size",
    "growth_potential",
    "our_annual_revenue",
    "estimated_annual_wallet",
    "contract_start",
    "contract_end",
    "notes",
    *ADDRESS_FIELDS,
)
"""Company columns an import may set; "competitors" is handled as one list-valued field."""
IMPORT_CONTACT_COLUMNS = ("company_id", *CONTACT_COLUMNS)
"""Contact columns an import may set."""

_COMPANY_CACHE = 10_000
"""Account keys kept in memory at most (then the cache starts afresh)."""
_NO_COMPANY = 0
"""Stands for "no account" in the name index (real ids start at 1), so the index is used."""

_TABLES = (
    "CREATE TEMP TABLE import_shadows "
    "(entity TEXT NOT NULL, id INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (entity, id))",
    "CREATE TEMP TABLE import_company_keys (key TEXT PRIMARY KEY, id INTEGER NOT NULL)",
    "CREATE TEMP TABLE import_email_keys (key TEXT PRIMARY KEY, id INTEGER NOT NULL)",
    "CREATE TEMP TABLE import_name_keys "
    "(company_id INTEGER NOT NULL, key TEXT NOT NULL, id INTEGER NOT NULL)",
)
# The plan's keys, computed by the same Python functions registered with SQLite, go in with
# one statement each: no row crosses into Python. The name index is built after its rows.
_FILL = (
    "INSERT OR IGNORE INTO temp.import_company_keys (key, id) "
    "SELECT import_company_key(name), id FROM companies ORDER BY id",
    "INSERT OR IGNORE INTO temp.import_email_keys (key, id) "
    "SELECT import_email_key(email), id FROM contacts WHERE email != '' ORDER BY id",
    f"INSERT INTO temp.import_name_keys (company_id, key, id) "
    f"SELECT coalesce(company_id, {_NO_COMPANY}), import_person_key(first_name, last_name), id "
    "FROM contacts ORDER BY id",
    "CREATE INDEX temp.import_name_keys_by_key ON import_name_keys (key, company_id)",
)
_DROP = ("import_shadows", "import_company_keys", "import_email_keys", "import_name_keys")


class MatchIndex:
    """Accounts by company key, contacts by e-mail key and by name, for one import.

    Build it inside the import's transaction; `close` drops the tables. Records with an id
    above the plan's largest when the index was built are the ones this import created.
    """

    def __init__(self, db: Database, *, shadowed: bool = False) -> None:
        self._db = db
        self._shadowed = shadowed
        # The accounts rows named, looked up once: a file names a few hundred accounts over
        # and over. Bounded, so a file of only new accounts does not grow it without end.
        self._companies: dict[str, int | None] = {}
        self.close()
        for statement in _TABLES:
            db.execute(statement)
        self.last_company_before = int(
            db.execute("SELECT coalesce(max(id), 0) FROM companies").fetchone()[0]
        )
        self.last_contact_before = int(
            db.execute("SELECT coalesce(max(id), 0) FROM contacts").fetchone()[0]
        )
        db.conn.create_function("import_company_key", 1, company_key, deterministic=True)
        db.conn.create_function("import_email_key", 1, email_key, deterministic=True)
        db.conn.create_function("import_person_key", 2, person_key, deterministic=True)
        for statement in _FILL:
            db.execute(statement)

    def shadow(self, entity: str, record_id: int, values: Mapping[str, Any]) -> None:
        """Keep a record's values as a preview would have written them (see `DryWriter`)."""
        self._db.execute(
            "INSERT OR REPLACE INTO import_shadows (entity, id, data) VALUES (?, ?, ?)",
            [entity, record_id, json.dumps(values)],
        )

    def _shadowed_values(self, entity: str, record_id: int) -> dict[str, Any] | None:
        if not self._shadowed:
            return None
        row = self._db.execute(
            "SELECT data FROM import_shadows WHERE entity = ? AND id = ?", [entity, record_id]
        ).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def close(self) -> None:
        """Drop the index tables (they live only as long as the connection otherwise)."""
        for table in _DROP:
            self._db.execute(f"DROP TABLE IF EXISTS temp.{table}")

    # Accounts.

    def company_id(self, key: str) -> int | None:
        """The account first indexed under a company key."""
        if key in self._companies:
            return self._companies[key]
        row = self._db.execute("SELECT id FROM import_company_keys WHERE key = ?", [key]).fetchone()
        found = None if row is None else int(row[0])
        if len(self._companies) >= _COMPANY_CACHE:
            self._companies.clear()
        self._companies[key] = found
        return found

    def add_company(self, company_id: int, name: str) -> None:
        """Index an account the import created (an earlier one with the key stays first)."""
        key = company_key(name)
        self._db.execute(
            "INSERT OR IGNORE INTO import_company_keys (key, id) VALUES (?, ?)", [key, company_id]
        )
        if key in self._companies and self._companies[key] is None:
            self._companies[key] = company_id

    def company_created(self, company_id: int) -> bool:
        """True for an account this import created."""
        return company_id > self.last_company_before

    def company_values(self, company_id: int) -> dict[str, Any]:
        """An account's columns and its competitors [{"name", "supplies", "contract_end"}]."""
        shadowed = self._shadowed_values("company", company_id)
        if shadowed is not None:
            return shadowed
        columns = ("id", *COMPANY_COLUMNS)
        row = self._db.execute(
            f"SELECT {', '.join(columns)} FROM companies WHERE id = ?", [company_id]
        ).fetchone()
        values = dict(zip(columns, row, strict=True))
        values["competitors"] = [
            {"name": n, "supplies": s, "contract_end": e}
            for n, s, e in self._db.execute(
                "SELECT name, supplies, contract_end FROM competitors WHERE company_id = ? "
                "ORDER BY position, id",
                [company_id],
            ).fetchall()
        ]
        return values

    # Contacts.

    def contact_by_email(self, email: str) -> int | None:
        """The contact first indexed under an e-mail address."""
        row = self._db.execute(
            "SELECT id FROM import_email_keys WHERE key = ?", [email_key(email)]
        ).fetchone()
        return None if row is None else int(row[0])

    def _named(self, key: str, company_id: int | None, limit: int) -> list[int]:
        if company_id is None:
            rows = self._db.execute(
                "SELECT DISTINCT id FROM import_name_keys WHERE key = ? LIMIT ?", [key, limit]
            )
        else:
            rows = self._db.execute(
                "SELECT DISTINCT id FROM import_name_keys WHERE key = ? AND company_id = ? LIMIT ?",
                [key, company_id, limit],
            )
        return [int(r[0]) for r in rows.fetchall()]

    def only_contact_at(self, company_id: int | None, key: str) -> int | None:
        """The one contact so named at an account (`None`: with no account), if just one is."""
        found = self._named(key, _NO_COMPANY if company_id is None else company_id, 2)
        return found[0] if len(found) == 1 else None

    def only_contact_named(self, key: str) -> int | None:
        """The one contact with this name key anywhere, if just one has it."""
        found = self._named(key, None, 2)
        return found[0] if len(found) == 1 else None

    def anyone_named(self, key: str) -> bool:
        """True when some contact has this name key."""
        return bool(self._named(key, None, 1))

    def add_contact(self, contact_id: int, values: Mapping[str, Any]) -> None:
        """Index a contact under its e-mail, name and account (earlier entries stay)."""
        email = values.get("email")
        if email:
            self._db.conn.execute(
                "INSERT OR IGNORE INTO import_email_keys (key, id) VALUES (?, ?)",
                (email_key(email), contact_id),
            )
        company_id = values.get("company_id")
        self._db.conn.execute(
            "INSERT INTO import_name_keys (company_id, key, id) VALUES (?, ?, ?)",
            (
                _NO_COMPANY if company_id is None else company_id,
                person_key(values["first_name"], values["last_name"]),
                contact_id,
            ),
        )

    def contact_created(self, contact_id: int) -> bool:
        """True for a contact this import created."""
        return contact_id > self.last_contact_before

    def contact_values(self, contact_id: int) -> dict[str, Any]:
        """A contact's columns an import may set."""
        shadowed = self._shadowed_values("contact", contact_id)
        if shadowed is not None:
            return shadowed
        columns = ("id", *IMPORT_CONTACT_COLUMNS)
        row = self._db.execute(
            f"SELECT {', '.join(columns)} FROM contacts WHERE id = ?", [contact_id]
        ).fetchone()
        return dict(zip(columns, row, strict=True))


class DryWriter:
    """Stands in for the batch writer in a preview: what it would write is kept as shadows.

    New records take the ids the real import gives them, and the index reads a record's
    values from its shadow, so a preview matches exactly as the import does while the plan
    (which may be open read-only) is not written. A committing import shadows the same way
    and writes the shadows at the end (`planner.storage.import_pending.PendingWriter`).
    """

    def __init__(self, index: MatchIndex) -> None:
        self._index = index
        self._last_company = index.last_company_before
        self._last_contact = index.last_contact_before

    def create_company(self, values: Mapping[str, Any]) -> int:
        """A would-be account; its id."""
        self._last_company += 1
        row: dict[str, Any] = {"id": self._last_company}
        row.update({k: values.get(k) for k in COMPANY_COLUMNS})
        row["competitors"] = [
            {"name": c["name"], "supplies": c.get("supplies", ""), "contract_end": None}
            for c in values.get("competitors") or []
        ]
        self._index.shadow("company", self._last_company, row)
        return self._last_company

    def update_company(
        self, company_id: int, changes: Mapping[str, tuple[Any, Any]], *, log: bool = True
    ) -> None:
        """Would-be changes of an account."""
        values = self._index.company_values(company_id)
        values.update({name: new for name, (_old, new) in changes.items()})
        self._index.shadow("company", company_id, values)

    def create_contact(self, values: Mapping[str, Any]) -> int:
        """A would-be contact; its id."""
        self._last_contact += 1
        row: dict[str, Any] = {"id": self._last_contact}
        row.update({k: values.get(k) for k in IMPORT_CONTACT_COLUMNS})
        self._index.shadow("contact", self._last_contact, row)
        return self._last_contact

    def update_contact(
        self, contact_id: int, changes: Mapping[str, tuple[Any, Any]], *, log: bool = True
    ) -> None:
        """Would-be changes of a contact."""
        values = self._index.contact_values(contact_id)
        values.update({name: new for name, (_old, new) in changes.items()})
        self._index.shadow("contact", contact_id, values)

    def finish_records(self) -> None:
        """A preview writes no records."""

    def create_touchpoint(self, values: Mapping[str, Any]) -> int:
        """Touch-points are matched in memory; a preview writes none."""
        return 0

    def update_touchpoint(self, touchpoint_id: int, changes: Mapping[str, tuple[Any, Any]]) -> None:
        """Touch-points are matched in memory; a preview writes none."""


@contextmanager
def dry_run(db: Database) -> Iterator[tuple[MatchIndex, DryWriter]]:
    """An index and a writer for a preview, in a read transaction that is always rolled back.

    Only temporary tables are written, which a read-only connection allows; no write lock is
    taken. Inside a caller's transaction a savepoint is used and released.
    """
    conn = db.conn
    nested = conn.in_transaction
    conn.execute("SAVEPOINT import_preview" if nested else "BEGIN")
    try:
        index = MatchIndex(db, shadowed=True)
        yield index, DryWriter(index)
    finally:
        if nested:
            conn.execute("ROLLBACK TO import_preview")
            conn.execute("RELEASE import_preview")
        else:
            conn.execute("ROLLBACK")
