"""`nurture-planner demo`: write a synthetic portfolio into a new database."""

from __future__ import annotations

import argparse
from typing import Any

from planner import paths
from planner.cli.common import PROG, Context

# planner.demo.SIZES, spelled out so that parsing the command line does not load the generator.
SIZES = ("small", "heavy", "stress")


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "demo",
        parents=parents,
        help="write a realistic synthetic portfolio into a new database",
        description="Write about 40 accounts, 150 contacts, a quarter of touch-points and a "
        "content library, relative to today (or --today), into a database that holds no data "
        "yet. Without --db it writes the demo plan that `--demo` opens.",
    )
    p.add_argument("--seed", type=int, default=0, metavar="N", help="random seed (default: 0)")
    p.add_argument(
        "--size",
        choices=SIZES,
        default="small",
        help="small: 40 accounts (default); heavy: 2,000 accounts and 100,000 touch-points; "
        "stress: ten times heavy",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if getattr(args, "db", None) is None:
        ctx.db_path = paths.demo_database()
    from planner.demo import generate

    store = ctx.open_store(create=True)
    stats = generate(store, ctx.today, seed=args.seed, size=args.size)
    ctx.print(
        f"Wrote a demo portfolio to {ctx.db_path}: {stats.companies} accounts, "
        f"{stats.contacts} contacts, {stats.touchpoints} touch-points, "
        f"{stats.content_items} content items, {stats.sends} sends."
    )
    ctx.print(f"Try: {PROG} agenda --db {ctx.db_path} --today {ctx.today.isoformat()}")
    return 0


def ensure_demo_database(ctx: Context) -> None:
    """Create the demo plan at `ctx.db_path` the first time it is opened."""
    from planner.demo import generate

    store = ctx.open_store(create=True)
    if store.is_empty():
        generate(store, ctx.today)
    ctx.close()
