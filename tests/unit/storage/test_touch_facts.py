"""The touch facts kept by triggers equal a full recomputation after any sequence of writes."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from planner.domain.errors import PlannerError
from planner.domain.model import (
    Channel,
    Company,
    CompanyKind,
    Contact,
    ContactLevel,
    ContentItem,
    ContentSend,
    Status,
    TouchPoint,
)
from planner.domain.timing import FixedClock
from planner.interchange.csv_formats import TOUCHPOINT_HEADERS
from planner.interchange.importer import ImportSource, commit_import
from planner.storage import Store
from planner.storage import touch_facts as facts
from planner.storage.merge import merge_companies, merge_contacts
from planner.storage.migrations import migrations

BASE = date(2026, 11, 2)
LEVELS = list(ContactLevel)
STATUSES = list(Status)


def recompute(store: Store) -> tuple[dict[Any, Any], dict[Any, Any], dict[Any, Any]]:
    """The facts computed from scratch in Python, the way the schema defines them."""
    db = store.db
    contacts = {
        r[0]: (r[1], r[2]) for r in db.execute("SELECT id, company_id, level FROM contacts")
    }
    touches: list[tuple[int | None, int | None, str | None, str, bool]] = []
    for contact_id, company_id, day, status in db.execute(
        "SELECT contact_id, company_id, day, status FROM touchpoints"
    ):
        if status not in ("done", "planned"):
            continue
        level = contacts[contact_id][1] if contact_id in contacts else None
        touches.append((contact_id, company_id, level, day, status == "done"))
    for contact_id, sent_on, tp_id in db.execute(
        "SELECT contact_id, sent_on, touchpoint_id FROM content_sends"
    ):
        if tp_id is None:
            company_id, level = contacts[contact_id]
            touches.append((contact_id, company_id, level, sent_on, True))

    def group(keyed: list[tuple[Any, str, bool]]) -> dict[Any, Any]:
        out: dict[Any, list[Any]] = {}
        for key, day, done in keyed:
            f = out.setdefault(key, [None, None, 0, 0])
            if done:
                f[0] = day if f[0] is None else max(f[0], day)
                f[2] += 1
            else:
                f[1] = day if f[1] is None else min(f[1], day)
                f[3] += 1
        return {
            k: facts.TouchFacts(
                date.fromisoformat(v[0]) if v[0] else None,
                date.fromisoformat(v[1]) if v[1] else None,
                v[2],
                v[3],
            )
            for k, v in out.items()
        }

    by_contact = group([(t[0], t[3], t[4]) for t in touches if t[0] is not None])
    by_company = group([(t[1], t[3], t[4]) for t in touches if t[1] is not None])
    by_level = group(
        [((t[1], t[2]), t[3], t[4]) for t in touches if t[1] is not None and t[2] is not None]
    )
    return by_contact, by_company, by_level


def stored(store: Store) -> tuple[dict[Any, Any], dict[Any, Any], dict[Any, Any]]:
    db = store.db
    return facts.contact_facts(db), facts.company_facts(db), facts.level_facts(db)


def _seed(store: Store) -> None:
    for n in range(3):
        company = store.companies.add(Company(f"Account {n}", CompanyKind.CUSTOMER))
        for m in range(2):
            store.contacts.add(
                Contact(f"P{n}{m}", "Person", company_id=company.id, level=LEVELS[(n + m) % 3])
            )
    store.content.add(ContentItem("Guide"))
    store.content.add(ContentItem("Webinar"))


def _ids(store: Store, table: str) -> list[int]:
    return [r[0] for r in store.db.execute(f"SELECT id FROM {table} ORDER BY id")]


def _pick(values: list[int], index: int) -> int | None:
    return values[index % len(values)] if values else None


class World:
    """Applies one random write to a store, through the same functions the app uses."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.undo: list[Any] = []

    def apply(self, op: tuple[Any, ...]) -> None:
        kind, a, b, c = op
        s = self.store
        companies, contacts = _ids(s, "companies"), _ids(s, "contacts")
        tps, sends = _ids(s, "touchpoints"), _ids(s, "content_sends")
        content = _ids(s, "content_items")
        day = BASE + timedelta(days=c % 40)
        if kind != "undo":
            # As on the app's stack, only the latest write can be undone here (ids get reused).
            self.undo.clear()
        try:
            if kind == "add" and companies:
                company = _pick(companies, a) or 0
                people = [p.id for p in s.contacts.for_company(company) if p.id]
                channel = Channel.CONTENT if b % 3 == 0 else Channel.CALL
                s.touchpoints.add(
                    TouchPoint(
                        company,
                        day,
                        channel,
                        contact_id=_pick(people, b) if b % 4 else None,
                        status=STATUSES[b % len(STATUSES)],
                        content_id=_pick(content, a) if channel is Channel.CONTENT else None,
                    )
                )
            elif kind == "move" and tps:
                tp = s.touchpoints.get(_pick(tps, a) or 0)
                s.touchpoints.update(tp.replace(day=day))
            elif kind == "status" and tps:
                tp = s.touchpoints.get(_pick(tps, a) or 0)
                s.touchpoints.update(tp.replace(status=STATUSES[b % len(STATUSES)]))
            elif kind == "done" and tps:
                tp = s.touchpoints.get(_pick(tps, a) or 0)
                if tp.status is not Status.DONE:
                    before, _after, send = s.complete_touchpoint(tp.id or 0, "", day)
                    self.undo.append(("reopen", before, send))
            elif kind == "delete_tp" and tps:
                self.undo.append(("tp", *s.delete_touchpoint(_pick(tps, a) or 0)))
            elif kind == "send" and contacts and content:
                s.content.record_send(
                    ContentSend(_pick(content, a) or 0, _pick(contacts, b) or 0, day)
                )
            elif kind == "unsend" and sends:
                s.content.delete_send(_pick(sends, a) or 0)
            elif kind == "level" and contacts:
                person = s.contacts.get(_pick(contacts, a) or 0)
                s.contacts.update(person.replace(level=LEVELS[b % 3]))
            elif kind == "job" and contacts and len(companies) > 1:
                person = s.contacts.get(_pick(contacts, a) or 0)
                target = _pick(companies, b)
                if target != person.company_id:
                    s.contacts.move(person.id or 0, target or 0, day)
            elif kind == "delete_contact" and contacts:
                self.undo.append(("contact", s.delete_contact(_pick(contacts, a) or 0)))
            elif kind == "delete_company" and companies:
                self.undo.append(("company", s.delete_company(_pick(companies, a) or 0)))
            elif kind == "merge_contacts" and len(contacts) > 1:
                keep, gone = _pick(contacts, a), _pick(contacts, b)
                if keep != gone:
                    merge_contacts(s, keep or 0, gone or 0)
            elif kind == "merge_companies" and len(companies) > 1:
                keep, gone = _pick(companies, a), _pick(companies, b)
                if keep != gone:
                    merge_companies(s, keep or 0, gone or 0)
            elif kind == "import":
                self._import(a, b, day)
            elif kind == "undo" and self.undo:
                self._undo(self.undo.pop())
        except PlannerError:
            pass  # a refused write changes nothing; the facts must still agree

    def _import(self, a: int, b: int, day: date) -> None:
        s = self.store
        names = [c.name for c in s.companies.all()] + ["Newco"]
        company = names[a % len(names)]
        people = [p.full_name for p in s.contacts.all()] + ["Nia New", ""]
        person = people[b % len(people)]
        status = ("planned", "done")[a % 2]
        row = f"{day},,,,{company},{person},email,check_in,{status},Imported,,,,,\n"
        source = ImportSource.from_bytes(
            (",".join(TOUCHPOINT_HEADERS) + "\n" + row).encode(), "touchpoints.csv"
        )
        result = commit_import(s, source)
        if result.batch is not None:
            self.undo.append(("import", result.batch.id))

    def _undo(self, entry: tuple[Any, ...]) -> None:
        s = self.store
        kind = entry[0]
        if kind == "reopen":
            s.reopen_touchpoint(entry[1], entry[2])
        elif kind == "tp":
            s.restore_touchpoint(entry[1], entry[2])
        elif kind == "contact":
            s.restore_contact(entry[1])
        elif kind == "company":
            s.restore_company(entry[1])
        elif kind == "import":
            s.imports.undo(entry[1])


