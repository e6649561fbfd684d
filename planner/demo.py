"""Synthetic portfolios for demos, tests and benchmarks: believable accounts, people and touches.

The rep in this story sells industrial packaging (boxes, films, protective materials and packing
lines) to manufacturers, retailers and labs. Every name is made up: company websites and e-mail
addresses use the reserved `.example` domain and phone numbers come from the UK ranges kept for
drama. The same seed and `today` always give the same portfolio.
"""

from __future__ import annotations

import gc
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from typing import Literal, TypeVar
from zoneinfo import ZoneInfo

from planner.demo_places import demo_address
from planner.domain.errors import ValidationError
from planner.domain.model import (
    BuyingRole,
    BuyingTimeframe,
    Channel,
    Company,
    CompanyKind,
    Competitor,
    Contact,
    ContactLevel,
    ContentItem,
    ContentKind,
    ContentSend,
    GrowthPotential,
    Purpose,
    RelationshipHealth,
    Status,
    TouchPoint,
)
from planner.domain.timing import local_zone_name
from planner.storage import Store

T = TypeVar("T")

DemoSize = Literal["small", "heavy", "stress"]
SIZES: tuple[DemoSize, ...] = ("small", "heavy", "stress")


@dataclass(frozen=True, slots=True)
class DemoStats:
    """What `generate` wrote."""

    companies: int
    contacts: int
    touchpoints: int
    content_items: int
    sends: int
    moved_contacts: int
    overdue: int


@dataclass(frozen=True, slots=True)
class _Scale:
    companies: int
    contacts: int
    touchpoints: int
    past_days: int  # how far back the logged touch-points go
    ahead_days: int  # how far ahead the planned ones go
    moved: int
    # The portfolio mix: (kind, large?, share of the companies); the first row takes the rest.
    mix: tuple[tuple[CompanyKind, bool, float], ...]
    # Touch-points planned in each coming week (0: as dense as the past). A rep plans a few
    # hundred a week however long the history is, so weeks ahead weigh the same at any size.
    ahead_per_week: int = 0
    # Content sends in all: the touch-points' sends topped up with newsletter mailings.
    sends: int = 0
    # At most this many touch-points of the past week left overdue.
    max_overdue: int = 10_000


_SMALL_MIX = (
    (CompanyKind.PROSPECT, False, 15 / 40),
    (CompanyKind.DREAM_CLIENT, False, 8 / 40),
    (CompanyKind.CUSTOMER, True, 6 / 40),
    (CompanyKind.CUSTOMER, False, 10 / 40),
    (CompanyKind.FORMER_CUSTOMER, False, 1 / 40),
)
_BIG_MIX = (
    (CompanyKind.PROSPECT, False, 0.45),
    (CompanyKind.DREAM_CLIENT, False, 0.10),
    (CompanyKind.CUSTOMER, True, 0.10),
    (CompanyKind.CUSTOMER, False, 0.30),
    (CompanyKind.FORMER_CUSTOMER, False, 0.05),
)
_SCALES: dict[str, _Scale] = {
    "small": _Scale(40, 150, 330, 91, 42, 4, _SMALL_MIX),
    # Five years: four and a half of history and half a year ahead.
    "heavy": _Scale(2_000, 10_000, 100_000, 1_643, 182, 120, _BIG_MIX, 300, 20_000, 40),
    "stress": _Scale(20_000, 100_000, 1_000_000, 1_643, 182, 1_200, _BIG_MIX, 300, 200_000, 40),
}

# --- word lists ------------------------------------------------------------------------------

_STEMS = (
    "Alderbrook",
    "Ashford",
    "Beacon",
    "Birchwood",
    "Blackwater",
    "Bramble",
    "Brightwater",
    "Calder",
    "Carrow",
    "Cedarline",
    "Clearwater",
    "Coldharbour",
    "Copperfield",
    "Crestmoor",
    "Dunmore",
    "Eastgate",
    "Elmstead",
    "Fairhaven",
    "Falconridge",
    "Fenwick",
    "Foxglove",
    "Glenmore",
    "Granite Peak",
    "Greyfriars",
    "Harbourline",
    "Hartwell",
    "Hawthorn",
    "Highmoor",
    "Ironbridge",
    "Juniper",
    "Kestrel",
    "Kingsmere",
    "Lakeside",
    "Larkspur",
    "Linden",
    "Marlow",
    "Meridian",
    "Millbrook",
    "Northgate",
    "Oakridge",
    "Orchard Lane",
    "Pembrook",
    "Pinecrest",
    "Quarry Hill",
    "Ravenscroft",
    "Redcliffe",
    "Riverside",
    "Rosewood",
    "Saltmarsh",
    "Silverbirch",
    "Stonebridge",
    "Summit",
    "Thornbury",
    "Trentham",
    "Valemont",
    "Westbrook",
    "Whitfield",
    "Willowmere",
    "Wrenfield",
    "Yarrow",
)

_INDUSTRIES: dict[str, tuple[str, ...]] = {
    "Food & Beverage": ("Foods", "Dairy", "Bakeries", "Beverages", "Fresh Produce", "Brewing"),
    "Pharmaceuticals": ("Pharma", "Laboratories", "Life Sciences", "Therapeutics"),
    "E-commerce & Retail": ("Retail", "Home Goods", "Outfitters", "Direct", "Marketplace"),
    "Automotive Parts": ("Automotive", "Components", "Motor Parts", "Precision Engineering"),
    "Consumer Electronics": ("Electronics", "Devices", "Audio", "Smart Home"),
    "Cosmetics & Personal Care": ("Cosmetics", "Skincare", "Botanicals", "Beauty"),
    "Chemicals": ("Chemicals", "Coatings", "Polymers", "Adhesives"),
    "Medical Devices": ("Medical", "Surgical", "Diagnostics", "Healthcare Supplies"),
    "Furniture": ("Furniture", "Interiors", "Woodworks", "Living"),
    "Agriculture & Garden": ("Agri", "Garden Supplies", "Growers", "Seeds"),
}
_SUFFIXES = ("", " Ltd", " Group", " plc", " Ltd", "")
_REGIONS = ("", " North", " South", " Europe", " UK", " International", " West", " East")

