"""`nurture-planner search TEXT`: accounts, contacts, content and touch-points that match."""

from __future__ import annotations

import argparse
from typing import Any

from planner.cli.common import Context
from planner.domain.errors import ValidationError

# The kinds as the command line names them.
KIND_NAMES = {"company": "account", "contact": "contact", "content": "content"}


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "search",
        parents=parents,
        help="find accounts, contacts, content and touch-points",
        description="Search names, titles, notes and outcomes (parts of words, and names with a "
        "typo or two). Results come grouped: accounts, contacts, content, touch-points.",
    )
    p.add_argument("text", metavar="TEXT", help="what to look for")
    p.add_argument(
        "--limit", type=int, default=20, metavar="N", help="results of each kind (default: 20)"
    )
    p.add_argument("--json", action="store_true", help="print a JSON list of kind, id and title")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if not args.text.strip():
        raise ValidationError("Give some text to search for.")
    if not 1 <= args.limit <= 500:
        raise ValidationError(f"--limit {args.limit} is out of range (1 to 500).")
    store = ctx.open_store()
    hits = store.search(args.text, args.limit)
    results = [
        {
            "kind": KIND_NAMES.get(h.kind, h.kind),
            "id": h.id,
            "title": h.text,
            "detail": h.detail,
        }
        for h in hits
    ]
    if args.json:
        ctx.print_json(results)
        return 0
    if not results:
        ctx.print(f"Nothing matches “{args.text.strip()}”.")
    for r in results:
        detail = f" — {r['detail']}" if r["detail"] else ""
        ctx.print(f"{r['kind']:<10} #{r['id']:<6} {r['title']}{detail}")
    return 0
