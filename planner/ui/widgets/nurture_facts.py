"""The "Nurture" section of the account and contact panels: score, tier, why, next due, coverage."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QVBoxLayout, QWidget

from planner.domain.errors import NotFoundError
from planner.domain.model import ContactLevel
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.nurture.cadence import Due, company_dues
from planner.nurture.coverage import coverage_of
from planner.nurture.engine import Snapshot
from planner.ui import display
from planner.ui.engine_runner import EngineResult, EngineRunner, Work
from planner.ui.i18n import text, translate
from planner.ui.widgets.detail_parts import Facts, heading

WARNING_STYLE = "color: #b03a2e;"

# The caption of each level's next due touch: on an account's panel, and on a contact's.
LEVEL_DUES: dict[ContactLevel, str] = {
    ContactLevel.EXECUTIVE: QT_TRANSLATE_NOOP("NurtureSection", "Executives"),
    ContactLevel.MANAGER: QT_TRANSLATE_NOOP("NurtureSection", "Managers"),
    ContactLevel.PRACTITIONER: QT_TRANSLATE_NOOP("NurtureSection", "Practitioners"),
}
CONTACT_LEVEL_DUES: dict[ContactLevel, str] = {
    ContactLevel.EXECUTIVE: QT_TRANSLATE_NOOP("NurtureSection", "Executives due"),
    ContactLevel.MANAGER: QT_TRANSLATE_NOOP("NurtureSection", "Managers due"),
    ContactLevel.PRACTITIONER: QT_TRANSLATE_NOOP("NurtureSection", "Practitioners due"),
}


def due_text(due: Due, today: date) -> str:
    """ "12 Dec 2026 (at the latest 30 Dec)", with an overdue warning in words."""
    if due.last is None:
        return translate("NurtureSection", "Now — never touched")
    latest = display.day(due.max_date)
    if due.max_date < today:
        return translate("NurtureSection", "⚠ Overdue since {latest} (ideal was {ideal})").format(
            latest=latest, ideal=display.day(due.ideal_date)
        )
    if due.ideal_date <= today:
        return translate("NurtureSection", "Now (at the latest {latest})").format(latest=latest)
    return translate("NurtureSection", "{ideal} (at the latest {latest})").format(
        ideal=display.day(due.ideal_date), latest=latest
    )


class NurtureSection(QWidget):
    """Reads the plan's nurture engine; hidden until `set_engine` is called.

    The engine reads the one account shown (with its people and touches) on its own thread,
    so showing an account costs the same in any size of book; while it does, the section
    says "Planning…". A whole-book snapshot of the current revision, when one is built
    (Insights), serves at once.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine: EngineRunner | None = None
        self._shown: tuple[str, int] | None = None
        # The last account read: (kind, record id, revision, day) and what came back.
        self._read: tuple[tuple[str, int, int, date], Snapshot | None] | None = None
        self._key = f"nurture-section-{id(self)}"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(heading(self.tr("Nurture"), self))
        self.facts = Facts(self)
        layout.addWidget(self.facts)
        self.hide()

    def set_engine(self, engine: EngineRunner) -> None:
        self.engine = engine
        engine.ready.connect(self._on_engine_ready)

    def _wanted(self, kind: str, record_id: int) -> tuple[str, int, int, date]:
        assert self.engine is not None
        controller = self.engine.controller
        return (kind, record_id, controller.revision, controller.today())

    def _snapshot(self, kind: str, record_id: int) -> Snapshot | None:
        """What the engine knows of the record's account, or None after asking for it."""
        assert self.engine is not None
        self._shown = (kind, record_id)
        whole = self.engine.current()
        if whole is not None:
            return whole
        wanted = self._wanted(kind, record_id)
        if self._read is not None and self._read[0] == wanted:
            if self._read[1] is None:
                self.hide()
            return self._read[1]
        self.facts.set_facts([(self.tr("Tier"), self.tr("Planning…"))])
        self.show()

        def account(work: Work) -> tuple[tuple[str, int, int, date], Snapshot | None]:
            ids = {"company_id": record_id} if kind == "company" else {"contact_id": record_id}
            found = work.engine.account(work.revision, work.today, **ids)
            return (kind, record_id, work.revision, work.today), found

        self.engine.request(self._key, account)
        return None

    def _on_engine_ready(self, result: EngineResult) -> None:
        shown = self._shown
        if shown is None or self.engine is None:
            return
        if result.key == self._key and isinstance(result.value, tuple):
            self._read = result.value
            if result.value[0] != self._wanted(*shown):
                return  # read for a record no longer shown; the newer request is on its way
        elif result.snapshot is None or self.engine.current() is not result.snapshot:
            return
        kind, record_id = shown
        if kind == "company":
            self.show_company(record_id)
        else:
            self.show_contact(record_id)

    def _warn(self, *captions: str) -> None:
        for caption in captions:
            label = self.facts.values.get(caption)
            if label is not None and label.text().startswith("⚠"):
                label.setStyleSheet(WARNING_STYLE)

    def last_text(self, last: date | None, today: date) -> str:
        """ "12 Dec 2026 (30 days ago)", or that there was no touch yet."""
        if last is None:
            return self.tr("Never")
        days = (today - last).days
        if days == 0:
            return self.tr("{day} (today)").format(day=display.day(last))
        if days < 0:  # a touch marked done ahead of its day (Qt counts no negative numbers)
            return self.tr("{day} (in %Ln day(s))", "", -days).format(day=display.day(last))
        return self.tr("{day} (%Ln day(s) ago)", "", days).format(day=display.day(last))

    def _coverage_text(self, flags: list[str]) -> str:
        """The coverage flags, one warning a line, or that every level is covered."""
        return "\n".join(f"⚠ {text(f)}" for f in flags) or self.tr("✓ Every level covered")

    def show_company(self, company_id: int | None) -> None:
        if self.engine is None or company_id is None:
            self._shown = None
            self.hide()
            return
        state = self._snapshot("company", company_id)
        if state is None:
            return
        if company_id not in state.scores:
            self.hide()
            return
        today = state.today
        portfolio, settings = state.portfolio, state.settings
        score = state.scores[company_id]
        dues = company_dues(portfolio, score, settings, today)
        coverage = coverage_of(portfolio, score, settings, today)
        if score.overridden:
            tier = self.tr("Tier {tier} (set by you; scored {computed})").format(
                tier=score.tier, computed=score.computed_tier
            )
        else:
            tier = self.tr("Tier {tier}").format(tier=score.tier)
        facts = [
            (self.tr("Tier"), tier),
            (self.tr("Score"), display.number(score.value, 2)),
            (self.tr("Why"), text(score.reason) or display.NO_VALUE),
            (self.tr("Next touch due"), due_text(dues[0], today)),
        ]
        for due in dues[1:]:
            assert due.level is not None
            facts.append((translate("NurtureSection", LEVEL_DUES[due.level]), due_text(due, today)))
        facts.append((self.tr("Coverage"), self._coverage_text(coverage.flags)))
        self.facts.set_facts(facts)
        self._warn(*(caption for caption, _ in facts))
        self.show()

    def show_contact(self, contact_id: int | None) -> None:
        if self.engine is None or contact_id is None:
            self._shown = None
            self.hide()
            return
        state = self._snapshot("contact", contact_id)
        if state is None:
            return
        portfolio = state.portfolio
        contact = portfolio.contact_by_id.get(contact_id)
        if contact is None or contact.company_id is None:
            self.hide()
            return
        score = state.scores.get(contact.company_id)
        if score is None:
            self.hide()
            return
        today = state.today
        settings = state.settings
        try:
            company = portfolio.company_by_id[contact.company_id]
        except KeyError:
            raise NotFoundError(self.tr("The contact's account is gone.")) from None
        due = next(
            (
                d
                for d in company_dues(portfolio, score, settings, today)
                if d.level is contact.level
            ),
            None,
        )
        last = portfolio.last_contact_touch.get(contact.id or 0)
        silent = None if last is None else (today - last).days
        last_line = self.last_text(last, today)
        planned = contact.id in portfolio.planned_contacts
        if (silent is None or silent >= settings.lost_touch_days) and not planned:
            last_line = self.tr("⚠ {last}: lost touch, offer something personal").format(
                last=last_line
            )
        coverage = coverage_of(portfolio, score, settings, today)
        facts = [
            (
                self.tr("Account tier"),
                self.tr("Tier {tier} at {account}").format(tier=score.tier, account=company.name),
            ),
            (self.tr("Why"), text(score.reason) or display.NO_VALUE),
            (self.tr("Last touch"), last_line),
            (
                translate("NurtureSection", CONTACT_LEVEL_DUES[contact.level]),
                due_text(due, today) if due is not None else display.NO_VALUE,
            ),
            (self.tr("Touch planned"), self.tr("Yes") if planned else self.tr("No")),
            (self.tr("Coverage"), self._coverage_text(coverage.flags)),
        ]
        self.facts.set_facts(facts)
        self._warn(*(caption for caption, _ in facts))
        self.show()
