"""`nurture-planner import`, `imports`, `import-undo` and `export-csv`: records in and out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from planner.cli.common import Context, format_table
from planner.domain.errors import NotFoundError
from planner.domain.imports import ImportBatch
from planner.interchange.detect import ImportFormat

if TYPE_CHECKING:  # importing and storage load when a command runs, not to parse arguments
    from planner.interchange.importer import ProgressCallback
    from planner.storage import Store

FORMATS = [str(f) for f in ImportFormat if f is not ImportFormat.CSV]


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "import",
        parents=parents,
        help="import contacts, accounts or touch-points from vCard or CSV",
        description="Import contacts from a vCard file or a LinkedIn, Google or Outlook CSV "
        "export, or accounts, contacts and touch-points from the planner's own CSV. The format "
        "is detected from the content. Existing records are matched (companies by name, contacts "
        "by e-mail or name, touch-points by account, contact, day, time, channel and title) and "
        "only their empty fields are filled. The import can be undone with `import-undo`.",
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--format", choices=FORMATS, default="auto", help="the file's format")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    p.add_argument("--json", action="store_true", help="print the counts as JSON")
    p.add_argument(
        "--overwrite", action="store_true", help="replace existing values, not only empty ones"
    )
    p.add_argument("--strict", action="store_true", help="import nothing when any row is invalid")
    p.set_defaults(func=run_import)

    ls = subparsers.add_parser(
        "imports", parents=parents, help="list past imports", description="List past imports."
    )
    ls.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ls.set_defaults(func=run_list)

    undo = subparsers.add_parser(
        "import-undo",
        parents=parents,
        help="undo an import",
        description="Undo an import as a whole (the latest one unless a number is given). "
        "Records it created are deleted unless they have history since; fields it filled get "
        "their old values back unless they were edited since.",
    )
    undo.add_argument("batch", type=int, nargs="?", metavar="IMPORT_ID")
    undo.add_argument("--json", action="store_true", help="print the result as JSON")
    undo.set_defaults(func=run_undo)

    exp = subparsers.add_parser(
        "export-csv",
        parents=parents,
        help="write accounts.csv, contacts.csv and touchpoints.csv",
        description="Export accounts, contacts and touch-points as CSV files into DIR.",
    )
    exp.add_argument("dir", type=Path, metavar="DIR")
    exp.add_argument(
        "--force",
        action="store_true",
        help="replace files of those names even when they are not earlier exports",
    )
    exp.set_defaults(func=run_export)


def terminal_progress(stream: TextIO) -> ProgressCallback | None:
    """A callback that shows how far an import is on one terminal line (None off a terminal,
    so that scripts and logs get only the result)."""
    try:
        if not stream.isatty():
            return None
    except (OSError, ValueError):
        return None
    shown = {"percent": -1}

    def show(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if percent != shown["percent"]:
            shown["percent"] = percent
            end = "\n" if percent >= 100 else ""
            print(f"\rImporting… {percent}%", end=end, file=stream, flush=True)

    return show


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    from planner.interchange.importer import (
        ImportSource,
        commit_import,
        describe_invalid,
        describe_notes,
        plan_import,
    )
    from planner.storage.backup import backup_before_import

    source = ImportSource.from_path(args.file, args.format)
    if args.dry_run:
        store = ctx.open_store(read_only=True) if ctx.db_path.exists() else _scratch(ctx)
        preview = plan_import(store, source, overwrite=args.overwrite)
        batch = None
    else:
        store = ctx.open_store(create=True)
        if not store.is_empty():
            backup_before_import(store)
        result = commit_import(
            store,
            source,
            overwrite=args.overwrite,
            skip_invalid=not args.strict,
            progress=terminal_progress(sys.stderr),
        )
        preview, batch = result.preview, result.batch
    if args.json:
        data = preview.as_json()
        data["dry_run"] = bool(args.dry_run)
        data["import_id"] = None if batch is None else batch.id
        ctx.print_json(data)
        return 0
    verb = "Would import" if args.dry_run else "Imported"
    ctx.print(
        f"{verb} {args.file.name} ({preview.format.label}, {preview.target}): "
        f"{preview.new} new, {preview.updated} updated, {preview.unchanged} unchanged, "
        f"{len(preview.invalid)} invalid."
    )
    for line in describe_invalid(preview):
        ctx.print(f"  skipped {line}")
    for line in describe_notes(preview):
        ctx.print(f"  note {line}")
    if batch is not None:
        ctx.print(f"Import {batch.id} recorded; undo it with `import-undo {batch.id}`.")
    return 0


def _scratch(ctx: Context) -> Store:
    """An empty in-memory plan for a dry run against a database that does not exist yet."""
    from planner.storage import Store

    return Store.memory(ctx.clock)


def batch_json(batch: ImportBatch) -> dict[str, Any]:
    return {
        "id": batch.id,
        "created_at": batch.created_at.isoformat(),
        "source": batch.source,
        "format": batch.format,
        "target": batch.target,
        "new": batch.new,
        "updated": batch.updated,
        "unchanged": batch.unchanged,
        "invalid": batch.invalid,
        "undone_at": batch.undone_at.isoformat() if batch.undone_at else None,
    }


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    batches = ctx.open_store(read_only=True).imports.all()
    if args.json:
        ctx.print_json([batch_json(b) for b in batches])
        return 0
    if not batches:
        ctx.print("No imports yet.")
        return 0
    rows = [
        [
            str(b.id),
            b.created_at.strftime("%Y-%m-%d %H:%M"),
            b.source,
            b.format,
            str(b.new),
            str(b.updated),
            str(b.invalid),
            "undone" if b.is_undone else "",
        ]
        for b in batches
    ]
    headers = ["ID", "When", "File", "Format", "New", "Updated", "Invalid", "State"]
    for line in format_table(headers, rows):
        ctx.print(line)
    return 0


def run_undo(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.open_store()
    batch_id = args.batch
    if batch_id is None:
        last = store.imports.last_undoable()
        if last is None:
            raise NotFoundError("There is no import to undo.")
        batch_id = last.id
    result = store.imports.undo(batch_id)
    if args.json:
        ctx.print_json(
            {
                "import_id": result.batch_id,
                "deleted_companies": result.deleted_companies,
                "deleted_contacts": result.deleted_contacts,
                "deleted_touchpoints": result.deleted_touchpoints,
                "restored_fields": result.restored_fields,
                "kept": list(result.kept),
            }
        )
        return 0
    ctx.print(
        f"Undid import {result.batch_id}: deleted {result.deleted_touchpoints} touch-point(s), "
        f"{result.deleted_contacts} contact(s) and {result.deleted_companies} account(s), "
        f"restored {result.restored_fields} field(s)."
    )
    for note in result.kept:
        ctx.print(f"  kept {note}")
    return 0


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    from planner.interchange.csv_export import export_csv

    store = ctx.open_store(read_only=True)
    for path in export_csv(store, args.dir, replace=args.force):
        ctx.print(str(path))
    return 0
