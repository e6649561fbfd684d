"""The demo's touch history: touch-points a quarter back and weeks ahead, and content sends."""

from __future__ import annotations

from bisect import bisect
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from operator import itemgetter
from typing import Any
from zoneinfo import ZoneInfo

from planner.demo.activity import (
    CADENCE_DAYS,
    CHANNELS,
    DURATION,
    OUTCOMES,
    PROSPECT_CADENCE,
    TIMED_SHARE,
    TOPICS,
)
from planner.demo.book import Account, Person, short_name
from planner.demo.drawing import Drawing
from planner.demo.names import INTERESTS
from planner.domain.model import (
    Channel,
    Company,
    CompanyKind,
    ContactLevel,
    ContentItem,
    ContentKind,
    ContentSend,
    Purpose,
    RelationshipHealth,
    Status,
)
from planner.storage.search_apart import ApartBuild
from planner.storage.touchpoints import FILLED_COLUMNS

# Enum members bound once: in Python 3.11 each `Channel.CALL` is a descriptor call, and the
# touch history asks a few dozen of them per touch-point.
_CH_CALL = Channel.CALL
_CH_CONTENT = Channel.CONTENT
_CH_EMAIL = Channel.EMAIL
_CH_MEETING = Channel.MEETING
_CH_PERSONAL = Channel.PERSONAL
_CH_SOCIAL = Channel.SOCIAL
_CH_VISIT = Channel.VISIT
_KIND_CUSTOMER = CompanyKind.CUSTOMER
_KIND_FORMER_CUSTOMER = CompanyKind.FORMER_CUSTOMER
_PU_CHECK_IN = Purpose.CHECK_IN
_PU_DISCOVERY = Purpose.DISCOVERY
_PU_PERSONAL = Purpose.PERSONAL
_PU_RENEWAL = Purpose.RENEWAL
_PU_VALUE_ADD = Purpose.VALUE_ADD
_ST_CANCELLED = Status.CANCELLED
_ST_DONE = Status.DONE
_ST_PLANNED = Status.PLANNED
_ST_SKIPPED = Status.SKIPPED
_LUNCH = time(12, 30)
_END_OF_DAY = time(16, 30)

# A touch-point row: the touchpoints table's columns the generator fills, as stored.
ROW_COLUMNS = FILLED_COLUMNS
Row = tuple[Any, ...]
_COMPANY, _DAY, _TIME, _CHANNEL = 0, 2, 3, 6
# What the search index reads of a row: title, notes, outcome, reason.
_TEXTS = itemgetter(9, 10, 12, 11)
# The search index's process gets the texts in pieces of about this many rows while they are
# drawn, so it has them all as soon as the last is.
_SEND_EVERY = 20_000
_TEXT: dict[Channel | Purpose | Status, str] = {
    member: str(member) for kind in (Channel, Purpose, Status) for member in kind
}
# The times a touch-point is drawn at, as stored ("HH:MM").
_TIMES = {time(h, m): f"{h:02d}:{m:02d}" for h in range(24) for m in (0, 15, 30, 45)}


def _planned(row: Row) -> Row:
    """The row still planned: no outcome, no completion, no notes."""
    return (*row[:8], _TEXT[_ST_PLANNED], row[9], "", row[11], "", None, row[14])


def is_overdue(row: Row, today: str) -> bool:
    """Whether a row is still planned for a day before `today` (ISO text)."""
    return bool(row[8] == _TEXT[_ST_PLANNED] and row[_DAY] < today)


# The channels by account kind with their cumulative weights, as Drawing._pick keeps them.
_CHANNEL_TABLES = {
    kind: ([c for c, _w in table], list(accumulate(w for _c, w in table)))
    for kind, table in CHANNELS.items()
}

# How often each level is the person a touch is with.
_LEVEL_WEIGHTS = {ContactLevel.EXECUTIVE: 1, ContactLevel.MANAGER: 3, ContactLevel.PRACTITIONER: 2}


