"""The rep's nurture settings: cadence rules, capacity, runway offsets, working days, lost touch."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import time
from enum import StrEnum
from typing import Any

from planner.domain.errors import ValidationError
from planner.domain.model import CompanyKind, ContactLevel
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.nurture.workweek import (
    DEFAULT_HOURS,
    HOLIDAYS_AUTO,
    Hours,
    check_hours,
    format_hours,
    holidays_code_looks_right,
    parse_hours,
)

SETTINGS_KEY = "nurture"


class Tier(StrEnum):
    """An account's tier from its score: A gets the shortest cadences."""

    A = "A"
    B = "B"
    C = "C"


class Program(StrEnum):
    """Which cadence table an account follows: its kind, or the light program after screening."""

    DREAM_CLIENT = "dream_client"
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    FORMER_CUSTOMER = "former_customer"
    LIGHT = "light"

    @classmethod
    def of_kind(cls, kind: CompanyKind) -> Program:
        """The program for an account of this kind; a screening without potential makes it LIGHT."""
        return cls(str(kind))


@dataclass(frozen=True, slots=True)
class CadenceRule:
    """How often to touch an account (level None) or one contact level there, in calendar days."""

    program: Program
    tier: Tier
    level: ContactLevel | None
    ideal_days: int
    max_days: int

    def to_json(self) -> dict[str, Any]:
        return {
            "program": str(self.program),
            "tier": str(self.tier),
            "level": None if self.level is None else str(self.level),
            "ideal_days": self.ideal_days,
            "max_days": self.max_days,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CadenceRule:
        try:
            rule = cls(
                program=Program(data["program"]),
                tier=Tier(data["tier"]),
                level=None if data.get("level") is None else ContactLevel(data["level"]),
                ideal_days=int(data["ideal_days"]),
                max_days=int(data["max_days"]),
            )
        except (KeyError, ValueError, TypeError) as error:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A cadence rule is not valid: {problem}.").format(
                    problem=error
                )
            ) from None
        if not 1 <= rule.ideal_days <= rule.max_days:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A cadence's ideal interval must be at least one day and at most its maximum.",
                )
            )
        return rule


# (ideal, max) days: account-level, executive, manager, practitioner, per program and tier.
# Contact maxima stay below the default lost-touch limit of 90 days on purpose.
_DEFAULT_TABLE: dict[Program, dict[Tier, tuple[tuple[int, int], ...]]] = {
    Program.DREAM_CLIENT: {
        Tier.A: ((21, 35), (45, 60), (35, 50), (45, 70)),
        Tier.B: ((28, 42), (55, 75), (45, 65), (55, 80)),
        Tier.C: ((35, 50), (65, 85), (55, 80), (65, 85)),
    },
    Program.CUSTOMER: {
        Tier.A: ((21, 35), (45, 60), (35, 55), (45, 70)),
        Tier.B: ((35, 50), (60, 80), (50, 70), (60, 85)),
        Tier.C: ((45, 65), (70, 85), (60, 85), (70, 85)),
    },
    Program.PROSPECT: {
        Tier.A: ((28, 42), (55, 75), (45, 65), (55, 80)),
        Tier.B: ((40, 60), (65, 85), (55, 80), (65, 85)),
        Tier.C: ((55, 80), (70, 85), (65, 85), (70, 85)),
    },
    Program.FORMER_CUSTOMER: {
        Tier.A: ((35, 50), (60, 80), (50, 70), (60, 85)),
        Tier.B: ((50, 70), (70, 85), (60, 85), (70, 85)),
        Tier.C: ((60, 85), (75, 88), (70, 88), (75, 88)),
    },
    Program.LIGHT: {
        Tier.A: ((75, 88), (80, 88), (80, 88), (80, 88)),
        Tier.B: ((75, 88), (80, 88), (80, 88), (80, 88)),
        Tier.C: ((75, 88), (80, 88), (80, 88), (80, 88)),
    },
}
_LEVELS: tuple[ContactLevel | None, ...] = (
    None,
    ContactLevel.EXECUTIVE,
    ContactLevel.MANAGER,
    ContactLevel.PRACTITIONER,
)


