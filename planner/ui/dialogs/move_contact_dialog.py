"""Moving a contact to another company: pick one or type a new name; settle their plans."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.job_move import PlannedTouchFate
from planner.domain.model import AgendaEntry, Company, Contact
from planner.ui import display
from planner.ui.dialogs.fields import FieldError, date_edit
from planner.ui.dialogs.form_dialog import FormDialog
from planner.ui.dialogs.planned_fates import PlannedFates


@dataclass(frozen=True, slots=True)
class Move:
    """Where the contact went: an existing company's id, or the name of a new one."""

    company_id: int | None
    new_company_name: str
    on: date
    title: str
    planned: dict[int, PlannedTouchFate] = field(default_factory=dict)


class MoveContactDialog(FormDialog[Move]):
    """Asks where the contact went, when, with which title, and what becomes of their plans.

    `planned` are the contact's planned touch-points; `save` carries out the move.
    """

    def __init__(
        self,
        contact: Contact,
        current_company: str,
        companies: list[Company],
        today: date,
        save: Callable[[Move], object],
        parent: QWidget | None = None,
        planned: Sequence[AgendaEntry] = (),
    ) -> None:
        super().__init__(save, parent)
        self._companies = [c for c in companies if c.id != contact.company_id]
        self.setWindowTitle(
            self.tr("{name} moved to another company").format(name=contact.full_name)
        )

        if current_company:
            leaves = self.tr(
                "{name} leaves {company}. The old job stays in their history with its end date, "
                "and their touch history stays with them."
            ).format(name=contact.full_name, company=current_company)
        else:
            leaves = self.tr(
                "{name} leaves their company. The old job stays in their history with its end "
                "date, and their touch history stays with them."
            ).format(name=contact.full_name)
        intro = QLabel(leaves, self)
        intro.setWordWrap(True)
        self.company_combo = QComboBox(self)
        self.company_combo.setEditable(True)
        self.company_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for company in self._companies:
            self.company_combo.addItem(company.name, company.id)
        self.company_combo.setCurrentIndex(-1)
        line = self.company_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Pick a company or type a new name"))
        completer = self.company_combo.completer()
        if completer is not None:
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.new_hint = QLabel(self)
        self.new_hint.setWordWrap(True)
        self.new_hint.setStyleSheet("color: #52606d;")
        self.date_edit = date_edit(today, self)
        self.title_edit = QLineEdit(contact.title, self)
        self.title_edit.setPlaceholderText(self.tr("Their title at the new company"))
        self.planned: PlannedFates | None = None
        if planned:
            self.planned = PlannedFates(planned, current_company, today, today, self)

        self._make_buttons(self.tr("Move"))

        form = QFormLayout()
        form.addRow(self.tr("New &company"), self.company_combo)
        form.addRow("", self.new_hint)
        form.addRow(self.tr("Moved &on"), self.date_edit)
        form.addRow(self.tr("New &title"), self.title_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        if self.planned is not None:
            layout.addWidget(self.planned)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.company_combo.editTextChanged.connect(self._on_company_combo_edit_text_changed)
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self._on_company_combo_edit_text_changed("")
        self.company_combo.setFocus()
        self.resize(520, 0)

    def _fit_height(self) -> None:
        """Grow to the height the wrapped texts need at this width.

        A window whose layout has wrapped labels gets no minimum height from Qt, so a hint
        shown later would be squeezed into the room left (half a line) instead.
        """
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _existing(self, name: str) -> Company | None:
        folded = name.strip().casefold()
        return next((c for c in self._companies if c.name.casefold() == folded), None)

    def _on_company_combo_edit_text_changed(self, text: str) -> None:
        name = text.strip()
        if name and self._existing(name) is None:
            self.new_hint.setText(
                self.tr("“{name}” is not in your plan yet: it will be added as a prospect.").format(
                    name=name
                )
            )
            self.new_hint.show()
        else:
            self.new_hint.hide()
        self._fit_height()

    def _on_date_edit_date_changed(self, _date: object) -> None:
        if self.planned is not None:
            self.planned.set_moved_on(display.py_date(self.date_edit.date()))

    def chosen_move(self) -> Move:
        name = self.company_combo.currentText().strip()
        if not name:
            raise FieldError(
                self.tr("Pick the company they moved to, or type its name."), self.company_combo
            )
        existing = self._existing(name)
        return Move(
            existing.id if existing else None,
            "" if existing else name,
            display.py_date(self.date_edit.date()),
            self.title_edit.text().strip(),
            {} if self.planned is None else self.planned.fates(),
        )

    def value(self) -> Move:
        return self.chosen_move()
