"""The one place the GUI changes the plan: one action, one transaction, one undo step."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner.domain.errors import ChangedSinceError, PlannerError
from planner.domain.imports import UndoImportResult
from planner.domain.job_move import PlannedTouchFate
from planner.domain.model import (
    Channel,
    Company,
    Contact,
    ContentItem,
    ContentSend,
    Employment,
    Status,
    TouchPoint,
)
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.domain.timing import Clock, planning_week
from planner.interchange.importer import (
    CancelCheck,
    ImportResult,
    ImportSource,
    ProgressCallback,
    commit_import,
)
from planner.nurture.settings import SETTINGS_KEY, NurtureSettings
from planner.nurture.trip import Stop
from planner.nurture.week_plan import Suggestion
from planner.storage import Store
from planner.storage.dismissals import Dismissal, dismissals_of_week, forget_before
from planner.storage.dismissals import dismiss as store_dismiss
from planner.storage.dismissals import restore as store_restore
from planner.storage.job_moves import put_touchpoints, settle_planned
from planner.storage.merge import MergeResult, merge_companies, merge_contacts
from planner.storage.plans import accept_suggestions as store_accept_suggestions
from planner.ui import i18n
from planner.ui.display import short_day
from planner.ui.i18n import translate
from planner.ui.undo import ActionCommand, FinalUndoCommand

TOUCHPOINTS = "touchpoints"
COMPANIES = "companies"
CONTACTS = "contacts"
CONTENT = "content"
SETTINGS = "settings"
DISMISSALS = "dismissals"
ALL = frozenset({TOUCHPOINTS, COMPANIES, CONTACTS, CONTENT, SETTINGS, DISMISSALS})
# Dismissals of planning weeks this long before the one dismissed in are dropped.
DISMISSED_KEEP_DAYS = 35

# The undo step of planning an untitled touch-point, one whole phrase per channel.
_PLAN_TEXTS: dict[Channel, str] = {
    Channel.CALL: QT_TRANSLATE_NOOP("Controller", "Plan call on {day}"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Controller", "Plan e-mail on {day}"),
    Channel.MEETING: QT_TRANSLATE_NOOP("Controller", "Plan meeting on {day}"),
    Channel.VISIT: QT_TRANSLATE_NOOP("Controller", "Plan visit on {day}"),
    Channel.CONTENT: QT_TRANSLATE_NOOP("Controller", "Plan sending content on {day}"),
    Channel.SOCIAL: QT_TRANSLATE_NOOP("Controller", "Plan social touch on {day}"),
    Channel.PERSONAL: QT_TRANSLATE_NOOP("Controller", "Plan personal touch on {day}"),
}


_RECORD_CHANGED = QT_TRANSLATE_NOOP(
    "Errors",
    "The record was changed since (perhaps from the command line or another window); "
    "it was left as it is now, so that change is not lost.",
)


def _expect_unchanged(stored: object, expected: object) -> None:
    """Undo and redo overwrite a record only while it is as this step left it."""
    if stored != expected:
        raise ChangedSinceError(_RECORD_CHANGED)


@dataclass(frozen=True, slots=True)
class Change:
    """What an action touched, so views refresh only what they show."""

    tables: frozenset[str]

    def affects(self, *tables: str) -> bool:
        return bool(self.tables.intersection(tables))


_KEEP: Any = object()


class Controller(QObject):
    """Runs every user action through the store in one transaction and pushes its undo step.

    Methods raise PlannerError (with a plain message) when the store refuses an action; in
    that case nothing was written and nothing was pushed. `changed` is emitted after every
    action, undo and redo; `failed` carries the message when an undo or redo was refused.
    """

    changed = Signal(object)
    failed = Signal(str)

    def __init__(self, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.undo_stack = QUndoStack(self)
        # Bumped before any view hears `changed` (first connection), so caches can tell.
        self.revision = 0
        self.changed.connect(self._on_self_changed)

    def _on_self_changed(self, _change: Change) -> None:
        self.revision += 1

    def today(self) -> date:
        return self.clock.today()

    def _push(
        self,
        text: str,
        tables: frozenset[str],
        undo: Callable[[], object],
        redo: Callable[[], object],
        question: str = "",
    ) -> None:
        """Push a step already done; with a `question`, its undo is final and asked first."""
        change = Change(tables)
        args = (text, undo, redo, lambda: self.changed.emit(change), self.failed.emit)
        command = (
            FinalUndoCommand(question, *args, self.undo_stack)
            if question
            else ActionCommand(*args, self.undo_stack)
        )
        self.undo_stack.push(command)
        self.changed.emit(change)

    def refresh_all(self) -> None:
        """Tell every view to reload (after a change made outside the controller)."""
        self.changed.emit(Change(ALL))

    # Touch-points.

    def plan_touchpoint(self, tp: TouchPoint) -> TouchPoint:
        with self.store.transaction():
            added = self.store.touchpoints.add(tp)
        holder = {"tp": added}
        tps = self.store.touchpoints

        # Undo and redo refuse to overwrite a touch-point changed since (ChangedSinceError).
        def undo() -> None:
            with self.store.transaction():
                tps.expect_unchanged(holder["tp"])
                holder["tp"] = self.store.delete_touchpoint(_id(added))[0]

        def redo() -> None:
            with self.store.transaction():
                tps.expect_absent(_id(added))
                holder["tp"] = tps.restore(holder["tp"])

        self._push(_plan_text(added), frozenset({TOUCHPOINTS, COMPANIES}), undo, redo)
        return added

    def update_touchpoint(self, tp: TouchPoint, text: str | None = None) -> TouchPoint:
        """Store an edited touch-point; `text` names the undo step (default "Edit touch-point")."""
        text = text if text is not None else self.tr("Edit touch-point")
        with self.store.transaction():
            before = self.store.touchpoints.get(_id(tp))
            after = self.store.touchpoints.update(tp)
        tps = self.store.touchpoints

        def put(expected: TouchPoint, value: TouchPoint) -> None:
            with self.store.transaction():
                tps.expect_unchanged(expected)
                tps.update(value)

        self._push(
            text,
            frozenset({TOUCHPOINTS, COMPANIES}),
            lambda: put(after, before),
            lambda: put(before, after),
        )
        return after

    def move_touchpoint(self, touchpoint_id: int, day: date, at: time | None = _KEEP) -> TouchPoint:
        tp = self.store.touchpoints.get(touchpoint_id)
        moved = tp.replace(day=day) if at is _KEEP else tp.replace(day=day, time=at)
        return self.update_touchpoint(moved, self.tr("Move to {day}").format(day=short_day(day)))

    def set_status(self, touchpoint_id: int, status: Status) -> TouchPoint:
        tp = self.store.touchpoints.get(touchpoint_id)
        texts = {
            Status.PLANNED: self.tr("Mark planned"),
            Status.DONE: self.tr("Mark done"),
            Status.SKIPPED: self.tr("Mark skipped"),
            Status.CANCELLED: self.tr("Mark cancelled"),
        }
        return self.update_touchpoint(tp.replace(status=status), texts[status])

    def complete_touchpoint(self, touchpoint_id: int, outcome: str = "") -> TouchPoint:
        """Mark done with an outcome; a content touch-point records the send in the log."""
        before, after, send = self.store.complete_touchpoint(touchpoint_id, outcome)
        holder: dict[str, ContentSend | None] = {"send": send}
        state = {"done": after}
        tps = self.store.touchpoints

        def undo() -> None:
            with self.store.transaction():
                tps.expect_unchanged(state["done"])
                self.store.reopen_touchpoint(before, holder["send"])

        def redo() -> None:
            with self.store.transaction():
                tps.expect_unchanged(before)
                _before, state["done"], holder["send"] = self.store.complete_touchpoint(
                    touchpoint_id, outcome
                )

        self._push(self.tr("Mark done"), frozenset(ALL), undo, redo)
        return after

    def delete_touchpoint(self, touchpoint_id: int) -> None:
        tp, sends = self.store.delete_touchpoint(touchpoint_id)
        tps = self.store.touchpoints

        def undo() -> None:
            with self.store.transaction():
                tps.expect_absent(touchpoint_id)
                self.store.restore_touchpoint(tp, sends)

        def redo() -> None:
            with self.store.transaction():
                tps.expect_unchanged(tp)
                self.store.delete_touchpoint(touchpoint_id)

        self._push(
            self.tr("Delete touch-point"), frozenset({TOUCHPOINTS, COMPANIES, CONTENT}), undo, redo
        )

    # Accounts.

    def add_company(self, company: Company) -> Company:
        with self.store.transaction():
            added = self.store.companies.add(company)
        holder = {"snapshot": self.store.snapshot_company(_id(added))}

        def undo() -> None:
            holder["snapshot"] = self.store.delete_company(_id(added))

        self._push(
            self.tr("Add {name}").format(name=added.name),
            frozenset({COMPANIES}),
            undo,
            lambda: self.store.restore_company(holder["snapshot"]),
        )
        return added

    def update_company(self, company: Company) -> Company:
        companies = self.store.companies
        with self.store.transaction():
            before = companies.get(_id(company))
            after = companies.update(company)
            current = {"stored": companies.get(_id(company))}

        def put(value: Company) -> None:
            with self.store.transaction():
                _expect_unchanged(companies.get(_id(company)), current["stored"])
                companies.update(value)
                current["stored"] = companies.get(_id(company))

        self._push(
            self.tr("Edit {name}").format(name=after.name),
            frozenset({COMPANIES, TOUCHPOINTS, CONTACTS}),
            lambda: put(before),
            lambda: put(after),
        )
        return after

    def delete_company(self, company_id: int) -> None:
        snapshot = self.store.delete_company(company_id)
        self._push(
            self.tr("Delete {name}").format(name=snapshot.company.name),
            frozenset(ALL),
            lambda: self.store.restore_company(snapshot),
            lambda: self.store.delete_company(company_id),
        )

    # Contacts.

    def _history(self, contact_id: int) -> tuple[Contact, list[Employment]]:
        return self.store.contacts.get(contact_id), self.store.contacts.employments(contact_id)

    def _put_history(self, state: tuple[Contact, list[Employment]]) -> None:
        with self.store.transaction():
            self.store.contacts.replace_history(*state)

    def add_contact(self, contact: Contact, started: date | None = None) -> Contact:
        with self.store.transaction():
            added = self.store.contacts.add(contact, started)
        holder = {"snapshot": self.store.snapshot_contact(_id(added))}

        def undo() -> None:
            holder["snapshot"] = self.store.delete_contact(_id(added))

        self._push(
            self.tr("Add {name}").format(name=added.full_name),
            frozenset({CONTACTS, COMPANIES}),
            undo,
            lambda: self.store.restore_contact(holder["snapshot"]),
        )
        return added

    def update_contact(self, contact: Contact) -> Contact:
        with self.store.transaction():
            before = self._history(_id(contact))
            self.store.contacts.update(contact)
            after = self._history(_id(contact))
        current = {"stored": after}

        def put(state: tuple[Contact, list[Employment]]) -> None:
            with self.store.transaction():
                _expect_unchanged(self._history(_id(contact)), current["stored"])
                self._put_history(state)
                current["stored"] = self._history(_id(contact))

        self._push(
            self.tr("Edit {name}").format(name=contact.full_name),
            frozenset({CONTACTS, COMPANIES, TOUCHPOINTS}),
            lambda: put(before),
            lambda: put(after),
        )
        return after[0]

    def move_contact(
        self,
        contact_id: int,
        company_id: int,
        on: date,
        title: str | None = None,
        planned: Mapping[int, PlannedTouchFate] | None = None,
    ) -> Contact:
        """The contact moved to another company; their old job and touch history stay.

        `planned` says what becomes of each planned touch-point of theirs (moved along to
        the new company, cancelled, or kept); all of it is one transaction and one undo step.
        """
        with self.store.transaction():
            before = self._history(contact_id)
            self.store.contacts.move(contact_id, company_id, on, title)
            tps_before, tps_after = settle_planned(self.store, planned or {}, company_id)
            after = self._history(contact_id)

        def undo() -> None:
            with self.store.transaction():
                put_touchpoints(self.store, tps_before)
                self._put_history(before)

        def redo() -> None:
            with self.store.transaction():
                self._put_history(after)
                put_touchpoints(self.store, tps_after)

        self._push(
            self.tr("Move {name}").format(name=before[0].full_name),
            frozenset({CONTACTS, COMPANIES, TOUCHPOINTS}),
            undo,
            redo,
        )
        return after[0]

    def move_contact_to_new_company(
        self,
        contact_id: int,
        company: Company,
        on: date,
        title: str | None = None,
        planned: Mapping[int, PlannedTouchFate] | None = None,
    ) -> tuple[Contact, Company]:
        """The contact moved to a company not yet in the plan: add it, then move them (one step)."""
        with self.store.transaction():
            before = self._history(contact_id)
            added = self.store.companies.add(company)
            self.store.contacts.move(contact_id, _id(added), on, title)
            tps_before, tps_after = settle_planned(self.store, planned or {}, _id(added))
            after = self._history(contact_id)

        def undo() -> None:
            with self.store.transaction():
                put_touchpoints(self.store, tps_before)
                self.store.contacts.replace_history(*before)
                self.store.companies.delete(_id(added))

        def redo() -> None:
            with self.store.transaction():
                self.store.companies.add(added)
                self.store.contacts.replace_history(*after)
                put_touchpoints(self.store, tps_after)

        self._push(
            self.tr("Move {name} to {company}").format(
                name=before[0].full_name, company=added.name
            ),
            frozenset({CONTACTS, COMPANIES, TOUCHPOINTS}),
            undo,
            redo,
        )
        return after[0], added

    def delete_contact(self, contact_id: int) -> None:
        snapshot = self.store.delete_contact(contact_id)
        self._push(
            self.tr("Delete {name}").format(name=snapshot.contact.full_name),
            frozenset(ALL),
            lambda: self.store.restore_contact(snapshot),
            lambda: self.store.delete_contact(contact_id),
        )

    # Content.

    def add_content(self, item: ContentItem) -> ContentItem:
        with self.store.transaction():
            added = self.store.content.add(item)

        def redo() -> None:
            with self.store.transaction():
                self.store.content.add(added)

        def undo() -> None:
            with self.store.transaction():
                self.store.content.delete(_id(added))

        self._push(self.tr("Add {name}").format(name=added.title), frozenset({CONTENT}), undo, redo)
        return added

    def update_content(self, item: ContentItem) -> ContentItem:
        with self.store.transaction():
            before = self.store.content.get(_id(item))
            after = self.store.content.update(item)

        def put(value: ContentItem) -> None:
            with self.store.transaction():
                self.store.content.update(value)

        self._push(
            self.tr("Edit {name}").format(name=after.title),
            frozenset({CONTENT}),
            lambda: put(before),
            lambda: put(after),
        )
        return after

    def delete_content(self, item_id: int) -> None:
        with self.store.transaction():
            item = self.store.content.get(item_id)
            sends = self.store.content.sends_for_item(item_id)
            self.store.content.delete(item_id)

        def undo() -> None:
            with self.store.transaction():
                self.store.content.add(item)
                for send in sends:
                    self.store.content.record_send(send)

        def redo() -> None:
            with self.store.transaction():
                self.store.content.delete(item_id)

        text = self.tr("Delete {name}").format(name=item.title)
        self._push(text, frozenset({CONTENT, CONTACTS}), undo, redo)

    def record_sends(self, content_id: int, contact_ids: list[int], on: date) -> list[ContentSend]:
        """Log that an item went to these contacts on a day (one undo step for all of them)."""
        with self.store.transaction():
            sends = [
                self.store.content.record_send(ContentSend(content_id, cid, on))
                for cid in contact_ids
            ]

        def undo() -> None:
            with self.store.transaction():
                for send in sends:
                    self.store.content.delete_send(_id(send))

        def redo() -> None:
            with self.store.transaction():
                for send in sends:
                    self.store.content.record_send(send)

        self._push(self.tr("Record content sent"), frozenset({CONTENT, CONTACTS}), undo, redo)
        return sends

    # Imports and merges.

    def import_source(
        self,
        source: ImportSource,
        *,
        overwrite: bool = False,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportResult:
        """Import a previewed file in one transaction, as one undo step (Ctrl+Z undoes it).

        A cancelled import raises ImportCancelledError and writes nothing. Undoing it is final,
        as in File → Undo import…: the step leaves the stack, so Redo never imports again.
        """
        result = commit_import(
            self.store, source, overwrite=overwrite, progress=progress, cancelled=cancelled
        )
        if result.batch is None:
            return result
        batch_id = result.batch.id

        def undo() -> None:
            if not self.store.imports.get(batch_id).is_undone:
                self.store.imports.undo(batch_id)

        question = self.tr(
            "Undo the import of {name}? It removes what the import added and puts back the "
            "fields it filled, except where you changed them since. This cannot be undone."
        ).format(name=source.name)
        self._push(
            self.tr("Import {name}").format(name=source.name), ALL, undo, lambda: None, question
        )
        return result

    def undo_question(self) -> str:
        """What to ask before the next Undo, when that step cannot be redone; else ""."""
        index = self.undo_stack.index()
        command = self.undo_stack.command(index - 1) if index > 0 else None
        return command.question if isinstance(command, FinalUndoCommand) else ""

    def undo_import(self, batch_id: int) -> UndoImportResult:
        """Take a past import back as a whole (File → Undo import…), even after other edits.

        It cannot be undone, so older steps go too: they may name what it removed, and Redo
        must not bring the import back.
        """
        result = self.store.imports.undo(batch_id)
        self.undo_stack.clear()
        self.changed.emit(Change(ALL))
        return result

    def merge_contacts(self, keep_id: int, gone_id: int) -> MergeResult:
        """Fold a duplicate contact into the one kept; not undoable, so older steps go too."""
        result = merge_contacts(self.store, keep_id, gone_id)
        self.undo_stack.clear()  # their undo steps may name the merged record
        self.changed.emit(Change(ALL))
        return result

    def merge_companies(self, keep_id: int, gone_id: int) -> MergeResult:
        """Fold a duplicate account into the one kept; not undoable, so older steps go too."""
        result = merge_companies(self.store, keep_id, gone_id)
        self.undo_stack.clear()
        self.changed.emit(Change(ALL))
        return result

    # Planning.

    def accept_suggestions(
        self, suggestions: Iterable[Suggestion | Stop], day_override: date | None = None
    ) -> list[TouchPoint]:
        """Plan the suggestions (on `day_override` if given) as one undo step.

        Suggestions already on the calendar are skipped, so accepting twice adds nothing;
        undo deletes exactly the touch-points this call created.
        """
        todo = [
            _InYourLanguage(s if day_override is None else dataclasses.replace(s, day=day_override))
            for s in suggestions
        ]
        tz = getattr(self.clock.now().tzinfo, "key", None) or "UTC"
        with self.store.transaction():
            added = store_accept_suggestions(self.store, todo, tz)
        if not added:
            return []
        holder = {"added": added}
        tps = self.store.touchpoints

        def undo() -> None:
            with self.store.transaction():
                for tp in holder["added"]:
                    tps.expect_unchanged(tp)
                holder["added"] = [self.store.delete_touchpoint(_id(tp))[0] for tp in added]

        def redo() -> None:
            with self.store.transaction():
                for tp in holder["added"]:
                    tps.expect_absent(_id(tp))
                holder["added"] = [tps.restore(tp) for tp in holder["added"]]

        if len(added) == 1:
            text = _plan_text(added[0])
        else:
            text = self.tr("Plan %n suggestion(s)", "", len(added))
        self._push(text, frozenset({TOUCHPOINTS, COMPANIES}), undo, redo)
        return added

    def dismissals(self, week: date) -> list[Dismissal]:
        """The suggestions dismissed for the planning week holding `week`."""
        return dismissals_of_week(self.store, planning_week(week))

    def dismissed_suggestions(self, week: date) -> frozenset[str]:
        """Plan keys of the suggestions dismissed for the planning week holding `week`."""
        return frozenset(d.key for d in self.dismissals(week))

    def dismiss_suggestions(self, week: date, suggestions: Iterable[Suggestion]) -> None:
        """Leave suggestions out of every plan of that week (kept in the plan file); one step."""
        monday = planning_week(week)
        wanted = [
            Dismissal(s.key, monday, s.company_id, _summary(s))
            for s in {s.key: s for s in suggestions}.values()
        ]
        with self.store.transaction():
            forget_before(self.store, monday - timedelta(days=DISMISSED_KEEP_DAYS))
            added = store_dismiss(self.store, wanted)
        if not added:
            return
        if len(added) == 1:
            text = self.tr("Dismiss suggestion")
        else:
            text = self.tr("Dismiss %n suggestion(s)", "", len(added))
        self._push(
            text,
            frozenset({DISMISSALS}),
            lambda: store_restore(self.store, [d.key for d in added]),
            lambda: store_dismiss(self.store, added),
        )

    def restore_dismissed(self, keys: Iterable[str]) -> None:
        """Let dismissed suggestions be proposed again; one undo step."""
        removed = store_restore(self.store, keys)
        if not removed:
            return
        if len(removed) == 1:
            text = self.tr("Restore suggestion")
        else:
            text = self.tr("Restore %n suggestion(s)", "", len(removed))
        self._push(
            text,
            frozenset({DISMISSALS}),
            lambda: store_dismiss(self.store, removed),
            lambda: store_restore(self.store, [d.key for d in removed]),
        )

    def nurture_settings(self) -> NurtureSettings:
        """The rep's nurture settings; defaults when none (or unreadable ones) are stored."""
        try:
            return NurtureSettings.from_json(self.store.setting(SETTINGS_KEY, None))
        except PlannerError:
            return NurtureSettings()

    def save_nurture_settings(self, settings: NurtureSettings) -> None:
        """Store new nurture settings as one undo step."""
        before = self.store.setting(SETTINGS_KEY, None)
        after = settings.to_json()
        self.store.set_setting(SETTINGS_KEY, after)
        self._push(
            self.tr("Change settings"),
            frozenset({SETTINGS}),
            lambda: self.store.set_setting(SETTINGS_KEY, before),
            lambda: self.store.set_setting(SETTINGS_KEY, after),
        )


