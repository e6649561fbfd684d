"""Days off as the week view shows them: holidays and time off, and what is planned on them."""

from __future__ import annotations

from datetime import date, timedelta

from planner.nurture.workweek import days_off
from planner.storage.time_off import planned_on
from planner.ui.controller import Controller
from planner.ui.i18n import text

# How far ahead planned touch-points on days off are looked for (the tray's warning).
LOOK_AHEAD_DAYS = 365


def days_off_between(controller: Controller, first: date, last: date) -> dict[date, str]:
    """Each day off from first to last (both included) with its name, in the user's language."""
    settings = controller.nurture_settings()
    ranges = [(t.start, t.end, t.label) for t in controller.time_off()]
    return {
        day: text(name) for day, name in days_off(settings.holidays, ranges, first, last).items()
    }


def planned_on_days_off(controller: Controller, today: date) -> list[tuple[int, date, str]]:
    """Planned touch-points from today on that fall on a day off: (id, day, the day's name)."""
    off = days_off_between(controller, today, today + timedelta(days=LOOK_AHEAD_DAYS))
    return [(tid, day, off[day]) for tid, day in planned_on(controller.store, off)]
