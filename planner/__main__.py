"""`python -m planner` runs the command line (and, without a command, the app)."""

from planner.cli import run

run()
