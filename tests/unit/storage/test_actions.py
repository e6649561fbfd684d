"""Actions that span tables: completing, moving, deleting and restoring, one transaction each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

import pytest

from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.model import (
    Channel,
    Company,
    CompanyKind,
    Competitor,
    Contact,
    ContactLevel,
    ContentItem,
    ContentSend,
    Status,
    TouchPoint,
)
from planner.storage import Store

TODAY = date(2026, 11, 23)  # the day the conftest clock reads


def _id(value: Any) -> int:
    assert value.id is not None
    return int(value.id)


# Completing and reopening.


@dataclass
class Scene:
    acme: Company
    anna: Contact
    guide: ContentItem


@pytest.fixture
def scene(store: Store) -> Scene:
    acme = store.companies.add(Company("Acme", kind=CompanyKind.CUSTOMER))
    anna = store.contacts.add(Contact("Anna", "Schmidt", company_id=acme.id))
    guide = store.content.add(ContentItem("Cold chain guide"))
    return Scene(acme, anna, guide)


def _content_tp(store: Store, scene: Scene, **fields: Any) -> TouchPoint:
    tp = TouchPoint(
        _id(scene.acme),
        TODAY,
        channel=Channel.CONTENT,
        contact_id=scene.anna.id,
        content_id=scene.guide.id,
    )
    return store.touchpoints.add(tp.replace(**fields))


def test_completing_a_content_touch_with_a_contact_records_the_send(
    store: Store, scene: Scene
) -> None:
    tp = _content_tp(store, scene)
    before, after, send = store.complete_touchpoint(_id(tp), "Liked it")
    assert before == tp
    assert after.status is Status.DONE
    assert after.outcome == "Liked it"
    assert after.completed_at == store.clock.now()
    assert after.revision == tp.revision + 1
    assert store.touchpoints.get(_id(tp)) == after
    assert send is not None
    assert (send.content_id, send.contact_id, send.sent_on, send.touchpoint_id) == (
        scene.guide.id,
        scene.anna.id,
        TODAY,
        tp.id,
    )
    assert store.content.all_sends() == [send]
    assert store.content.sends_for_contact(_id(scene.anna)) == [send]


def test_the_send_date_can_be_given(store: Store, scene: Scene) -> None:
    tp = _content_tp(store, scene)
    _, _, send = store.complete_touchpoint(_id(tp), on=TODAY + timedelta(days=1))
    assert send is not None
    assert send.sent_on == TODAY + timedelta(days=1)


@pytest.mark.parametrize(
    "fields",
    [
        {"contact_id": None},  # no person to send it to
        {"content_id": None},  # nothing chosen to send
        {"channel": Channel.EMAIL},  # content attached to an ordinary e-mail is not a send
    ],
    ids=["no-contact", "no-content", "not-content-channel"],
)
def test_completing_other_touches_records_no_send(
    store: Store, scene: Scene, fields: dict[str, Any]
) -> None:
    tp = _content_tp(store, scene, **fields)
    _, after, send = store.complete_touchpoint(_id(tp), "Done")
    assert send is None
    assert after.status is Status.DONE
    assert store.content.all_sends() == []


def test_completing_twice_is_refused_and_changes_nothing(store: Store, scene: Scene) -> None:
    tp = _content_tp(store, scene)
    _, after, _ = store.complete_touchpoint(_id(tp), "First")
    with pytest.raises(ValidationError, match="already done"):
        store.complete_touchpoint(_id(tp), "Second")
    assert store.touchpoints.get(_id(tp)) == after
    assert len(store.content.all_sends()) == 1


def test_completing_an_unknown_touchpoint(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.complete_touchpoint(404)


def test_reopen_undoes_a_completion_exactly_with_a_higher_revision(
    store: Store, scene: Scene
) -> None:
    tp = _content_tp(store, scene, outcome="", notes="bring the PDF")
    before, after, send = store.complete_touchpoint(_id(tp), "Liked it")
    reopened = store.reopen_touchpoint(before, send)
    assert reopened.status is Status.PLANNED
    assert reopened.outcome == ""
    assert reopened.completed_at is None
    assert reopened.revision == after.revision + 1
    assert reopened.replace(revision=before.revision) == before
    assert store.content.all_sends() == []
    # ... and redo works again from there.
    _, again, send_again = store.complete_touchpoint(_id(tp), "Liked it")
    assert again.revision == reopened.revision + 1
    assert send_again is not None
    assert store.content.all_sends() == [send_again]


def test_reopen_without_a_send_restores_the_earlier_status(store: Store, scene: Scene) -> None:
    tp = _content_tp(store, scene, channel=Channel.CALL, status=Status.SKIPPED, outcome="Away")
    before, _, send = store.complete_touchpoint(_id(tp), "Reached her after all")
    assert send is None
    reopened = store.reopen_touchpoint(before, send)
    assert (reopened.status, reopened.outcome) == (Status.SKIPPED, "Away")


# Moving a contact to another company.


def test_move_keeps_the_old_job_with_its_end_and_the_touch_history(
    store: Store, scene: Scene
) -> None:
    globex = store.companies.add(Company("Globex"))
    anna = store.contacts.update(scene.anna.replace(title="Buyer", level=ContactLevel.MANAGER))
    done = store.touchpoints.add(
        TouchPoint(_id(scene.acme), TODAY - timedelta(days=20), contact_id=anna.id).replace(
            status=Status.DONE
        )
    )
    _, _, send = store.complete_touchpoint(_id(_content_tp(store, scene)))
    with store.transaction():
        moved = store.contacts.move(_id(anna), _id(globex), TODAY, title="Head of Buying")
    assert moved.company_id == globex.id
    assert store.contacts.get(_id(anna)) == moved
    assert moved.title == "Head of Buying"
    assert moved.level is ContactLevel.MANAGER
    old_job, new_job = store.contacts.employments(_id(anna))
    assert (old_job.company_id, old_job.title, old_job.end) == (scene.acme.id, "Buyer", TODAY)
    assert (new_job.company_id, new_job.title, new_job.start, new_job.end) == (
        globex.id,
        "Head of Buying",
        TODAY,
        None,
    )
    # The history stays with the person, and the old account still shows its touches.
    history = [e.touchpoint.id for e in store.touchpoints.for_contact(_id(anna))]
    assert done.id in history
    assert len(history) == 2
    assert {e.touchpoint.company_id for e in store.touchpoints.for_contact(_id(anna))} == {
        scene.acme.id
    }
    assert store.content.sends_for_contact(_id(anna)) == [send]
    assert store.contacts.for_company(_id(scene.acme)) == []
    assert store.contacts.former_employees(_id(scene.acme)) == [(moved, old_job)]


def test_move_keeps_the_title_when_none_is_given(store: Store, scene: Scene) -> None:
    globex = store.companies.add(Company("Globex"))
    store.contacts.update(scene.anna.replace(title="Buyer"))
    moved = store.contacts.move(_id(scene.anna), _id(globex), TODAY)
    assert moved.title == "Buyer"


def test_moving_to_the_same_company_is_refused(store: Store, scene: Scene) -> None:
    with pytest.raises(ValidationError, match="already works there"):
        store.contacts.move(_id(scene.anna), _id(scene.acme), TODAY)
    assert len(store.contacts.employments(_id(scene.anna))) == 1


def test_replace_history_restores_the_state_before_a_move(store: Store, scene: Scene) -> None:
    globex = store.companies.add(Company("Globex"))
    before = store.contacts.get(_id(scene.anna))
    jobs_before = store.contacts.employments(_id(scene.anna))
    store.contacts.move(_id(scene.anna), _id(globex), TODAY, title="CEO")
    with store.transaction():
        store.contacts.replace_history(before, jobs_before)
    assert store.contacts.get(_id(scene.anna)) == before
    assert store.contacts.employments(_id(scene.anna)) == jobs_before
    assert [c.id for c in store.contacts.for_company(_id(scene.acme))] == [scene.anna.id]
    assert store.contacts.for_company(_id(globex)) == []
    assert store.contacts.former_employees(_id(scene.acme)) == []


# Deleting and restoring, compared with the raw rows.

TABLES = (
    "companies",
    "competitors",
    "contacts",
    "employments",
    "touchpoints",
    "content_items",
    "content_sends",
)
# Restoring a touch-point is a change a calendar must see: revision and updated_at move on.
# Competitor rows are renumbered on every save of their account; nothing refers to their ids.
VOLATILE = {"touchpoints": ("revision", "updated_at"), "competitors": ("id",)}
ORDER = {"competitors": "company_id, position"}


def _rows(store: Store) -> dict[str, list[dict[str, Any]]]:
    dump = {}
    for table in TABLES:
        order = ORDER.get(table, "id")
        rows = [dict(r) for r in store.db.utils.query(f"SELECT * FROM {table} ORDER BY {order}")]
        for row in rows:
            for column in VOLATILE.get(table, ()):
                row.pop(column)
        dump[table] = rows
    return dump


def _revisions(store: Store) -> dict[int, int]:
    return {_id(tp): tp.revision for tp in store.touchpoints.all()}


def _populate(store: Store) -> dict[str, Any]:
    """Two accounts whose people, jobs, touches and sends cross between them."""
    acme = store.companies.add(
        Company(
            "Acme",
            kind=CompanyKind.CUSTOMER,
            competitors=(Competitor("Zeta", "Pallets", date(2027, 1, 31)), Competitor("Alpha")),
            contract_end=date(2027, 6, 30),
        )
    )
    globex = store.companies.add(
        Company("Globex", kind=CompanyKind.DREAM_CLIENT, competitors=(Competitor("Zeta"),))
    )
    initech = store.companies.add(Company("Initech"))
    guide = store.content.add(ContentItem("Guide", topics=("pricing",)))
    anna = store.contacts.add(
        Contact("Anna", "Schmidt", company_id=acme.id, title="Buyer"), started=date(2023, 1, 1)
    )
    ben = store.contacts.add(Contact("Ben", "Meyer", company_id=acme.id))
    # Carla used to work at Acme and is now at Globex; Dora came from Initech to Acme.
    carla = store.contacts.add(Contact("Carla", "Jones", company_id=acme.id, title="CTO"))
    dora = store.contacts.add(Contact("Dora", "Lee", company_id=initech.id))
    otto = store.contacts.add(Contact("Otto", "Berg", company_id=globex.id))

    def touch(company: Company, day: int, contact: Contact | None, **fields: Any) -> TouchPoint:
        tp = TouchPoint(
            _id(company),
            TODAY + timedelta(days=day),
            contact_id=None if contact is None else contact.id,
        )
        return store.touchpoints.add(tp.replace(**fields))

    sent = touch(acme, -30, carla, channel=Channel.CONTENT, content_id=guide.id)
    store.complete_touchpoint(_id(sent), "Read it")
    at_initech = touch(initech, -40, dora, channel=Channel.CONTENT, content_id=guide.id)
    store.complete_touchpoint(_id(at_initech), "Sent")
    store.contacts.move(_id(carla), _id(globex), TODAY - timedelta(days=10))
    store.contacts.move(_id(dora), _id(acme), TODAY - timedelta(days=5), title="Planner")
    anna_tp = touch(acme, -3, anna, channel=Channel.CONTENT, content_id=guide.id)
    store.complete_touchpoint(_id(anna_tp), "Good call")
    touch(acme, 2, ben, time=time(10, 0), tz="Europe/Berlin")
    touch(acme, 5, None, title="Account review")
    touch(globex, 1, carla, title="Congratulate Carla on the new job")
    touch(globex, 3, otto)
    store.content.record_send(ContentSend(_id(guide), _id(otto), TODAY - timedelta(days=1)))
    return {
        "acme": acme,
        "globex": globex,
        "initech": initech,
        "anna": anna,
        "ben": ben,
        "carla": carla,
        "dora": dora,
        "otto": otto,
    }


def test_delete_and_restore_company_gives_everything_back(store: Store) -> None:
    world = _populate(store)
    acme = world["acme"]
    rows_before = _rows(store)
    summaries_before = store.read.company_summaries()
    contact_summaries_before = store.read.contact_summaries()
    content_before = store.content.summaries()
    revisions_before = _revisions(store)

    snapshot = store.delete_company(_id(acme))
    with pytest.raises(NotFoundError):
        store.companies.get(_id(acme))
    assert [c.name for c in store.companies.all()] == ["Globex", "Initech"]
    assert {c.first_name for c in store.contacts.all()} == {"Carla", "Otto"}

    store.restore_company(snapshot)
    assert _rows(store) == rows_before
    assert store.read.company_summaries() == summaries_before
    assert store.read.contact_summaries() == contact_summaries_before
    assert store.content.summaries() == content_before
    # Every touch-point that was deleted or changed on the way is a new revision.
    revisions_after = _revisions(store)
    assert revisions_after.keys() == revisions_before.keys()
    assert all(revisions_after[i] >= revisions_before[i] for i in revisions_before)
    for e in store.touchpoints.for_company(_id(acme)):
        assert revisions_after[_id(e.touchpoint)] > revisions_before[_id(e.touchpoint)]


def test_deleting_a_company_changes_the_revision_of_touches_it_unlinks(store: Store) -> None:
    world = _populate(store)
    # Dora's old touch at Initech stays, but loses its person: a calendar must see that.
    [at_initech] = store.touchpoints.for_company(_id(world["initech"]))
    before = at_initech.touchpoint
    assert before.contact_id == world["dora"].id
    store.delete_company(_id(world["acme"]))
    after = store.touchpoints.get(_id(before))
    assert after.contact_id is None
    assert after.revision > before.revision


def test_delete_and_restore_contact_gives_everything_back(store: Store) -> None:
    world = _populate(store)
    rows_before = _rows(store)
    summaries_before = store.read.company_summaries()
    contact_summaries_before = store.read.contact_summaries()
    revisions_before = _revisions(store)
    carla = world["carla"]
    touches = [e.touchpoint for e in store.touchpoints.for_contact(_id(carla))]
    assert {tp.company_id for tp in touches} == {world["acme"].id, world["globex"].id}

    snapshot = store.delete_contact(_id(carla))
    with pytest.raises(NotFoundError):
        store.contacts.get(_id(carla))
    # Her touch-points stay with their accounts, without a person, as a new revision.
    for tp in touches:
        kept = store.touchpoints.get(_id(tp))
        assert kept.contact_id is None
        assert kept.revision > tp.revision
    assert store.content.sends_for_contact(_id(carla)) == []

    store.restore_contact(snapshot)
    assert _rows(store) == rows_before
    assert store.read.company_summaries() == summaries_before
    assert store.read.contact_summaries() == contact_summaries_before
    revisions_after = _revisions(store)
    for tp in touches:
        assert revisions_after[_id(tp)] > revisions_before[_id(tp)]


def test_delete_and_restore_touchpoint_keeps_the_send_log_link(store: Store, scene: Scene) -> None:
    tp = _content_tp(store, scene)
    _, done, send = store.complete_touchpoint(_id(tp), "Liked it")
    assert send is not None
    deleted, sends = store.delete_touchpoint(_id(tp))
    assert deleted == done
    assert sends == (send,)
    with pytest.raises(NotFoundError):
        store.touchpoints.get(_id(tp))
    # The send itself stays in the log (it happened), only without its touch-point.
    [orphan] = store.content.all_sends()
    assert orphan.touchpoint_id is None

    restored = store.restore_touchpoint(deleted, sends)
    assert restored.id == tp.id
    assert restored.revision == done.revision + 1
    assert restored.replace(revision=done.revision, updated_at=done.updated_at) == done
    assert store.content.all_sends() == [send]
    assert store.content.sends_for_touchpoint(_id(tp)) == [send]


# One action, one transaction.


def test_a_failure_inside_a_transaction_rolls_back_everything(store: Store, scene: Scene) -> None:
    rows_before = _rows(store)
    tp = _content_tp(store, scene)
    rows_with_tp = _rows(store)

    def action() -> None:
        with store.transaction():
            store.companies.add(Company("Half Saved", competitors=(Competitor("X"),)))
            store.contacts.add(Contact("Nobody", company_id=scene.acme.id))
            store.touchpoints.update(tp.replace(title="changed"))
            store.complete_touchpoint(_id(tp), "nested action")
            store.touchpoints.add_many([TouchPoint(_id(scene.acme), TODAY)])
            store.set_setting("week_start", 6)
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        action()
    assert rows_before != rows_with_tp
    assert _rows(store) == rows_with_tp
    assert store.touchpoints.get(_id(tp)) == tp
    assert store.setting("week_start") is None
    assert not store.db.conn.in_transaction


def test_a_failing_action_leaves_nothing_half_done(store: Store, scene: Scene) -> None:
    """delete_company fails after deleting the contacts: the contacts come back too."""
    rows_before = _rows(store)

    def action() -> None:
        with store.transaction():
            store.delete_company(_id(scene.acme))
            store.companies.delete(_id(scene.acme))  # already gone: fails the whole action

    with pytest.raises(NotFoundError):
        action()
    assert _rows(store) == rows_before


def test_a_nested_failure_can_be_caught_without_losing_the_outer_work(store: Store) -> None:

    def inner() -> None:
        with store.transaction():
            store.companies.add(Company("Dropped"))
            raise ValidationError("inner problem")

    with store.transaction():
        store.companies.add(Company("Kept"))
        with pytest.raises(ValidationError):
            inner()
    assert [c.name for c in store.companies.all()] == ["Kept"]


def test_a_committed_action_is_on_disk(file_store: Store) -> None:
    with file_store.transaction():
        file_store.companies.add(Company("Acme"))
    assert file_store.path is not None
    other = Store.open(file_store.path, file_store.clock)
    try:
        assert [c.name for c in other.companies.all()] == ["Acme"]
    finally:
        other.close()