_COMPETITORS = (
    "PackRight Solutions",
    "Corrugo",
    "BoxLine Industries",
    "Stratapak",
    "Unifold Packaging",
    "Crestwrap",
    "Polyform Supplies",
    "Cartonia",
)
_SUPPLIES = (
    "corrugated boxes",
    "stretch film",
    "protective foam",
    "labels and printing",
    "custom crates",
    "void fill and tape",
    "shrink sleeves",
    "pallet wrapping machines",
)

_FIRST_NAMES = (
    "Aisha",
    "Alex",
    "Amelia",
    "Ana",
    "Ben",
    "Carlos",
    "Charlotte",
    "Chloe",
    "Daniel",
    "David",
    "Elena",
    "Emma",
    "Farah",
    "Fiona",
    "Gareth",
    "Grace",
    "Hannah",
    "Harry",
    "Imran",
    "Isabel",
    "Jack",
    "James",
    "Jasmine",
    "Joanna",
    "Jonas",
    "Karen",
    "Kwame",
    "Laura",
    "Liam",
    "Lucy",
    "Marco",
    "Maria",
    "Mark",
    "Mei",
    "Michael",
    "Nadia",
    "Naomi",
    "Nathan",
    "Niamh",
    "Oliver",
    "Olivia",
    "Omar",
    "Patrick",
    "Priya",
    "Rachel",
    "Rajesh",
    "Rebecca",
    "Ruth",
    "Samuel",
    "Sarah",
    "Sean",
    "Sofia",
    "Stefan",
    "Tom",
    "Tomasz",
    "Victoria",
    "Wei",
    "Yusuf",
    "Zara",
    "Zoe",
)
_LAST_NAMES = (
    "Adeyemi",
    "Ahmed",
    "Andersen",
    "Bailey",
    "Bennett",
    "Brennan",
    "Chen",
    "Clarke",
    "Costa",
    "Davies",
    "Dubois",
    "Evans",
    "Fischer",
    "Fitzgerald",
    "Garcia",
    "Gill",
    "Hall",
    "Harris",
    "Hughes",
    "Jansen",
    "Jones",
    "Kaur",
    "Kelly",
    "Khan",
    "Kowalski",
    "Larsen",
    "Lewis",
    "Lindqvist",
    "Mackenzie",
    "Martin",
    "Mensah",
    "Moreau",
    "Murphy",
    "Nakamura",
    "Novak",
    "O'Brien",
    "Okafor",
    "Owen",
    "Patel",
    "Pereira",
    "Price",
    "Quinn",
    "Reid",
    "Richter",
    "Robinson",
    "Rossi",
    "Schmidt",
    "Shah",
    "Singh",
    "Sørensen",
    "Taylor",
    "Thompson",
    "Turner",
    "Walsh",
    "Ward",
    "Watson",
    "Wilson",
    "Wright",
    "Young",
    "Zhang",
)

_TITLES: dict[ContactLevel, tuple[str, ...]] = {
    ContactLevel.EXECUTIVE: (
        "CEO",
        "Managing Director",
        "COO",
        "CFO",
        "VP Operations",
        "VP Supply Chain",
        "Chief Procurement Officer",
        "VP Manufacturing",
        "Director of Logistics",
    ),
    ContactLevel.MANAGER: (
        "Procurement Manager",
        "Operations Manager",
        "Logistics Manager",
        "Warehouse Manager",
        "Head of Purchasing",
        "Category Manager",
        "Plant Manager",
        "Quality Manager",
        "Packaging Development Manager",
        "Sustainability Manager",
    ),
    ContactLevel.PRACTITIONER: (
        "Buyer",
        "Senior Buyer",
        "Packaging Engineer",
        "Warehouse Supervisor",
        "Logistics Coordinator",
        "Quality Analyst",
        "Production Planner",
        "Line Supervisor",
    ),
}
_ROLES: dict[ContactLevel, tuple[tuple[BuyingRole, int], ...]] = {
    ContactLevel.EXECUTIVE: (
        (BuyingRole.DECISION_MAKER, 7),
        (BuyingRole.INFLUENCER, 2),
        (BuyingRole.UNKNOWN, 1),
    ),
    ContactLevel.MANAGER: (
        (BuyingRole.INFLUENCER, 4),
        (BuyingRole.CHAMPION, 3),
        (BuyingRole.DECISION_MAKER, 2),
        (BuyingRole.UNKNOWN, 1),
    ),
    ContactLevel.PRACTITIONER: (
        (BuyingRole.USER, 6),
        (BuyingRole.INFLUENCER, 2),
        (BuyingRole.CHAMPION, 1),
        (BuyingRole.UNKNOWN, 1),
    ),
}

# (personal note, a personal touch that fits it)
_INTERESTS = (
    ("Runs marathons; training for the spring race.", "Ask how the marathon training is going"),
    ("Keen sailor, races at the weekend.", "Ask about the sailing season"),
    ("Two children just started university.", "Ask how the kids are settling in at university"),
    ("Loves Italian cooking.", "Send the Bologna restaurant tip"),
    ("Season ticket holder; never misses a home match.", "Chat about Saturday's match"),
    ("Plays golf on Friday afternoons.", "Invite to the charity golf day"),
    ("Birdwatcher; has a photo blog.", "Comment on the new bird photos"),
    ("Collects vinyl records (jazz).", "Share the jazz record fair dates"),
    ("Just became a grandparent.", "Congratulate on the new grandchild"),
    ("Cycles to work all year round.", "Ask about the coast-to-coast ride"),
    ("Volunteers at the local food bank.", "Ask about the food bank winter appeal"),
    ("Enjoys Rioja; visited the region last year.", "Send the wine-tasting invitation"),
    ("Learning Japanese for a trip next year.", "Ask how the Japanese lessons are going"),
    ("Coaches the under-12 football team.", "Ask how the team's season is going"),
    ("Restoring a classic Land Rover.", "Ask about the Land Rover restoration"),
)

