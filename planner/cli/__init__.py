"""The `nurture-planner` command line: global options, subcommand dispatch, and exit codes.

Adding a subcommand
-------------------
Write a module `planner/cli/<name>.py` with::

    def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
                 ) -> None:
        p = subparsers.add_parser("plan-week", parents=parents, help="...")
        p.add_argument(...)
        p.set_defaults(func=run)

    def run(args: argparse.Namespace, ctx: Context) -> int:
        store = ctx.open_store()          # closed for you when the command ends
        with store.transaction():         # every write is one transaction
            ...
        return 0

and append its dotted name to `COMMAND_MODULES` below. Every command module is imported to
build the parser, so it imports at the top only what `register` needs; what `run` needs
(the planner, exporters, importers) is imported inside `run`, so that a quick command such as
`agenda` does not pay for the others. Pass `parents` to every parser you add
(nested ones too) so that `--db` and `--today` work before or after the subcommand. Raise a
`planner.domain.errors.PlannerError` for anything the user can fix: `main` prints it as one
line on stderr and exits with 1. `planner.cli.common` holds the shared helpers (`Context`,
`find_company`, `find_contact`, `touchpoint_json`, `print_json`). Nothing here imports PySide6;
only opening the GUI does, lazily.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from planner import __version__
from planner.cli.common import EXIT_ERROR, EXIT_USAGE, PROG, Context, report_error
from planner.domain.errors import PlannerError

COMMAND_MODULES: tuple[str, ...] = (
    "planner.cli.demo_cmd",
    "planner.cli.agenda",
    "planner.cli.records",
    "planner.cli.touch",
    "planner.cli.export",
    "planner.cli.plan",
    "planner.cli.maintenance",
    "planner.cli.interchange",
    "planner.cli.content_cmd",
    "planner.cli.calendar",
    "planner.cli.settings_cmd",
    "planner.cli.search",
    "planner.cli.trip",
)


def _global_options(*, suppress: bool) -> argparse.ArgumentParser:
    """`--db` and `--today`; the copy given to subcommands leaves unset values alone."""
    parser = argparse.ArgumentParser(add_help=False)
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="the planner database file (default: the per-user data folder)",
    )
    parser.add_argument(
        "--today",
        metavar="DATE",
        default=default,
        help="treat DATE (YYYY-MM-DD) as today",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Plan and keep touch-points with dream clients and existing accounts. "
        "Without a command, opens the app.",
        parents=[_global_options(suppress=False)],
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the app on a demo plan kept apart from your own (created on first use)",
    )
    # Hidden: quit once the window has painted (bundle smoke test, cold-start timing).
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(func=None)
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    parents = [_global_options(suppress=True)]
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, parents)
    return parser


def _open_gui(args: argparse.Namespace, ctx: Context) -> int:
    from planner import paths
    from planner.storage.private_files import private_folder

    folder = ctx.db_path.parent
    if args.db and not folder.is_dir():
        raise PlannerError(
            f"The folder {folder} does not exist; create it first or choose another file."
        )
    # A brand-new account: the data folder is made here (0700), with an empty plan in it.
    private_folder(paths.data_dir())

    if args.demo:
        if args.db:
            raise PlannerError("--demo opens the demo plan; it cannot be combined with --db.")
        from planner.cli.demo_cmd import ensure_demo_database

        ctx.db_path = paths.demo_database()
        ensure_demo_database(ctx)
    try:
        from planner.app import run_gui
    except ImportError as error:
        raise PlannerError(f"The app cannot start: {error}.") from error
    if args.quit_after_paint:
        return int(run_gui(ctx.db_path, ctx.clock, demo=bool(args.demo), quit_after_paint=True))
    return int(run_gui(ctx.db_path, ctx.clock, demo=bool(args.demo)))


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 error, 2 usage)."""
    from planner import paths

    parser = build_parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
    except SystemExit as exit_:  # --help, --version and usage errors
        code = exit_.code
        return code if isinstance(code, int) else EXIT_USAGE
    ctx: Context | None = None
    try:
        ctx = Context.from_options(args.db, args.today, paths.default_database())
        if args.func is None:
            return _open_gui(args, ctx)
        if args.demo:
            parser.error("--demo opens the app; it cannot be combined with a command")
        return int(args.func(args, ctx))
    except SystemExit as exit_:
        code = exit_.code
        return code if isinstance(code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `nurture-planner agenda | head`: the reader went away
        _silence_stdout()
        return EXIT_ERROR
    except Exception as error:
        if ctx is not None and not isinstance(error, PlannerError):
            from planner.storage.errors import plain_error

            # Damage met while reading (the open checks only unclean files): a plain message
            # naming the backup to restore, not an internal error.
            plain = plain_error(error, ctx.db_path)
            if plain is not None:
                return report_error(plain)
        if os.environ.get("NURTURE_PLANNER_DEBUG") and not isinstance(error, PlannerError):
            raise
        return report_error(error)
    finally:
        if ctx is not None:
            ctx.close()


__all__ = ["COMMAND_MODULES", "EXIT_ERROR", "EXIT_USAGE", "build_parser", "main"]

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
