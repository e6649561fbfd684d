"""Beside the week: the month to pick a week from, and what is coming up."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QListView, QVBoxLayout, QWidget

from planner.domain.model import AgendaEntry
from planner.domain.timing import Clock
from planner.storage.read_side import Reader
from planner.ui.i18n import translate
from planner.ui.models.agenda_model import AgendaModel
from planner.ui.week_layout import SIDE_PANEL_WIDTH
from planner.ui.widgets.agenda_delegate import AgendaDelegate
from planner.ui.widgets.month_view import MonthView

# Entries laid out per turn of the event loop: a few screenfuls, a few milliseconds.
AGENDA_BATCH = 60


class SidePanel(QFrame):
    """The month and the agenda (its texts keep the week's translation context)."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidePanel")
        self.setFixedWidth(SIDE_PANEL_WIDTH)
        # The agenda is read while the panel shows (a narrow window hides it), not at each change.
        self.agenda_stale = True
        self.agenda_model = AgendaModel(clock.today(), parent=self)
        self.month_view = MonthView(self)
        self.agenda_list = QListView(self)
        self.agenda_list.setObjectName("agendaList")
        self.agenda_list.setModel(self.agenda_model)
        self.agenda_list.setItemDelegate(AgendaDelegate(clock.today, self.agenda_list))
        self.agenda_list.setUniformItemSizes(False)
        # A big book has thousands of entries coming up; each needs its own height. Laid out
        # in batches between events, the first screenful paints at once and the rest follows.
        self.agenda_list.setLayoutMode(QListView.LayoutMode.Batched)
        self.agenda_list.setBatchSize(AGENDA_BATCH)
        self.agenda_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.agenda_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agenda_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.agenda_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        title = QLabel(self.tr("Coming up · next %Ln day(s)", "", self.agenda_model.days), self)
        title.setObjectName("sectionTitle")
        side = QVBoxLayout(self)
        side.setContentsMargins(10, 10, 10, 10)
        side.setSpacing(8)
        side.addWidget(self.month_view)
        side.addWidget(title)
        side.addWidget(self.agenda_list, 1)
        self.month_view.setAccessibleName(translate("WeekView", "Month"))
        self.month_view.setAccessibleDescription(
            translate("WeekView", "Pick a day to show its week.")
        )
        self.agenda_list.setAccessibleName(translate("WeekView", "Coming up"))

    def read_agenda(self, read: Reader, today: date) -> list[AgendaEntry] | None:
        """The agenda's rows if the panel shows; None (read when it shows) while hidden."""
        return None if self.isHidden() else read.upcoming(today, self.agenda_model.days)

    def set_agenda(self, rows: list[AgendaEntry] | None, today: date) -> None:
        """Show the rows read by `read_agenda` (None: the agenda waits until shown)."""
        self.agenda_stale = rows is None
        if rows is not None:
            self.agenda_model.set_rows(rows, today)
