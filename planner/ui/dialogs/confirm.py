"""Asking before an action that cannot be taken back, with a button that names the action."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, question: str, action: str) -> bool:
    """Ask `question`; True only when the rep chose the button `action` (Cancel is the default)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setObjectName("confirmBox")
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go
