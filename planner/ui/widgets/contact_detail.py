"""The contact detail panel: who they are, every job they held, their touches and content."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from planner.domain.errors import NotFoundError
from planner.domain.model import Contact
from planner.storage import Store
from planner.ui import display
from planner.ui.widgets.detail_parts import Facts, FittedTree, heading, muted, title_label
from planner.ui.widgets.nurture_facts import NurtureSection


class ContactDetail(QScrollArea):
    """Everything about one contact, read from the store each time it is shown."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.contact_id: int | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 12)
        self.title = title_label(body)
        self.subtitle = muted(parent=body)
        self.facts = Facts(body)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.facts)
        self.nurture = NurtureSection(body)
        layout.addWidget(self.nurture)

        layout.addWidget(heading("Job history", body))
        self.jobs = FittedTree(("Company", "Title", "From", "To"), body, stretch=1)
        self.no_jobs = muted("No job recorded.", body)
        layout.addWidget(self.jobs)
        layout.addWidget(self.no_jobs)

        layout.addWidget(heading("Touches", body))
        self.touches = FittedTree(("Date", "What", "Account", "Status"), body, stretch=1)
        self.no_touches = muted("No touch-points with this person yet.", body)
        layout.addWidget(self.touches)
        layout.addWidget(self.no_touches)

        layout.addWidget(heading("Content received", body))
        self.received = FittedTree(("Date", "Content", "Kind"), body, stretch=1)
        self.no_received = muted("Nothing sent yet — use “Record sent to…” in the library.", body)
        layout.addWidget(self.received)
        layout.addWidget(self.no_received)
        layout.addStretch(1)
        self.setWidget(body)

    def refresh(self) -> None:
        self.show_contact(self.contact_id)

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
            self.title.setText("No contact selected")
            self.subtitle.setText("")
            self.facts.set_facts([])
            for tree in (self.jobs, self.touches, self.received):
                tree.set_rows([])
            self.nurture.show_contact(None)
            return
        self.nurture.show_contact(contact.id)
        companies = {c.id: c.name for c in self.store.companies.all()}
        self.title.setText(contact.full_name)
        where = companies.get(contact.company_id, "") if contact.company_id else ""
        role = " at ".join(p for p in (contact.title, where) if p)
        self.subtitle.setText(
            " · ".join(p for p in (role, contact.level.label, contact.buying_role.label) if p)
        )
        self.facts.set_facts(
            [
                ("E-mail", contact.email or display.NO_VALUE),
                ("Phone", contact.phone or display.NO_VALUE),
                ("Profile", contact.profile_url or display.NO_VALUE),
                ("Personal notes", contact.notes or display.NO_VALUE),
            ]
        )
        # The store lists jobs oldest first with the current one last; show it first.
        jobs = list(reversed(self.store.contacts.employments(contact.id)))
        items = self.jobs.set_rows(
            [
                (
                    companies.get(job.company_id, "(deleted account)"),
                    job.title,
                    display.day(job.start) if job.start else "?",
                    "Current" if job.is_current else display.day(job.end),
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
                item.setToolTip(3, "Their current job")
        self.jobs.fit()
        self.jobs.setVisible(bool(jobs))
        self.no_jobs.setVisible(not jobs)

        entries = self.store.touchpoints.for_contact(contact.id)
        today = self.store.clock.today()
        self.touches.set_rows(
            [
                (
                    display.day(e.touchpoint.day),
                    e.touchpoint.title or e.touchpoint.channel.label,
                    e.company_name,
                    "Overdue" if e.touchpoint.is_overdue(today) else e.touchpoint.status.label,
                )
                for e in entries
            ]
        )
        self.touches.setVisible(bool(entries))
        self.no_touches.setVisible(not entries)

        sends = self.store.content.sends_for_contact(contact.id)
        items_by_id = {i.id: i for i in self.store.content.all()} if sends else {}
        rows = []
        for send in sends:
            content = items_by_id.get(send.content_id)
            rows.append(
                (
                    display.day(send.sent_on),
                    content.title if content else "",
                    content.kind.label if content else "",
                )
            )
        self.received.set_rows(rows)
        self.received.setVisible(bool(rows))
        self.no_received.setVisible(not rows)
