"""Asks for the calendar password once per start when this computer has no keychain to keep it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class CalendarPasswordDialog(QDialog):
    """A password field (never shown, never stored): the answer serves this run only."""

    def __init__(self, server: str, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Calendar password"))
        text = QLabel(
            self.tr(
                "The calendar server {server} asks for the password of {user}. This computer has "
                "no keychain to keep it in, so it is asked once each time the app starts."
            ).format(server=server, user=user),
            self,
        )
        text.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.password)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())