def default_cadence_rules() -> tuple[CadenceRule, ...]:
    """One rule per program, tier and level (None, the account, first) from the built-in table."""
    return tuple(
        CadenceRule(program, tier, level, ideal, maximum)
        for program, tiers in _DEFAULT_TABLE.items()
        for tier, pairs in tiers.items()
        for level, (ideal, maximum) in zip(_LEVELS, pairs, strict=True)
    )


@dataclass(frozen=True, slots=True)
class NurtureSettings:
    """Everything the rep can change in Settings; stored as JSON under the key "nurture"."""

    cadence_rules: tuple[CadenceRule, ...] = dataclasses.field(
        default_factory=default_cadence_rules
    )
    capacity_per_day: int = 8
    runway_offsets: tuple[int, ...] = (-180, -120, -90, -60, -30)
    working_days: frozenset[int] = frozenset(range(5))
    lost_touch_days: int = 90
    # A lost-touch contact is offered this many days before the limit, so it is never reached.
    lost_touch_lead_days: int = 14
    # At-risk accounts have their intervals multiplied by this until the risk is resolved.
    at_risk_factor: float = 0.6
    # Customers earning us less than this are "small" and want screening; None: bottom third.
    small_account_revenue: float | None = None
    tier_a_min: float = 0.6
    tier_b_min: float = 0.35
    # Items sent to at least this share of all contacts are reported as one-size-fits-all.
    one_size_share: float = 0.8
    # How long after a move a congratulation touch is still worth suggesting.
    job_change_days: int = 60
    # Working hours per weekday (Monday first); only the working days' hours are used.
    working_hours: tuple[Hours, ...] = (DEFAULT_HOURS,) * 7
    # How long a call, a meeting and a visit take, in minutes.
    call_minutes: int = 20
    meeting_minutes: int = 60
    # A daily slot for e-mails and content sends; None keeps them all-day.
    admin_slot: Hours | None = None
    # Whose public holidays are days off: "auto" (the locale's country), "none", "DE", "DE-BY".
    holidays: str = HOLIDAYS_AUTO
    # On the road: driving time is the straight distance × road_factor at driving_speed_kmh.
    road_factor: float = 1.3
    driving_speed_kmh: float = 60.0
    visit_minutes: int = 90
    # The trip planner's fallback day; nurture.working_hours answers from working_hours.
    day_start: time = time(9, 0)
    day_end: time = time(17, 0)

    def __post_init__(self) -> None:
        self._check_travel()
        if len(self.working_hours) != 7:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Working hours are needed for all seven weekdays.")
            )
        for hours in self.working_hours:
            check_hours(hours)
        if self.admin_slot is not None:
            check_hours(self.admin_slot)
        for minutes in (self.call_minutes, self.meeting_minutes, self.visit_minutes):
            if not 5 <= minutes <= 480:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "A call, meeting or visit lasts between 5 and 480 minutes."
                    )
                )
        holidays_code_looks_right(self.holidays)
        if self.capacity_per_day < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Capacity must be at least one touch-point a day.")
            )
        if not self.working_days or not self.working_days <= frozenset(range(7)):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Pick at least one working day (0 = Monday … 6 = Sunday)."
                )
            )
        if self.lost_touch_days < 7:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The lost-touch limit must be at least a week.")
            )
        if any(o >= 0 for o in self.runway_offsets):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Runway offsets are days before the contract end (negative)."
                )
            )

    def _check_travel(self) -> None:
        if not 1.0 <= self.road_factor <= 3.0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The road factor lies between 1.0 and 3.0.")
            )
        if not 5 <= self.driving_speed_kmh <= 200:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The driving speed lies between 5 and 200 km/h.")
            )
        if not 10 <= self.visit_minutes <= 480:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A visit lasts between 10 and 480 minutes.")
            )
        if self.day_start >= self.day_end:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The working day must end after it starts.")
            )

    def rule(self, program: Program, tier: Tier, level: ContactLevel | None) -> CadenceRule:
        """The rule for this program, tier and level; falls back to the built-in default."""
        for rule in self.cadence_rules:
            if rule.program is program and rule.tier is tier and rule.level is level:
                return rule
        for rule in default_cadence_rules():
            if rule.program is program and rule.tier is tier and rule.level is level:
                return rule
        raise AssertionError(f"no default cadence for {program} {tier} {level}")

    def replace(self, **changes: object) -> NurtureSettings:
        """A copy with `changes`, checked like new settings: bad values raise ValidationError."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def to_json(self) -> dict[str, Any]:
        return {
            "cadence_rules": [r.to_json() for r in self.cadence_rules],
            "capacity_per_day": self.capacity_per_day,
            "runway_offsets": list(self.runway_offsets),
            "working_days": sorted(self.working_days),
            "lost_touch_days": self.lost_touch_days,
            "lost_touch_lead_days": self.lost_touch_lead_days,
            "at_risk_factor": self.at_risk_factor,
            "small_account_revenue": self.small_account_revenue,
            "tier_a_min": self.tier_a_min,
            "tier_b_min": self.tier_b_min,
            "one_size_share": self.one_size_share,
            "job_change_days": self.job_change_days,
            "working_hours": [format_hours(h) for h in self.working_hours],
            "call_minutes": self.call_minutes,
            "meeting_minutes": self.meeting_minutes,
            "visit_minutes": self.visit_minutes,
            "admin_slot": None if self.admin_slot is None else format_hours(self.admin_slot),
            "holidays": self.holidays,
            "road_factor": self.road_factor,
            "driving_speed_kmh": self.driving_speed_kmh,
            "day_start": self.day_start.strftime("%H:%M"),
            "day_end": self.day_end.strftime("%H:%M"),
        }

    @classmethod
    def from_json(cls, data: Any) -> NurtureSettings:
        """Settings from stored JSON; missing keys take their defaults, bad values raise."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The nurture settings are not a JSON object.")
            )
        base = cls()
        try:
            rules = (
                tuple(CadenceRule.from_json(r) for r in data["cadence_rules"])
                if "cadence_rules" in data
                else base.cadence_rules
            )
            small = data.get("small_account_revenue", base.small_account_revenue)
            hours = (
                tuple(parse_hours(str(h)) for h in data["working_hours"])
                if "working_hours" in data
                else base.working_hours
            )
            admin = data.get("admin_slot")
            return cls(
                cadence_rules=rules,
                capacity_per_day=int(data.get("capacity_per_day", base.capacity_per_day)),
                runway_offsets=tuple(
                    sorted(int(o) for o in data.get("runway_offsets", base.runway_offsets))
                ),
                working_days=frozenset(int(d) for d in data.get("working_days", base.working_days)),
                lost_touch_days=int(data.get("lost_touch_days", base.lost_touch_days)),
                lost_touch_lead_days=int(
                    data.get("lost_touch_lead_days", base.lost_touch_lead_days)
                ),
                at_risk_factor=float(data.get("at_risk_factor", base.at_risk_factor)),
                small_account_revenue=None if small is None else float(small),
                tier_a_min=float(data.get("tier_a_min", base.tier_a_min)),
                tier_b_min=float(data.get("tier_b_min", base.tier_b_min)),
                one_size_share=float(data.get("one_size_share", base.one_size_share)),
                job_change_days=int(data.get("job_change_days", base.job_change_days)),
                working_hours=hours,
                call_minutes=int(data.get("call_minutes", base.call_minutes)),
                meeting_minutes=int(data.get("meeting_minutes", base.meeting_minutes)),
                visit_minutes=int(data.get("visit_minutes", base.visit_minutes)),
                admin_slot=None if admin is None else parse_hours(str(admin)),
                holidays=str(data.get("holidays", base.holidays)),
                road_factor=float(data.get("road_factor", base.road_factor)),
                driving_speed_kmh=float(data.get("driving_speed_kmh", base.driving_speed_kmh)),
                day_start=_clock_time(data.get("day_start"), base.day_start),
                day_end=_clock_time(data.get("day_end"), base.day_end),
            )
        except (TypeError, ValueError) as error:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The nurture settings are not valid: {problem}."
                ).format(problem=error)
            ) from None


def _clock_time(value: Any, default: time) -> time:
    """ "HH:MM" as stored; anything else raises ValueError (reported as invalid settings)."""
    if value is None:
        return default
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a time of day")
    return time.fromisoformat(value)
