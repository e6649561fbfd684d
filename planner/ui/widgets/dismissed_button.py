"""The "Dismissed" button of Plan my week: what was dismissed this week, to bring back."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from planner.domain.errors import PlannerError
from planner.storage.dismissals import Dismissal
from planner.ui.controller import Controller
from planner.ui.i18n import error_text


class DismissedButton(QToolButton):
    """Lists the week's dismissed suggestions; choosing one (or all) restores it, one undo step."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navButton")
        self.controller = controller
        self.week: date | None = None
        self._dismissals: list[Dismissal] = []
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolTip(self.tr("Show what was dismissed this week and bring it back"))
        self._update()

    def set_week(self, week: date) -> None:
        """Read the dismissals of the planning week starting on `week`."""
        self.week = week
        self._dismissals = self.controller.dismissals(week)
        self._update()

    def count(self) -> int:
        return len(self._dismissals)

    def dismissals(self) -> list[Dismissal]:
        return list(self._dismissals)

    def restore(self, keys: list[str]) -> None:
        try:
            self.controller.restore_dismissed(keys)
        except PlannerError as error:
            self.controller.failed.emit(error_text(error))

    def _update(self) -> None:
        n = len(self._dismissals)
        self.setText(self.tr("Dismissed (%Ln)", "", n))
        self.setVisible(n > 0)
        self.menu_.clear()
        for d in self._dismissals:
            action = QAction(self.tr("Restore “{what}”").format(what=d.summary or d.key), self)
            action.setData(d.key)
            action.triggered.connect(self._on_restore_one_triggered)
            self.menu_.addAction(action)
        if n > 1:
            self.menu_.addSeparator()
            every = QAction(self.tr("Restore all %Ln", "", n), self)
            every.triggered.connect(self._on_restore_all_triggered)
            self.menu_.addAction(every)

    def _on_restore_one_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and isinstance(action.data(), str):
            self.restore([action.data()])

    def _on_restore_all_triggered(self) -> None:
        self.restore([d.key for d in self._dismissals])
