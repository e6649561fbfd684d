"""Above the week: the overdue tray and the touch-points planned on a holiday or time off."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import AgendaEntry
from planner.ui import display
from planner.ui.i18n import translate
from planner.ui.models.week_model import OverdueModel
from planner.ui.week_texts import overdue_hint, overdue_title
from planner.ui.widgets.card_delegate import CardDelegate
from planner.ui.widgets.week_columns import CardList

# Cards measured for the tray's height: beyond these, a taller card is rare and cut, not lost
# (it opens whole).
MEASURED_CARDS = 200


class OverdueTray(QFrame):
    """Planned touch-points whose day has passed (never hidden while there are any), and the
    ones planned on a day off, named until they are moved.

    Its texts keep the week's translation context, where they were first written.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overdueTray")
        self.model = OverdueModel(self)
        self.title = QLabel(self)
        self.title.setObjectName("overdueTitle")
        hint = QLabel(overdue_hint(), self)
        hint.setObjectName("weekSubtitle")
        hint.setWordWrap(True)
        self.delegate = CardDelegate(self, show_date=True, width=250)
        self.cards = CardList(None, self.delegate, self)
        self.cards.setObjectName("overdueList")
        self.cards.setModel(self.model)
        self.cards.setFlow(QListView.Flow.LeftToRight)
        self.cards.setWrapping(False)
        self.cards.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Many overdue cards scroll sideways rather than widening the window.
        self.cards.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.cards.setFixedHeight(96 + 16)
        self.cards.setAccessibleName(translate("WeekView", "Overdue touch-points"))
        self.cards.setAccessibleDescription(
            translate("WeekView", "Planned touch-points whose day has passed. Enter opens one.")
        )
        title_row = QHBoxLayout()
        title_row.addWidget(self.title)
        title_row.addWidget(hint, 1)
        tray = QVBoxLayout(self)
        tray.setContentsMargins(12, 8, 12, 6)
        tray.setSpacing(2)
        tray.addLayout(title_row)
        tray.addWidget(self.cards)
        self.days_off_note = QLabel(self)
        self.days_off_note.setObjectName("overdueTitle")
        self.days_off_note.setWordWrap(True)
        tray.addWidget(self.days_off_note)

    def set_rows(
        self, overdue: list[AgendaEntry], clashes: list[tuple[int, date, str]], today: date
    ) -> None:
        """Show the overdue entries and the (touch-point, day, name) planned on days off."""
        self.model.set_rows(overdue, today)
        count = self.model.rowCount()
        per_day = Counter((day, name) for _, day, name in clashes)
        self.days_off_note.setText(
            self.tr("⚠  %Ln planned on a day off: ", "", len(clashes))
            + ", ".join(
                f"{display.short_day(day)} · {name} ({display.number(n)})"
                for (day, name), n in list(per_day.items())[:5]
            )
            + (" …" if len(per_day) > 5 else "")
        )
        self.days_off_note.setVisible(bool(clashes))
        self.title.setVisible(count > 0)
        self.cards.setVisible(count > 0)
        self.setVisible(count > 0 or bool(clashes))
        if count:
            # Room for one row of cards, as tall as the tallest (a long title takes two
            # lines), and the horizontal scroll bar under them.
            cards = self.cards
            tallest = self.delegate.tallest(cards.font(), overdue[:MEASURED_CARDS])
            bar = cards.horizontalScrollBar().sizeHint().height()
            cards.setFixedHeight(tallest + bar + 2 * cards.frameWidth() + 4)
        self.title.setText(overdue_title(count))