OPS = st.tuples(
    st.sampled_from(
        [
            "add",
            "add",
            "add",
            "move",
            "status",
            "done",
            "delete_tp",
            "send",
            "send",
            "unsend",
            "level",
            "job",
            "delete_contact",
            "delete_company",
            "merge_contacts",
            "merge_companies",
            "import",
            "undo",
            "undo",
        ]
    ),
    st.integers(0, 50),
    st.integers(0, 50),
    st.integers(0, 50),
)


# Writes that always reach the per-level facts: a content send and a done touch-point. The
# property below always runs them too, whatever the random sequences happen to be.
LEVEL_WRITES = [("send", 0, 0, 0), ("add", 1, 1, 3), ("done", 0, 0, 5), ("level", 0, 1, 0)]


def _replay(ops: list[tuple[Any, ...]]) -> Store:
    store = Store.memory(FixedClock.on(BASE))
    _seed(store)
    world = World(store)
    for op in ops:
        world.apply(op)
        assert stored(store) == recompute(store), op
    return store


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(OPS, max_size=40))
@example(LEVEL_WRITES)
def test_facts_equal_a_recomputation_after_random_writes(ops):
    _replay(ops).close()


def test_the_fixed_writes_reach_done_level_facts():
    # Guards the example above: it must write facts per account and level, done ones too.
    store = _replay(LEVEL_WRITES)
    try:
        level_facts = facts.level_facts(store.db)
        assert sum(1 for f in level_facts.values() if f.done_count) >= 1
        assert len(level_facts) >= 2
    finally:
        store.close()