_PHONE_RANGES = ("+44 20 7946 0", "+44 161 496 0", "+44 113 496 0", "+44 117 496 0")

_TOPICS = (
    "the stretch film trial",
    "damage rates in transit",
    "right-sizing their boxes",
    "recyclable mono-material films",
    "pallet stability",
    "next year's volume forecast",
    "the new warehouse",
    "price indexation",
    "their sustainability targets",
    "automating the packing line",
    "the plastic packaging tax",
    "lead times over peak season",
)

_OUTCOMES: dict[Channel, tuple[str, ...]] = {
    Channel.CALL: (
        "Good call; agreed to send samples.",
        "Left a voicemail; will try again next week.",
        "Interested; asked for a price indication.",
        "Confirmed volumes for next quarter.",
        "Heard about a tender in spring; get on the supplier list.",
    ),
    Channel.EMAIL: (
        "Replied with thanks; forwarded to the buyer.",
        "No reply yet.",
        "Asked for the spec sheet.",
        "Booked a call for next month.",
    ),
    Channel.MEETING: (
        "Reviewed service levels; two open actions.",
        "Walked through the renewal proposal.",
        "Met the new plant manager; good rapport.",
        "Agreed a trial on one line.",
    ),
    Channel.VISIT: (
        "Line audit done; film use can drop 20%.",
        "Toured the new warehouse; big opportunity.",
        "Met the night shift supervisor; damage issue confirmed.",
    ),
    Channel.CONTENT: ("Sent.", "Sent; opened twice.", "Sent; forwarded to the team."),
    Channel.SOCIAL: ("Liked and commented.", "Shared their post with a note.", "Connected."),
    Channel.PERSONAL: ("Nice chat, nothing business.", "Card sent.", "Thanked me warmly."),
}

_CONTENT: tuple[
    tuple[
        str,
        ContentKind,
        tuple[str, ...],
        tuple[CompanyKind, ...],
        tuple[ContactLevel, ...],
        tuple[str, ...],
    ],
    ...,
] = (
    (
        "Packaging Pulse — monthly newsletter",
        ContentKind.NEWSLETTER,
        ("market news", "prices"),
        (),
        (),
        (),
    ),
    (
        "Packaging Pulse — sustainability special",
        ContentKind.NEWSLETTER,
        ("sustainability", "regulation"),
        (CompanyKind.CUSTOMER, CompanyKind.DREAM_CLIENT),
        (),
        (),
    ),
    (
        "Cutting Damage Rates in E-commerce Fulfilment",
        ContentKind.WHITE_PAPER,
        ("damage", "fulfilment"),
        (CompanyKind.DREAM_CLIENT, CompanyKind.PROSPECT),
        (ContactLevel.MANAGER,),
        ("E-commerce & Retail", "Consumer Electronics"),
    ),
    (
        "Right-sizing Boxes: the Freight Cost Case",
        ContentKind.WHITE_PAPER,
        ("cost", "freight", "automation"),
        (),
        (ContactLevel.EXECUTIVE,),
        (),
    ),
    (
        "Sustainable Packaging Range 2026",
        ContentKind.BROCHURE,
        ("sustainability", "products"),
        (),
        (ContactLevel.MANAGER, ContactLevel.PRACTITIONER),
        (),
    ),
    (
        "Automated Packing Lines — Overview",
        ContentKind.BROCHURE,
        ("automation", "equipment"),
        (CompanyKind.CUSTOMER,),
        (ContactLevel.MANAGER,),
        (),
    ),
    (
        "How a Dairy Cut Film Use by 30%",
        ContentKind.CASE_STUDY,
        ("film", "cost", "sustainability"),
        (),
        (),
        ("Food & Beverage", "Agriculture & Garden"),
    ),
    (
        "Cold-chain Packaging for a Pharma Lab",
        ContentKind.CASE_STUDY,
        ("cold chain", "compliance"),
        (),
        (),
        ("Pharmaceuticals", "Medical Devices"),
    ),
    (
        "What the Packaging Rules Change in 2027",
        ContentKind.ARTICLE,
        ("regulation", "sustainability"),
        (),
        (ContactLevel.EXECUTIVE, ContactLevel.MANAGER),
        (),
    ),
    (
        "Five Questions Before Your Packaging Contract Renews",
        ContentKind.ARTICLE,
        ("contracts", "procurement"),
        (CompanyKind.DREAM_CLIENT, CompanyKind.FORMER_CUSTOMER),
        (ContactLevel.MANAGER, ContactLevel.EXECUTIVE),
        (),
    ),
    (
        "Customer Day at the Test Lab",
        ContentKind.EVENT_INVITATION,
        ("event", "testing"),
        (CompanyKind.CUSTOMER, CompanyKind.DREAM_CLIENT),
        (),
        (),
    ),
    (
        "Webinar: Recyclable Mono-material Films",
        ContentKind.EVENT_INVITATION,
        ("film", "sustainability", "webinar"),
        (),
        (ContactLevel.PRACTITIONER,),
        (),
    ),
    (
        "Packaging Cost Calculator (spreadsheet)",
        ContentKind.OTHER,
        ("cost", "tool"),
        (CompanyKind.PROSPECT, CompanyKind.CUSTOMER),
        (),
        (),
    ),
)