class TouchHistory(Drawing):
    """The touch-points and content sends of the demo book (a part of its generator)."""

    # The reason of a touch depends on its account and purpose alone: made once for each pair.
    _reasons: dict[tuple[int, Purpose], str]
    _short_names: dict[int, str]
    _day_texts: dict[date, str]
    _completions: dict[tuple[date, time | None, Channel], str]
    _changes: dict[int, list[date]]
    _line_ups: dict[tuple[int, int], tuple[list[Person], list[int]]]
    _candidates: dict[tuple[CompanyKind, str, ContactLevel | None], list[ContentItem]]
    _zone_info: ZoneInfo | None = None

    def _interval(self, company: Company) -> float:
        if company.kind is CompanyKind.PROSPECT:
            return PROSPECT_CADENCE[company.buying_timeframe]
        return CADENCE_DAYS[company.kind]

    def _touchpoints(self, search: ApartBuild | None = None) -> list[Row]:
        """The touch-points as rows (ROW_COLUMNS), sorted as they are written: by day, time
        and account. Rows, not TouchPoint values: a million of them cost half the time.

        `search` (if any) gets their texts while they are drawn, and then their order."""
        self._reasons = {}
        self._short_names = {}
        self._day_texts = {}
        self._completions = {}
        self._changes = {}
        self._line_ups = {}
        self._candidates = {}
        scale = self.scale
        window = scale.past_days + scale.ahead_days
        natural = sum(window / self._interval(a.company) for a in self.accounts)
        stretch = natural / scale.touchpoints  # >1 spaces touches out, <1 packs them in
        stretch_ahead = stretch
        if scale.ahead_per_week:
            ahead = scale.ahead_per_week * scale.ahead_days / 7
            stretch = natural * scale.past_days / window / (scale.touchpoints - ahead)
            stretch_ahead = natural * scale.ahead_days / window / ahead
        result: list[Row] = []
        sent = 0
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
            if search is not None and len(result) - sent >= _SEND_EVERY:
                search.add_unordered(map(_TEXTS, result[sent:]))
                sent = len(result)
        if search is not None:
            search.add_unordered(map(_TEXTS, result[sent:]))
        changed = self._mark_overdue(result)
        if search is not None:
            search.change_unordered({i: _TEXTS(result[i]) for i in changed})
        # A time is "HH:MM" text and an all-day one sorts first, as time(0) did.
        order = sorted(
            range(len(result)),
            key=lambda i: (result[i][_DAY], result[i][_TIME] or "", result[i][_COMPANY]),
        )
        if search is not None:
            search.place_unordered(order)
            # The last hand-over: the index is built while the rows are written.
            search.handed_over()
        return [result[i] for i in order]

    def _people_on(self, account: Account, day: date) -> tuple[list[Person], list[int]]:
        """Who works at the account on `day`, with their cumulative level weights.

        Made once for each stretch between the days someone starts or leaves: a million
        touch-points ask for the same few thousand line-ups.
        """
        key = id(account)
        changes = self._changes.get(key)
        if changes is None:
            changes = self._changes[key] = sorted(
                {p.since for p in account.people} | {p.until for p in account.people if p.until}
            )
        at = (key, bisect(changes, day))
        known = self._line_ups.get(at)
        if known is None:
            people = [
                p for p in account.people if p.since <= day and (p.until is None or day < p.until)
            ]
            weights = list(accumulate(_LEVEL_WEIGHTS[p.contact.level] for p in people))
            known = self._line_ups[at] = (people, weights)
        return known

    def _touchpoint(self, account: Account, day: date, purpose: Purpose | None = None) -> Row:
        rng = self.rng
        company = account.company
        assert company.id is not None
        people, weights = self._people_on(account, day)
        if purpose is None:
            # self._pick(CHANNELS[kind]), its table looked up by kind rather than by content.
            channels, cum_weights = _CHANNEL_TABLES[company.kind]
            channel = channels[self._draw(cum_weights)]
        else:
            channel = _CH_MEETING
        person: Person | None = None
        if people and (channel in (_CH_PERSONAL, _CH_CONTENT) or rng.random() < 0.9):
            # rng.choices(people, weights=…)[0], drawn the same way.
            person = people[self._draw(weights)]
        if channel is _CH_PERSONAL and person is None:
            channel = _CH_EMAIL
        if purpose is None:
            purpose = self._purpose(company, channel)
        content = self._content_for(company, person) if channel is _CH_CONTENT else None
        title = self._title(company, channel, purpose, person, content)
        at: time | None = None
        if title.startswith("Lunch"):
            at = _LUNCH
        elif rng.random() < TIMED_SHARE[channel]:
            at = time(rng.randint(8, 16), rng.choice((0, 15, 30, 45)))
        status = _ST_PLANNED
        outcome = ""
        completed: str | None = None
        notes = ""
        if day < self.today:
            roll = rng.random()
            if roll < 0.88:
                status = _ST_DONE
                outcome = rng.choice(OUTCOMES[channel])
                completed = self._completed(day, at, channel)
            elif roll < 0.97:
                status = _ST_SKIPPED
                notes = rng.choice(
                    ("They were travelling.", "Rescheduled by them.", "Ran out of time.")
                )
            else:
                status = _ST_CANCELLED
                notes = "Cancelled: meeting no longer needed."
        elif rng.random() < 0.02:
            status = _ST_CANCELLED
            notes = "Cancelled by them; rebook after the holidays."
        day_text = self._day_texts.get(day)
        if day_text is None:
            day_text = self._day_texts[day] = day.isoformat()
        return (
            company.id,
            person.contact.id if person else None,
            day_text,
            None if at is None else _TIMES.get(at) or at.strftime("%H:%M"),
            DURATION[channel],
            self.zone if at is not None else "UTC",
            _TEXT[channel],
            _TEXT[purpose],
            _TEXT[status],
            title,
            notes,
            self._reason(company, purpose),
            outcome,
            completed,
            content.id if content else None,
        )

    def _completed(self, day: date, at: time | None, channel: Channel) -> str:
        """When a done touch-point was completed, as stored: its end, or the day's end's."""
        key = (day, at, channel)
        known = self._completions.get(key)
        if known is None:
            if self._zone_info is None:
                self._zone_info = ZoneInfo(self.zone)
            moment = datetime.combine(day, at or _END_OF_DAY, tzinfo=self._zone_info)
            moment += timedelta(minutes=DURATION[channel])
            known = self._completions[key] = moment.isoformat()
        return known

    def _purpose(self, company: Company, channel: Channel) -> Purpose:
        rng = self.rng
        if channel is _CH_PERSONAL:
            return _PU_PERSONAL
        if channel in (_CH_CONTENT, _CH_SOCIAL):
            return _PU_VALUE_ADD
        if company.kind is _KIND_CUSTOMER:
            ends = company.contract_end
            if ends is not None and (ends - self.today).days < 120 and rng.random() < 0.5:
                return _PU_RENEWAL
            return _PU_CHECK_IN if rng.random() < 0.6 else _PU_VALUE_ADD
        if company.kind is _KIND_FORMER_CUSTOMER:
            return _PU_CHECK_IN
        return _PU_DISCOVERY if rng.random() < 0.5 else _PU_VALUE_ADD

    def _content_for(self, company: Company, person: Person | None) -> ContentItem:
        level = None if person is None else person.contact.level
        key = (company.kind, company.industry, level)
        candidates = self._candidates.get(key)
        if candidates is None:
            candidates = self._candidates[key] = self._fitting(company, person)
        return self.rng.choice(candidates)

    def _fitting(self, company: Company, person: Person | None) -> list[ContentItem]:
        """The content that suits the account and person (by kind, industry and level)."""

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

        return [item for item in self.content if fits(item)] or self.content

    def _title(
        self,
        company: Company,
        channel: Channel,
        purpose: Purpose,
        person: Person | None,
        content: ContentItem | None,
    ) -> str:
        rng = self.rng
        short = self._short_names.get(company.id or 0)
        if short is None:
            short = self._short_names[company.id or 0] = short_name(company.name)
        who = person.contact.first_name if person else short
        topic = rng.choice(TOPICS)
        if channel is _CH_CONTENT and content is not None:
            return f"Send “{content.title}” to {who}"
        if channel is _CH_PERSONAL and person is not None:
            if person.interest is not None:
                return f"{INTERESTS[person.interest][1]} ({person.contact.first_name})"
            return rng.choice((f"Lunch with {who}", f"Coffee with {who}"))
        if purpose is _PU_RENEWAL:
            return rng.choice(
                (f"Renewal proposal walkthrough with {who}", f"Renewal call: {short}")
            )
        if channel is _CH_CALL:
            if purpose is _PU_DISCOVERY:
                return f"Discovery call with {who}"
            return rng.choice((f"Check-in call with {who}", f"Call {who} about {topic}"))
        if channel is _CH_EMAIL:
            return f"E-mail {who}: follow-up on {topic}"
        if channel is _CH_MEETING:
            if company.kind is _KIND_CUSTOMER:
                return rng.choice(
                    (f"Quarterly review with {short}", f"Meeting with {who} about {topic}")
                )
            if purpose is _PU_DISCOVERY:
                return f"Discovery meeting at {short}"
            return f"Meeting with {who} about {topic}"
        if channel is _CH_VISIT:
            return rng.choice((f"Site visit at {short}", f"Line audit at {short}"))
        return rng.choice((f"Comment on {who}'s LinkedIn post", f"Share an article on {topic}"))

    def _reason(self, company: Company, purpose: Purpose) -> str:
        key = (company.id or 0, purpose)
        reason = self._reasons.get(key)
        if reason is None:
            reason = self._reasons[key] = self._new_reason(company, purpose)
        return reason

    def _new_reason(self, company: Company, purpose: Purpose) -> str:
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

    def _renewal_touches(self, account: Account) -> list[Row]:
        """A renewal meeting ahead of the notice date for contracts ending soon."""
        company = account.company
        notice = company.renewal_notice_date
        if company.kind is not CompanyKind.CUSTOMER or notice is None:
            return []
        day = self._working_day(notice - timedelta(days=self.rng.randint(14, 30)))
        if not self.today <= day <= self._day(self.scale.ahead_days):
            return []
        return [_planned(self._touchpoint(account, day, Purpose.RENEWAL))]

    def _mark_overdue(self, touchpoints: list[Row]) -> list[int]:
        """A few touch-points of the past week were never done: they stay planned, overdue."""
        first, today, content = (
            self._day(-7).isoformat(),
            self.today.isoformat(),
            _TEXT[_CH_CONTENT],
        )
        last_week = [
            i
            for i, row in enumerate(touchpoints)
            if first <= row[_DAY] < today and row[_CHANNEL] != content
        ]
        if not last_week:
            return []
        n = min(self.scale.max_overdue, max(2, round(len(last_week) * 0.25)))
        chosen = self.rng.sample(last_week, k=min(n, len(last_week)))
        for i in chosen:
            touchpoints[i] = _planned(touchpoints[i])
        return chosen

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
