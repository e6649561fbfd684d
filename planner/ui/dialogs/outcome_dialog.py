"""A small dialog asking how a touch-point went before it is marked done."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.nurture.follow_up import FollowUp
from planner.ui.dialogs.follow_up_box import FollowUpBox


class OutcomeDialog(QDialog):
    """Asks for the outcome in a few words; an empty outcome is allowed."""

    def __init__(
        self,
        what: str,
        sends_content: bool = False,
        parent: QWidget | None = None,
        follow_up: FollowUpBox | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark done"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{_escape(what)}</b>", self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("How did it go? What was agreed?"), self))
        self.outcome_edit = QPlainTextEdit(self)
        self.outcome_edit.setObjectName("outcomeEdit")
        self.outcome_edit.setPlaceholderText(
            self.tr("e.g. Interested in the pilot; send pricing by Friday")
        )
        self.outcome_edit.setTabChangesFocus(True)
        layout.addWidget(self.outcome_edit)
        if sends_content:
            note = QLabel(
                self.tr("The content item will be recorded as sent to the contact."), self
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        self.follow_up_box = follow_up
        if follow_up is not None:
            follow_up.setParent(self)
            layout.addWidget(follow_up)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Mark done"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def follow_up(self) -> FollowUp | None:
        """The follow-up to plan with it, None to skip."""
        return self.follow_up_box.follow_up() if self.follow_up_box is not None else None

    def outcome(self) -> str:
        return self.outcome_edit.toPlainText().strip()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
