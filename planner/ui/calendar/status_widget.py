"""The status bar's word on the calendar: up to date, syncing, offline, or what went wrong."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from planner.ui.calendar.service import CalendarState, CalendarSync

# How often "· 2 min ago" is brought up to date.
TICK_MS = 30_000
# The widest the status text may be in the status bar; the whole text is in the tooltip.
MAX_WIDTH = 460


class CalendarWords(QObject):
    """The status bar's words for the calendar (a QObject so counted texts use Qt's %Ln)."""

    def ago(self, then: datetime, now: datetime) -> str:
        """How long ago `then` was: "just now", "2 min ago", "3 h ago", "2 days ago"."""
        minutes = max(0, int((now - then).total_seconds() // 60))
        if minutes < 1:
            return self.tr("just now")
        if minutes < 60:
            return self.tr("%Ln min ago", "", minutes)
        if minutes < 24 * 60:
            return self.tr("%Ln h ago", "", minutes // 60)
        return self.tr("%Ln day(s) ago", "", minutes // (24 * 60))

    def status(self, state: CalendarState, now: datetime) -> str:
        """The words for `state` at `now` ("" when nothing is connected)."""
        if not state.connected:
            return ""
        if state.syncing:
            text = self.tr("Syncing with your calendar…")
        elif state.offline:
            text = self.tr("Offline — %Ln change(s) waiting", "", state.waiting)
        elif state.error:
            text = state.error
        elif state.waiting:
            text = self.tr("Calendar: %Ln change(s) waiting", "", state.waiting)
        elif state.last_sync is None:
            text = self.tr("Calendar not synced yet")
        else:
            text = self.tr("Calendar up to date · {ago}").format(ago=self.ago(state.last_sync, now))
        if state.conflicts and not state.syncing:
            text += self.tr(" · %Ln conflict(s)", "", state.conflicts)
        return text


def status_text(state: CalendarState, now: datetime) -> str:
    """The words the status bar shows for `state` at `now` ("" when nothing is connected)."""
    return CalendarWords().status(state, now)


class CalendarStatusButton(QToolButton):
    """A permanent status bar widget; clicking it opens the calendar panel (`activated`)."""

    activated = Signal()

    def __init__(self, service: CalendarSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setObjectName("calendarStatus")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAccessibleName(self.tr("Calendar server"))
        self.full_text = ""
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._on_ticker_timeout)
        self._ticker.start()
        service.state_changed.connect(self._on_service_state_changed)
        self.clicked.connect(self.activated)
        self.show_state(service.state)

    def show_state(self, state: CalendarState) -> None:
        self.full_text = status_text(state, self.service.controller.clock.now())
        shown = self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideRight, MAX_WIDTH
        )
        self.setText(shown)
        self.setToolTip(
            self.tr("{status}\nClick for the calendar: Sync now and conflicts.").format(
                status=self.full_text
            )
        )
        self.setVisible(state.connected)

    def _on_service_state_changed(self, state: CalendarState) -> None:
        self.show_state(state)

    def _on_ticker_timeout(self) -> None:
        self.show_state(self.service.state)
