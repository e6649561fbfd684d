"""`nurture-planner backup`, `restore` and `check`: keeping the plan file safe from the shell."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from planner import paths
from planner.cli.common import EXIT_ERROR, EXIT_OK, PROG, Context
from planner.domain.errors import PlannerError, StorageError
from planner.storage.backup import backup_to
from planner.storage.backup_files import default_folder, plan_backups
from planner.storage.integrity import check
from planner.storage.restore import restore, validate_backup

RESTORE_HELP = (
    "Replace the planner database (--db, or your own plan) with FILE, a backup. FILE is checked "
    "first (SQLite's integrity and foreign-key checks) and the current database is itself "
    "backed up into the backups folder before it is replaced, in one atomic step. Close the app "
    "first: a database open in a Nurture Planner window is refused. The command asks for "
    "confirmation when run in a terminal; when its input is not a terminal (a script, a pipe) it "
    "refuses unless --yes is given, so nothing is ever replaced without someone saying so."
)


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    b = subparsers.add_parser(
        "backup",
        parents=parents,
        help="write a consistent copy of the plan to FILE",
        description="Write a consistent copy of the planner database to FILE (readable by you "
        "only) through SQLite's backup API; safe while the app has the plan open. Automatic "
        "backups (daily, before migrations, before imports) go to the backups folder shown by "
        f"`{PROG} check`.",
    )
    b.add_argument("file", metavar="FILE", help="the backup file to write")
    b.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    b.set_defaults(func=run_backup)

    r = subparsers.add_parser(
        "restore",
        parents=parents,
        help="replace the plan with a backup (the current plan is backed up first)",
        description=RESTORE_HELP,
    )
    r.add_argument("file", metavar="FILE", help="the backup to restore")
    r.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    r.set_defaults(func=run_restore)

    c = subparsers.add_parser(
        "check",
        parents=parents,
        help="check the plan file for damage (exit 0 when sound, 1 with the problems)",
        description="Run SQLite's integrity check and foreign-key check on the planner database "
        "without changing it. Prints `ok` and exits 0 when the file is sound; otherwise prints "
        "each problem and the latest backup, and exits 1.",
    )
    c.set_defaults(func=run_check)


def backup_folder() -> Path:
    return default_folder(paths.data_dir())


def run_backup(args: argparse.Namespace, ctx: Context) -> int:
    target = Path(args.file).expanduser()
    if not ctx.db_path.exists():
        raise StorageError(f"There is no planner database at {ctx.db_path}.")
    if target.exists() and not args.force:
        raise PlannerError(f"{target} already exists; use --force to overwrite it.")
    report = check(ctx.db_path)
    if not report.ok:
        # A copy of a file the app cannot read would only pass the problem on.
        raise StorageError(f"{ctx.db_path} cannot be backed up: {report.problems[0]}.")
    backup_to(ctx.db_path, target)
    ctx.print(f"Backed up {ctx.db_path} to {target}.")
    return EXIT_OK


def _confirm(question: str) -> bool:
    print(question, end=" ", file=sys.stderr, flush=True)
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        return False
    return answer.strip().lower() in {"y", "yes"}


def run_restore(args: argparse.Namespace, ctx: Context) -> int:
    source = Path(args.file).expanduser()
    validate_backup(source)  # say what is wrong with FILE before asking anything
    if not args.yes:
        if not _stdin_is_a_terminal():
            raise PlannerError(
                f"Restoring replaces {ctx.db_path}; run it in a terminal to be asked, "
                "or add --yes to confirm."
            )
        question = f"Replace {ctx.db_path} with {source}? The current plan is backed up first."
        if not _confirm(f"{question} [y/N]"):
            ctx.print("Nothing was changed.")
            return EXIT_ERROR
    kept = restore(source, ctx.db_path, backup_folder())
    ctx.print(f"Restored {ctx.db_path} from {source}.")
    if kept is not None:
        ctx.print(f"The plan as it was is kept in {kept.path}.")
    return EXIT_OK


def _stdin_is_a_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (OSError, ValueError):
        return False


def run_check(args: argparse.Namespace, ctx: Context) -> int:
    folder = backup_folder()
    report = check(ctx.db_path, folder)
    kept = plan_backups(folder, ctx.db_path)
    if report.ok:
        ctx.print(f"ok: {ctx.db_path} passed the integrity and foreign-key checks.")
        for note in report.notes:
            ctx.print(f"note: {note}.")
        if kept:
            ctx.print(f"{len(kept)} backup(s) in {folder}; the latest is {kept[-1].describe()}.")
        else:
            ctx.print(f"No backups yet in {folder}.")
        return EXIT_OK
    ctx.print(f"{ctx.db_path} has problems:")
    for problem in report.problems:
        for line in problem.splitlines():
            ctx.print(f"  {line}")
    if report.latest_backup is not None:
        path = report.latest_backup.path
        ctx.print(f"The latest backup is {report.latest_backup.describe()}.")
        ctx.print(f"Restore it with: {PROG} restore {path} --db {ctx.db_path}")
    else:
        ctx.print(f"No backup was found in {folder}.")
    return EXIT_ERROR
