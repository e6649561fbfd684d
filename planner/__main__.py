"""`python -m planner` runs the command line (and, without a command, the app)."""

import sys

from planner.cli import main

sys.exit(main())
