"""The planner's vocabulary: accounts, contacts, jobs, touch-points and content, as plain values."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from planner.domain.text import QT_TRANSLATE_NOOP


class CompanyKind(StrEnum):
    """Where an account stands with us; dream clients are prospects we chose to win."""

    DREAM_CLIENT = "dream_client"
    CUSTOMER = "customer"
    PROSPECT = "prospect"
    FORMER_CUSTOMER = "former_customer"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def is_prospect(self) -> bool:
        """Not buying from us yet: a dream client is a prospect too."""
        return self in (CompanyKind.DREAM_CLIENT, CompanyKind.PROSPECT)


class BuyingTimeframe(StrEnum):
    """When the account expects to buy next, as far as the rep knows."""

    THIS_QUARTER = "this_quarter"
    NEXT_QUARTER = "next_quarter"
    THIS_YEAR = "this_year"
    LATER = "later"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return _LABELS[self]


class GrowthPotential(StrEnum):
    """How much more the account could buy from us; it weighs in the account's score."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return _LABELS[self]


class RelationshipHealth(StrEnum):
    """The rep's judgement of the relationship; an account at risk is touched more often."""

    HEALTHY = "healthy"
    AT_RISK = "at_risk"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return _LABELS[self]


class ContactLevel(StrEnum):
    """How senior a contact is; cadences and coverage are kept per level of an account."""

    EXECUTIVE = "executive"
    MANAGER = "manager"
    PRACTITIONER = "practitioner"

    @property
    def label(self) -> str:
        return _LABELS[self]


class BuyingRole(StrEnum):
    """The part a contact plays in the account's buying decision."""

    DECISION_MAKER = "decision_maker"
    INFLUENCER = "influencer"
    USER = "user"
    CHAMPION = "champion"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return _LABELS[self]


class Channel(StrEnum):
    """How a touch-point reaches the account; CONTENT sends a content item."""

    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    VISIT = "visit"
    CONTENT = "content"
    SOCIAL = "social"
    PERSONAL = "personal"

    @property
    def label(self) -> str:
        return _LABELS[self]


class Purpose(StrEnum):
    """Why a touch-point happens; a RENEWAL touch answers a runway step."""

    VALUE_ADD = "value_add"
    CHECK_IN = "check_in"
    DISCOVERY = "discovery"
    RENEWAL = "renewal"
    PERSONAL = "personal"

    @property
    def label(self) -> str:
        return _LABELS[self]


class Status(StrEnum):
    """Where a touch-point is; only DONE ones count as touches, only PLANNED ones can be overdue."""

    PLANNED = "planned"
    DONE = "done"
    SKIPPED = "skipped"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _LABELS[self]


