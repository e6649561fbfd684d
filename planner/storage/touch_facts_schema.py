"""The touch-facts tables and the triggers that keep them current, as installed by m008_touch_facts.

This text is part of a shipped migration: never change it in place. A later change to the
facts drops and recreates the triggers in a new migration of its own.

A *touch* is a touch-point with status done or planned, or a recorded content send that is not
linked to a touch-point (a send recorded by completing a touch-point is that touch-point's touch).
A send belongs to its contact, to the contact's current account and to the contact's level; a
touch-point to its account, its contact and that contact's current level. The facts of a key are
refreshed from these sources by the triggers below, in the statement that changes them.
"""

from __future__ import annotations

_FACT_COLUMNS = """last_done_day TEXT,
            next_planned_day TEXT,
            done_count INTEGER NOT NULL,
            planned_count INTEGER NOT NULL"""

TABLES: tuple[str, ...] = (
    f"""CREATE TABLE contact_touch_facts (
            contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
            {_FACT_COLUMNS}
        )""",
    f"""CREATE TABLE company_touch_facts (
            company_id INTEGER PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,
            {_FACT_COLUMNS}
        )""",
    f"""CREATE TABLE level_touch_facts (
            company_id INTEGER NOT NULL,
            level TEXT NOT NULL,
            {_FACT_COLUMNS},
            PRIMARY KEY (company_id, level)
        )""",
    "CREATE INDEX idx_contact_touch_facts_last ON contact_touch_facts (last_done_day)",
    "CREATE INDEX idx_company_touch_facts_last ON company_touch_facts (last_done_day)",
    "CREATE INDEX idx_company_touch_facts_next ON company_touch_facts (next_planned_day)",
    "CREATE INDEX idx_sends_contact_day ON content_sends (contact_id, sent_on)",
)

# Aggregates over the touches of one key: (done day or NULL, planned day or NULL) per touch.
_AGG = """max(done_day), min(planned_day), count(done_day), count(planned_day)"""

# Every touch with its keys, for a full rebuild.
_ALL_TOUCHES = """
    SELECT t.contact_id AS contact_id, t.company_id AS company_id, c.level AS level,
           CASE WHEN t.status = 'done' THEN t.day END AS done_day,
           CASE WHEN t.status = 'planned' THEN t.day END AS planned_day
      FROM touchpoints t LEFT JOIN contacts c ON c.id = t.contact_id
     WHERE t.status IN ('done', 'planned')
    UNION ALL
    SELECT s.contact_id, c.company_id, c.level, s.sent_on, NULL
      FROM content_sends s JOIN contacts c ON c.id = s.contact_id
     WHERE s.touchpoint_id IS NULL
"""

REBUILD: tuple[str, ...] = (
    "DELETE FROM contact_touch_facts",
    "DELETE FROM company_touch_facts",
    "DELETE FROM level_touch_facts",
    f"""INSERT INTO contact_touch_facts
        SELECT contact_id, {_AGG} FROM ({_ALL_TOUCHES})
         WHERE contact_id IS NOT NULL GROUP BY contact_id""",
    f"""INSERT INTO company_touch_facts
        SELECT company_id, {_AGG} FROM ({_ALL_TOUCHES})
         WHERE company_id IS NOT NULL GROUP BY company_id""",
    f"""INSERT INTO level_touch_facts
        SELECT company_id, level, {_AGG} FROM ({_ALL_TOUCHES})
         WHERE company_id IS NOT NULL AND level IS NOT NULL GROUP BY company_id, level""",
)


def _refresh_contacts(keys: str) -> list[str]:
    """Statements that recompute the facts of the contacts `keys` (a SELECT of `id`)."""
    return [
        f"DELETE FROM contact_touch_facts WHERE contact_id IN ({keys})",
        f"""INSERT INTO contact_touch_facts
            SELECT contact_id, {_AGG} FROM (
                SELECT contact_id,
                       CASE WHEN status = 'done' THEN day END AS done_day,
                       CASE WHEN status = 'planned' THEN day END AS planned_day
                  FROM touchpoints
                 WHERE contact_id IN ({keys}) AND status IN ('done', 'planned')
                UNION ALL
                SELECT contact_id, sent_on, NULL FROM content_sends
                 WHERE contact_id IN ({keys}) AND touchpoint_id IS NULL)
             WHERE contact_id IN (SELECT id FROM contacts WHERE id IN ({keys}))
             GROUP BY contact_id""",
    ]


