"""The demo generator: writes a believable book of accounts, people and touches into a store."""

from __future__ import annotations

import gc
import random
from datetime import date, timedelta
from typing import TypeVar

from planner.demo.activity import AT_RISK_REASONS, CONTENT
from planner.demo.book import (
    DEMO_HOLIDAYS,
    SCALES,
    SIZES,
    Account,
    DemoSize,
    DemoStats,
    Person,
    round_to,
    short_name,
    slugify,
)
from planner.demo.history import ROW_COLUMNS, Row, TouchHistory, is_overdue
from planner.demo.names import (
    COMPETITORS,
    FIRST_NAMES,
    INDUSTRIES,
    INTERESTS,
    LAST_NAMES,
    PHONE_RANGES,
    REGIONS,
    ROLES,
    STEMS,
    SUFFIXES,
    SUPPLIES,
    TITLES,
)
from planner.demo.places import demo_address
from planner.domain.errors import ValidationError
from planner.domain.model import (
    BuyingRole,
    BuyingTimeframe,
    Company,
    CompanyKind,
    Competitor,
    Contact,
    ContactLevel,
    ContentItem,
    GrowthPotential,
    RelationshipHealth,
)
from planner.nurture.settings import SETTINGS_KEY
from planner.storage import Store, search_apart
from planner.storage.bulk_inserts import bulk_inserts, insert_rows, whole_book_writes
from planner.storage.rows import dt2s
from planner.storage.search_apart import ApartBuild, built_apart

T = TypeVar("T")

# From this many touch-points on, a second process builds the search index (heavy and stress);
# a small book's index costs less than starting that process.
SEARCH_APART_FROM = 50_000


def generate(store: Store, today: date, seed: int = 0, size: DemoSize = "small") -> DemoStats:
    """Write a synthetic portfolio relative to `today` into an empty database, in one transaction.

    Raises ValidationError when the database already holds accounts, contacts or content, and
    then writes nothing.
    """
    if size not in SCALES:
        raise ValidationError(f"Unknown demo size {size!r}; choose one of {', '.join(SIZES)}.")
    if not store.is_empty() or store.content.summaries():
        where = f"{store.path}" if store.path else "This database"
        raise ValidationError(
            f"{where} already holds data; the demo portfolio only goes into a new, empty database."
        )
    return _Generator(store, today, random.Random(seed), SCALES[size]).run()


