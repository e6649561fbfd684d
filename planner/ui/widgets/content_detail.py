"""The content item detail panel: what it is, who it is for, and who received it when."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner.domain.errors import NotFoundError
from planner.domain.model import ContentItem
from planner.storage import Store
from planner.ui import display
from planner.ui.i18n import label
from planner.ui.widgets.detail_parts import DetailPanel, Facts, heading, show_either


class ContentDetail(DetailPanel):
    """One content item with its recipients, newest first; the link is shown, never opened."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.item_id: int | None = None
        body, layout = self.body, self.body_layout
        self.facts = Facts(body)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.facts)
        layout.addWidget(heading(self.tr("Intended for"), body))
        self.segments = Facts(body)
        layout.addWidget(self.segments)
        self.recipients, self.no_recipients = self.add_list(
            self.tr("Received by"),
            (self.tr("Contact"), self.tr("Company"), self.tr("Sent on")),
            self.tr("Not sent to anyone yet — use “Record sent to…”."),
        )
        self.finish()

    def refresh(self) -> None:
        self.show_item(self.item_id)

    def show_record(self, record_id: int | None) -> None:
        self.show_item(record_id)

    def show_item(self, item_id: int | None) -> None:
        item: ContentItem | None = None
        if item_id is not None:
            try:
                item = self.store.content.get(item_id)
            except NotFoundError:
                item = None
        self.item_id = item.id if item else None
        if item is None or item.id is None:
            self.title.setText(self.tr("No content selected"))
            self.subtitle.setText("")
            self.facts.set_facts([])
            self.segments.set_facts([])
            self.recipients.set_rows([])
            return
        self.title.setText(item.title)
        self.subtitle.setText(label(item.kind))
        link_caption = self.tr("Link or file")
        self.facts.set_facts(
            [
                (link_caption, item.link or display.NO_VALUE),
                (self.tr("Topics"), ", ".join(item.topics) or display.NO_VALUE),
                (self.tr("Notes"), item.notes or display.NO_VALUE),
            ]
        )
        link = self.facts.values[link_caption]
        link.setToolTip(self.tr("Shown for copying; the planner never opens it."))
        everyone = self.tr("Any")
        self.segments.set_facts(
            [
                (
                    self.tr("Account kinds"),
                    ", ".join(label(k) for k in item.segment_kinds) or everyone,
                ),
                (self.tr("Levels"), ", ".join(label(v) for v in item.segment_levels) or everyone),
                (self.tr("Industries"), ", ".join(item.segment_industries) or everyone),
            ]
        )
        sends = self.store.content.sends_for_item(item.id)
        people = self.store.contacts.many(list({s.contact_id for s in sends}))
        companies = self.store.read.company_names(p.company_id for p in people.values())
        rows = []
        for send in sends:
            person = people.get(send.contact_id)
            company = companies.get(person.company_id, "") if person and person.company_id else ""
            rows.append((person.full_name if person else "", company, display.day(send.sent_on)))
        self.recipients.set_rows(rows)
        show_either(self.recipients, self.no_recipients, bool(rows))
