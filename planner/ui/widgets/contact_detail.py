"""The contact detail panel: who they are, every job they held, their touches and content."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from planner.domain.errors import NotFoundError
from planner.domain.model import Contact
from planner.storage import Store
from planner.ui import display
from planner.ui.i18n import label
from planner.ui.widgets.detail_parts import DetailPanel, Facts, show_either
from planner.ui.widgets.nurture_facts import NurtureSection


class ContactDetail(DetailPanel):
    """Everything about one contact, read from the store each time it is shown."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.contact_id: int | None = None
        body, layout = self.body, self.body_layout
        self.facts = Facts(body)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.facts)
        self.nurture = NurtureSection(body)
        layout.addWidget(self.nurture)

        self.jobs, self.no_jobs = self.add_list(
            self.tr("Job history"),
            (self.tr("Company"), self.tr("Title"), self.tr("From"), self.tr("To")),
            self.tr("No job recorded."),
        )
        self.touches, self.no_touches = self.add_list(
            self.tr("Touches"),
            (self.tr("Date"), self.tr("What"), self.tr("Account"), self.tr("Status")),
            self.tr("No touch-points with this person yet."),
        )
        self.received, self.no_received = self.add_list(
            self.tr("Content received"),
            (self.tr("Date"), self.tr("Content"), self.tr("Kind")),
            self.tr("Nothing sent yet — use “Record sent to…” in the library."),
        )
        self.finish()

    def refresh(self) -> None:
        self.show_contact(self.contact_id)

    def show_record(self, record_id: int | None) -> None:
        self.show_contact(record_id)

    def show_contact(self, contact_id: int | None) -> None:
        """Show one contact (or nothing when they are gone); reads them fresh from the store."""
        contact: Contact | None = None
        if contact_id is not None:
            try:
                contact = self.store.contacts.get(contact_id)
            except NotFoundError:
                contact = None
        self.contact_id = contact.id if contact else None
        if contact is None or contact.id is None:
            self.title.setText(self.tr("No contact selected"))
            self.subtitle.setText("")
            self.facts.set_facts([])
            for tree in (self.jobs, self.touches, self.received):
                tree.set_rows([])
            self.nurture.show_contact(None)
            return
        self.nurture.show_contact(contact.id)
        # The store lists jobs oldest first with the current one last; show it first.
        jobs = list(reversed(self.store.contacts.employments(contact.id)))
        companies = self.store.read.company_names(
            [contact.company_id, *(job.company_id for job in jobs)]
        )
        self.title.setText(contact.full_name)
        where = companies.get(contact.company_id, "") if contact.company_id else ""
        if contact.title and where:
            role = self.tr("{title} at {account}").format(title=contact.title, account=where)
        else:
            role = contact.title or where
        self.subtitle.setText(
            " · ".join(p for p in (role, label(contact.level), label(contact.buying_role)) if p)
        )
        self.facts.set_facts(
            [
                (self.tr("E-mail"), contact.email or display.NO_VALUE),
                (self.tr("Phone"), contact.phone or display.NO_VALUE),
                (self.tr("Profile"), contact.profile_url or display.NO_VALUE),
                (self.tr("Personal notes"), contact.notes or display.NO_VALUE),
            ]
        )
        items = self.jobs.set_rows(
            [
                (
                    companies.get(job.company_id, self.tr("(deleted account)")),
                    job.title,
                    display.day(job.start) if job.start else "?",
                    self.tr("Current") if job.is_current else display.day(job.end),
                )
                for job in jobs
            ]
        )
        for item, job in zip(items, jobs, strict=True):
            if job.is_current:
                bold = QFont(item.font(0))
                bold.setBold(True)
                for column in range(4):
                    item.setFont(column, bold)
                item.setToolTip(3, self.tr("Their current job"))
        self.jobs.fit()
        show_either(self.jobs, self.no_jobs, bool(jobs))

        entries = self.store.touchpoints.for_contact(contact.id)
        today = self.store.clock.today()
        self.touches.set_rows(
            [
                (
                    display.day(e.touchpoint.day),
                    e.touchpoint.title or label(e.touchpoint.channel),
                    e.company_name,
                    self.tr("Overdue")
                    if e.touchpoint.is_overdue(today)
                    else label(e.touchpoint.status),
                )
                for e in entries
            ]
        )
        show_either(self.touches, self.no_touches, bool(entries))

        sends = self.store.content.sends_for_contact(contact.id)
        items_by_id = {i.id: i for i in self.store.content.all()} if sends else {}
        rows = []
        for send in sends:
            content = items_by_id.get(send.content_id)
            rows.append(
                (
                    display.day(send.sent_on),
                    content.title if content else "",
                    label(content.kind) if content else "",
                )
            )
        self.received.set_rows(rows)
        show_either(self.received, self.no_received, bool(rows))
