"""`nurture-planner settings`: list the rep's settings, set one, and keep the time off."""

from __future__ import annotations

import argparse
from typing import Any

from planner.cli.common import Context
from planner.domain.errors import ValidationError
from planner.domain.time_off import TimeOff
from planner.domain.timing import parse_date
from planner.nurture.setting_keys import KEYS, describe, set_setting
from planner.nurture.settings import SETTINGS_KEY, NurtureSettings
from planner.storage.time_off import add_time_off, list_time_off, remove_time_off


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "settings",
        parents=parents,
        help="list the settings, or set one",
        description="Without arguments, list the settings. `settings KEY VALUE` sets one, "
        "checked as in the app's Settings dialog. Keys: "
        + ", ".join(KEYS)
        + ". Examples: `settings capacity 6`, `settings working_hours 08:30-17:30`, "
        "`settings working_hours fri 08:30-13:00`, `settings working_days mon-fri`, "
        "`settings admin_slot 16:30-17:00` (or none), `settings holidays DE-BY` (or DE, auto, "
        "none). Time off: `settings time_off` lists it, `settings time_off add START END "
        "[LABEL]` adds a range, `settings time_off remove ID` removes one.",
    )
    p.add_argument("key", nargs="?", metavar="KEY", help="the setting to change (or time_off)")
    p.add_argument("values", nargs="*", metavar="VALUE", help="its new value")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.set_defaults(func=run)


def _load(store: Any) -> NurtureSettings:
    return NurtureSettings.from_json(store.setting(SETTINGS_KEY, None))


def _listing(ctx: Context, data: dict[str, Any], as_json: bool) -> None:
    if as_json:
        ctx.print_json(data)
        return
    for key, value in data.items():
        if key == "time_off":
            ctx.print("time_off:" if value else "time_off: none")
            for t in value:
                ctx.print(f"  {t['id']}: {t['start']} to {t['end']}  {t['label']}".rstrip())
        elif isinstance(value, dict):
            ctx.print(f"{key}: " + ", ".join(f"{k} {v}" for k, v in value.items()))
        else:
            ctx.print(f"{key}: {'none' if value is None else value}")


def _time_off_json(t: TimeOff) -> dict[str, Any]:
    return {"id": t.id, "start": t.start.isoformat(), "end": t.end.isoformat(), "label": t.label}


def _time_off(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.open_store()
    action, rest = (args.values[0].lower(), args.values[1:]) if args.values else ("list", [])
    if action == "add":
        if len(rest) not in (2, 3):
            raise ValidationError("Give the first and last day, and a label if you like.")
        away = TimeOff(
            parse_date(rest[0], "start"),
            parse_date(rest[1], "end"),
            rest[2] if len(rest) == 3 else "",
        )
        added = add_time_off(store, away)
        if args.json:
            ctx.print_json(_time_off_json(added))
        else:
            ctx.print(f"Added time off {added.id}: {added.start} to {added.end} {added.label}")
        return 0
    if action == "remove":
        if len(rest) != 1 or not rest[0].isdigit():
            raise ValidationError(
                "Give the id of the time off to remove (see `settings time_off`)."
            )
        removed = remove_time_off(store, int(rest[0]))
        if args.json:
            ctx.print_json(_time_off_json(removed))
        else:
            ctx.print(f"Removed time off {removed.id}: {removed.start} to {removed.end}")
        return 0
    if action != "list" or rest:
        raise ValidationError("time_off takes add START END [LABEL], remove ID, or nothing.")
    _listing(ctx, {"time_off": [_time_off_json(t) for t in list_time_off(store)]}, args.json)
    return 0


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.key is not None and args.key.lower().replace("-", "_") == "time_off":
        return _time_off(args, ctx)
    store = ctx.open_store()
    settings = _load(store)
    if args.key is None:
        data = describe(settings)
        data["time_off"] = [_time_off_json(t) for t in list_time_off(store)]
        _listing(ctx, data, args.json)
        return 0
    if not args.values:
        raise ValidationError(f"Give a value for {args.key}, e.g. `settings capacity 6`.")
    changed = set_setting(settings, args.key, args.values)
    with store.transaction():
        store.set_setting(SETTINGS_KEY, changed.to_json())
    data = describe(changed)
    key = args.key.strip().lower().replace("-", "_")
    if args.json:
        ctx.print_json({key: data[key]})
    else:
        _listing(ctx, {key: data[key]}, False)
    return 0
