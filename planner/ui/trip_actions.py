"""The menu actions for the road: plan a trip, and print the selected touch-point's brief."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from planner.domain.errors import PlannerError
from planner.ui.controller import Controller
from planner.ui.i18n import error_text
from planner.ui.widgets.week_view import WeekView

if TYPE_CHECKING:
    from planner.ui.dialogs.trip_dialog import TripDialog


class TripActions(QObject):
    """ "Plan a trip…" and "Print brief…", added to the menus the main window passes in."""

    failed = Signal(str)

    def __init__(
        self,
        window: QWidget,
        controller: Controller,
        week_view: WeekView,
        file_menu: QMenu,
        before: QAction,
        touch_menu: QMenu,
        plan_menu: QMenu,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.week_view = week_view
        self.trip_action = QAction(self.tr("Plan a &trip…"), window)
        self.trip_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.trip_action.triggered.connect(self.open_trip_dialog)
        plan_menu.insertAction(touch_menu.menuAction(), self.trip_action)
        self.brief_action = QAction(self.tr("&Print brief…"), window)
        self.brief_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.brief_action.setToolTip(
            self.tr("Save the selected touch-point's one-page brief as PDF and open it")
        )
        self.brief_action.triggered.connect(self._on_brief_action_triggered)
        file_menu.insertAction(before, self.brief_action)
        file_menu.insertSeparator(before)
        touch_menu.addSeparator()
        touch_menu.addAction(self.brief_action)
        week_view.extra_card_actions.append(self.brief_action)

    def open_trip_dialog(self) -> TripDialog:
        from planner.ui.dialogs.trip_dialog import TripDialog

        dialog = TripDialog(self.controller, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_brief_action_triggered(self) -> None:
        tp_id = self.week_view.selected_touchpoint_id()
        if tp_id is None:
            self.failed.emit(self.tr("Select a touch-point first, then print its brief."))
            return
        tp = self.controller.store.touchpoints.get(tp_id)
        company = self.controller.store.companies.get(tp.company_id)
        slug = re.sub(r"\W+", "-", company.name.casefold()).strip("-") or "brief"
        name = f"brief-{slug}-{tp.day.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save brief"), name, self.tr("PDF files (*.pdf)")
        )
        if path and self.save_brief(tp_id, Path(path)):
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def save_brief(self, touchpoint_id: int, path: Path) -> bool:
        """Write the brief; a refusal is reported through `failed`."""
        from planner.interchange.briefing import build_brief
        from planner.ui.report.pdf import write_brief

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            brief = build_brief(self.controller.store, touchpoint_id, self.controller.today())
            write_brief(brief, path)
        except (PlannerError, OSError) as error:
            self.failed.emit(error_text(error))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        return True