def _id(record: Any) -> int:
    """The id of a stored record (every record handed to the controller has been saved)."""
    value = record.id
    assert isinstance(value, int), "record has not been saved"
    return value


def _summary(s: Suggestion) -> str:
    """How a dismissed suggestion is listed: its title, and the account when it names a person."""
    title = i18n.text(s.title)
    return f"{title} · {s.company_name}" if s.contact_name else title


def _plan_text(tp: TouchPoint) -> str:
    """The undo step of planning `tp`: "Plan <its title>", or its channel and day."""
    if tp.title:
        return translate("Controller", "Plan {title}").format(title=tp.title)
    return translate("Controller", _PLAN_TEXTS[tp.channel]).format(day=short_day(tp.day))


@dataclasses.dataclass(frozen=True, slots=True)
class _InYourLanguage:
    """A suggestion whose touch-point keeps its title and reason in the user's language."""

    suggestion: Suggestion | Stop  # a week's suggestion or a trip's visit

    @property
    def key(self) -> str:
        return self.suggestion.key

    def to_touchpoint(self, tz: str) -> TouchPoint:
        tp = self.suggestion.to_touchpoint(tz)
        return tp.replace(
            title=i18n.text(self.suggestion.title), reason=i18n.text(self.suggestion.reason)
        )
