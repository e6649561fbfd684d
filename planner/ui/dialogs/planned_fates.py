"""The move dialog's part that asks what becomes of each planned touch-point of the mover."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain.job_move import PlannedTouchFate, default_fate
from planner.domain.model import AgendaEntry
from planner.ui import display
from planner.ui.i18n import label

_ROWS_SHOWN = 5  # more scroll, so a busy contact does not make the dialog taller than a laptop


class PlannedFates(QGroupBox):
    """One row per planned touch-point: when and what, and a choice of move, cancel or keep.

    Each row starts at the sensible default for the move date (see `default_fate`); a row
    the rep changed keeps their choice when the date changes.
    """

    def __init__(
        self,
        entries: Sequence[AgendaEntry],
        old_company: str,
        moved_on: date,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Their planned touch-points"), parent)
        self.setObjectName("plannedFates")
        self._today = today
        self._entries = list(entries)
        self._chosen_by_hand: set[int] = set()
        self.combos: dict[int, QComboBox] = {}

        explain = QLabel(
            self.tr(
                "Choose what becomes of each: it can go with them to the new company, be "
                "cancelled, or stay at {company}."
            ).format(company=old_company or self.tr("the old company")),
            self,
        )
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #52606d;")
        rows = QWidget(self)
        grid = QGridLayout(rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        for row, entry in enumerate(self._entries):
            tp = entry.touchpoint
            assert tp.id is not None
            what = tp.title or label(tp.channel)
            text = self.tr("{day} · {what}").format(day=display.short_day(tp.day), what=what)
            if tp.day < today:
                text = self.tr("{touch} (overdue)").format(touch=text)
            name = QLabel(text, rows)
            name.setWordWrap(True)
            name.setToolTip(entry.company_name)
            combo = QComboBox(rows)
            combo.addItem(self.tr("Move to the new company"), PlannedTouchFate.MOVE)
            combo.addItem(self.tr("Cancel it"), PlannedTouchFate.CANCEL)
            combo.addItem(
                self.tr("Keep at {company}").format(company=entry.company_name),
                PlannedTouchFate.KEEP,
            )
            combo.setAccessibleName(self.tr("What becomes of {touch}").format(touch=text))
            name.setBuddy(combo)
            combo.activated.connect(lambda _row, tp_id=tp.id: self._chosen_by_hand.add(tp_id))
            grid.addWidget(name, row, 0)
            grid.addWidget(combo, row, 1)
            self.combos[tp.id] = combo
        self.set_moved_on(moved_on)

        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        if len(self._entries) > _ROWS_SHOWN:
            scroll = QScrollArea(self)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(rows)
            row_height = max(c.sizeHint().height() for c in self.combos.values())
            scroll.setFixedHeight(_ROWS_SHOWN * (row_height + grid.verticalSpacing()))
            layout.addWidget(scroll)
        else:
            layout.addWidget(rows)

    def set_moved_on(self, moved_on: date) -> None:
        """Put every row the rep has not chosen by hand at the default for this move date."""
        for entry in self._entries:
            tp = entry.touchpoint
            if tp.id is None or tp.id in self._chosen_by_hand:
                continue
            combo = self.combos[tp.id]
            combo.setCurrentIndex(combo.findData(default_fate(tp, moved_on, self._today)))

    def fates(self) -> dict[int, PlannedTouchFate]:
        """Each planned touch-point's id and what becomes of it."""
        return {
            tp_id: PlannedTouchFate(combo.currentData()) for tp_id, combo in self.combos.items()
        }
