"""A proposed touch-point of a week's plan, its stable key, and how many are on the calendar."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from planner.domain.model import Channel, Purpose, TouchPoint
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.nurture.settings import Tier

# A suggestion's title names what to do and with whom; a content send also names the content.
_ACTION_TITLES = {
    Channel.CALL: QT_TRANSLATE_NOOP("Plan", "Call {who}"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Plan", "E-mail {who}"),
    Channel.MEETING: QT_TRANSLATE_NOOP("Plan", "Meet {who}"),
    Channel.VISIT: QT_TRANSLATE_NOOP("Plan", "Visit {who}"),
    Channel.CONTENT: QT_TRANSLATE_NOOP("Plan", "Send content to {who}"),
    Channel.SOCIAL: QT_TRANSLATE_NOOP("Plan", "Social touch with {who}"),
    Channel.PERSONAL: QT_TRANSLATE_NOOP("Plan", "Personal touch with {who}"),
}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One proposed touch-point; `key` is stable, so accepting the same week twice is harmless."""

    key: str
    day: date
    company_id: int
    company_name: str
    contact_id: int | None
    contact_name: str
    channel: Channel
    purpose: Purpose
    reason: str
    priority: float
    tier: Tier
    rule: str  # runway, job_change, screening, cadence, lost_touch
    content_id: int | None = None
    content_title: str = ""
    # The proposed start and length; None for an all-day suggestion.
    time: time | None = None
    duration_minutes: int | None = None

    @property
    def title(self) -> str:
        """The planned touch-point's title, naming the action: "Send “Guide” to Ada Lovelace"."""
        who = self.contact_name or self.company_name
        if self.content_title:
            return QT_TRANSLATE_NOOP("Plan", "Send “{content}” to {who}").format(
                content=self.content_title, who=who
            )
        return _ACTION_TITLES[self.channel].format(who=who)

    def to_touchpoint(self, tz: str = "UTC") -> TouchPoint:
        title = self.title
        return TouchPoint(
            company_id=self.company_id,
            day=self.day,
            channel=self.channel,
            contact_id=self.contact_id,
            tz=tz,
            purpose=self.purpose,
            title=title,
            reason=self.reason,
            content_id=self.content_id,
            time=self.time,
            duration_minutes=self.duration_minutes or 30,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "date": self.day.isoformat(),
            "time": None if self.time is None else f"{self.time:%H:%M}",
            "duration_minutes": self.duration_minutes,
            "company": self.company_name,
            "company_id": self.company_id,
            "contact": self.contact_name,
            "contact_id": self.contact_id,
            "channel": str(self.channel),
            "purpose": str(self.purpose),
            "reason": self.reason,
            "content": self.content_title,
            "content_id": self.content_id,
            "tier": str(self.tier),
            "rule": self.rule,
            "priority": round(self.priority, 2),
        }


def plan_key(company_id: int, contact_id: int | None, purpose: Purpose, week: date) -> str:
    return f"{company_id}:{contact_id or 0}:{purpose}:{week.isoformat()}"


def accepted_in_week(plan_keys: Iterable[str], week: date) -> int:
    """How many of the week's suggestions are on the calendar already (their plan keys)."""
    suffix = f":{week.isoformat()}"
    return sum(1 for key in plan_keys if key.endswith(suffix))
