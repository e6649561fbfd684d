"""The controller's commands on records: accounts, contacts, content and its sends."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from planner.domain.job_move import PlannedTouchFate
from planner.domain.model import Company, Contact, ContentItem, ContentSend, Employment
from planner.storage.job_moves import put_touchpoints, settle_planned
from planner.ui.commands.base import (
    ALL,
    COMPANIES,
    CONTACTS,
    CONTENT,
    TOUCHPOINTS,
    Commands,
    expect_unchanged,
    record_id,
)


class RecordCommands(Commands):
    """Adding, editing, moving and deleting accounts, contacts and content; logging sends."""

    # Accounts.

    def add_company(self, company: Company) -> Company:
        with self.store.transaction():
            added = self.store.companies.add(company)
        holder = {"snapshot": self.store.snapshot_company(record_id(added))}

        def undo() -> None:
            holder["snapshot"] = self.store.delete_company(record_id(added))

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
            before = companies.get(record_id(company))
            after = companies.update(company)
            current = {"stored": companies.get(record_id(company))}

        def put(value: Company) -> None:
            with self.store.transaction():
                expect_unchanged(companies.get(record_id(company)), current["stored"])
                companies.update(value)
                current["stored"] = companies.get(record_id(company))

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
        holder = {"snapshot": self.store.snapshot_contact(record_id(added))}

        def undo() -> None:
            holder["snapshot"] = self.store.delete_contact(record_id(added))

        self._push(
            self.tr("Add {name}").format(name=added.full_name),
            frozenset({CONTACTS, COMPANIES}),
            undo,
            lambda: self.store.restore_contact(holder["snapshot"]),
        )
        return added

    def update_contact(self, contact: Contact) -> Contact:
        with self.store.transaction():
            before = self._history(record_id(contact))
            self.store.contacts.update(contact)
            after = self._history(record_id(contact))
        current = {"stored": after}

        def put(state: tuple[Contact, list[Employment]]) -> None:
            with self.store.transaction():
                expect_unchanged(self._history(record_id(contact)), current["stored"])
                self._put_history(state)
                current["stored"] = self._history(record_id(contact))

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
            self.store.contacts.move(contact_id, record_id(added), on, title)
            tps_before, tps_after = settle_planned(self.store, planned or {}, record_id(added))
            after = self._history(contact_id)

        def undo() -> None:
            with self.store.transaction():
                put_touchpoints(self.store, tps_before)
                self.store.contacts.replace_history(*before)
                self.store.companies.delete(record_id(added))

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
                self.store.content.delete(record_id(added))

        self._push(self.tr("Add {name}").format(name=added.title), frozenset({CONTENT}), undo, redo)
        return added

    def update_content(self, item: ContentItem) -> ContentItem:
        with self.store.transaction():
            before = self.store.content.get(record_id(item))
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
                    self.store.content.delete_send(record_id(send))

        def redo() -> None:
            with self.store.transaction():
                for send in sends:
                    self.store.content.record_send(send)

        self._push(self.tr("Record content sent"), frozenset({CONTENT, CONTACTS}), undo, redo)
        return sends
