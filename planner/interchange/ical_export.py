"""The plan as RFC 5545 calendar data: which touch-points, and each one rendered with icalendar."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Protocol, TypeVar
from zoneinfo import ZoneInfoNotFoundError

from planner import APP_NAME, __version__
from planner.domain.errors import PlannerError, ValidationError
from planner.domain.model import AgendaEntry, Channel, CompanyKind, Status, TouchPoint
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage import Store

# icalendar (some 80 modules) is imported where events are rendered: the window reads the
# export's settings at start, and loading the package then would delay the first paint.
if TYPE_CHECKING:
    from icalendar import Event

PRODID = f"-//Nurture Planner//{APP_NAME} {__version__}//EN"
DEFAULT_CALENDAR_NAME = APP_NAME
DEFAULT_WEEKS_AHEAD = 13
MAX_ALARM_MINUTES = 7 * 24 * 60
AUTO_EXPORT_SETTING = "ical_auto_export"

# How often subscribers should fetch the file again (RFC 7986 and Apple/Google X- spelling).
REFRESH_INTERVAL = timedelta(hours=1)

_T = TypeVar("_T")

TierLookup = Callable[[int], str | None]
"""The tier of an account by company id (None when it has none); supplied by the caller."""

# U+0000–U+001F except TAB, LF and CR, U+007F and U+FEFF: calendar clients choke on them.
_CONTROL = dict.fromkeys(
    [c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)] + [0x7F, 0xFEFF], None
)

_HEAD = {
    Channel.CALL: ("Call {who}", "Call"),
    Channel.EMAIL: ("E-mail {who}", "E-mail"),
    Channel.MEETING: ("Meet {who}", "Meeting"),
    Channel.VISIT: ("Visit {who}", "Visit"),
    Channel.CONTENT: ("Send content to {who}", "Send content"),
    Channel.SOCIAL: ("Social touch with {who}", "Social touch"),
    Channel.PERSONAL: ("Personal touch with {who}", "Personal touch"),
}

# RFC 5545 VEVENT statuses; a skipped touch-point did not happen, so it reads as cancelled.
_CANCELLED = frozenset({Status.SKIPPED, Status.CANCELLED})
_SUMMARY_PREFIX = {
    Status.PLANNED: "",
    Status.DONE: "Done: ",
    Status.SKIPPED: "Skipped: ",
    Status.CANCELLED: "Cancelled: ",
}


_EVERY_STATUS = frozenset(Status)
_OPEN_OR_CANCELLED = frozenset({Status.PLANNED, Status.CANCELLED})

_BACKWARDS = QT_TRANSLATE_NOOP(
    "Errors", "The export range starts ({first}) after it ends ({last})."
)


class ExportWriteError(PlannerError):
    """The calendar file cannot be written where the user asked."""


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What goes into an exported calendar.

    `first` None means "from today, plus every overdue planned touch-point before it";
    `last` None means `weeks_ahead` weeks after today. A filter that is None lets everything
    through; an empty set lets nothing through. Tiers are matched by the caller's tier lookup.
    """

    first: date | None = None
    last: date | None = None
    kinds: frozenset[CompanyKind] | None = None
    tiers: frozenset[str] | None = None
    channels: frozenset[Channel] | None = None
    include_done: bool = False
    alarm_minutes: int | None = None
    calendar_name: str = DEFAULT_CALENDAR_NAME
    weeks_ahead: int = DEFAULT_WEEKS_AHEAD

    def __post_init__(self) -> None:
        if self.alarm_minutes is not None and not 0 <= self.alarm_minutes <= MAX_ALARM_MINUTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A reminder is between 0 and {minutes} minutes before the start."
                ).format(minutes=MAX_ALARM_MINUTES)
            )
        if self.weeks_ahead < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The number of weeks ahead cannot be negative.")
            )
        if self.first is not None and self.last is not None and self.first > self.last:
            raise ValidationError(_BACKWARDS.format(first=self.first, last=self.last))

    def date_range(self, today: date) -> tuple[date, date]:
        """The first and last day exported (inclusive), overdue touch-points aside."""
        first = self.first if self.first is not None else today
        last = self.last if self.last is not None else today + timedelta(weeks=self.weeks_ahead)
        if first > last:
            raise ValidationError(_BACKWARDS.format(first=first, last=last))
        return first, last

    @property
    def includes_overdue(self) -> bool:
        return self.first is None

    @property
    def statuses(self) -> frozenset[Status]:
        """Cancelled ones are always exported, so that calendars can drop them."""
        # Shared sets: every exported entry asks, twice.
        return _EVERY_STATUS if self.include_done else _OPEN_OR_CANCELLED