# Days between touches by account kind (prospects by how soon they will buy).
_CADENCE_DAYS: dict[CompanyKind, float] = {
    CompanyKind.DREAM_CLIENT: 10,
    CompanyKind.CUSTOMER: 14,
    CompanyKind.PROSPECT: 24,
    CompanyKind.FORMER_CUSTOMER: 60,
}
_PROSPECT_CADENCE: dict[BuyingTimeframe, float] = {
    BuyingTimeframe.THIS_QUARTER: 11,
    BuyingTimeframe.NEXT_QUARTER: 18,
    BuyingTimeframe.THIS_YEAR: 26,
    BuyingTimeframe.LATER: 45,
    BuyingTimeframe.UNKNOWN: 35,
}
_CHANNELS: dict[CompanyKind, tuple[tuple[Channel, int], ...]] = {
    CompanyKind.DREAM_CLIENT: (
        (Channel.CONTENT, 25),
        (Channel.EMAIL, 15),
        (Channel.CALL, 15),
        (Channel.SOCIAL, 15),
        (Channel.MEETING, 10),
        (Channel.VISIT, 5),
        (Channel.PERSONAL, 15),
    ),
    CompanyKind.CUSTOMER: (
        (Channel.CALL, 25),
        (Channel.MEETING, 15),
        (Channel.VISIT, 15),
        (Channel.EMAIL, 15),
        (Channel.CONTENT, 15),
        (Channel.PERSONAL, 10),
        (Channel.SOCIAL, 5),
    ),
    CompanyKind.PROSPECT: (
        (Channel.EMAIL, 25),
        (Channel.CALL, 25),
        (Channel.CONTENT, 20),
        (Channel.SOCIAL, 15),
        (Channel.MEETING, 10),
        (Channel.PERSONAL, 5),
    ),
    CompanyKind.FORMER_CUSTOMER: (
        (Channel.EMAIL, 40),
        (Channel.CONTENT, 30),
        (Channel.CALL, 20),
        (Channel.SOCIAL, 10),
    ),
}
_DURATION: dict[Channel, int] = {
    Channel.CALL: 30,
    Channel.EMAIL: 15,
    Channel.MEETING: 60,
    Channel.VISIT: 120,
    Channel.CONTENT: 15,
    Channel.SOCIAL: 15,
    Channel.PERSONAL: 60,
}
_TIMED_SHARE: dict[Channel, float] = {
    Channel.CALL: 0.8,
    Channel.MEETING: 1.0,
    Channel.VISIT: 1.0,
    Channel.PERSONAL: 0.4,
    Channel.EMAIL: 0.1,
    Channel.CONTENT: 0.0,
    Channel.SOCIAL: 0.0,
}

_AT_RISK_REASONS = (
    "Service problems: three late deliveries in October and a damaged pallet claim open.",
    "A competitor is circling: Stratapak quoted 8% under our price to their new buyer.",
    "Our champion is leaving: the procurement manager moves to another company next month.",
)


# --- generation ------------------------------------------------------------------------------


@dataclass
class _Person:
    contact: Contact
    company_index: int
    interest: int | None
    since: date  # when they started at their current company in the generated story
    until: date | None = None  # set when they moved away


@dataclass
class _Account:
    company: Company
    large: bool
    people: list[_Person] = field(default_factory=list)


def generate(store: Store, today: date, seed: int = 0, size: DemoSize = "small") -> DemoStats:
    """Write a synthetic portfolio relative to `today` into an empty database, in one transaction.

    Raises ValidationError when the database already holds accounts, contacts or content, and
    then writes nothing.
    """
    if size not in _SCALES:
        raise ValidationError(f"Unknown demo size {size!r}; choose one of {', '.join(SIZES)}.")
    if not store.is_empty() or store.content.summaries():
        where = f"{store.path}" if store.path else "This database"
        raise ValidationError(
            f"{where} already holds data; the demo portfolio only goes into a new, empty database."
        )
    return _Generator(store, today, random.Random(seed), _SCALES[size]).run()


