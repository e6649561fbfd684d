"""Word lists and rates for the demo's touches: topics, outcomes, content, cadences, channels."""

from __future__ import annotations

from planner.domain.model import BuyingTimeframe, Channel, CompanyKind, ContactLevel, ContentKind

TOPICS = (
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

OUTCOMES: dict[Channel, tuple[str, ...]] = {
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

CONTENT: tuple[
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
CADENCE_DAYS: dict[CompanyKind, float] = {
    CompanyKind.DREAM_CLIENT: 10,
    CompanyKind.CUSTOMER: 14,
    CompanyKind.PROSPECT: 24,
    CompanyKind.FORMER_CUSTOMER: 60,
}
PROSPECT_CADENCE: dict[BuyingTimeframe, float] = {
    BuyingTimeframe.THIS_QUARTER: 11,
    BuyingTimeframe.NEXT_QUARTER: 18,
    BuyingTimeframe.THIS_YEAR: 26,
    BuyingTimeframe.LATER: 45,
    BuyingTimeframe.UNKNOWN: 35,
}
CHANNELS: dict[CompanyKind, tuple[tuple[Channel, int], ...]] = {
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
DURATION: dict[Channel, int] = {
    Channel.CALL: 30,
    Channel.EMAIL: 15,
    Channel.MEETING: 60,
    Channel.VISIT: 120,
    Channel.CONTENT: 15,
    Channel.SOCIAL: 15,
    Channel.PERSONAL: 60,
}
TIMED_SHARE: dict[Channel, float] = {
    Channel.CALL: 0.8,
    Channel.MEETING: 1.0,
    Channel.VISIT: 1.0,
    Channel.PERSONAL: 0.4,
    Channel.EMAIL: 0.1,
    Channel.CONTENT: 0.0,
    Channel.SOCIAL: 0.0,
}

AT_RISK_REASONS = (
    "Service problems: three late deliveries in October and a damaged pallet claim open.",
    "A competitor is circling: Stratapak quoted 8% under our price to their new buyer.",
    "Our champion is leaving: the procurement manager moves to another company next month.",
)