def _refresh_companies(keys: str, gone: str = "NULL") -> list[str]:
    """Statements that recompute the facts of the accounts `keys` (a SELECT of `id`).

    The sends of contact `gone` are left out (it is being deleted).
    """
    return [
        f"DELETE FROM company_touch_facts WHERE company_id IN ({keys})",
        f"""INSERT INTO company_touch_facts
            SELECT company_id, {_AGG} FROM (
                SELECT company_id,
                       CASE WHEN status = 'done' THEN day END AS done_day,
                       CASE WHEN status = 'planned' THEN day END AS planned_day
                  FROM touchpoints
                 WHERE company_id IN ({keys}) AND status IN ('done', 'planned')
                UNION ALL
                SELECT c.company_id, s.sent_on, NULL
                  FROM contacts c JOIN content_sends s ON s.contact_id = c.id
                 WHERE c.company_id IN ({keys}) AND s.touchpoint_id IS NULL
                   AND c.id IS NOT {gone})
             WHERE company_id IN (SELECT id FROM companies WHERE id IN ({keys}))
             GROUP BY company_id""",
    ]


def _refresh_levels(keys: str, gone: str = "NULL") -> list[str]:
    """Recompute the (account, level) keys `keys` (a SELECT of `company_id, level`).

    The touches of contact `gone` are left out (it is being deleted).
    """
    companies = f"SELECT company_id FROM ({keys})"
    return [
        f"DELETE FROM level_touch_facts WHERE (company_id, level) IN ({keys})",
        f"""INSERT INTO level_touch_facts
            SELECT company_id, level, {_AGG} FROM (
                SELECT t.company_id AS company_id, c.level AS level,
                       CASE WHEN t.status = 'done' THEN t.day END AS done_day,
                       CASE WHEN t.status = 'planned' THEN t.day END AS planned_day
                  FROM touchpoints t JOIN contacts c ON c.id = t.contact_id
                 WHERE t.company_id IN ({companies}) AND t.status IN ('done', 'planned')
                   AND c.id IS NOT {gone}
                UNION ALL
                SELECT c.company_id, c.level, s.sent_on, NULL
                  FROM contacts c JOIN content_sends s ON s.contact_id = c.id
                 WHERE c.company_id IN ({companies}) AND s.touchpoint_id IS NULL
                   AND c.id IS NOT {gone})
             WHERE (company_id, level) IN ({keys})
               AND company_id IN (SELECT id FROM companies WHERE id IN ({companies}))
             GROUP BY company_id, level""",
    ]


def _upsert(table: str, keys: str, values: str, rest: str, done: str, planned: str) -> str:
    """Add one touch to a key's facts: cheap, so bulk inserts (imports, the demo) stay fast.

    `values` are the key values selected, `rest` the FROM/WHERE that yields at most one row.
    """
    return f"""INSERT INTO {table} ({keys}, last_done_day, next_planned_day, done_count,
                                     planned_count)
        SELECT {values}, {done}, {planned}, {done} IS NOT NULL, {planned} IS NOT NULL {rest}
        ON CONFLICT ({keys}) DO UPDATE SET
            last_done_day = CASE WHEN excluded.last_done_day > coalesce(last_done_day, '')
                                 THEN excluded.last_done_day ELSE last_done_day END,
            next_planned_day = CASE WHEN excluded.next_planned_day
                                         < coalesce(next_planned_day, '9999-12-31')
                                    THEN excluded.next_planned_day ELSE next_planned_day END,
            done_count = done_count + excluded.done_count,
            planned_count = planned_count + excluded.planned_count"""


def _touchpoint_keys(rows: tuple[str, ...]) -> tuple[str, str, str]:
    """Contact, account and level keys touched by the touch-point rows `rows` (NEW/OLD)."""
    contacts = " UNION ".join(f"SELECT {r}.contact_id AS id" for r in rows)
    companies = " UNION ".join(f"SELECT {r}.company_id AS id" for r in rows)
    levels = " UNION ".join(
        f"SELECT {r}.company_id AS company_id, level FROM contacts WHERE id = {r}.contact_id"
        for r in rows
    )
    return contacts, companies, levels


def _send_keys(rows: tuple[str, ...]) -> tuple[str, str, str]:
    """Contact, account and level keys touched by the content-send rows `rows` (NEW/OLD)."""
    contacts = " UNION ".join(f"SELECT {r}.contact_id AS id" for r in rows)
    companies = " UNION ".join(
        f"SELECT company_id AS id FROM contacts WHERE id = {r}.contact_id" for r in rows
    )
    levels = " UNION ".join(
        f"SELECT company_id, level FROM contacts WHERE id = {r}.contact_id "
        "AND company_id IS NOT NULL"
        for r in rows
    )
    return contacts, companies, levels


def _refresh(keys: tuple[str, str, str]) -> list[str]:
    contacts, companies, levels = keys
    return _refresh_contacts(contacts) + _refresh_companies(companies) + _refresh_levels(levels)


