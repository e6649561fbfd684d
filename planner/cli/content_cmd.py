"""`nurture-planner content send`: record that a content item went to one or more contacts."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from planner.cli.common import Context, find_contact
from planner.domain.errors import NotFoundError
from planner.domain.model import ContentItem, ContentSend
from planner.domain.timing import parse_date

if TYPE_CHECKING:
    from planner.storage import Store


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    content = subparsers.add_parser(
        "content",
        parents=parents,
        help="record that a content item was sent",
        description="Work with the content library from the command line.",
    )
    actions = content.add_subparsers(title="actions", metavar="ACTION", required=True)
    send = actions.add_parser(
        "send",
        parents=parents,
        help="record that a content item went to one or more contacts",
        description="Record that TITLE was sent to each contact named with --to. A send is a "
        "done touch of the contact, their account and their level for every planning rule.",
    )
    send.add_argument("title", metavar="TITLE", help="the content item (its title)")
    send.add_argument(
        "--to",
        action="append",
        required=True,
        metavar="NAME",
        help="a contact (name or e-mail); repeat for more",
    )
    send.add_argument("--on", metavar="DATE", help="the day it was sent (default: today)")
    send.set_defaults(func=run_send)


def find_content(store: Store, title: str) -> ContentItem:
    """The one content item with this title (case and spacing ignored), or a unique part of it."""
    wanted = " ".join(title.split()).casefold()
    if not wanted:
        raise NotFoundError("A content title is needed.")
    items = store.content.all()
    exact = [i for i in items if " ".join(i.title.split()).casefold() == wanted]
    if len(exact) == 1:
        return exact[0]
    partial = exact or [i for i in items if wanted in i.title.casefold()]
    if len(partial) == 1:
        return partial[0]
    if partial:
        names = ", ".join(repr(i.title) for i in partial[:10])
        raise NotFoundError(f"More than one content item matches {title!r}: {names}.")
    raise NotFoundError(f"No content item is called {title!r}.")


def run_send(args: argparse.Namespace, ctx: Context) -> int:
    on = parse_date(args.on, "--on") if args.on else ctx.today
    store = ctx.open_store()
    item = find_content(store, args.title)
    # Every name is found before anything is written: an unknown one changes nothing.
    people = {c.id: c for c in (find_contact(store, name) for name in args.to)}
    assert item.id is not None
    with store.transaction():
        for contact_id in people:
            assert contact_id is not None
            store.content.record_send(ContentSend(item.id, contact_id, on))
    names = ", ".join(c.full_name for c in people.values())
    ctx.print(f"Recorded {item.title!r} as sent to {names} on {on.isoformat()}.")
    return 0
