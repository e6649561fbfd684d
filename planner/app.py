"""The GUI composition root: opens the plan file and hands every object what it needs.

Startup, in order:

1. Create the QApplication with the planner's name, organisation, version and icon.
2. Load the translations for the user's locale (the planner's and Qt's own), then apply
   the style and stylesheet: Fusion with the planner's calm palette, light or dark as the
   system's colour scheme says, switching when the scheme changes.
3. Install the crash handler: an unexpected exception shows its details in a dialog, goes to
   the log file in the user log folder, and the app keeps running.
4. Lock the plan file against a second window, open the Store on it (migrations run there)
   and take the day's backup; a StorageError or a file already open elsewhere is shown as
   one plain message and the app exits with 1 — no traceback for the user's environment.
5. Create the Controller (store + clock): the only way the GUI changes the plan.
6. Create the MainWindow with the controller and the per-user QSettings, show it, and run
   the event loop. The window is built empty and fills in steps, one per turn of the event
   loop (planner.ui.start_steps): the week first, read a day per turn, and the window shows
   once the week is laid out; once it is painted, the overdue tray and
   agenda, the status counts, the file watcher, the automatic export and the calendar; then
   the nurture engine's first plan. Steps 4–6 live in
   planner.ui.session.Session, which repeats them when File → Open another database file
   picks a new plan.
7. On exit, close the store, release the lock and put the exception hooks back.

Nothing here is global: each object is passed to the next.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import APP_ID, APP_NAME, __version__, paths
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.domain.timing import Clock
from planner.storage.private_files import private_folder
from planner.ui.crash import install_crash_handler
from planner.ui.display import install_number_format
from planner.ui.first_paint import quit_after_paint_requested
from planner.ui.i18n import install_translators, translate
from planner.ui.session import Session
from planner.ui.theme import app_icon, follow_color_scheme

# Marked here (not only passed to translate) so that the catalogue script, which reads
# planner/ui and the modules outside it that mark texts, finds this module's wording.
_NOT_OPENED = QT_TRANSLATE_NOOP("App", "Nurture Planner could not open {file}.")


def create_application(argv: list[str]) -> QApplication:
    """The QApplication with the planner's identity, style and stylesheet."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain(APP_ID.rsplit(".", 1)[0])
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    install_number_format()
    if not hasattr(app, "_planner_translators"):
        # Kept on the app: a translator that is garbage-collected stops translating.
        app._planner_translators = install_translators(app)  # type: ignore[attr-defined]
    app.setStyle("Fusion")
    follow_color_scheme(app)
    return app


def run_gui(
    db_path: Path, clock: Clock, *, demo: bool = False, quit_after_paint: bool = False
) -> int:
    """Open the plan at `db_path` in the main window; returns the exit code.

    `quit_after_paint` (or NURTURE_PLANNER_QUIT_AFTER_PAINT=1) leaves the event loop right
    after the week read at start is first painted: the bundle's smoke test and the cold-start
    benchmark.
    """
    app = create_application(sys.argv[:1])
    # Unexpected exceptions get a dialog and a log entry instead of ending the app.
    crash = install_crash_handler(paths.log_dir(), QApplication.activeWindow)
    # The session owns the store and the window, and moves both to another file on request;
    # QSettings() is the per-user settings file named after the organisation and the app.
    settings = QSettings()
    # Qt makes the settings folder with the umask's mode; it is the rep's own.
    private_folder(Path(settings.fileName()).parent)
    session = Session(clock, settings)
    error = session.open(db_path, demo=demo, show=False)
    try:
        if error is not None or session.window is None:
            # The store's own plain message (translated where it is made), or a general one.
            message = error or translate("App", _NOT_OPENED).format(file=db_path)
            QMessageBox.critical(None, APP_NAME, message)
            return 1
        # What start-up made lives as long as the app: once the week is painted the cyclic
        # collector need not visit it again (a full collection stops every thread, the GUI's
        # too, for as long as it visits each object alive).
        session.window.start_steps.finished.connect(gc.freeze)
        if quit_after_paint or quit_after_paint_requested():
            # Once the week read at start is on the screen (not the empty window before it).
            session.window.week_painted.connect(app.quit)
        # Shown with its week laid out: the first frame on the screen is the week, not an
        # empty window.
        session.window.show_when_ready()
        return int(app.exec())
    finally:
        session.close()
        crash.uninstall()
