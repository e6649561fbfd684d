"""When the rep works on a given day: one place to ask, so per-weekday hours can replace it."""

from __future__ import annotations

from datetime import date, time

from planner.nurture.settings import NurtureSettings


def working_hours(settings: NurtureSettings, day: date) -> tuple[time, time] | None:
    """The start and end of work on `day`; None on a day off.

    Today every working day has the same hours (Settings: day_start, day_end).
    """
    if day.weekday() not in settings.working_days:
        return None
    return settings.day_start, settings.day_end
