"""The plain words of a week's plan: cadence reasons, program names and durations."""

from __future__ import annotations

from datetime import date

from planner.domain.model import Company, ContactLevel
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.nurture.cadence import Due
from planner.nurture.scoring import Score
from planner.nurture.settings import Program

_PROGRAM_TEXT = {
    Program.DREAM_CLIENT: QT_TRANSLATE_NOOP("Plan", "dream clients"),
    Program.CUSTOMER: QT_TRANSLATE_NOOP("Plan", "customers"),
    Program.PROSPECT: QT_TRANSLATE_NOOP("Plan", "prospects"),
    Program.FORMER_CUSTOMER: QT_TRANSLATE_NOOP("Plan", "former customers"),
    Program.LIGHT: QT_TRANSLATE_NOOP("Plan", "the light program"),
}

# A cadence reason, by who is due (the account, or a contact level there): never touched,
# not touched for a while, and not touched for longer than the cadence's maximum.
# {cadence} is "tier A customers: every 21 days"; {duration} is "1 day" or "40 days".
_NOT_YET = {
    None: QT_TRANSLATE_NOOP("Plan", "No account touch at {company} yet ({cadence})"),
    ContactLevel.EXECUTIVE: QT_TRANSLATE_NOOP(
        "Plan", "No executive touch at {company} yet ({cadence})"
    ),
    ContactLevel.MANAGER: QT_TRANSLATE_NOOP(
        "Plan", "No manager touch at {company} yet ({cadence})"
    ),
    ContactLevel.PRACTITIONER: QT_TRANSLATE_NOOP(
        "Plan", "No practitioner touch at {company} yet ({cadence})"
    ),
}
_NOT_FOR = {
    None: QT_TRANSLATE_NOOP("Plan", "No account touch at {company} for {duration} ({cadence})"),
    ContactLevel.EXECUTIVE: QT_TRANSLATE_NOOP(
        "Plan", "No executive touch at {company} for {duration} ({cadence})"
    ),
    ContactLevel.MANAGER: QT_TRANSLATE_NOOP(
        "Plan", "No manager touch at {company} for {duration} ({cadence})"
    ),
    ContactLevel.PRACTITIONER: QT_TRANSLATE_NOOP(
        "Plan", "No practitioner touch at {company} for {duration} ({cadence})"
    ),
}
_NOT_FOR_PAST_MAX = {
    None: QT_TRANSLATE_NOOP(
        "Plan", "No account touch at {company} for {duration} ({cadence}) — past the maximum"
    ),
    ContactLevel.EXECUTIVE: QT_TRANSLATE_NOOP(
        "Plan", "No executive touch at {company} for {duration} ({cadence}) — past the maximum"
    ),
    ContactLevel.MANAGER: QT_TRANSLATE_NOOP(
        "Plan", "No manager touch at {company} for {duration} ({cadence}) — past the maximum"
    ),
    ContactLevel.PRACTITIONER: QT_TRANSLATE_NOOP(
        "Plan",
        "No practitioner touch at {company} for {duration} ({cadence}) — past the maximum",
    ),
}


def days_text(days: int) -> str:
    if days == 1:
        return QT_TRANSLATE_NOOP("Plan", "1 day")
    return QT_TRANSLATE_NOOP("Plan", "{days} days").format(days=days)


def cadence_reason(due: Due, company: Company, score: Score, today: date) -> str:
    cadence = (
        QT_TRANSLATE_NOOP("Plan", "tier {tier} {program}: every {days} days while at risk")
        if score.at_risk
        else QT_TRANSLATE_NOOP("Plan", "tier {tier} {program}: every {days} days")
    ).format(tier=score.tier, program=_PROGRAM_TEXT[score.program], days=due.ideal_days)
    days = due.days_since(today)
    if days is None:
        return _NOT_YET[due.level].format(company=company.name, cadence=cadence)
    wording = _NOT_FOR_PAST_MAX if days > due.max_days else _NOT_FOR
    return wording[due.level].format(
        company=company.name, duration=days_text(days), cadence=cadence
    )
