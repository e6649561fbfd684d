"""The visit brief and the trip's day sheet as HTML pages for Qt's rich-text layout."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from planner.domain.model import TouchPoint
from planner.interchange.briefing import Brief
from planner.nurture.trip import DayRoute, TripPlan
from planner.ui import display
from planner.ui.i18n import label, text, translate

# A note longer than this is cut on the page: the brief stays one page.
NOTE_CHARS = 300
OUTCOME_CHARS = 160


def _e(value: str) -> str:
    return escape(value, quote=False)


def _cut(value: str, limit: int) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _row(name: str, value: str) -> str:
    if not value:
        return ""
    return f"<tr><td class='k'>{_e(name)}</td><td>{_e(value)}</td></tr>"


def _section(title: str, body: str) -> str:
    return f"<h2>{_e(title)}</h2>{body}" if body else ""


def _list(items: Iterable[str]) -> str:
    rows = "".join(f"<li>{_e(i)}</li>" for i in items if i)
    return f"<ul>{rows}</ul>" if rows else ""


STYLE = """
body { font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; }
h1 { font-size: 150%; margin: 0 0 2px 0; }
h2 { font-size: 112%; margin: 8px 0 2px 0; color: #1f4e79; }
p.sub { color: #444; margin: 0 0 4px 0; }
td.k { color: #555; padding-right: 8px; white-space: nowrap; }
td { padding: 1px 4px 1px 0; vertical-align: top; }
th { text-align: left; padding: 1px 6px 1px 0; border-bottom: 1px solid #999; }
ul { margin: 0 0 0 14px; }
"""


def _when(tp: TouchPoint) -> str:
    when = display.day(tp.day)
    if tp.time is not None:
        when += " " + tp.time.strftime("%H:%M")
        when += " " + translate("Brief", "({minutes} min)").format(minutes=tp.duration_minutes)
    return when


def brief_html(brief: Brief) -> str:
    """One visit brief as a page of HTML."""
    tp, company, score = brief.touchpoint, brief.company, brief.score
    if str(tp.channel) == "visit":
        head = translate("Brief", "Visit brief: {company}")
    else:
        head = translate("Brief", "Brief: {company}")
    who = f" · {brief.contact_name}" if brief.contact_name else ""
    sub = f"{_when(tp)} · {label(tp.channel)} · {label(tp.purpose)}{who}"
    competitors = "; ".join(
        c.name + (f" ({c.supplies})" if c.supplies else "") for c in company.competitors
    )
    account = "".join(
        [
            _row(translate("Brief", "Kind"), label(company.kind)),
            _row(translate("Brief", "Tier"), f"{score.tier} — {text(score.reason)}"),
            _row(translate("Brief", "Industry"), company.industry),
            _row(translate("Brief", "Wallet"), display.money(company.estimated_annual_wallet)),
            _row(translate("Brief", "Our revenue"), display.money(company.our_annual_revenue)),
            _row(
                translate("Brief", "Share of wallet"),
                display.fraction_percent(company.share_of_wallet),
            ),
            _row(translate("Brief", "Contract end"), display.day(company.contract_end)),
            _row(translate("Brief", "Incumbent"), competitors),
            _row(translate("Brief", "Address"), ", ".join(company.address_lines)),
        ]
    )
    people_rows = []
    for person in brief.people:
        c = person.contact
        role = ", ".join(p for p in (c.title, label(c.buying_role)) if p)
        last = display.day(person.last_touch) if person.last_touch else translate("Brief", "never")
        extra = []
        if person.moved:
            extra.append(text(person.moved))
        if person.sent:
            received = translate("Brief", "Received: {titles}")
            extra.append(received.format(titles="; ".join(person.sent[-3:])))
        if person.next_content:
            extra.append(translate("Brief", "Bring: {title}").format(title=person.next_content))
        people_rows.append(
            "<tr>"
            f"<td>{_e(label(c.level))}</td><td><b>{_e(c.full_name)}</b><br/>{_e(role)}</td>"
            f"<td>{_e(last)}</td><td>{_e(' · '.join(extra))}</td></tr>"
        )
    headers = (
        translate("Brief", "Level"),
        translate("Brief", "Person"),
        translate("Brief", "Last touch"),
        translate("Brief", "Notes"),
    )
    no_contacts = translate("Brief", "No contacts yet.")
    people = (
        "<table width='100%'><tr>"
        + "".join(f"<th>{_e(h)}</th>" for h in headers)
        + "</tr>"
        + "".join(people_rows)
        + "</table>"
        if people_rows
        else f"<p>{_e(no_contacts)}</p>"
    )
    no_touch = translate("Brief", "No touch recorded yet.")
    touches = []
    for t in brief.last_touches:
        name = brief.contact_names.get(t.contact_id or 0, "")
        what = " · ".join(p for p in (label(t.channel), name, t.title) if p)
        outcome = _cut(t.outcome, OUTCOME_CHARS)
        touches.append(f"{display.day(t.day)}: {what}" + (f" — {outcome}" if outcome else ""))
    reason = text(tp.reason) or translate("Brief", "No reason noted.")
    notes = _cut(tp.notes, NOTE_CHARS)
    body = "".join(
        [
            f"<h1>{_e(head.format(company=company.name))}</h1>",
            f"<p class='sub'>{_e(sub)}</p>",
            _section(translate("Brief", "Why this touch"), f"<p>{_e(reason)}</p>"),
            _section(translate("Brief", "Notes"), f"<p>{_e(notes)}</p>" if notes else ""),
            _section(translate("Brief", "The account"), f"<table>{account}</table>"),
            _section(translate("Brief", "People"), people),
            _section(
                translate("Brief", "Last touches"),
                _list(touches) or f"<p>{_e(no_touch)}</p>",
            ),
            _section(translate("Brief", "Coverage gaps"), _list(text(g) for g in brief.gaps)),
        ]
    )
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"


def day_sheet_html(plan: TripPlan, route: DayRoute) -> str:
    """One day of a trip: its stops with times and the drives between them."""
    rows = []
    for i, stop in enumerate(route.stops, start=1):
        drive = translate("Brief", "{minutes} min, {km} km").format(
            minutes=stop.travel_minutes, km=display.number(stop.travel_km)
        )
        who = stop.company_name + (f" — {stop.contact_name}" if stop.contact_name else "")
        rows.append(
            f"<tr><td>{i}</td><td>{stop.at:%H:%M}</td><td>{_e(drive)}</td>"
            f"<td><b>{_e(who)}</b><br/>{_e(_cut(text(stop.reason), 200))}</td></tr>"
        )
    back = translate("Brief", "Back to {base}: {minutes} min, {km} km").format(
        base=plan.request.base_label,
        minutes=route.return_minutes,
        km=display.number(route.return_km),
    )
    total = translate("Brief", "Driving in all: {km} km").format(km=display.number(route.route_km))
    headers = (
        "#",
        translate("Brief", "Time"),
        translate("Brief", "Drive"),
        translate("Brief", "Visit"),
    )
    table = (
        "<table width='100%'><tr>"
        + "".join(f"<th>{_e(h)}</th>" for h in headers)
        + "</tr>"
        + "".join(rows)
        + "</table>"
    )
    start = translate("Brief", "From {base}").format(base=plan.request.base_label)
    title = translate("Brief", "Trip day: {day}").format(day=display.day(route.day))
    body = (
        f"<h1>{_e(title)}</h1>"
        f"<p class='sub'>{_e(start)}</p>"
        f"{table}<p>{_e(back)}<br/>{_e(total)}</p>"
    )
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"
