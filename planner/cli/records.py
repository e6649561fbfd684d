"""`nurture-planner list`: the accounts, contacts or content items as a table or JSON."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from planner.cli.common import Context, format_table
from planner.domain.model import CompanySummary, ContactSummary, ContentSummary

WHAT = ("companies", "contacts", "content")


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "list",
        parents=parents,
        help="list companies, contacts or content",
        description="List the accounts, the contacts or the content library.",
    )
    p.add_argument("what", choices=WHAT, help="what to list")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.open_store(read_only=True)
    if args.what == "companies":
        companies = store.read.company_summaries()
        if args.json:
            ctx.print_json([company_json(s) for s in companies])
        else:
            _print_table(ctx, *company_table(companies), "accounts")
    elif args.what == "contacts":
        contacts = store.read.contact_summaries()
        if args.json:
            ctx.print_json([contact_json(s) for s in contacts])
        else:
            _print_table(ctx, *contact_table(contacts), "contacts")
    else:
        content = store.content.summaries()
        if args.json:
            ctx.print_json([content_json(s) for s in content])
        else:
            _print_table(ctx, *content_table(content), "content items")
    return 0


def _print_table(ctx: Context, headers: list[str], rows: list[list[str]], noun: str) -> None:
    if not rows:
        ctx.print(f"No {noun} yet.")
        return
    for line in format_table(headers, rows):
        ctx.print(line)
    ctx.print(f"{len(rows)} {noun}")


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def company_json(s: CompanySummary) -> dict[str, Any]:
    c = s.company
    share = c.share_of_wallet
    return {
        "id": c.id,
        "name": c.name,
        "kind": str(c.kind),
        "industry": c.industry,
        "contacts": s.contacts,
        "last_touch": _iso(s.last_touch),
        "next_touch": _iso(s.next_touch),
        "contract_end": _iso(c.contract_end),
        "renewal_notice_date": _iso(c.renewal_notice_date),
        "share_of_wallet": None if share is None else round(share, 4),
        "our_annual_revenue": c.our_annual_revenue,
        "estimated_annual_wallet": c.estimated_annual_wallet,
        "buying_timeframe": str(c.buying_timeframe),
        "health": str(c.health),
    }


def company_table(summaries: list[CompanySummary]) -> tuple[list[str], list[list[str]]]:
    headers = ["ID", "Name", "Kind", "Industry", "Contacts", "Last touch", "Next touch",
               "Contract end", "Share of wallet"]  # fmt: skip
    rows = []
    for s in summaries:
        c = s.company
        share = c.share_of_wallet
        rows.append(
            [
                str(c.id),
                c.name,
                c.kind.label,
                c.industry,
                str(s.contacts),
                _iso(s.last_touch) or "-",
                _iso(s.next_touch) or "-",
                _iso(c.contract_end) or "-",
                "-" if share is None else f"{share:.0%}",
            ]
        )
    return headers, rows


def contact_json(s: ContactSummary) -> dict[str, Any]:
    c = s.contact
    return {
        "id": c.id,
        "name": c.full_name,
        "company": s.company_name or None,
        "company_id": c.company_id,
        "title": c.title,
        "level": str(c.level),
        "buying_role": str(c.buying_role),
        "email": c.email,
        "phone": c.phone,
        "last_touch": _iso(s.last_touch),
    }


def contact_table(summaries: list[ContactSummary]) -> tuple[list[str], list[list[str]]]:
    headers = ["ID", "Name", "Company", "Title", "Level", "E-mail", "Last touch"]
    rows = [
        [
            str(s.contact.id),
            s.contact.full_name,
            s.company_name or "-",
            s.contact.title,
            s.contact.level.label,
            s.contact.email,
            _iso(s.last_touch) or "-",
        ]
        for s in summaries
    ]
    return headers, rows


def content_json(s: ContentSummary) -> dict[str, Any]:
    item = s.item
    return {
        "id": item.id,
        "title": item.title,
        "kind": str(item.kind),
        "topics": list(item.topics),
        "link": item.link,
        "sends": s.sends,
    }


def content_table(summaries: list[ContentSummary]) -> tuple[list[str], list[list[str]]]:
    headers = ["ID", "Title", "Kind", "Topics", "Sends"]
    rows = [
        [str(s.item.id), s.item.title, s.item.kind.label, ", ".join(s.item.topics), str(s.sends)]
        for s in summaries
    ]
    return headers, rows
