"""The calendar server in the main window: the sync, its status bar word, panel and password."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QMainWindow

from planner.ui.calendar.service import CalendarSync
from planner.ui.calendar.status_widget import CalendarStatusButton
from planner.ui.controller import Controller
from planner.ui.external_changes import ExternalChanges

if TYPE_CHECKING:
    from planner.ui.dialogs.calendar_panel import CalendarPanel
    from planner.ui.dialogs.calendar_password import CalendarPasswordDialog


class CalendarInWindow(QObject):
    """Builds the sync for the window's plan, puts its word in the status bar, opens the panel
    from there, and asks for the password when there is no keychain (once per start)."""

    def __init__(
        self,
        window: QMainWindow,
        controller: Controller,
        external_changes: ExternalChanges | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.service = CalendarSync(controller, self)
        if external_changes is not None:
            # Every sync writes its time into the plan file; that write is ours, and what it
            # pulled is already shown (its undo steps refresh the views), so the window does
            # not reload everything and recompute the plan after each sync.
            self.service.synced.connect(lambda _report: external_changes.absorb())
        self.status_button = CalendarStatusButton(self.service, window.statusBar())
        window.statusBar().addPermanentWidget(self.status_button)
        self.status_button.activated.connect(self.open_panel)
        self.service.password_needed.connect(self.ask_password)
        self.panel: CalendarPanel | None = None
        self.password_dialog: CalendarPasswordDialog | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)  # the thread must end before the app does

    def open_panel(self) -> CalendarPanel:
        from planner.ui.dialogs.calendar_panel import CalendarPanel

        if self.panel is None:
            self.panel = CalendarPanel(self.service, self.window)
            self.panel.finished.connect(self._on_panel_finished)
        self.panel.show()
        self.panel.raise_()
        return self.panel

    def ask_password(self) -> CalendarPasswordDialog | None:
        from planner.ui.dialogs.calendar_password import CalendarPasswordDialog

        account = self.service.account()
        if account is None or self.password_dialog is not None:
            return self.password_dialog
        dialog = CalendarPasswordDialog(account.server, account.user, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_password_dialog_finished)
        self.password_dialog = dialog
        dialog.open()
        return dialog

    def shutdown(self) -> None:
        """Stop syncing (the window is closing); a request under way still ends first."""
        if self.service.busy:
            # A request to an unreachable server can run until its timeout: the window goes
            # now, and the app ends once the request has.
            self.window.hide()
        self.service.shutdown()

    def _on_panel_finished(self, _result: int) -> None:
        if self.panel is not None:
            self.panel.deleteLater()
        self.panel = None

    def _on_password_dialog_finished(self, result: int) -> None:
        dialog, self.password_dialog = self.password_dialog, None
        if dialog is not None and result == QDialog.DialogCode.Accepted and dialog.password.text():
            self.service.give_password(dialog.password.text())
