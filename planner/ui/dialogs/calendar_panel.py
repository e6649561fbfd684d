"""The calendar panel: the connection in words, Sync now, and the conflicts to settle."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import NotFoundError, PlannerError
from planner.interchange.calendar_sync.sync import status
from planner.storage.calendar_sync import Conflict
from planner.ui.calendar.service import CalendarState, CalendarSync, parse_moment
from planner.ui.calendar.status_widget import status_text
from planner.ui.calendar.steps import take_calendars_step
from planner.ui.display import qdate
from planner.ui.i18n import error_text

CONFLICT_ROLE = Qt.ItemDataRole.UserRole


def moment_text(text: str | None) -> str:
    """A start as the sync tables keep it (UTC moment or a day), in the rep's local words."""
    if not text:
        return ""
    moment = parse_moment(text)
    locale = QLocale()
    if moment is None:
        try:
            day = datetime.strptime(text[:10], "%Y-%m-%d").date()
        except ValueError:
            return text
        return locale.toString(qdate(day), QLocale.FormatType.ShortFormat)
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return locale.toString(local, QLocale.FormatType.ShortFormat)


class CalendarPanel(QDialog):
    """Opened from the status bar: what is connected, Sync now, and each conflict with a
    one-click "Take the calendar's version" (an undoable step)."""

    def __init__(self, service: CalendarSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Calendar server"))
        self.connection = QLabel(self)
        self.connection.setWordWrap(True)
        self.connection.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sync_button = QPushButton(self.tr("&Sync now"), self)
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        conflicts_title = QLabel(self.tr("Changed on both sides (the plan's version was kept):"))
        self.conflicts = QListWidget(self)
        self.conflicts.setAccessibleName(self.tr("Calendar conflicts"))
        self.conflicts.currentRowChanged.connect(self._on_conflicts_current_row_changed)
        self.take_button = QPushButton(self.tr("&Take the calendar's version"), self)
        self.take_button.clicked.connect(self._on_take_button_clicked)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.state_label, 1)
        row.addWidget(self.sync_button)
        take_row = QHBoxLayout()
        take_row.addStretch(1)
        take_row.addWidget(self.take_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.connection)
        layout.addLayout(row)
        layout.addWidget(conflicts_title)
        layout.addWidget(self.conflicts, 1)
        layout.addLayout(take_row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 380)
        service.state_changed.connect(self._on_service_state_changed)
        self._show(service.state)

    def _show(self, state: CalendarState) -> None:
        now = status(self.service.store)
        if now.connected:
            self.connection.setText(
                self.tr("Connected to {server} as {user}: calendar “{calendar}”.").format(
                    server=now.server, user=now.user or "—", calendar=now.calendar_name
                )
            )
        else:
            self.connection.setText(
                self.tr("No calendar server is connected; connect one in Settings.")
            )
        self.state_label.setText(status_text(state, self.service.controller.clock.now()))
        self.sync_button.setEnabled(now.connected and not state.syncing)
        self._fill(now.conflicts)

    def _fill(self, conflicts: list[Conflict]) -> None:
        self.conflicts.clear()
        tps = self.service.store.touchpoints
        for conflict in conflicts:
            try:
                title = tps.get(conflict.touchpoint_id).title or self.tr("A touch-point")
            except NotFoundError:
                title = self.tr("A touch-point no longer in the plan")
            if conflict.calendar_start is None:
                text = self.tr("{title}: kept on {plan}; your calendar had deleted it.")
            else:
                text = self.tr("{title}: kept on {plan}; your calendar had it on {calendar}.")
            item = QListWidgetItem(
                text.format(
                    title=title,
                    plan=moment_text(conflict.plan_start),
                    calendar=moment_text(conflict.calendar_start),
                ),
                self.conflicts,
            )
            item.setData(CONFLICT_ROLE, conflict.id)
        if conflicts:
            self.conflicts.setCurrentRow(0)
        else:
            QListWidgetItem(self.tr("No conflicts."), self.conflicts).setFlags(
                Qt.ItemFlag.NoItemFlags
            )
        self.take_button.setEnabled(bool(conflicts))

    def take_current(self) -> None:
        """Settle the selected conflict the calendar's way (Ctrl+Z takes it back)."""
        item = self.conflicts.currentItem()
        conflict_id = item.data(CONFLICT_ROLE) if item is not None else None
        if conflict_id is None:
            return
        try:
            take_calendars_step(self.service.controller, int(conflict_id))
        except PlannerError as error:
            self.message.setText(error_text(error))
            return
        self.message.setText(self.tr("Taken; the next sync publishes it."))
        self.service.refresh_state()

    def _on_service_state_changed(self, state: CalendarState) -> None:
        self._show(state)

    def _on_sync_button_clicked(self) -> None:
        self.message.clear()
        self.service.sync_now()

    def _on_take_button_clicked(self) -> None:
        self.take_current()

    def _on_conflicts_current_row_changed(self, row: int) -> None:
        item = self.conflicts.item(row) if row >= 0 else None
        self.take_button.setEnabled(item is not None and item.data(CONFLICT_ROLE) is not None)
