"""The lost-touch table: contacts not touched for a long time, with a personal touch to offer."""

from __future__ import annotations

from collections.abc import Mapping

from planner.domain.model import Company, ContactLevel
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.nurture.lost_touch import LostTouch
from planner.ui import display
from planner.ui.i18n import label, translate
from planner.ui.models.rows_model import Row, RowsModel


def personal_touch(item: LostTouch) -> str:
    """A personal, not-about-business idea; the rep's own notes about the person come first."""
    contact = item.contact
    if contact.notes:
        return translate("LostTouchModel", "Something personal — your notes: {notes}").format(
            notes=contact.notes
        )
    if contact.level is ContactLevel.EXECUTIVE:
        text = translate("LostTouchModel", "Invite {name} for a coffee, no agenda")
    elif contact.level is ContactLevel.MANAGER:
        text = translate(
            "LostTouchModel", "Send {name} a short personal note or an article they'd enjoy"
        )
    else:
        text = translate("LostTouchModel", "Ask {name} how things are going, nothing to sell")
    return text.format(name=contact.first_name)


class LostTouchModel(RowsModel):
    """Longest silence first; a contact never touched sorts above everyone."""

    translation_context = "LostTouchModel"
    headers = (
        QT_TRANSLATE_NOOP("LostTouchModel", "Contact"),
        QT_TRANSLATE_NOOP("LostTouchModel", "Company"),
        QT_TRANSLATE_NOOP("LostTouchModel", "Days since last touch"),
        QT_TRANSLATE_NOOP("LostTouchModel", "Suggested personal touch"),
    )
    numeric = frozenset({2})

    def set_items(self, items: list[LostTouch], companies: Mapping[int, Company]) -> None:
        rows = []
        for item in items:
            contact = item.contact
            company = companies.get(contact.company_id or -1)
            name = company.name if company else ""
            days = self.tr("never touched") if item.days is None else display.number(item.days)
            rows.append(
                Row(
                    texts=(contact.full_name, name, days, personal_touch(item)),
                    keys=(
                        contact.full_name.lower(),
                        name.lower(),
                        10**6 if item.days is None else item.days,
                        personal_touch(item),
                    ),
                    company_id=contact.company_id or 0,
                    tooltip=self._tooltip(item, name),
                    warning_column=2,
                )
            )
        self.set_rows(rows)

    def _tooltip(self, item: LostTouch, company: str) -> str:
        """Who they are, how long it has been, and what a double-click does."""
        contact = item.contact
        if item.days is None:
            text = self.tr(
                "{contact}, {role} at {company}: never touched {name}: time for a personal "
                "touch. Double-click to open the account."
            )
        else:
            text = self.tr(
                "{contact}, {role} at {company}: no touch with {name} for %Ln day(s): a "
                "personal, not-about-business touch. Double-click to open the account.",
                "",
                item.days,
            )
        return text.format(
            contact=contact.full_name,
            role=contact.title or label(contact.level),
            company=company,
            name=contact.first_name,
        )
