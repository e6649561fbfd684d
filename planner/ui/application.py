"""The QApplication with the planner's identity, language, style and stylesheet.

Its own module (not the composition root's, planner.app) so that the start can make the
application and put the week's first frame on the screen before the window's modules load.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from planner import APP_ID, APP_NAME, __version__
from planner.ui.display import install_number_format
from planner.ui.i18n import install_translators, translate
from planner.ui.theme import app_icon, follow_color_scheme


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


def window_title(db_path: Path | None, *, demo: bool = False) -> str:
    """The main window's title: the app and the plan's file (and that it is the demo plan)."""
    name = db_path.name if db_path is not None else translate("MainWindow", "in memory")
    if demo:
        return translate("MainWindow", "{app} — {file} — Demo plan").format(app=APP_NAME, file=name)
    return translate("MainWindow", "{app} — {file}").format(app=APP_NAME, file=name)
