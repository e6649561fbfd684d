"""The "Plan the next step" part of the Mark done dialog: a follow-up from the cadence."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QGroupBox, QLabel, QWidget

from planner.domain.model import Channel
from planner.nurture.follow_up import FollowUp
from planner.ui.display import qdate
from planner.ui.i18n import label


class FollowUpBox(QGroupBox):
    """A checkable box offering the follow-up: checked plans it, unchecked skips it."""

    def __init__(
        self, proposal: FollowUp, who: str, earliest: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Plan the next step"), parent)
        self.setObjectName("followUpBox")
        self.proposal = proposal
        self.setCheckable(True)
        self.setChecked(True)
        self.setToolTip(self.tr("Untick to mark it done without planning a follow-up."))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("followUpDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(self.tr("ddd d MMM yyyy", "Qt date format of the day"))
        self.date_edit.setMinimumDate(qdate(earliest))
        self.date_edit.setDate(qdate(proposal.day))
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("followUpChannel")
        for channel in Channel:
            if channel is not Channel.CONTENT:  # a send needs an item: plan it in full instead
                self.channel_combo.addItem(label(channel), channel.value)
        proposed = self.channel_combo.findData(proposal.channel.value)
        self.channel_combo.setCurrentIndex(max(0, proposed))
        why = QLabel(
            self.tr("The cadence asks for a touch every %Ln day(s).", "", proposal.interval_days),
            self,
        )
        why.setObjectName("followUpWhy")
        why.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("With:"), QLabel(who, self))
        form.addRow(self.tr("On:"), self.date_edit)
        form.addRow(self.tr("By:"), self.channel_combo)
        form.addRow(why)

    def follow_up(self) -> FollowUp | None:
        """The follow-up as the rep left it, or None when they untick the box (skip)."""
        if not self.isChecked():
            return None
        chosen = self.date_edit.date()
        value = self.channel_combo.currentData()
        day = date(chosen.year(), chosen.month(), chosen.day())
        by = Channel(value) if isinstance(value, str) else self.proposal.channel
        return self.proposal.with_day(day).with_channel(by)