class _Scored(Protocol):
    """Anything with a tier, such as the nurture engine's Score."""

    @property
    def tier(self) -> object: ...


def tier_lookup(scores: Mapping[int, _Scored]) -> TierLookup:
    """A tier lookup over scores keyed by company id (e.g. `scoring.score_portfolio(...)`)."""

    def tier_of(company_id: int) -> str | None:
        score = scores.get(company_id)
        return None if score is None else str(score.tier)

    return tier_of


# Choosing what to export.


def _passes(entry: AgendaEntry, options: ExportOptions) -> bool:
    tp = entry.touchpoint
    return (
        tp.status in options.statuses
        and (options.kinds is None or entry.company_kind in options.kinds)
        and (options.channels is None or tp.channel in options.channels)
    )


def select_entries(
    entries: Iterable[AgendaEntry], options: ExportOptions, tier_of: TierLookup | None = None
) -> list[AgendaEntry]:
    """The entries the options let through, in the order given (pure).

    A tier filter needs `tier_of`; without one it is a programming error, not a silent pass.
    """
    if options.tiers is not None and tier_of is None:
        raise ValueError("a tier filter needs a tier lookup")
    chosen = []
    for entry in entries:
        if not _passes(entry, options):
            continue
        if options.tiers is not None:
            assert tier_of is not None
            tier = tier_of(entry.touchpoint.company_id)
            if tier is None or str(tier) not in options.tiers:
                continue
        chosen.append(entry)
    return chosen


def collect_entries(
    store: Store, options: ExportOptions, today: date, tier_of: TierLookup | None = None
) -> list[AgendaEntry]:
    """The touch-points of the plan that the options select: overdue ones first, then by day."""
    first, last = options.date_range(today)
    entries: list[AgendaEntry] = []
    if options.includes_overdue:
        entries += [e for e in store.touchpoints.overdue(today) if e.touchpoint.day < first]
    entries += store.touchpoints.between(first, last, options.statuses)
    return select_entries(entries, options, tier_of)


# Rendering.


def clean_text(text: str) -> str:
    """Text without the control characters calendar clients reject, and encodable as UTF-8."""
    cleaned = text.translate(_CONTROL)
    # icalendar reads a written backslash-N as a line break before escaping; a zero-width space
    # keeps a rep's literal "\\N" the two characters it is.
    cleaned = cleaned.replace("\\N", "\\\u200bN")
    # A lone surrogate cannot be written as UTF-8; keep everything else exactly.
    return cleaned.encode("utf-8", "replace").decode("utf-8")


def event_uid(touchpoint_id: int, database_id: str) -> str:
    """The UID of a touch-point's event: the same in every export of the same database."""
    return f"tp-{touchpoint_id}-{database_id}@nurture-planner"


def summary(entry: AgendaEntry) -> str:
    """A line a rep can read at a glance: "Call Jane Doe — Fabrikam (renewal)"."""
    tp = entry.touchpoint
    with_who, alone = _HEAD[tp.channel]
    if tp.title.strip():
        head = tp.title.strip()
    elif tp.channel is Channel.CONTENT and entry.content_title:
        head = f"Send {entry.content_title}"
        if entry.contact_name:
            head += f" to {entry.contact_name}"
    elif entry.contact_name:
        head = with_who.format(who=entry.contact_name)
    else:
        head = alone
    text = f"{_SUMMARY_PREFIX[tp.status]}{head} — {entry.company_name} ({tp.purpose.label.lower()})"
    return clean_text(text)