class ContentKind(StrEnum):
    """What sort of content item it is, for the library's filter and the labels."""

    NEWSLETTER = "newsletter"
    WHITE_PAPER = "white_paper"
    BROCHURE = "brochure"
    CASE_STUDY = "case_study"
    ARTICLE = "article"
    EVENT_INVITATION = "event_invitation"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS: dict[StrEnum, str] = {
    CompanyKind.DREAM_CLIENT: QT_TRANSLATE_NOOP("Label", "Dream client"),
    CompanyKind.CUSTOMER: QT_TRANSLATE_NOOP("Label", "Customer"),
    CompanyKind.PROSPECT: QT_TRANSLATE_NOOP("Label", "Prospect"),
    CompanyKind.FORMER_CUSTOMER: QT_TRANSLATE_NOOP("Label", "Former customer"),
    BuyingTimeframe.THIS_QUARTER: QT_TRANSLATE_NOOP("Label", "This quarter"),
    BuyingTimeframe.NEXT_QUARTER: QT_TRANSLATE_NOOP("Label", "Next quarter"),
    BuyingTimeframe.THIS_YEAR: QT_TRANSLATE_NOOP("Label", "This year"),
    BuyingTimeframe.LATER: QT_TRANSLATE_NOOP("Label", "Later"),
    BuyingTimeframe.UNKNOWN: QT_TRANSLATE_NOOP("Label", "Unknown"),
    GrowthPotential.LOW: QT_TRANSLATE_NOOP("Label", "Low"),
    GrowthPotential.MEDIUM: QT_TRANSLATE_NOOP("Label", "Medium"),
    GrowthPotential.HIGH: QT_TRANSLATE_NOOP("Label", "High"),
    GrowthPotential.UNKNOWN: QT_TRANSLATE_NOOP("Label", "Unknown"),
    RelationshipHealth.HEALTHY: QT_TRANSLATE_NOOP("Label", "Healthy"),
    RelationshipHealth.AT_RISK: QT_TRANSLATE_NOOP("Label", "At risk"),
    RelationshipHealth.UNKNOWN: QT_TRANSLATE_NOOP("Label", "Unknown"),
    ContactLevel.EXECUTIVE: QT_TRANSLATE_NOOP("Label", "Executive"),
    ContactLevel.MANAGER: QT_TRANSLATE_NOOP("Label", "Manager"),
    ContactLevel.PRACTITIONER: QT_TRANSLATE_NOOP("Label", "Practitioner"),
    BuyingRole.DECISION_MAKER: QT_TRANSLATE_NOOP("Label", "Decision maker"),
    BuyingRole.INFLUENCER: QT_TRANSLATE_NOOP("Label", "Influencer"),
    BuyingRole.USER: QT_TRANSLATE_NOOP("Label", "User"),
    BuyingRole.CHAMPION: QT_TRANSLATE_NOOP("Label", "Champion"),
    BuyingRole.UNKNOWN: QT_TRANSLATE_NOOP("Label", "Unknown"),
    Channel.CALL: QT_TRANSLATE_NOOP("Label", "Call"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Label", "E-mail"),
    Channel.MEETING: QT_TRANSLATE_NOOP("Label", "Meeting"),
    Channel.VISIT: QT_TRANSLATE_NOOP("Label", "Visit"),
    Channel.CONTENT: QT_TRANSLATE_NOOP("Label", "Send content"),
    Channel.SOCIAL: QT_TRANSLATE_NOOP("Label", "Social"),
    Channel.PERSONAL: QT_TRANSLATE_NOOP("Label", "Personal"),
    Purpose.VALUE_ADD: QT_TRANSLATE_NOOP("Label", "Value add"),
    Purpose.CHECK_IN: QT_TRANSLATE_NOOP("Label", "Check-in"),
    Purpose.DISCOVERY: QT_TRANSLATE_NOOP("Label", "Discovery"),
    Purpose.RENEWAL: QT_TRANSLATE_NOOP("Label", "Renewal"),
    Purpose.PERSONAL: QT_TRANSLATE_NOOP("Label", "Personal"),
    Status.PLANNED: QT_TRANSLATE_NOOP("Label", "Planned"),
    Status.DONE: QT_TRANSLATE_NOOP("Label", "Done"),
    Status.SKIPPED: QT_TRANSLATE_NOOP("Label", "Skipped"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("Label", "Cancelled"),
    ContentKind.NEWSLETTER: QT_TRANSLATE_NOOP("Label", "Newsletter"),
    ContentKind.WHITE_PAPER: QT_TRANSLATE_NOOP("Label", "White paper"),
    ContentKind.BROCHURE: QT_TRANSLATE_NOOP("Label", "Brochure"),
    ContentKind.CASE_STUDY: QT_TRANSLATE_NOOP("Label", "Case study"),
    ContentKind.ARTICLE: QT_TRANSLATE_NOOP("Label", "Article"),
    ContentKind.EVENT_INVITATION: QT_TRANSLATE_NOOP("Label", "Event invitation"),
    ContentKind.OTHER: QT_TRANSLATE_NOOP("Label", "Other"),
}


@dataclass(frozen=True, slots=True)
class Competitor:
    """An incumbent supplier at an account, with what it supplies and when its contract ends."""

    name: str
    supplies: str = ""
    contract_end: date | None = None


@dataclass(frozen=True, slots=True)
class Company:
    """An account: a dream client, a customer, a prospect or a former customer."""

    name: str
    kind: CompanyKind = CompanyKind.PROSPECT
    id: int | None = None
    industry: str = ""
    website: str = ""
    buying_timeframe: BuyingTimeframe = BuyingTimeframe.UNKNOWN
    margin_percent: float | None = None
    expected_deal_size: float | None = None
    growth_potential: GrowthPotential = GrowthPotential.UNKNOWN
    our_annual_revenue: float | None = None
    estimated_annual_wallet: float | None = None
    competitors: tuple[Competitor, ...] = ()
    contract_start: date | None = None
    contract_end: date | None = None
    renewal_notice_days: int | None = None
    health: RelationshipHealth = RelationshipHealth.UNKNOWN
    health_reason: str = ""
    tier_override: str | None = None
    notes: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    # A position the rep pinned by hand (degrees); None: found from the city when needed.
    latitude: float | None = None
    longitude: float | None = None

    @property
    def address_lines(self) -> tuple[str, ...]:
        """The postal address as printed lines, empty parts left out."""
        town = " ".join(p for p in (self.postal_code, self.city) if p)
        lines = (self.street, town, self.region, self.country)
        return tuple(line for line in lines if line)

    @property
    def share_of_wallet(self) -> float | None:
        """Our revenue as a fraction of what they spend in our category, when both are known."""
        if not self.estimated_annual_wallet or self.our_annual_revenue is None:
            return None
        return min(1.0, max(0.0, self.our_annual_revenue / self.estimated_annual_wallet))

    @property
    def wallet_gap(self) -> float | None:
        """What they spend in our category with someone else."""
        if self.estimated_annual_wallet is None:
            return None
        return max(0.0, self.estimated_annual_wallet - (self.our_annual_revenue or 0.0))

    @property
    def renewal_notice_date(self) -> date | None:
        """The last day to give notice before the contract renews or ends."""
        if self.contract_end is None or self.renewal_notice_days is None:
            return None
        return self.contract_end - timedelta(days=self.renewal_notice_days)

    def replace(self, **changes: object) -> Company:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Contact:
    """A person the rep keeps in touch with; their current company is their open employment."""

    first_name: str
    last_name: str = ""
    id: int | None = None
    company_id: int | None = None
    title: str = ""
    level: ContactLevel = ContactLevel.PRACTITIONER
    buying_role: BuyingRole = BuyingRole.UNKNOWN
    email: str = ""
    phone: str = ""
    profile_url: str = ""
    notes: str = ""

    @property
    def full_name(self) -> str:
        """First and last name with no stray space when one of them is empty."""
        return f"{self.first_name} {self.last_name}".strip()

    def replace(self, **changes: object) -> Contact:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Employment:
    """One job a contact held: at which company, with which title, from when until when."""

    contact_id: int
    company_id: int
    title: str = ""
    start: date | None = None
    end: date | None = None
    id: int | None = None

    @property
    def is_current(self) -> bool:
        """A job without an end date is the one the contact holds now."""
        return self.end is None


@dataclass(frozen=True, slots=True)
class TouchPoint:
    """One planned or logged contact with an account, optionally with one person there.

    A touch-point without a time is all-day (a date); with a time it is timed, and its
    wall-clock time is read in the named time zone, so it stays at 10:00 local across
    daylight-saving changes.
    """

    company_id: int
    day: date
    channel: Channel = Channel.CALL
    id: int | None = None
    contact_id: int | None = None
    time: time | None = None
    duration_minutes: int = 30
    tz: str = "UTC"
    purpose: Purpose = Purpose.CHECK_IN
    status: Status = Status.PLANNED
    title: str = ""
    notes: str = ""
    reason: str = ""
    outcome: str = ""
    completed_at: datetime | None = None
    content_id: int | None = None
    revision: int = 1
    updated_at: datetime | None = None
    # Set when the touch-point came from an accepted week plan; keeps accepting idempotent.
    plan_key: str | None = None

    @property
    def is_timed(self) -> bool:
        return self.time is not None

    @property
    def start(self) -> datetime | None:
        """The aware start of a timed touch-point; None for an all-day one."""
        if self.time is None:
            return None
        return datetime.combine(self.day, self.time, tzinfo=ZoneInfo(self.tz))

    @property
    def end(self) -> datetime | None:
        """The aware end: the duration is elapsed time, so it is added in UTC.

        Adding it to the local wall clock would make a meeting that spans a DST change
        an hour too long or too short.
        """
        start = self.start
        if start is None:
            return None
        elapsed = start.astimezone(UTC) + timedelta(minutes=self.duration_minutes)
        return elapsed.astimezone(start.tzinfo)

    def is_overdue(self, today: date) -> bool:
        """Still planned for a day before `today`; done, skipped or cancelled ones never are."""
        return self.status is Status.PLANNED and self.day < today

    def replace(self, **changes: object) -> TouchPoint:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class ContentItem:
    """A piece of value-adding content and the segments it is written for."""

    title: str
    kind: ContentKind = ContentKind.ARTICLE
    id: int | None = None
    link: str = ""
    topics: tuple[str, ...] = ()
    segment_kinds: tuple[CompanyKind, ...] = ()
    segment_levels: tuple[ContactLevel, ...] = ()
    segment_industries: tuple[str, ...] = ()
    notes: str = ""

    def replace(self, **changes: object) -> ContentItem:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class ContentSend:
    """One entry of the send log: which item went to whom, when, through which touch-point."""

    content_id: int
    contact_id: int
    sent_on: date
    touchpoint_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class CompanySummary:
    """An account with the figures the accounts table shows beside it."""

    company: Company
    contacts: int = 0
    last_touch: date | None = None
    next_touch: date | None = None


@dataclass(frozen=True, slots=True)
class ContactSummary:
    """A contact with their current company's name and their last completed touch."""

    contact: Contact
    company_name: str = ""
    last_touch: date | None = None


@dataclass(frozen=True, slots=True)
class ContentSummary:
    """A content item with how often it has been sent."""

    item: ContentItem
    sends: int = 0


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    """A touch-point with the names a calendar line shows."""

    touchpoint: TouchPoint
    company_name: str
    company_kind: CompanyKind
    contact_name: str = ""
    content_title: str = ""


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One quick-search result: what it is, its id, and the text shown."""

    kind: str  # "company", "contact" or "content"
    id: int
    text: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class CompanySnapshot:
    """Everything that belongs to an account, kept so that deleting it can be undone.

    `touchpoints` are the account's own; `unlinked` are touch-points at other accounts that
    lose their person when the account's contacts go. `sends` are the sends of its contacts
    and those made through its touch-points.
    """

    company: Company
    contacts: tuple[Contact, ...] = ()
    employments: tuple[Employment, ...] = ()
    touchpoints: tuple[TouchPoint, ...] = ()
    sends: tuple[ContentSend, ...] = ()
    unlinked: tuple[TouchPoint, ...] = ()


@dataclass(frozen=True, slots=True)
class ContactSnapshot:
    """A contact with their jobs, touch-points and content received, for undoing a delete."""

    contact: Contact
    employments: tuple[Employment, ...] = ()
    touchpoints: tuple[TouchPoint, ...] = field(default=())
    sends: tuple[ContentSend, ...] = ()