_TP_DONE = "CASE WHEN NEW.status = 'done' THEN NEW.day END"
_TP_PLANNED = "CASE WHEN NEW.status = 'planned' THEN NEW.day END"
_TP_COUNTS = "NEW.status IN ('done', 'planned')"
_TOUCHPOINT_INSERT = [
    _upsert(
        "contact_touch_facts",
        "contact_id",
        "NEW.contact_id",
        f"WHERE NEW.contact_id IS NOT NULL AND {_TP_COUNTS}",
        _TP_DONE,
        _TP_PLANNED,
    ),
    _upsert(
        "company_touch_facts",
        "company_id",
        "NEW.company_id",
        f"WHERE {_TP_COUNTS}",
        _TP_DONE,
        _TP_PLANNED,
    ),
    _upsert(
        "level_touch_facts",
        "company_id, level",
        "NEW.company_id, level",
        f"FROM contacts WHERE id = NEW.contact_id AND {_TP_COUNTS}",
        _TP_DONE,
        _TP_PLANNED,
    ),
]
_OWN_SEND = "NEW.touchpoint_id IS NULL"
_SEND_INSERT = [
    _upsert(
        "contact_touch_facts",
        "contact_id",
        "NEW.contact_id",
        f"WHERE {_OWN_SEND}",
        "NEW.sent_on",
        "NULL",
    ),
    _upsert(
        "company_touch_facts",
        "company_id",
        "company_id",
        f"FROM contacts WHERE id = NEW.contact_id AND company_id IS NOT NULL AND {_OWN_SEND}",
        "NEW.sent_on",
        "NULL",
    ),
    _upsert(
        "level_touch_facts",
        "company_id, level",
        "company_id, level",
        f"FROM contacts WHERE id = NEW.contact_id AND company_id IS NOT NULL AND {_OWN_SEND}",
        "NEW.sent_on",
        "NULL",
    ),
]

_CONTACT_LEVELS = """SELECT OLD.company_id AS company_id, OLD.level AS level
    UNION SELECT NEW.company_id, NEW.level
    UNION SELECT company_id, OLD.level FROM touchpoints WHERE contact_id = NEW.id
    UNION SELECT company_id, NEW.level FROM touchpoints WHERE contact_id = NEW.id"""


def _trigger(name: str, event: str, statements: list[str]) -> str:
    body = ";\n".join(statements)
    return f"CREATE TRIGGER {name} {event}\nBEGIN\n{body};\nEND"


TRIGGERS: tuple[str, ...] = (
    _trigger("touch_facts_tp_insert", "AFTER INSERT ON touchpoints", _TOUCHPOINT_INSERT),
    _trigger(
        "touch_facts_tp_delete", "AFTER DELETE ON touchpoints", _refresh(_touchpoint_keys(("OLD",)))
    ),
    _trigger(
        "touch_facts_tp_update",
        "AFTER UPDATE OF day, status, contact_id, company_id ON touchpoints",
        _refresh(_touchpoint_keys(("OLD", "NEW"))),
    ),
    _trigger("touch_facts_send_insert", "AFTER INSERT ON content_sends", _SEND_INSERT),
    _trigger(
        "touch_facts_send_delete", "AFTER DELETE ON content_sends", _refresh(_send_keys(("OLD",)))
    ),
    _trigger(
        "touch_facts_send_update",
        "AFTER UPDATE OF contact_id, sent_on, touchpoint_id ON content_sends",
        _refresh(_send_keys(("OLD", "NEW"))),
    ),
    _trigger(
        "touch_facts_contact_update",
        "AFTER UPDATE OF company_id, level ON contacts",
        _refresh_companies("SELECT OLD.company_id AS id UNION SELECT NEW.company_id")
        + _refresh_levels(_CONTACT_LEVELS),
    ),
    # Which of an account's levels a contact counted in is only known before the delete
    # (afterwards its touch-points have lost their contact), so the facts are recomputed then,
    # leaving the contact out; its own facts go with it (ON DELETE CASCADE).
    _trigger(
        "touch_facts_contact_delete",
        "BEFORE DELETE ON contacts",
        _refresh_companies("SELECT OLD.company_id AS id", gone="OLD.id")
        + _refresh_levels(
            "SELECT company_id, OLD.level AS level FROM touchpoints WHERE contact_id = OLD.id "
            "UNION SELECT OLD.company_id, OLD.level",
            gone="OLD.id",
        ),
    ),
    _trigger(
        "touch_facts_company_delete",
        "AFTER DELETE ON companies",
        ["DELETE FROM level_touch_facts WHERE company_id = OLD.id"],
    ),
)