class _Generator(TouchHistory):
    """Writes the accounts, their people and moves; the history comes from TouchHistory."""

    def run(self) -> DemoStats:
        # A million touch-points are a million small objects that hold no cycles: without the
        # cyclic collector scanning them again and again, stress generation takes half the time.
        enabled = gc.isenabled()
        gc.disable()
        try:
            with whole_book_writes(self.store.db):
                return self._run()
        finally:
            if enabled:
                gc.enable()

    def _run(self) -> DemoStats:
        # A big book's search index is built on the second core while this one writes the rows.
        apart = self.scale.touchpoints >= SEARCH_APART_FROM and search_apart.available()
        with built_apart(self.store.db, self.store.path) as search, self.store.transaction():
            if apart:
                search.start()
            touchpoints, sends = self._write(search if apart else None)
            if apart:
                search.finish()
        today = self.today.isoformat()
        return DemoStats(
            companies=len(self.accounts),
            contacts=sum(1 for a in self.accounts for p in a.people if p.until is None),
            touchpoints=len(touchpoints),
            content_items=len(self.content),
            sends=sends,
            moved_contacts=self.moved,
            overdue=sum(1 for row in touchpoints if is_overdue(row, today)),
        )

    def _write(self, search: ApartBuild | None) -> tuple[list[Row], int]:
        """Write the book; `search` (if any) gets each record's indexed texts once final."""
        # The demo book is British: its plan keeps the UK's public holidays free.
        self.store.set_setting(SETTINGS_KEY, {"holidays": DEMO_HOLIDAYS})
        self._content_library()
        # The book's rows go in without per-row trigger work (search indexes, counts,
        # touch facts, the calendar outbox), which is then done once over the new rows.
        with bulk_inserts(self.store.db, ("companies", "contacts"), indexes_after=True):
            self._companies()
            self._contacts()
        self._moves()
        if search is not None:
            for table in ("content_items", "companies", "contacts"):
                search.add_table(table)
        touchpoints = self._touchpoints(search)
        # Unique indexes too: the demo's touch-points have no plan keys to clash.
        with bulk_inserts(
            self.store.db, ("touchpoints", "content_sends"), indexes_after=True, unique_after=True
        ):
            # The rows as TouchPointRepository.add_many would write them (revision 1, now).
            insert_rows(
                self.store.db,
                "touchpoints",
                ROW_COLUMNS,
                touchpoints,
                {"revision": 1, "updated_at": dt2s(self.store.clock.now())},
            )
            sends = self._sends()
        return touchpoints, sends

    # content

    def _content_library(self) -> None:
        for title, kind, topics, kinds, levels, industries in CONTENT:
            slug = slugify(title)
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
        small_world = self.scale.companies <= len(STEMS)
        for attempt in range(200):
            stem = rng.choice(STEMS)
            if small_world and any(n.startswith(stem.casefold() + " ") for n in self._names):
                continue
            name = f"{stem} {rng.choice(INDUSTRIES[industry])}"
            name += rng.choice(SUFFIXES)
            if attempt > 20:
                name += rng.choice(REGIONS)
            if name.casefold() not in self._names:
                self._names.add(name.casefold())
                return name
        n = len(self._names) + 1
        name = f"{rng.choice(STEMS)} {rng.choice(INDUSTRIES[industry])} {n}"
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
                reason = AT_RISK_REASONS[risky.index(index) % len(AT_RISK_REASONS)]
                company = company.replace(health=RelationshipHealth.AT_RISK, health_reason=reason)
            company = demo_address(index, company)
            self.accounts.append(Account(self.store.companies.add(company), large))

    def _competitors(self, n: int, ends_within: int | None) -> tuple[Competitor, ...]:
        rng = self.rng
        names = rng.sample(COMPETITORS, k=n)
        result = []
        for name in names:
            end = None
            if ends_within is not None and rng.random() < 0.7:
                end = self._day(rng.randint(20, ends_within))
            result.append(Competitor(name, rng.choice(SUPPLIES), end))
        return tuple(result)

    def _company(self, kind: CompanyKind, large: bool) -> Company:
        rng = self.rng
        industry = rng.choice(list(INDUSTRIES))
        name = self._company_name(industry)
        website = f"https://www.{slugify(short_name(name))}.example"
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
            wallet = round_to(rng.uniform(400_000, 3_000_000), 10_000)
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
                expected_deal_size=round_to(wallet * rng.uniform(0.2, 0.5), 5_000),
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
                revenue = round_to(rng.uniform(300_000, 1_500_000), 5_000)
                share = rng.uniform(0.35, 0.9)
                notice = rng.choice((60, 90, 120))
            else:
                revenue = round_to(rng.uniform(15_000, 90_000), 1_000)
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
                expected_deal_size=round_to(revenue * rng.uniform(0.1, 0.4), 1_000),
                our_annual_revenue=revenue,
                estimated_annual_wallet=round_to(revenue / share, 1_000),
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
            wallet = round_to(rng.uniform(50_000, 600_000), 5_000)
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
                expected_deal_size=round_to(wallet * rng.uniform(0.15, 0.6), 1_000),
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
            rng.choice(COMPETITORS), "all packaging", self._day(rng.randint(120, 400))
        )
        return base.replace(
            buying_timeframe=BuyingTimeframe.LATER,
            expected_deal_size=round_to(rng.uniform(60_000, 250_000), 5_000),
            our_annual_revenue=0.0,
            estimated_annual_wallet=round_to(rng.uniform(150_000, 500_000), 5_000),
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
        drawn: list[tuple[Account, Person]] = []
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
                role = self._pick(ROLES[level])
                if k == 0:
                    role = BuyingRole.DECISION_MAKER
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                email = self._email(first, last, domain)
                interest = rng.randrange(len(INTERESTS)) if rng.random() < 0.6 else None
                since = self._day(-rng.randint(200, 3_000))
                contact = Contact(
                    first_name=first,
                    last_name=last,
                    company_id=company.id,
                    title=rng.choice(TITLES[level]),
                    level=level,
                    buying_role=role,
                    email=email,
                    phone=f"{rng.choice(PHONE_RANGES)}{rng.randint(0, 999):03d}"
                    if rng.random() < 0.85
                    else "",
                    notes="" if interest is None else INTERESTS[interest][0],
                )
                drawn.append((account, Person(contact, index, interest, since)))
        # One batch insert: the same rows and ids as adding them one by one.
        added = self.store.contacts.add_many([(p.contact, p.since) for _a, p in drawn])
        for (account, person), contact in zip(drawn, added, strict=True):
            person.contact = contact
            account.people.append(person)

    def _email(self, first: str, last: str, domain: str) -> str:
        local = slugify(f"{first}.{last}", sep=".")
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
            target.people.append(Person(moved, positions[id(target)], person.interest, on))
            self.moved += 1
