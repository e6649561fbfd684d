"""The contact form: every Contact field, with the company picked from the plan."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import BuyingRole, Company, Contact, ContactLevel
from planner.ui.dialogs.fields import FieldError, combo_value, enum_combo
from planner.ui.dialogs.form_dialog import FormDialog

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


class ContactDialog(FormDialog[Contact]):
    """Create or edit a contact; `save` is called with the value before the dialog closes.

    An existing contact's company is shown but not changed here: a new job goes through
    "Moved to another company…", which keeps the old one in their history.
    """

    def __init__(
        self,
        contact: Contact | None,
        companies: list[Company],
        save: Callable[[Contact], object],
        parent: QWidget | None = None,
        company_id: int | None = None,
    ) -> None:
        super().__init__(save, parent)
        self._original = contact or Contact(first_name="", company_id=company_id)
        c = self._original
        self.setWindowTitle(
            self.tr("Edit {name}").format(name=c.full_name) if contact else self.tr("New contact")
        )

        self.company_combo = QComboBox(self)
        self.company_combo.addItem(self.tr("No company"), None)
        for company in companies:
            self.company_combo.addItem(company.name, company.id)
        self.company_combo.setCurrentIndex(max(0, self.company_combo.findData(c.company_id)))
        if contact is not None:
            self.company_combo.setEnabled(False)
            self.company_combo.setToolTip(
                self.tr(
                    "To change the company, use “Moved to another company…”: it keeps the old job."
                )
            )
        self.first_name_edit = QLineEdit(c.first_name, self)
        self.last_name_edit = QLineEdit(c.last_name, self)
        self.title_edit = QLineEdit(c.title, self)
        self.level_combo = enum_combo(ContactLevel, c.level, self)
        self.role_combo = enum_combo(BuyingRole, c.buying_role, self)
        self.email_edit = QLineEdit(c.email, self)
        self.email_edit.setPlaceholderText(self.tr("name@company.com"))
        self.phone_edit = QLineEdit(c.phone, self)
        self.profile_edit = QLineEdit(c.profile_url, self)
        self.profile_edit.setPlaceholderText(self.tr("https://www.linkedin.com/in/…"))
        self.notes_edit = QPlainTextEdit(c.notes, self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(
            self.tr("Interests, family, hobbies — for touches that are not about business")
        )
        self.notes_edit.setFixedHeight(80)

        self._make_buttons()

        form = QFormLayout()
        form.addRow(self.tr("&Company"), self.company_combo)
        form.addRow(self.tr("&First name"), self.first_name_edit)
        form.addRow(self.tr("&Last name"), self.last_name_edit)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("Le&vel"), self.level_combo)
        form.addRow(self.tr("&Buying role"), self.role_combo)
        form.addRow(self.tr("&E-mail"), self.email_edit)
        form.addRow(self.tr("&Phone"), self.phone_edit)
        form.addRow(self.tr("Profile &URL"), self.profile_edit)
        form.addRow(self.tr("Personal &notes"), self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.first_name_edit.setFocus()
        self.resize(480, 0)

    def contact(self) -> Contact:
        """The contact as the form describes it; raises FieldError with what to fix."""
        first = self.first_name_edit.text().strip()
        last = self.last_name_edit.text().strip()
        if not (first or last):
            raise FieldError(
                self.tr("The contact needs a first or last name."), self.first_name_edit
            )
        email = self.email_edit.text().strip()
        if email and not _EMAIL.match(email):
            raise FieldError(
                self.tr("“{email}” is not an e-mail address (expected name@company.com).").format(
                    email=email
                ),
                self.email_edit,
            )
        company_id = self.company_combo.currentData()
        return self._original.replace(
            first_name=first,
            last_name=last,
            company_id=company_id if isinstance(company_id, int) else None,
            title=self.title_edit.text().strip(),
            level=combo_value(self.level_combo, ContactLevel),
            buying_role=combo_value(self.role_combo, BuyingRole),
            email=email,
            phone=self.phone_edit.text().strip(),
            profile_url=self.profile_edit.text().strip(),
            notes=self.notes_edit.toPlainText().strip(),
        )

    def value(self) -> Contact:
        return self.contact()
