"""The week's title, its day columns (counts, limits, widths) and its time grid, for the rows
shown."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtWidgets import QHBoxLayout, QLabel

from planner.domain import travel
from planner.domain.model import Status
from planner.domain.timing import Clock
from planner.ui.controller import Controller
from planner.ui.days_off import days_off_between
from planner.ui.models.week_model import WeekModel
from planner.ui.week_texts import week_title
from planner.ui.widgets.time_grid import TimeGrid
from planner.ui.widgets.time_grid_week import working_minutes
from planner.ui.widgets.week_columns import DayColumn


class WeekView(Protocol):
    """What of the week view this fills (the view itself: typed here without importing it)."""

    controller: Controller
    clock: Clock
    week_model: WeekModel
    columns: list[DayColumn]
    _days_row: QHBoxLayout
    grid: TimeGrid
    title_label: QLabel
    subtitle_label: QLabel

    @property
    def start(self) -> date: ...


def write_title(view: WeekView, subtitle: str) -> None:
    """The week's dates, and under them `subtitle` (its number and counts, or that it is read)."""
    view.title_label.setText(week_title(view.start, view.week_model.last))
    view.subtitle_label.setText(subtitle)


def lay_out_days(view: WeekView) -> None:
    """Each day column's count, load against the daily limit and width, and the time grid,
    from the rows the view's week model holds now."""
    start, last = view.start, view.week_model.last
    settings = view.controller.nurture_settings()
    limit = settings.capacity_per_day
    off = days_off_between(view.controller, start, last)
    over: dict[date, tuple[int, int]] = {}
    for column, model in zip(view.columns, view.week_model.days, strict=True):
        rows = model.entries()
        load = sum(1 for e in rows if e.touchpoint.status in (Status.PLANNED, Status.DONE))
        column.set_count(len(rows), load, limit, off.get(column.day, ""))
        if load > limit and not column.is_past:
            over[column.day] = (load, limit)
        # Weekends get narrower columns unless something is planned on them.
        weekend = column.day.weekday() >= 5 and not rows
        view._days_row.setStretchFactor(column, 1 if weekend else 2)
    hours = [working_minutes(settings, model.day) for model in view.week_model.days]
    now = view.clock.now()
    view.grid.set_week(
        [(model.day, model.entries()) for model in view.week_model.days],
        hours=hours,
        days_off=off,
        over_limit=over,
        today=view.clock.today(),
        now=now.astimezone(travel.current_zone()).replace(tzinfo=None) if now.tzinfo else now,
    )
