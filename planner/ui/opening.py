"""The start's first moments: the week's first frame on the screen, then the window built behind
it while the frame keeps answering.

    opening = open_first_frame(db_path, clock, demo=demo)   # None: the window opens as before
    for module in WINDOW_MODULES:
        import_module(module)
        opening.answer()           # the frame moves, repaints and closes between the parts
    ...
    window.show_when_ready(opening)  # the window takes the frame's place, its week painted

The frame holds the plan's one-window lock from the moment it shows (planner.ui.single_instance):
a plan open in another window gets no frame, and the window built behind it takes the lock
over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop, QLockFile, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from planner import paths
from planner.domain.errors import StorageError
from planner.domain.timing import Clock, week_start
from planner.storage.folders import Folders
from planner.ui.application import window_title
from planner.ui.display import first_weekday
from planner.ui.first_frame import FirstFrame
from planner.ui.first_frame_week import read_frame_week
from planner.ui.pages import PLAN_PANEL_WIDTH, Page
from planner.ui.single_instance import acquire_instance_lock
from planner.ui.window_state import (
    default_size,
    saved_dock_width,
    saved_flag,
    saved_geometry,
    saved_page,
    saved_week,
)

# Waiting for the frame's first paint: a display that never paints must not hold the start.
PAINT_WAIT_MS = 2000


class Opening:
    """A first frame on the screen and the lock it holds, until the window takes both over."""

    def __init__(self, frame: FirstFrame, lock: QLockFile) -> None:
        self.frame = frame
        self.lock: QLockFile | None = lock
        self.finished = False

    @property
    def closed_early(self) -> bool:
        """Whether the rep closed the frame before the window took its place."""
        return not self.finished and self.frame.closed_early

    def answer(self) -> None:
        """Let the frame answer what came meanwhile (a paint, a move, a close)."""
        QApplication.processEvents()

    def take_lock(self) -> QLockFile | None:
        """The plan's lock, now the window's to hold."""
        lock, self.lock = self.lock, None
        return lock

    def hand_over(self, window: QWidget) -> None:
        """Show `window` where the frame is (the rep may have moved it); the frame stays on
        the screen until `finish()`, once the window has painted."""
        self.frame.hand_over(window)

    def finish(self) -> None:
        """The window is on the screen: the frame goes (once; later calls do nothing)."""
        if self.finished:
            return
        self.finished = True
        self.frame.handed_over = True  # a close from here is not the rep's
        self.frame.close()
        self.frame.deleteLater()

    def abandon(self) -> None:
        """No window follows (the rep closed the frame, or the plan cannot open): let go."""
        self.finish()
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


def open_first_frame(db_path: Path, clock: Clock, *, demo: bool = False) -> Opening | None:
    """Show the week the window will open on, drawn from the file; None when there is no first
    frame to show (see planner.ui.first_frame) and the window opens as it always did.

    The application is made first (planner.ui.application.create_application).
    """
    settings = QSettings()
    if saved_page(settings) != Page.WEEK or saved_flag(settings, "weekCompact", False):
        return None
    try:
        lock = acquire_instance_lock(db_path)
    except StorageError:
        return None  # the window's own start says so
    if lock is None:
        return None
    try:
        frame = _shown_frame(db_path, clock, settings, demo=demo)
    except BaseException:
        lock.unlock()  # a fault here leaves the plan free for the window
        raise
    if frame is None:
        lock.unlock()
        return None
    return Opening(frame, lock)


def _shown_frame(
    db_path: Path, clock: Clock, settings: QSettings, *, demo: bool
) -> FirstFrame | None:
    """The frame with the week on the screen, painted; None when the quick read gives none."""
    frame = FirstFrame(
        window_title(db_path, demo=demo),
        plan_panel=saved_flag(settings, "planPanel", True),
        dock_width=saved_dock_width(settings) or PLAN_PANEL_WIDTH,
    )
    try:
        geometry = saved_geometry(settings)
        if geometry is None or not frame.restoreGeometry(geometry):
            frame.resize(default_size(frame.screen().availableGeometry()))
        start = week_start(saved_week(settings) or clock.today(), first_weekday())
        clean_closes = Folders(paths.data_dir()).clean_closes
        week = read_frame_week(db_path, clean_closes, start, clock, frame.day_width())
    except BaseException:
        frame.deleteLater()
        raise
    if week is None:
        frame.deleteLater()
        return None
    frame.show_week(week)
    frame.show()
    # On the screen before the window's modules load: they take the next few tenths of a second.
    waited = QElapsedTimer()
    waited.start()
    while not frame.painted and waited.elapsed() < PAINT_WAIT_MS:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    return frame
