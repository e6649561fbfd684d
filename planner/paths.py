"""Where the planner keeps its files: the per-user data and log folders, and its resources."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_config_path, user_data_path, user_log_path

from planner import APP_SLUG

_HERE = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The platform's per-user data folder for the planner (not created here)."""
    return user_data_path(APP_SLUG, appauthor=False)


def config_dir() -> Path:
    """The platform's per-user config folder: this machine's settings for each plan."""
    return user_config_path(APP_SLUG, appauthor=False)


def log_dir() -> Path:
    return user_log_path(APP_SLUG, appauthor=False)


def default_database() -> Path:
    return data_dir() / "planner.db"


def demo_database() -> Path:
    """The demo plan lives beside the real one, never in it."""
    return data_dir() / "demo.db"


def resources_dir() -> Path:
    """The folder of icons and other assets, from a source checkout, a wheel or a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "planner" / "resources")
    candidates += [_HERE / "resources", _HERE.parent / "resources"]
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError("The planner's resources folder is missing from this installation.")


def resource(relative: str) -> Path:
    """The path of one resource file, e.g. resource("icons/call.svg")."""
    return resources_dir() / relative
