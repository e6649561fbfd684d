"""This machine's settings for each plan (where to write, what to connect to), kept out of the plan.

A plan file is data: settings that make the app write a file or connect somewhere live here,
in a small JSON file in the per-user config folder, keyed by the plan's id
(planner.storage.identity.plan_id). A plan opened from elsewhere therefore starts with none of
them. The file is private (0600 in a 0700 folder) and replaced atomically.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from planner import paths
from planner.domain.errors import StorageError
from planner.storage.private_files import plain_os_error, write_private_file

FILE_NAME = "plan-settings.json"
MAX_BYTES = 4 * 1024 * 1024  # far beyond real use; a larger file is not ours


def settings_file() -> Path:
    """Where this machine's per-plan settings are kept."""
    return paths.config_dir() / FILE_NAME


def _load() -> dict[str, Any]:
    path = settings_file()
    try:
        if path.stat().st_size > MAX_BYTES:
            return {}
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _plans(data: dict[str, Any]) -> dict[str, Any]:
    plans = data.get("plans")
    return plans if isinstance(plans, dict) else {}


def local_setting(plan_id: str, key: str, default: Any = None) -> Any:
    """The value of `key` this machine keeps for the plan `plan_id`, or `default`."""
    entry = _plans(_load()).get(plan_id)
    if not isinstance(entry, dict) or key not in entry:
        return default
    return entry[key]


def set_local_setting(plan_id: str, key: str, value: Any) -> None:
    """Keep `value` under `key` for the plan `plan_id` (None removes it).

    Raises StorageError with a plain message when the settings file cannot be written.
    """
    data = _load()
    plans = _plans(data)
    entry = plans.get(plan_id)
    entry = dict(entry) if isinstance(entry, dict) else {}
    if value is None:
        entry.pop(key, None)
    else:
        entry[key] = value
    if entry:
        plans[plan_id] = entry
    else:
        plans.pop(plan_id, None)
    data["plans"] = plans
    path = settings_file()
    try:
        write_private_file(path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))
    except OSError as error:
        raise StorageError(plain_os_error(error, path)) from error
