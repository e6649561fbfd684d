"""The visit brief and the trip's day sheet as HTML pages for Qt's rich-text layout."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QCoreApplication

from planner.domain.model import TouchPoint
from planner.interchange.briefing import Brief
from planner.nurture.trip import DayRoute, TripPlan
from planner.ui import display
from planner.ui.i18n import label, text

# A note longer than this is cut on the page: the brief stays one page.
NOTE_CHARS = 300
OUTCOME_CHARS = 160


def _tr(source: str) -> str:
    return QCoreApplication.translate("Brief", source)


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
        when += " " + _tr("({minutes} min)").format(minutes=tp.duration_minutes)
    return when


def brief_html(brief: Brief) -> str:
    """One visit brief as a page of HTML."""
    tp, company, score = brief.touchpoint, brief.company, brief.score
    head = _tr("Visit brief: {company}") if str(tp.channel) == "visit" else _tr("Brief: {company}")
    who = f" · {brief.contact_name}" if brief.contact_name else ""
    sub = f"{_when(tp)} · {label(tp.channel)} · {label(tp.purpose)}{who}"
    competitors = "; ".join(
        c.name + (f" ({c.supplies})" if c.supplies else "") for c in company.competitors
    )
    account = "".join(
        [
            _row(_tr("Kind"), label(company.kind)),
            _row(_tr("Tier"), f"{score.tier} — {text(score.reason)}"),
            _row(_tr("Industry"), company.industry),
            _row(_tr("Wallet"), display.money(company.estimated_annual_wallet)),
            _row(_tr("Our revenue"), display.money(company.our_annual_revenue)),
            _row(_tr("Share of wallet"), display.fraction_percent(company.share_of_wallet)),
            _row(_tr("Contract end"), display.day(company.contract_end)),
            _row(_tr("Incumbent"), competitors),
            _row(_tr("Address"), ", ".join(company.address_lines)),
        ]
    )
    people_rows = []
    for person in brief.people:
        c = person.contact
        role = ", ".join(p for p in (c.title, label(c.buying_role)) if p)
        last = display.day(person.last_touch) if person.last_touch else _tr("never")
        extra = []
        if person.moved:
            extra.append(text(person.moved))
        if person.sent:
            extra.append(_tr("Received: {titles}").format(titles="; ".join(person.sent[-3:])))
        if person.next_content:
            extra.append(_tr("Bring: {title}").format(title=person.next_content))
        people_rows.append(
            "<tr>"
            f"<td>{_e(label(c.level))}</td><td><b>{_e(c.full_name)}</b><br/>{_e(role)}</td>"
            f"<td>{_e(last)}</td><td>{_e(' · '.join(extra))}</td></tr>"
        )
    people = (
        "<table width='100%'><tr>"
        f"<th>{_e(_tr('Level'))}</th><th>{_e(_tr('Person'))}</th>"
        f"<th>{_e(_tr('Last touch'))}</th><th>{_e(_tr('Notes'))}</th></tr>"
        + "".join(people_rows)
        + "</table>"
        if people_rows
        else f"<p>{_e(_tr('No contacts yet.'))}</p>"
    )
    touches = []
    for t in brief.last_touches:
        name = brief.contact_names.get(t.contact_id or 0, "")
        what = " · ".join(p for p in (label(t.channel), name, t.title) if p)
        outcome = _cut(t.outcome, OUTCOME_CHARS)
        touches.append(f"{display.day(t.day)}: {what}" + (f" — {outcome}" if outcome else ""))
    reason = text(tp.reason) or _tr("No reason noted.")
    notes = _cut(tp.notes, NOTE_CHARS)
    body = "".join(
        [
            f"<h1>{_e(head.format(company=company.name))}</h1>",
            f"<p class='sub'>{_e(sub)}</p>",
            _section(_tr("Why this touch"), f"<p>{_e(reason)}</p>"),
            _section(_tr("Notes"), f"<p>{_e(notes)}</p>" if notes else ""),
            _section(_tr("The account"), f"<table>{account}</table>"),
            _section(_tr("People"), people),
            _section(
                _tr("Last touches"),
                _list(touches) or f"<p>{_e(_tr('No touch recorded yet.'))}</p>",
            ),
            _section(_tr("Coverage gaps"), _list(text(g) for g in brief.gaps)),
        ]
    )
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"


def day_sheet_html(plan: TripPlan, route: DayRoute) -> str:
    """One day of a trip: its stops with times and the drives between them."""
    rows = []
    for i, stop in enumerate(route.stops, start=1):
        drive = _tr("{minutes} min, {km} km").format(
            minutes=stop.travel_minutes, km=display.number(stop.travel_km)
        )
        who = stop.company_name + (f" — {stop.contact_name}" if stop.contact_name else "")
        rows.append(
            f"<tr><td>{i}</td><td>{stop.at:%H:%M}</td><td>{_e(drive)}</td>"
            f"<td><b>{_e(who)}</b><br/>{_e(_cut(text(stop.reason), 200))}</td></tr>"
        )
    back = _tr("Back to {base}: {minutes} min, {km} km").format(
        base=plan.request.base_label,
        minutes=route.return_minutes,
        km=display.number(route.return_km),
    )
    total = _tr("Driving in all: {km} km").format(km=display.number(route.route_km))
    table = (
        "<table width='100%'><tr>"
        f"<th>#</th><th>{_e(_tr('Time'))}</th><th>{_e(_tr('Drive'))}</th>"
        f"<th>{_e(_tr('Visit'))}</th></tr>" + "".join(rows) + "</table>"
    )
    title = _tr("Trip day: {day}").format(day=display.day(route.day))
    body = (
        f"<h1>{_e(title)}</h1>"
        f"<p class='sub'>{_e(_tr('From {base}').format(base=plan.request.base_label))}</p>"
        f"{table}<p>{_e(back)}<br/>{_e(total)}</p>"
    )
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"
