"""The "Nurture" section of the account and contact panels: score, tier, why, next due, coverage."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QVBoxLayout, QWidget

from planner.domain.errors import NotFoundError
from planner.nurture.cadence import Due, company_dues
from planner.nurture.coverage import coverage_of
from planner.ui import display
from planner.ui.nurture_state import NurtureState
from planner.ui.widgets.detail_parts import Facts, heading

WARNING_STYLE = "color: #b03a2e;"


def due_text(due: Due, today: date) -> str:
    """ "12 Dec 2026 (at the latest 30 Dec)", with an overdue warning in words."""
    if due.last is None:
        return "Now — never touched"
    if due.max_date < today:
        return (
            f"⚠ Overdue since {display.day(due.max_date)} (ideal was {display.day(due.ideal_date)})"
        )
    if due.ideal_date <= today:
        return f"Now (at the latest {display.day(due.max_date)})"
    return f"{display.day(due.ideal_date)} (at the latest {display.day(due.max_date)})"


def last_text(last: date | None, today: date) -> str:
    if last is None:
        return "Never"
    days = (today - last).days
    return f"{display.day(last)} ({display.number(days)} days ago)"


class NurtureSection(QWidget):
    """Reads the shared nurture state; hidden until `set_state` is called."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: NurtureState | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(heading("Nurture", self))
        self.facts = Facts(self)
        layout.addWidget(self.facts)
        self.hide()

    def set_state(self, state: NurtureState) -> None:
        self.state = state

    def _warn(self, *captions: str) -> None:
        for caption in captions:
            label = self.facts.values.get(caption)
            if label is not None and label.text().startswith("⚠"):
                label.setStyleSheet(WARNING_STYLE)

    def show_company(self, company_id: int | None) -> None:
        state = self.state
        if state is None or company_id is None or company_id not in state.scores():
            self.hide()
            return
        today = state.today()
        portfolio, settings = state.portfolio(), state.settings()
        score = state.scores()[company_id]
        dues = company_dues(portfolio, score, settings, today)
        coverage = coverage_of(portfolio, score, settings, today)
        tier = f"Tier {score.tier}"
        if score.overridden:
            tier += f" (set by you; scored {score.computed_tier})"
        facts = [
            ("Tier", tier),
            ("Score", display.number(score.value, 2)),
            ("Why", score.reason or display.NO_VALUE),
            ("Next touch due", due_text(dues[0], today)),
        ]
        for due in dues[1:]:
            assert due.level is not None
            facts.append((f"{due.level.label}s", due_text(due, today)))
        flags = coverage.flags
        facts.append(("Coverage", "\n".join(f"⚠ {f}" for f in flags) or "✓ Every level covered"))
        self.facts.set_facts(facts)
        self._warn(*(caption for caption, _ in facts))
        self.show()

    def show_contact(self, contact_id: int | None) -> None:
        state = self.state
        portfolio = state.portfolio() if state is not None else None
        contact = portfolio.contact_by_id.get(contact_id) if portfolio and contact_id else None
        if state is None or portfolio is None or contact is None or contact.company_id is None:
            self.hide()
            return
        score = state.scores().get(contact.company_id)
        if score is None:
            self.hide()
            return
        today = state.today()
        settings = state.settings()
        try:
            company = portfolio.company_by_id[contact.company_id]
        except KeyError:
            raise NotFoundError("The contact's account is gone.") from None
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
        last_line = last_text(last, today)
        planned = contact.id in portfolio.planned_contacts
        if (silent is None or silent >= settings.lost_touch_days) and not planned:
            last_line = f"⚠ {last_line}: lost touch, offer something personal"
        coverage = coverage_of(portfolio, score, settings, today)
        facts = [
            ("Account tier", f"Tier {score.tier} at {company.name}"),
            ("Why", score.reason or display.NO_VALUE),
            ("Last touch", last_line),
            (
                f"{contact.level.label}s due",
                due_text(due, today) if due is not None else display.NO_VALUE,
            ),
            ("Touch planned", "Yes" if planned else "No"),
            ("Coverage", "\n".join(f"⚠ {f}" for f in coverage.flags) or "✓ Every level covered"),
        ]
        self.facts.set_facts(facts)
        self._warn(*(caption for caption, _ in facts))
        self.show()