def test_a_content_send_is_a_done_touch_of_contact_account_and_level(store):
    fab = store.companies.add(Company("Fabrikam", CompanyKind.CUSTOMER))
    ada = store.contacts.add(Contact("Ada", "L", company_id=fab.id, level=ContactLevel.EXECUTIVE))
    guide = store.content.add(ContentItem("Guide"))
    assert facts.contact_facts(store.db) == {}
    store.content.record_send(ContentSend(guide.id or 0, ada.id or 0, date(2026, 11, 20)))
    one = facts.TouchFacts(date(2026, 11, 20), None, 1, 0)
    assert facts.contact_facts(store.db) == {ada.id: one}
    assert facts.company_facts(store.db) == {fab.id: one}
    assert facts.level_facts(store.db) == {(fab.id, "executive"): one}


def _instructions(store: Store, action: Any) -> int:
    """SQLite's virtual-machine steps (in hundreds) that `action` makes the file run."""
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    store.db.conn.set_progress_handler(count, 100)
    try:
        action()
    finally:
        store.db.conn.set_progress_handler(None, 0)
    return steps[0]


def test_deleting_a_contact_without_touches_does_not_recompute_its_account(store):
    # Undoing a big import deletes thousands of new, untouched people: each delete must not
    # cost in proportion to its account's history.
    quiet = store.companies.add(Company("Quiet", CompanyKind.CUSTOMER))
    busy = store.companies.add(Company("Busy", CompanyKind.CUSTOMER))
    worker = store.contacts.add(
        Contact("Wes", "Work", company_id=busy.id, level=ContactLevel.MANAGER)
    )
    for n in range(600):
        store.touchpoints.add(
            TouchPoint(
                busy.id,
                BASE - timedelta(days=n),
                Channel.CALL,
                contact_id=worker.id,
                status=Status.DONE,
            )
        )
    costs = []
    for company in (quiet, busy):
        person = store.contacts.add(
            Contact("New", "Person", company_id=company.id, level=ContactLevel.EXECUTIVE)
        )
        costs.append(_instructions(store, lambda p=person: store.delete_contact(p.id or 0)))
    assert costs[1] <= costs[0] + 5
    # A contact with touches still takes them out of its level's facts.
    assert facts.level_facts(store.db)[(busy.id, "manager")].done_count == 600
    store.delete_contact(worker.id or 0)
    assert (busy.id, "manager") not in facts.level_facts(store.db)
    assert stored(store) == recompute(store)


def test_the_migration_backfills_facts_from_history(tmp_path):
    store = Store.memory(FixedClock.on(BASE))
    try:
        _seed(store)
        world = World(store)
        for n in range(12):
            world.apply(("add", n, n + 1, n * 3))
            world.apply(("send", n, n + 2, n))
        expected = recompute(store)
        for table in ("contact_touch_facts", "company_touch_facts", "level_touch_facts"):
            store.db.execute(f"DELETE FROM {table}")
        store.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_touch_facts'")
        for table in ("contact_touch_facts", "company_touch_facts", "level_touch_facts"):
            store.db.execute(f"DROP TABLE {table}")
        store.db.execute("DROP INDEX idx_sends_contact_day")
        for (name,) in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'touch_facts_%'"
        ).fetchall():
            store.db.execute(f"DROP TRIGGER {name}")
        migrations.apply(store.db.utils)
        assert stored(store) == expected
        assert expected[0]
    finally:
        store.close()


@pytest.mark.parametrize("table", ["touchpoints", "content_sends", "contacts", "delete"])
def test_triggers_reach_raw_sql_writes(store, table):
    _seed(store)
    world = World(store)
    for n in range(6):
        world.apply(("add", n, n + 1, n))
        world.apply(("send", n, n, n))
    if table == "touchpoints":
        store.db.execute("UPDATE touchpoints SET status = 'done'")
    elif table == "content_sends":
        store.db.execute("UPDATE content_sends SET sent_on = '2026-12-24'")
    elif table == "contacts":
        store.db.execute("UPDATE contacts SET level = 'executive'")
    else:  # the foreign keys unlink the touch-points and delete the sends
        store.db.execute("DELETE FROM contacts WHERE id IN (1, 4)")
    assert stored(store) == recompute(store)
