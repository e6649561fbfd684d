"""The main window's start: the week read and painted first, the rest in steps after it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal

from planner.domain.model import AgendaEntry
from planner.ui.first_paint import AfterFirstPaint
from planner.ui.main_menus import MainMenus
from planner.ui.start_steps import StartSteps, import_step

if TYPE_CHECKING:
    from planner.ui.controller import Controller
    from planner.ui.engine_runner import EngineRunner
    from planner.ui.opening import Opening
    from planner.ui.widgets.week_view import WeekView

# The start reads the week (with a day either side) a day per turn: a busy day holds 1,000.
WEEK_READ_DAYS = 1


class StartingWindow(MainMenus):
    """The main window's start-up; the window (planner.ui.main_window) builds what it uses.

    The window is built without reading the plan; what it shows follows in steps, one per turn
    of the event loop, the week first. Each step stays within a frame or two, so the window
    answers while it fills; the rest waits until the week is painted.
    """

    week_painted = Signal()  # once, when the week read at start has been painted

    controller: Controller
    engine: EngineRunner
    week_view: WeekView
    start_steps: StartSteps
    _week_paint: AfterFirstPaint | None
    _week_laid_out: bool
    _week_was_painted: bool
    _show_with_the_week: bool
    _opening: Opening | None = None

    def _start_steps(self) -> StartSteps:
        parts: list[list[AgendaEntry] | None] = []
        week = self.week_view

        def read(skip: int) -> Callable[[], None]:
            # A busy week is read a few days at a time, each part in its own turn.
            return lambda: parts.append(week.read_week(skip, WEEK_READ_DAYS))

        def show_rows() -> None:
            if all(part is not None for part in parts):
                week.show_week_rows([entry for part in parts for entry in part or ()])

        return StartSteps(
            [
                *(read(skip) for skip in range(0, 9, WEEK_READ_DAYS)),
                # The overdue tray sits above the week: filled before the first paint, so the
                # week does not move when it arrives (nor an empty tray flash and go).
                week.load_trays,
                show_rows,
                self._show_the_week,
                self._update_plan_label,
                self._watch_the_file,
                # Each feature's modules are loaded a few at a time, each part in its own turn.
                import_step("planner.interchange.ical_cache"),
                import_step("planner.interchange.ical_files"),
                self._start_export,
                import_step("planner.interchange.calendar_sync.discover"),
                import_step("planner.interchange.calendar_sync.sync"),
                import_step("planner.ui.calendar.service"),
                self._start_calendar,
                # The engine is built when the start is over (`_release_the_engine`) and the
                # day's backup starts then: their modules load before, a part per turn.
                import_step("planner.nurture.week_plan"),
                import_step("planner.nurture.engine"),
                import_step("planner.ui.backup_worker"),
            ],
            self,
        )

    @property
    def week_was_painted(self) -> bool:
        """Whether the week read at start has been painted (`week_painted` was emitted)."""
        return self._week_was_painted

    def show_when_ready(self, opening: Opening | None = None) -> None:
        """Show the window once its week is laid out, so that its first paint is the week's;
        in the place of the start's first frame (`opening`), which goes once the window's week
        is painted."""
        self._opening = opening
        if self._week_laid_out:
            self._show_now()
        else:
            self._show_with_the_week = True

    def _show_now(self) -> None:
        if self._opening is not None:
            self._opening.hand_over(self)
        else:
            self.show()

    def _show_the_week(self) -> None:
        """Lay out the week read; the engine (and the rest of the start) waits for its paint."""
        week = self.week_view
        try:
            week.show_week_header()
        finally:  # a window kept back for its week shows even if laying it out failed
            self._week_laid_out = True
            if self._show_with_the_week:
                self._show_now()
        # The time grid's hours, or the day columns' cards when the week shows compact.
        surfaces = [week.grid.canvas] + [column.cards.viewport() for column in week.columns]
        self._week_paint = AfterFirstPaint(surfaces, self._on_week_painted)
        if self.isVisible():
            self.start_steps.pause()

    def _on_week_painted(self) -> None:
        self._week_was_painted = True
        if self._opening is not None:
            self._opening.finish()
            self._opening = None
        self.start_steps.resume()
        self.week_painted.emit()
        self._release_the_engine()

    def _release_the_engine(self) -> None:
        # The engine plans on its own thread but shares the interpreter with this one: while it
        # works, each start step takes about twice as long. So it starts once the week is
        # painted and the start's steps (a few frames) are over.
        if self._week_was_painted and self.start_steps.done:
            self.engine.release()

    def _watch_the_file(self) -> None:
        from planner.ui.external_changes import ExternalChanges

        # Writes by other programs (the command line, a sync) refresh the views like our own.
        self.external_changes = ExternalChanges(self.controller, self)

    def _start_export(self) -> None:
        from planner.ui.auto_export import AutoExporter

        self.auto_exporter = AutoExporter(self.controller, self)
        self.auto_exporter.failed.connect(self._on_auto_exporter_failed)

    def _start_calendar(self) -> None:
        from planner.ui.calendar.in_window import CalendarInWindow

        # The calendar server (when one is connected): background sync and its status word.
        self.calendar = CalendarInWindow(self, self.controller, self.external_changes)

    def finish_start(self) -> None:
        """Run the start-up steps left now: the window is whole when this returns."""
        self.start_steps.finish()

    def __getattr__(self, name: str) -> object:
        # A part the start has not built yet (the exporter, the calendar …) is built on demand.
        steps = self.__dict__.get("start_steps")
        if steps is not None and not steps.done:
            steps.finish()
            if name in self.__dict__:
                return self.__dict__[name]
        raise AttributeError(name)

    # Provided by the window.

    def _update_plan_label(self) -> None:
        raise NotImplementedError

    def _on_auto_exporter_failed(self, message: str) -> None:
        raise NotImplementedError
