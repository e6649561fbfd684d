"""The base of the record forms: Save/Cancel buttons, one error line, and save-then-close on OK."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from planner.domain.errors import PlannerError
from planner.ui.dialogs.fields import FieldError, error_label
from planner.ui.i18n import error_text

V = TypeVar("V")


class FormDialog(QDialog, Generic[V]):
    """A form whose OK hands `value()` to `save`; what fails is shown and the form stays open.

    A FieldError puts the focus on the field to fix; any other PlannerError (the store refused
    the value) is shown as it is.
    """

    def __init__(self, save: Callable[[V], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save

    def _make_buttons(self, ok_text: str | None = None) -> None:
        """The error line and the OK/Cancel buttons; called where they belong in the tab order.

        `ok_text` is the OK button's translated text (default "Save").
        """
        self.error_label = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save") if ok_text is None else ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def value(self) -> V:
        """What the form describes; raises FieldError with what to fix."""
        raise NotImplementedError

    def show_error(self, message: str, widget: QWidget | None = None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        if widget is not None:
            widget.setFocus()

    def accept(self) -> None:
        try:
            self._save(self.value())
        except FieldError as error:
            self.show_error(error_text(error), error.widget)
            return
        except PlannerError as error:
            self.show_error(error_text(error))
            return
        super().accept()
