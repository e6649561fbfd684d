"""The account detail panel: segmentation, wallet, contract, competitors, people and timeline."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import NotFoundError
from planner.domain.model import Company, ContactLevel, RelationshipHealth
from planner.storage import Store
from planner.ui import display
from planner.ui.i18n import label
from planner.ui.widgets.detail_parts import DetailPanel, Facts, heading, show_either
from planner.ui.widgets.nurture_facts import NurtureSection

# Below this width the segmentation and wallet facts go above the relationship and contract.
SIDE_BY_SIDE_MIN_WIDTH = 460

LEVEL_ORDER = (ContactLevel.EXECUTIVE, ContactLevel.MANAGER, ContactLevel.PRACTITIONER)
ID_ROLE = Qt.ItemDataRole.UserRole


class AccountDetail(DetailPanel):
    """Everything about one account, read from the store each time it is shown."""

    contact_activated = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.company_id: int | None = None
        body, layout = self.body, self.body_layout

        self.kind_dot = QLabel(body)
        top = QHBoxLayout()
        top.addWidget(self.kind_dot, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        self.nurture = NurtureSection(body)
        layout.addWidget(self.nurture)

        self.segmentation = Facts(body)
        self.wallet = Facts(body)
        self.health = Facts(body)
        self.contract = Facts(body)
        # Side by side where the panel has room, one under the other on a narrow panel (a
        # laptop's screen): values such as "Unknown" are single words that cannot wrap.
        grid = self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(heading(self.tr("Segmentation"), body))
        left.addWidget(self.segmentation)
        left.addWidget(heading(self.tr("Wallet"), body))
        left.addWidget(self.wallet)
        right.addWidget(heading(self.tr("Relationship"), body))
        right.addWidget(self.health)
        right.addWidget(heading(self.tr("Contract"), body))
        right.addWidget(self.contract)
        left.addStretch(1)
        right.addStretch(1)
        grid.addLayout(left, 1)
        grid.addSpacing(16)
        grid.addLayout(right, 1)
        grid.setSpacing(0)
        layout.addLayout(grid)

        self.competitors, self.no_competitors = self.add_list(
            self.tr("Incumbent competitors"),
            (self.tr("Competitor"), self.tr("Supplies"), self.tr("Their contract ends")),
            self.tr("No incumbent competitors recorded — add them with Edit."),
        )
        self.contacts, self.no_contacts = self.add_list(
            self.tr("Contacts"),
            (self.tr("Name"), self.tr("Title"), self.tr("Buying role")),
            self.tr("No contacts yet — add one in the Contacts view."),
        )
        self.contacts.setRootIsDecorated(True)
        self.contacts.itemActivated.connect(self._on_contacts_item_activated)
        self.former, self.no_former = self.add_list(
            self.tr("Former employees"),
            (self.tr("Name"), self.tr("Title there"), self.tr("Left"), self.tr("Now at")),
            self.tr("Nobody has left this account."),
            stretch=3,
        )
        self.timeline, self.no_timeline = self.add_list(
            self.tr("Timeline"),
            (self.tr("Date"), self.tr("What"), self.tr("With"), self.tr("Status")),
            self.tr("No touch-points or content sent yet."),
        )
        self.finish()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.viewport().width() < SIDE_BY_SIDE_MIN_WIDTH
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def show_company(self, company_id: int | None) -> None:
        """Show one account (or nothing when it is gone); reads it fresh from the store."""
        self.company_id = company_id
        company = None
        if company_id is not None:
            try:
                company = self.store.companies.get(company_id)
            except NotFoundError:
                company = None
        if company is None:
            self.company_id = None
            self.title.setText(self.tr("No account selected"))
            self.subtitle.setText("")
            self.kind_dot.clear()
            for facts in (self.segmentation, self.wallet, self.health, self.contract):
                facts.set_facts([])
            for tree in (self.competitors, self.contacts, self.former, self.timeline):
                tree.set_rows([])
            self.nurture.show_company(None)
            return
        self._show_header(company)
        self.nurture.show_company(company_id)
        self._show_competitors(company)
        self._show_contacts(company_id or 0)
        self._show_former(company_id or 0)
        self._show_timeline(company_id or 0)

    def refresh(self) -> None:
        self.show_company(self.company_id)

    def show_record(self, record_id: int | None) -> None:
        self.show_company(record_id)

    def _show_header(self, c: Company) -> None:
        self.title.setText(c.name)
        self.kind_dot.setPixmap(display.kind_icon(c.kind).pixmap(12, 12))
        parts = [label(c.kind), c.industry, c.website]
        self.subtitle.setText(" · ".join(p for p in parts if p))
        self.segmentation.set_facts(
            [
                (self.tr("Buying"), label(c.buying_timeframe)),
                (self.tr("Growth potential"), label(c.growth_potential)),
                (self.tr("Margin"), display.percent(c.margin_percent)),
                (self.tr("Deal size"), display.money(c.expected_deal_size)),
            ]
        )
        self.wallet.set_facts(
            [
                (self.tr("Our revenue"), display.money(c.our_annual_revenue)),
                (self.tr("Their wallet"), display.money(c.estimated_annual_wallet)),
                (self.tr("Share of wallet"), display.fraction_percent(c.share_of_wallet)),
                (self.tr("Still to win"), display.money(c.wallet_gap)),
            ]
        )
        health = label(c.health)
        if c.health is RelationshipHealth.AT_RISK:
            health = f"⚠ {health}"
        health_caption = self.tr("Health")
        self.health.set_facts(
            [(health_caption, health), (self.tr("Why"), c.health_reason or display.NO_VALUE)]
        )
        if c.health is RelationshipHealth.AT_RISK:
            self.health.values[health_caption].setStyleSheet("color: #c0392b; font-weight: bold;")
        notice = (
            display.NO_VALUE
            if c.renewal_notice_days is None
            else self.tr("%Ln day(s)", "", c.renewal_notice_days)
        )
        self.contract.set_facts(
            [
                (self.tr("Start"), display.day(c.contract_start)),
                (self.tr("End"), display.day(c.contract_end)),
                (self.tr("Notice period"), notice),
                (self.tr("Give notice by"), self._notice_text(c.renewal_notice_date)),
            ]
        )

    def _notice_text(self, when: date | None) -> str:
        if when is None:
            return display.NO_VALUE
        days = (when - self.store.clock.today()).days
        if days < 0:
            return self.tr("{day} (passed)").format(day=display.day(when))
        return self.tr("{day} (in %Ln day(s))", "", days).format(day=display.day(when))

    def _show_competitors(self, c: Company) -> None:
        self.competitors.set_rows(
            [(x.name, x.supplies, display.day(x.contract_end)) for x in c.competitors]
        )
        show_either(self.competitors, self.no_competitors, bool(c.competitors))

    def _show_contacts(self, company_id: int) -> None:
        people = self.store.contacts.for_company(company_id)
        self.contacts.clear()
        for level in LEVEL_ORDER:
            group = [p for p in people if p.level is level]
            if not group:
                continue
            top = QTreeWidgetItem(
                self.contacts,
                [
                    self.tr("{level} ({count})").format(
                        level=label(level), count=display.number(len(group))
                    )
                ],
            )
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFirstColumnSpanned(True)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for person in group:
                item = QTreeWidgetItem(
                    top, [person.full_name, person.title, label(person.buying_role)]
                )
                item.setData(0, ID_ROLE, person.id)
            top.setExpanded(True)
        self.contacts.fit()
        show_either(self.contacts, self.no_contacts, bool(people))

    def _show_former(self, company_id: int) -> None:
        former = self.store.contacts.former_employees(company_id)
        names = self.store.read.company_names(p.company_id for p, _job in former)
        rows = []
        for person, job in former:
            now_at = names.get(person.company_id or -1, "") if person.company_id else ""
            rows.append((person.full_name, job.title, display.day(job.end), now_at))
        items = self.former.set_rows(rows)
        for item, (person, _job) in zip(items, former, strict=True):
            item.setData(0, ID_ROLE, person.id)
        show_either(self.former, self.no_former, bool(rows))

    def _show_timeline(self, company_id: int) -> None:
        entries = self.store.touchpoints.for_company(company_id)
        shown_touches = {e.touchpoint.id for e in entries}
        rows: list[tuple[date, str, str, str, str]] = []
        for e in entries:
            tp = e.touchpoint
            channel = label(tp.channel)
            what = tp.title or channel
            if e.content_title and e.content_title not in what:
                what = f"{what}: {e.content_title}"
            what = f"{channel} — {what}" if tp.title else what
            status = label(tp.status)
            if tp.is_overdue(self.store.clock.today()):
                status = self.tr("Overdue")
            tip = (
                self.tr("{what}\nOutcome: {outcome}").format(what=what, outcome=tp.outcome)
                if tp.outcome
                else what
            )
            rows.append((tp.day, what, e.contact_name, status, tip))
        sends = [
            s
            for s in self.store.content.sends_for_company(company_id)
            if s.touchpoint_id is None or s.touchpoint_id not in shown_touches
        ]
        if sends:
            people = self.store.contacts.many(list({s.contact_id for s in sends}))
            titles = {i.id: i.title for i in self.store.content.all()}
            for s in sends:
                person = people.get(s.contact_id)
                sent = self.tr("Content sent — {title}").format(title=titles.get(s.content_id, ""))
                rows.append(
                    (
                        s.sent_on,
                        sent,
                        person.full_name if person else "",
                        self.tr("Sent"),
                        sent,
                    )
                )
        rows.sort(key=lambda r: r[0], reverse=True)
        items = self.timeline.set_rows([(display.day(r[0]), r[1], r[2], r[3]) for r in rows])
        for item, row in zip(items, rows, strict=True):
            item.setToolTip(1, row[4])
        show_either(self.timeline, self.no_timeline, bool(rows))

    def _on_contacts_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        contact_id = item.data(0, ID_ROLE)
        if isinstance(contact_id, int):
            self.contact_activated.emit(contact_id)
