"""When the rep works on a given day: the working hours of its weekday, or None on a day off."""

from __future__ import annotations

from datetime import date, time

from planner.nurture.settings import NurtureSettings


def working_hours(settings: NurtureSettings, day: date) -> tuple[time, time] | None:
    """The start and end of work on `day`; None on a day off.

    Each weekday has its own hours (Settings → Working week).
    """
    if day.weekday() not in settings.working_days:
        return None
    return settings.working_hours[day.weekday()]
