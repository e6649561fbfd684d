"""The lost-touch table: contacts not touched for a long time, with a personal touch to offer."""

from __future__ import annotations

from collections.abc import Mapping

from planner.domain.model import Company, ContactLevel
from planner.nurture.lost_touch import LostTouch
from planner.ui import display
from planner.ui.models.rows_model import Row, RowsModel


def personal_touch(item: LostTouch) -> str:
    """A personal, not-about-business idea; the rep's own notes about the person come first."""
    contact = item.contact
    if contact.notes:
        return f"Something personal — your notes: {contact.notes}"
    if contact.level is ContactLevel.EXECUTIVE:
        return f"Invite {contact.first_name} for a coffee, no agenda"
    if contact.level is ContactLevel.MANAGER:
        return f"Send {contact.first_name} a short personal note or an article they'd enjoy"
    return f"Ask {contact.first_name} how things are going, nothing to sell"


class LostTouchModel(RowsModel):
    """Longest silence first; a contact never touched sorts above everyone."""

    headers = ("Contact", "Company", "Days since last touch", "Suggested personal touch")
    numeric = frozenset({2})

    def set_items(self, items: list[LostTouch], companies: Mapping[int, Company]) -> None:
        rows = []
        for item in items:
            contact = item.contact
            company = companies.get(contact.company_id or -1)
            name = company.name if company else ""
            days = "never touched" if item.days is None else display.number(item.days)
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
                    tooltip=(
                        f"{contact.full_name}, {contact.title or contact.level.label} at {name}: "
                        f"{item.reason}. Double-click to open the account."
                    ),
                    warning_column=2,
                )
            )
        self.set_rows(rows)
