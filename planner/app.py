"""The GUI composition root: opens the plan file and hands every object what it needs.

Startup, in order:

1. Create the QApplication with the planner's name, organisation, version and icon.
2. Load the translations for the user's locale (the planner's and Qt's own), then apply
   the style and stylesheet: Fusion with the planner's calm palette, light or dark as the
   system's colour scheme says, switching when the scheme changes.
3. Install the crash handler: an unexpected exception shows its details in a dialog, goes to
   the log file in the user log folder, and the app keeps running.
4. Put the week's first frame on the screen (planner.ui.opening): for a plan as the app left
   it, the week the window will open on, read with the quick read and drawn where the window
   will stand, before the window's modules load. The frame takes the plan's one-window lock.
5. Load the window's modules a part at a time (WINDOW_MODULES), the frame answering between
   the parts; a rep who closes it meanwhile ends the start.
6. Lock the plan file against a second window (or take the frame's lock over), open the Store
   on it (migrations run there) and take the day's backup; a StorageError or a file already
   open elsewhere is shown as one plain message and the app exits with 1 — no traceback for
   the user's environment.
7. Create the Controller (store + clock): the only way the GUI changes the plan.
8. Create the MainWindow with the controller and the per-user QSettings, show it, and run
   the event loop. The window is built empty and fills in steps, one per turn of the event
   loop (planner.ui.start_steps): the week first, read a day per turn, then the overdue tray
   and the agenda, and the window shows once the week is laid out, in the first frame's
   place, which goes once the window's week is painted; then the status counts, the file
   watcher, the automatic export and the calendar; then the nurture engine's first plan.
   Steps 6–8 live in planner.ui.session.Session, which repeats them when File → Open another
   database file picks a new plan.
9. On exit, close the store, release the lock and put the exception hooks back.

Nothing here is global: each object is passed to the next.
"""

from __future__ import annotations

import gc
import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import APP_NAME, paths
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.domain.timing import Clock
from planner.storage.private_files import private_folder
from planner.ui.application import create_application
from planner.ui.crash import CrashHandler, install_crash_handler
from planner.ui.first_paint import (
    first_frame_wanted,
    quit_after_first_frame_requested,
    quit_after_paint_requested,
)
from planner.ui.i18n import translate

if TYPE_CHECKING:
    from planner.ui.opening import Opening

# The window's modules in the order they load, each part a few frames at most: while they load,
# the first frame still answers (planner.ui.opening).
WINDOW_MODULES = (
    "planner.storage.store",
    "planner.ui.controller",
    "planner.ui.engine_runner",
    "planner.ui.widgets.week_view",
    "planner.ui.widgets.plan_panel",
    "planner.ui.main_window",
    "planner.ui.session",
)

# Marked here (not only passed to translate) so that the catalogue script, which reads
# planner/ui and the modules outside it that mark texts, finds this module's wording.
_NOT_OPENED = QT_TRANSLATE_NOOP("App", "Nurture Planner could not open {file}.")


def run_gui(
    db_path: Path, clock: Clock, *, demo: bool = False, quit_after_paint: bool = False
) -> int:
    """Open the plan at `db_path` in the main window; returns the exit code.

    The week's first frame (planner.ui.opening) is on the screen before the window's modules
    load; the window takes its place once its own week is painted. `quit_after_paint` (or
    NURTURE_PLANNER_QUIT_AFTER_PAINT=1) leaves the event loop right after the window's week is
    first painted: the bundle's smoke test and the cold-start benchmark
    (NURTURE_PLANNER_QUIT_AFTER_PAINT=first: right after the first frame's paint).
    """
    app = create_application(sys.argv[:1])
    # Unexpected exceptions get a dialog and a log entry instead of ending the app.
    crash = install_crash_handler(paths.log_dir(), QApplication.activeWindow)
    try:
        return _start(app, crash, db_path, clock, demo=demo, quit_after_paint=quit_after_paint)
    finally:
        crash.uninstall()


def _start(
    app: QApplication,
    crash: CrashHandler,
    db_path: Path,
    clock: Clock,
    *,
    demo: bool,
    quit_after_paint: bool,
) -> int:
    opening = None
    if first_frame_wanted():
        from planner.ui.opening import open_first_frame

        try:
            opening = open_first_frame(db_path, clock, demo=demo)
        except Exception as error:  # a fault in the frame alone: logged; the window opens
            crash.log((type(error), error, error.__traceback__))
        if opening is not None and quit_after_first_frame_requested():
            opening.abandon()
            return 0
    # The window's modules, a part at a time, the frame answering between the parts.
    for module in WINDOW_MODULES:
        importlib.import_module(module)
        if opening is not None:
            opening.answer()
            if opening.closed_early:  # the rep closed the window before it was built
                opening.abandon()
                return 0
    return _run_window(app, db_path, clock, demo, quit_after_paint, opening)


def _run_window(
    app: QApplication,
    db_path: Path,
    clock: Clock,
    demo: bool,
    quit_after_paint: bool,
    opening: Opening | None,
) -> int:
    from planner.ui.session import Session

    # The session owns the store and the window, and moves both to another file on request;
    # QSettings() is the per-user settings file named after the organisation and the app.
    settings = QSettings()
    # Qt makes the settings folder with the umask's mode; it is the rep's own.
    private_folder(Path(settings.fileName()).parent)
    session = Session(clock, settings)
    lock = None
    if opening is not None:
        opening.answer()
        lock = opening.take_lock()
    answer = opening.answer if opening is not None else lambda: None
    error = session.open(db_path, demo=demo, show=False, lock=lock, answer=answer)
    try:
        if opening is not None:
            opening.answer()
            if opening.closed_early:  # the rep closed the window before it was built
                return 0
        if error is not None or session.window is None:
            if opening is not None:
                opening.abandon()
            # The store's own plain message (translated where it is made), or a general one.
            message = error or translate("App", _NOT_OPENED).format(file=db_path)
            QMessageBox.critical(None, APP_NAME, message)
            return 1
        # What start-up made lives as long as the app: once the week is painted the cyclic
        # collector need not visit it again (a full collection stops every thread, the GUI's
        # too, for as long as it visits each object alive).
        session.window.start_steps.finished.connect(gc.freeze)
        # Also when the window is closed from code before it ever showed; queued, so that a
        # close before the event loop runs still ends it once it does.
        session.window_closed.connect(app.quit, Qt.ConnectionType.QueuedConnection)
        if quit_after_paint or quit_after_paint_requested():
            # Once the week read at start is on the screen (not the empty window before it).
            session.window.week_painted.connect(app.quit)
        # Shown with its week laid out: the first frame on the screen is the week, not an
        # empty window.
        session.window.show_when_ready(opening)
        return int(app.exec())
    finally:
        if opening is not None:
            opening.abandon()  # nothing left to do when the window took its place
        session.close()