def description(entry: AgendaEntry) -> str:
    """Purpose, who, the content to send, why it was planned, the outcome and the notes."""
    tp = entry.touchpoint
    lines = [
        f"Purpose: {tp.purpose.label}",
        f"Account: {entry.company_name} ({entry.company_kind.label})",
    ]
    if entry.contact_name:
        lines.append(f"Contact: {entry.contact_name}")
    lines.append(f"Channel: {tp.channel.label}")
    if entry.content_title:
        lines.append(f"Content to send: {entry.content_title}")
    if tp.reason.strip():
        lines.append(f"Why: {tp.reason.strip()}")
    if tp.status is not Status.PLANNED:
        lines.append(f"Status: {tp.status.label}")
    if tp.outcome.strip():
        lines.append(f"Outcome: {tp.outcome.strip()}")
    if tp.notes.strip():
        lines += ["", "Notes:", tp.notes.strip()]
    return clean_text("\n".join(lines))


def _utc(moment: datetime) -> datetime:
    """An aware moment in UTC; a naive one is read as UTC (older rows)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _timed_span(tp: TouchPoint) -> tuple[datetime, datetime]:
    try:
        start = tp.start
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Touch-point {id} has an unknown time zone {zone!r}; fix it before exporting.",
            ).format(id=tp.id, zone=tp.tz)
        ) from None
    assert start is not None
    start_utc = _utc(start)
    return start_utc, start_utc + timedelta(minutes=tp.duration_minutes)


def _event(entry: AgendaEntry, options: ExportOptions, database_id: str, now: datetime) -> Event:
    from icalendar import Alarm, Event
    from icalendar.enums import STATUS, TRANSP

    tp = entry.touchpoint
    if tp.id is None:
        raise ValueError("only saved touch-points can be exported")
    # Without METHOD, DTSTAMP is when the information was last revised (RFC 5545 3.8.7.2);
    # using the row's update time keeps the file byte-identical while nothing changes.
    modified = _utc(tp.updated_at) if tp.updated_at is not None else _utc(now)
    event = Event.new(
        uid=event_uid(tp.id, database_id),
        summary=summary(entry),
        description=description(entry),
        categories=[clean_text(entry.company_kind.label), clean_text(tp.channel.label)],
        sequence=tp.revision,
        stamp=modified,
        last_modified=modified,
        status=STATUS.CANCELLED if tp.status in _CANCELLED else STATUS.CONFIRMED,
    )
    if tp.is_timed:
        start, end = _timed_span(tp)
        event.DTSTART = start
        if end > start:
            event.DTEND = end
        else:
            # DTEND must be later than DTSTART; a zero-length touch says so explicitly.
            event.DURATION = timedelta(0)
    else:
        event.DTSTART = tp.day
        event.DTEND = tp.day + timedelta(days=1)  # exclusive end of an all-day event
        event.transparency = TRANSP.TRANSPARENT
    if options.alarm_minutes is not None and tp.is_timed and tp.status is Status.PLANNED:
        alarm = Alarm.new(description=summary(entry))
        alarm.add("ACTION", "DISPLAY")
        alarm.TRIGGER = -timedelta(minutes=options.alarm_minutes)
        event.add_component(alarm)
    return event


def export_calendar(
    entries: Iterable[AgendaEntry], options: ExportOptions, database_id: str, now: datetime
) -> bytes:
    """The entries as an .ics file (pure; same input, same bytes).

    Entries whose status, account kind or channel the options exclude are left out; the tier
    filter needs a lookup, so apply it first with `select_entries` or `collect_entries`.
    Timed touch-points are written in UTC, untimed ones as all-day DATE events; alarms go on
    planned timed touch-points only (an all-day reminder would ring the evening before).
    """
    from icalendar import Calendar, vDuration

    calendar = Calendar.new(
        prodid=PRODID,
        name=clean_text(options.calendar_name) or DEFAULT_CALENDAR_NAME,
        uid=f"nurture-planner-{database_id}",
        refresh_interval=REFRESH_INTERVAL,
    )
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH_INTERVAL))
    for entry in entries:
        if _passes(entry, options):
            calendar.add_component(_event(entry, options, database_id, now))
    return bytes(calendar.to_ical())


def calendar_object(
    entry: AgendaEntry, options: ExportOptions, database_id: str, now: datetime
) -> bytes:
    """One touch-point as a calendar object of its own (a CalDAV resource): the same VEVENT,
    UID, SEQUENCE, times and texts as in `export_calendar`, in a VCALENDAR holding only it."""
    from icalendar import Calendar

    calendar = Calendar()  # not Calendar.new(): that adds a random UID, changing every time
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add_component(_event(entry, options, database_id, now))
    return bytes(calendar.to_ical())