class _Generator:
    def __init__(self, store: Store, today: date, rng: random.Random, scale: _Scale) -> None:
        self.store = store
        self.today = today
        self.rng = rng
        self.scale = scale
        self.zone = local_zone_name()
        self.accounts: list[_Account] = []
        self.content: list[ContentItem] = []
        self.moved = 0
        self._names: set[str] = set()
        self._emails: set[str] = set()
        self._tables: dict[tuple[object, ...], tuple[list[object], list[int]]] = {}

    def run(self) -> DemoStats:
        # A million touch-points are a million small objects that hold no cycles: without the
        # cyclic collector scanning them again and again, stress generation takes half the time.
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._run()
        finally:
            if enabled:
                gc.enable()

    def _run(self) -> DemoStats:
        with self.store.transaction():
            self._content_library()
            self._companies()
            self._contacts()
            self._moves()
            touchpoints = self._touchpoints()
            self.store.touchpoints.add_many(touchpoints)
            sends = self._sends()
        return DemoStats(
            companies=len(self.accounts),
            contacts=sum(1 for a in self.accounts for p in a.people if p.until is None),
            touchpoints=len(touchpoints),
            content_items=len(self.content),
            sends=sends,
            moved_contacts=self.moved,
            overdue=sum(1 for tp in touchpoints if tp.is_overdue(self.today)),
        )

    # helpers

    def _pick(self, weighted: Sequence[tuple[T, int]]) -> T:
        # Cumulative weights once per table: random.choices draws the same either way.
        key = tuple(weighted)
        cached = self._tables.get(key)
        if cached is None:
            cached = ([v for v, _ in weighted], list(accumulate(w for _, w in weighted)))
            self._tables[key] = cached
        values: list[T] = cached[0]  # type: ignore[assignment]
        return self.rng.choices(values, cum_weights=cached[1])[0]

    def _day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def _working_day(self, day: date) -> date:
        """The day itself on a weekday; the Friday before or Monday after a weekend day."""
        if day.weekday() == 5:
            return day - timedelta(days=1)
        if day.weekday() == 6:
            return day + timedelta(days=1)
        return day

    # content

    def _content_library(self) -> None:
        for title, kind, topics, kinds, levels, industries in _CONTENT:
            slug = _slug(title)
            item = ContentItem(
                title=title,
                kind=kind,
                link=f"https://content.packaging.example/{slug}",
                topics=topics,
                segment_kinds=kinds,
                segment_levels=levels,
                segment_industries=industries,
            )
            self.content.append(self.store.content.add(item))

    # companies

    def _company_name(self, industry: str) -> str:
        rng = self.rng
        small_world = self.scale.companies <= len(_STEMS)
        for attempt in range(200):
            stem = rng.choice(_STEMS)
            if small_world and any(n.startswith(stem.casefold() + " ") for n in self._names):
                continue
            name = f"{stem} {rng.choice(_INDUSTRIES[industry])}"
            name += rng.choice(_SUFFIXES)
            if attempt > 20:
                name += rng.choice(_REGIONS)
            if name.casefold() not in self._names:
                self._names.add(name.casefold())
                return name
        n = len(self._names) + 1
        name = f"{rng.choice(_STEMS)} {rng.choice(_INDUSTRIES[industry])} {n}"
        self._names.add(name.casefold())
        return name

    def _companies(self) -> None:
        total = self.scale.companies
        plan: list[tuple[CompanyKind, bool]] = []
        for kind, large, share in self.scale.mix[1:]:
            plan += [(kind, large)] * max(1, round(total * share))
        first_kind, first_large, _ = self.scale.mix[0]
        plan += [(first_kind, first_large)] * (total - len(plan))
        at_risk = {i for i, (k, _) in enumerate(plan) if k is CompanyKind.CUSTOMER}
        risky = self.rng.sample(sorted(at_risk), k=min(len(at_risk), max(2, total // 15)))
        for index, (kind, large) in enumerate(plan):
            company = self._company(kind, large)
            if index in risky:
                reason = _AT_RISK_REASONS[risky.index(index) % len(_AT_RISK_REASONS)]
                company = company.replace(health=RelationshipHealth.AT_RISK, health_reason=reason)
            company = demo_address(index, company)
            self.accounts.append(_Account(self.store.companies.add(company), large))

    def _competitors(self, n: int, ends_within: int | None) -> tuple[Competitor, ...]:
        rng = self.rng
        names = rng.sample(_COMPETITORS, k=n)
        result = []
        for name in names:
            end = None
            if ends_within is not None and rng.random() < 0.7:
                end = self._day(rng.randint(20, ends_within))
            result.append(Competitor(name, rng.choice(_SUPPLIES), end))
        return tuple(result)

    def _company(self, kind: CompanyKind, large: bool) -> Company:
        rng = self.rng
        industry = rng.choice(list(_INDUSTRIES))
        name = self._company_name(industry)
        website = f"https://www.{_slug(_short(name))}.example"
        growth = self._pick(
            (
                (GrowthPotential.HIGH, 3),
                (GrowthPotential.MEDIUM, 4),
                (GrowthPotential.LOW, 2),
                (GrowthPotential.UNKNOWN, 1),
            )
        )
        base = Company(
            name=name,
            kind=kind,
            industry=industry,
            website=website,
            growth_potential=growth,
            margin_percent=round(rng.uniform(14, 34), 1),
            health=RelationshipHealth.UNKNOWN,
        )
        if kind is CompanyKind.DREAM_CLIENT:
            wallet = _round(rng.uniform(400_000, 3_000_000), 10_000)
            competitors = self._competitors(rng.randint(1, 3), ends_within=540)
            return base.replace(
                buying_timeframe=self._pick(
                    (
                        (BuyingTimeframe.THIS_YEAR, 3),
                        (BuyingTimeframe.NEXT_QUARTER, 2),
                        (BuyingTimeframe.LATER, 3),
                        (BuyingTimeframe.THIS_QUARTER, 1),
                    )
                ),
                expected_deal_size=_round(wallet * rng.uniform(0.2, 0.5), 5_000),
                growth_potential=GrowthPotential.HIGH,
                our_annual_revenue=0.0,
                estimated_annual_wallet=wallet,
                competitors=competitors,
                notes=f"Dream client. Incumbent: {competitors[0].name} "
                f"({competitors[0].supplies}). Build relationships at every level before "
                "their contract comes up.",
            )
        if kind is CompanyKind.CUSTOMER:
            if large:
                revenue = _round(rng.uniform(300_000, 1_500_000), 5_000)
                share = rng.uniform(0.35, 0.9)
                notice = rng.choice((60, 90, 120))
            else:
                revenue = _round(rng.uniform(15_000, 90_000), 1_000)
                # Some small customers buy most of their packaging elsewhere.
                share = rng.uniform(0.08, 0.3) if rng.random() < 0.45 else rng.uniform(0.55, 0.95)
                notice = rng.choice((30, 60, 90))
            contract_end = self._day(rng.randint(25, 545))
            # A one- to three-year term that has already started.
            years = (contract_end - self.today).days // 365 + rng.choice((1, 1, 2, 3))
            start = contract_end - timedelta(days=365 * min(years, 3))
            competitors = self._competitors(
                1 if share > 0.5 else rng.randint(1, 2), ends_within=400
            )
            return base.replace(
                buying_timeframe=BuyingTimeframe.UNKNOWN,
                expected_deal_size=_round(revenue * rng.uniform(0.1, 0.4), 1_000),
                our_annual_revenue=revenue,
                estimated_annual_wallet=_round(revenue / share, 1_000),
                competitors=competitors if share < 0.97 else (),
                contract_start=start,
                contract_end=contract_end,
                renewal_notice_days=notice,
                health=self._pick(
                    ((RelationshipHealth.HEALTHY, 8), (RelationshipHealth.UNKNOWN, 1))
                ),
                notes=("Key account. " if large else "")
                + f"Also buys {competitors[0].supplies} from {competitors[0].name}.",
            )
        if kind is CompanyKind.PROSPECT:
            wallet = _round(rng.uniform(50_000, 600_000), 5_000)
            return base.replace(
                buying_timeframe=self._pick(
                    (
                        (BuyingTimeframe.THIS_QUARTER, 2),
                        (BuyingTimeframe.NEXT_QUARTER, 3),
                        (BuyingTimeframe.THIS_YEAR, 4),
                        (BuyingTimeframe.LATER, 3),
                        (BuyingTimeframe.UNKNOWN, 2),
                    )
                ),
                expected_deal_size=_round(wallet * rng.uniform(0.15, 0.6), 1_000),
                estimated_annual_wallet=wallet,
                competitors=self._competitors(1, ends_within=365),
                notes=rng.choice(
                    (
                        "Met at the packaging trade fair.",
                        "Inbound enquiry through the website.",
                        "Referred by a customer.",
                        "Cold outreach; replied to the damage-rates white paper.",
                    )
                ),
            )
        # A former customer, lost to a competitor some months ago.
        ended = self._day(-rng.randint(120, 240))
        winner = Competitor(
            rng.choice(_COMPETITORS), "all packaging", self._day(rng.randint(120, 400))
        )
        return base.replace(
            buying_timeframe=BuyingTimeframe.LATER,
            expected_deal_size=_round(rng.uniform(60_000, 250_000), 5_000),
            our_annual_revenue=0.0,
            estimated_annual_wallet=_round(rng.uniform(150_000, 500_000), 5_000),
            competitors=(winner,),
            contract_start=ended - timedelta(days=3 * 365),
            contract_end=ended,
            renewal_notice_days=90,
            health=RelationshipHealth.UNKNOWN,
            notes=f"Lost to {winner.name} on price at the last tender; their contract with "
            f"{winner.name} ends {winner.contract_end:%B %Y}. Win-back target.",
        )

    # contacts

    def _contact_counts(self) -> list[int]:
        weights = []
        for account in self.accounts:
            kind = account.company.kind
            if kind is CompanyKind.CUSTOMER:
                weights.append(6.0 if account.large else 3.0)
            elif kind is CompanyKind.DREAM_CLIENT:
                weights.append(5.0)
            else:
                weights.append(3.0)
        target = self.scale.contacts
        total_weight = sum(weights)
        counts = [max(1, round(target * w / total_weight)) for w in weights]
        while sum(counts) > target:
            i = self.rng.randrange(len(counts))
            if counts[i] > 2:
                counts[i] -= 1
        while sum(counts) < target:
            counts[self.rng.randrange(len(counts))] += 1
        return counts

    def _contacts(self) -> None:
        rng = self.rng
        for index, (account, n) in enumerate(
            zip(self.accounts, self._contact_counts(), strict=True)
        ):
            company = account.company
            assert company.id is not None
            domain = company.website.removeprefix("https://www.")
            for k in range(n):
                if k == 0:
                    level = ContactLevel.EXECUTIVE
                elif k == 1:
                    level = ContactLevel.MANAGER
                else:
                    level = self._pick(
                        (
                            (ContactLevel.EXECUTIVE, 2),
                            (ContactLevel.MANAGER, 4),
                            (ContactLevel.PRACTITIONER, 4),
                        )
                    )
                role = self._pick(_ROLES[level])
                if k == 0:
                    role = BuyingRole.DECISION_MAKER
                first, last = rng.choice(_FIRST_NAMES), rng.choice(_LAST_NAMES)
                email = self._email(first, last, domain)
                interest = rng.randrange(len(_INTERESTS)) if rng.random() < 0.6 else None
                since = self._day(-rng.randint(200, 3_000))
                contact = Contact(
                    first_name=first,
                    last_name=last,
                    company_id=company.id,
                    title=rng.choice(_TITLES[level]),
                    level=level,
                    buying_role=role,
                    email=email,
                    phone=f"{rng.choice(_PHONE_RANGES)}{rng.randint(0, 999):03d}"
                    if rng.random() < 0.85
                    else "",
                    notes="" if interest is None else _INTERESTS[interest][0],
                )
                added = self.store.contacts.add(contact, started=since)
                account.people.append(_Person(added, index, interest, since))

    def _email(self, first: str, last: str, domain: str) -> str:
        local = _slug(f"{first}.{last}", sep=".")
        email = f"{local}@{domain}"
        n = 2
        while email in self._emails:
            email = f"{local}{n}@{domain}"
            n += 1
        self._emails.add(email)
        return email

    def _moves(self) -> None:
        """A few people changed jobs: from customers and the former customer to prospects."""
        rng = self.rng
        sources = [
            a
            for a in self.accounts
            if a.company.kind in (CompanyKind.CUSTOMER, CompanyKind.FORMER_CUSTOMER)
            and len(a.people) > 2
        ]
        targets = [a for a in self.accounts if a.company.kind.is_prospect]
        former = [a for a in sources if a.company.kind is CompanyKind.FORMER_CUSTOMER][:1]
        others = [a for a in sources if a.company.kind is CompanyKind.CUSTOMER]
        wanted = max(0, self.scale.moved - len(former))
        chosen = former + rng.sample(others, k=min(len(others), wanted))
        positions = {id(a): i for i, a in enumerate(self.accounts)}
        for source in chosen[: self.scale.moved]:
            candidates = [p for p in source.people[1:] if p.until is None]
            if not candidates or not targets:
                continue
            person = rng.choice(candidates)
            target = rng.choice(targets)
            assert person.contact.id is not None
            assert target.company.id is not None
            on = self._working_day(self._day(-rng.randint(30, 80)))
            domain = target.company.website.removeprefix("https://www.")
            moved = self.store.contacts.move(
                person.contact.id, target.company.id, on, title=person.contact.title
            )
            moved = self.store.contacts.update(
                moved.replace(
                    email=self._email(moved.first_name, moved.last_name, domain),
                    buying_role=BuyingRole.CHAMPION,
                    notes=(moved.notes + " " if moved.notes else "")
                    + f"Moved from {source.company.name} on {on.isoformat()}: a friend "
                    "from an old account.",
                )
            )
            person.until = on
            target.people.append(_Person(moved, positions[id(target)], person.interest, on))
            self.moved += 1

    # touch-points

    def _interval(self, company: Company) -> float:
        if company.kind is CompanyKind.PROSPECT:
            return _PROSPECT_CADENCE[company.buying_timeframe]
        return _CADENCE_DAYS[company.kind]

    def _touchpoints(self) -> list[TouchPoint]:
        scale = self.scale
        window = scale.past_days + scale.ahead_days
        natural = sum(window / self._interval(a.company) for a in self.accounts)
        stretch = natural / scale.touchpoints  # >1 spaces touches out, <1 packs them in
        stretch_ahead = stretch
        if scale.ahead_per_week:
            ahead = scale.ahead_per_week * scale.ahead_days / 7
            stretch = natural * scale.past_days / window / (scale.touchpoints - ahead)
            stretch_ahead = natural * scale.ahead_days / window / ahead
        result: list[TouchPoint] = []
        for account in self.accounts:
            base = self._interval(account.company)
            interval = base * stretch
            offset = -scale.past_days + self.rng.uniform(0, interval)
            while offset < scale.ahead_days:
                day = self._working_day(self._day(int(offset)))
                result.append(self._touchpoint(account, day))
                step = interval if offset < 0 else base * stretch_ahead
                before = offset
                offset += step * self.rng.uniform(0.7, 1.3)
                if before < 0 <= offset:
                    # The gap that crosses today is stretched like the ones ahead: otherwise
                    # every account's first planned touch would crowd into the first weeks.
                    offset *= stretch_ahead / stretch
            result += self._renewal_touches(account)
        self._mark_overdue(result)
        result.sort(key=lambda tp: (tp.day, tp.time or time(0), tp.company_id))
        return result

    def _people_on(self, account: _Account, day: date) -> list[_Person]:
        return [p for p in account.people if p.since <= day and (p.until is None or day < p.until)]

    def _touchpoint(
        self, account: _Account, day: date, purpose: Purpose | None = None
    ) -> TouchPoint:
        rng = self.rng
        company = account.company
        assert company.id is not None
        people = self._people_on(account, day)
        channel = self._pick(_CHANNELS[company.kind]) if purpose is None else Channel.MEETING
        person: _Person | None = None
        if people and (channel in (Channel.PERSONAL, Channel.CONTENT) or rng.random() < 0.9):
            weights = {
                ContactLevel.EXECUTIVE: 1,
                ContactLevel.MANAGER: 3,
                ContactLevel.PRACTITIONER: 2,
            }
            person = rng.choices(people, weights=[weights[p.contact.level] for p in people])[0]
        if channel is Channel.PERSONAL and person is None:
            channel = Channel.EMAIL
        if purpose is None:
            purpose = self._purpose(company, channel)
        content = self._content_for(company, person) if channel is Channel.CONTENT else None
        title = self._title(company, channel, purpose, person, content)
        at: time | None = None
        if title.startswith("Lunch"):
            at = time(12, 30)
        elif rng.random() < _TIMED_SHARE[channel]:
            at = time(rng.randint(8, 16), rng.choice((0, 15, 30, 45)))
        status = Status.PLANNED
        outcome = ""
        completed: datetime | None = None
        notes = ""
        if day < self.today:
            roll = rng.random()
            if roll < 0.88:
                status = Status.DONE
                outcome = rng.choice(_OUTCOMES[channel])
                completed = datetime.combine(day, at or time(16, 30), tzinfo=ZoneInfo(self.zone))
                completed += timedelta(minutes=_DURATION[channel])
            elif roll < 0.97:
                status = Status.SKIPPED
                notes = rng.choice(
                    ("They were travelling.", "Rescheduled by them.", "Ran out of time.")
                )
            else:
                status = Status.CANCELLED
                notes = "Cancelled: meeting no longer needed."
        elif rng.random() < 0.02:
            status = Status.CANCELLED
            notes = "Cancelled by them; rebook after the holidays."
        return TouchPoint(
            company_id=company.id,
            contact_id=person.contact.id if person else None,
            day=day,
            time=at,
            duration_minutes=_DURATION[channel],
            tz=self.zone if at is not None else "UTC",
            channel=channel,
            purpose=purpose,
            status=status,
            title=title,
            notes=notes,
            reason=self._reason(company, purpose),
            outcome=outcome,
            completed_at=completed,
            content_id=content.id if content else None,
        )

    def _purpose(self, company: Company, channel: Channel) -> Purpose:
        rng = self.rng
        if channel is Channel.PERSONAL:
            return Purpose.PERSONAL
        if channel in (Channel.CONTENT, Channel.SOCIAL):
            return Purpose.VALUE_ADD
        if company.kind is CompanyKind.CUSTOMER:
            ends = company.contract_end
            if ends is not None and (ends - self.today).days < 120 and rng.random() < 0.5:
                return Purpose.RENEWAL
            return Purpose.CHECK_IN if rng.random() < 0.6 else Purpose.VALUE_ADD
        if company.kind is CompanyKind.FORMER_CUSTOMER:
            return Purpose.CHECK_IN
        return Purpose.DISCOVERY if rng.random() < 0.5 else Purpose.VALUE_ADD

    def _content_for(self, company: Company, person: _Person | None) -> ContentItem:
        def fits(item: ContentItem) -> bool:
            return (
                (not item.segment_kinds or company.kind in item.segment_kinds)
                and (not item.segment_industries or company.industry in item.segment_industries)
                and (
                    person is None
                    or not item.segment_levels
                    or person.contact.level in item.segment_levels
                )
            )

        candidates = [item for item in self.content if fits(item)] or self.content
        return self.rng.choice(candidates)

    def _title(
        self,
        company: Company,
        channel: Channel,
        purpose: Purpose,
        person: _Person | None,
        content: ContentItem | None,
    ) -> str:
        rng = self.rng
        short = _short(company.name)
        who = person.contact.first_name if person else short
        topic = rng.choice(_TOPICS)
        if channel is Channel.CONTENT and content is not None:
            return f"Send “{content.title}” to {who}"
        if channel is Channel.PERSONAL and person is not None:
            if person.interest is not None:
                return f"{_INTERESTS[person.interest][1]} ({person.contact.first_name})"
            return rng.choice((f"Lunch with {who}", f"Coffee with {who}"))
        if purpose is Purpose.RENEWAL:
            return rng.choice(
                (f"Renewal proposal walkthrough with {who}", f"Renewal call: {short}")
            )
        if channel is Channel.CALL:
            if purpose is Purpose.DISCOVERY:
                return f"Discovery call with {who}"
            return rng.choice((f"Check-in call with {who}", f"Call {who} about {topic}"))
        if channel is Channel.EMAIL:
            return f"E-mail {who}: follow-up on {topic}"
        if channel is Channel.MEETING:
            if company.kind is CompanyKind.CUSTOMER:
                return rng.choice(
                    (f"Quarterly review with {short}", f"Meeting with {who} about {topic}")
                )
            if purpose is Purpose.DISCOVERY:
                return f"Discovery meeting at {short}"
            return f"Meeting with {who} about {topic}"
        if channel is Channel.VISIT:
            return rng.choice((f"Site visit at {short}", f"Line audit at {short}"))
        return rng.choice((f"Comment on {who}'s LinkedIn post", f"Share an article on {topic}"))

    def _reason(self, company: Company, purpose: Purpose) -> str:
        kind = company.kind
        if purpose is Purpose.PERSONAL:
            return "Keep the relationship personal, not only business."
        if purpose is Purpose.RENEWAL and company.contract_end is not None:
            notice = company.renewal_notice_date
            return f"Contract ends {company.contract_end.isoformat()}" + (
                f"; notice due {notice.isoformat()}." if notice else "."
            )
        if kind is CompanyKind.DREAM_CLIENT:
            ends = [c for c in company.competitors if c.contract_end is not None]
            if ends:
                first = min(ends, key=lambda c: c.contract_end or self.today)
                return (
                    f"Dream client: stay visible before {first.name}'s contract ends "
                    f"{first.contract_end:%B %Y}."
                )
            return "Dream client: build relationships at every level."
        if kind is CompanyKind.CUSTOMER:
            share = company.share_of_wallet
            if share is not None and share < 0.4:
                return f"Share of wallet only {share:.0%}: there is room to grow."
            if company.health is RelationshipHealth.AT_RISK:
                return "At risk: " + company.health_reason
            return "Keep the account warm between reviews."
        if kind is CompanyKind.FORMER_CUSTOMER:
            return "Win-back: stay in touch until their new contract comes up."
        return f"Buying {company.buying_timeframe.label.lower()}: move the opportunity on."

    def _renewal_touches(self, account: _Account) -> list[TouchPoint]:
        """A renewal meeting ahead of the notice date for contracts ending soon."""
        company = account.company
        notice = company.renewal_notice_date
        if company.kind is not CompanyKind.CUSTOMER or notice is None:
            return []
        day = self._working_day(notice - timedelta(days=self.rng.randint(14, 30)))
        if not self.today <= day <= self._day(self.scale.ahead_days):
            return []
        tp = self._touchpoint(account, day, Purpose.RENEWAL)
        return [tp.replace(status=Status.PLANNED, outcome="", completed_at=None, notes="")]

    def _mark_overdue(self, touchpoints: list[TouchPoint]) -> None:
        """A few touch-points of the past week were never done: they stay planned, overdue."""
        last_week = [
            i
            for i, tp in enumerate(touchpoints)
            if self._day(-7) <= tp.day < self.today and tp.channel is not Channel.CONTENT
        ]
        if not last_week:
            return
        n = min(self.scale.max_overdue, max(2, round(len(last_week) * 0.25)))
        for i in self.rng.sample(last_week, k=min(n, len(last_week))):
            touchpoints[i] = touchpoints[i].replace(
                status=Status.PLANNED, outcome="", completed_at=None, notes=""
            )

    def _sends(self) -> int:
        """The send log: every content touch-point done with a person went into it."""
        first = self._day(-self.scale.past_days - 7)
        sends = self.store.content.log_done_content_touches(first, self.today)
        return sends + self._newsletters(max(0, self.scale.sends - sends))

    def _newsletters(self, n: int) -> int:
        """`n` newsletter mailings to people at their company then, first working day monthly."""
        if n <= 0:
            return 0
        rng = self.rng
        newsletters = [c for c in self.content if c.kind is ContentKind.NEWSLETTER]
        months = []
        month = self._day(-self.scale.past_days).replace(day=1)
        while month < self.today:
            months.append(self._working_day(month + timedelta(days=2)))
            month = (month + timedelta(days=32)).replace(day=1)
        people = [p for a in self.accounts for p in a.people if p.contact.id is not None]
        sends: list[ContentSend] = []
        while len(sends) < n:
            on = rng.choice(months)
            person = rng.choice(people)
            if person.since <= on < (person.until or self.today):
                item = rng.choice(newsletters)
                sends.append(ContentSend(item.id or 0, person.contact.id or 0, on))
        sends.sort(key=lambda s: s.sent_on)
        return self.store.content.record_sends(sends)


def _round(value: float, step: int) -> float:
    return float(max(step, round(value / step) * step))


def _slug(text: str, sep: str = "-") -> str:
    ascii_text = text.replace("ø", "o").replace("&", "and").replace("'", "")
    return re.sub(r"[^a-z0-9]+", sep, ascii_text.lower()).strip(sep)


def _short(name: str) -> str:
    """A company name without its legal suffix, as people say it."""
    for suffix in (" Ltd", " Group", " plc"):
        name = name.removesuffix(suffix)
    return name
