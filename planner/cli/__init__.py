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

and add its dotted name to `COMMAND_MODULES` and each command name it registers to `COMMANDS`
below. A command line that names a command imports that command's module alone (a quick command
such as `agenda` pays for no other); `--help` and usage errors import them all. A module imports
at the top only what `register` needs; what `run` needs (the planner, exporters, importers) is
imported inside `run`. Pass `parents` to every parser you add
(nested ones too) so that `--db` and `--today` work before or after the subcommand. Raise a
`planner.domain.errors.PlannerError` for anything the user can fix: `main` prints it as one
line on stderr and exits with 1. `planner.cli.common` holds the shared helpers (`Context`,
`find_company`, `find_contact`, `touchpoint_json`, `print_json`). Nothing here imports PySide6;
only opening the GUI does, lazily.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

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

# The module that registers each command (the order of `--help` is COMMAND_MODULES').
COMMANDS: dict[str, str] = {
    "demo": "planner.cli.demo_cmd",
    "agenda": "planner.cli.agenda",
    "list": "planner.cli.records",
    "touch": "planner.cli.touch",
    "export-ics": "planner.cli.export",
    "plan-week": "planner.cli.plan",
    "simulate": "planner.cli.plan",
    "backup": "planner.cli.maintenance",
    "restore": "planner.cli.maintenance",
    "check": "planner.cli.maintenance",
    "import": "planner.cli.interchange",
    "imports": "planner.cli.interchange",
    "import-undo": "planner.cli.interchange",
    "export-csv": "planner.cli.interchange",
    "content": "planner.cli.content_cmd",
    "calendar": "planner.cli.calendar",
    "settings": "planner.cli.settings_cmd",
    "search": "planner.cli.search",
    "trip": "planner.cli.trip",
    "brief": "planner.cli.trip",
}

# Global options that take a value (`--db PATH`): the token after them is not the command.
_VALUE_OPTIONS = ("--db", "--today")


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


def _modules_for(argv: Sequence[str] | None) -> tuple[str, ...]:
    """The command modules a command line needs: the named command's alone; all of them for
    `--help`, an unknown command (argparse lists the choices) or when `argv` is None.

    No command at all (the app opens) needs none of them.
    """
    if argv is None:
        return COMMAND_MODULES
    tokens = iter(argv)
    for token in tokens:
        if token == "--":
            break
        if token in ("-h", "--help"):
            return COMMAND_MODULES
        if token in _VALUE_OPTIONS:
            next(tokens, None)
            continue
        if token.startswith("-"):
            continue
        module = COMMANDS.get(token)
        return COMMAND_MODULES if module is None else (module,)
    else:
        return ()
    return COMMAND_MODULES


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; given the command line `argv`, with only the commands it can run."""
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
    for name in _modules_for(argv):
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
    # What the week's first frame needs of the Qt-free layers is loaded before PySide6: once
    # loaded, PySide6 reads the source of every module imported after it, looking for its
    # feature switches (about a tenth of a millisecond each). The storage layer's repositories
    # load after the frame is on the screen (planner.app.WINDOW_MODULES).
    importlib.import_module("planner.storage.clean_read")
    importlib.import_module("planner.nurture.settings")
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

    arguments = list(argv) if argv is not None else sys.argv[1:]
    parser = build_parser(arguments)
    try:
        args = parser.parse_args(arguments)
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


def run() -> NoReturn:
    """The `nurture-planner` program: `main` on the process's arguments, then the process ends.

    What is still alive then goes with the process: the interpreter's last collection need
    not visit it (some 20 ms after a window with a big week), so it is frozen first.
    """
    code = main()
    gc.freeze()
    sys.exit(code)


__all__ = [
    "COMMANDS",
    "COMMAND_MODULES",
    "EXIT_ERROR",
    "EXIT_USAGE",
    "build_parser",
    "main",
    "run",
]

if __name__ == "__main__":  # pragma: no cover
    run()
