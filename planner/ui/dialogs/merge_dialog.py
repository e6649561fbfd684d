"""Merging a duplicate contact or account into the one to keep, both shown side by side."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.names import company_key, person_key
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage import Store
from planner.storage.backup import backup_before_merge
from planner.storage.merge import MergeResult
from planner.ui import display
from planner.ui.controller import Controller
from planner.ui.i18n import error_text, label, translate


class MergeKind(StrEnum):
    CONTACT = "contact"
    ACCOUNT = "account"


Rows = tuple[tuple[str, str], ...]
"""(field name, value) pairs; the names are English, marked for "MergeDialog" and translated
where the dialog shows them, so the two sides' rows match whatever the language."""


@dataclass(frozen=True, slots=True)
class Side:
    """One record the dialog can show: its id, its name, and the key duplicates share."""

    id: int
    name: str
    key: str


def contact_sides(store: Store) -> list[Side]:
    sides = []
    for summary in store.read.contact_summaries():
        c = summary.contact
        if c.id is not None:
            name = (
                f"{c.full_name} — {summary.company_name}" if summary.company_name else c.full_name
            )
            sides.append(Side(c.id, name, person_key(c.first_name, c.last_name)))
    return sides


def contact_rows(store: Store, contact_id: int) -> Rows:
    """A contact's fields and history counts, as the side-by-side columns show them."""
    c = store.contacts.get(contact_id)
    company = store.companies.get(c.company_id).name if c.company_id is not None else ""
    touches = len(store.touchpoints.for_contact(contact_id))
    sends = len(store.content.sends_for_contact(contact_id))
    return (
        (QT_TRANSLATE_NOOP("MergeDialog", "Name"), c.full_name),
        (QT_TRANSLATE_NOOP("MergeDialog", "Company"), company),
        (QT_TRANSLATE_NOOP("MergeDialog", "Title"), c.title),
        (QT_TRANSLATE_NOOP("MergeDialog", "E-mail"), c.email),
        (QT_TRANSLATE_NOOP("MergeDialog", "Phone"), c.phone),
        (QT_TRANSLATE_NOOP("MergeDialog", "Profile"), c.profile_url),
        (QT_TRANSLATE_NOOP("MergeDialog", "Touch-points"), display.number(touches)),
        (QT_TRANSLATE_NOOP("MergeDialog", "Content sent"), display.number(sends)),
    )


def account_sides(store: Store) -> list[Side]:
    return [
        Side(s.company.id, s.company.name, company_key(s.company.name))
        for s in store.read.company_summaries()
        if s.company.id is not None
    ]


def account_rows(store: Store, company_id: int) -> Rows:
    """An account's fields and what hangs off it, as the side-by-side columns show them."""
    c = store.companies.get(company_id)
    contacts = len(store.contacts.for_company(company_id))
    touches = len(store.touchpoints.for_company(company_id))
    return (
        (QT_TRANSLATE_NOOP("MergeDialog", "Name"), c.name),
        (QT_TRANSLATE_NOOP("MergeDialog", "Kind"), label(c.kind)),
        (QT_TRANSLATE_NOOP("MergeDialog", "Industry"), c.industry),
        (QT_TRANSLATE_NOOP("MergeDialog", "Website"), c.website),
        (
            QT_TRANSLATE_NOOP("MergeDialog", "Contract ends"),
            display.day(c.contract_end) if c.contract_end else "",
        ),
        (QT_TRANSLATE_NOOP("MergeDialog", "Contacts"), display.number(contacts)),
        (QT_TRANSLATE_NOOP("MergeDialog", "Touch-points"), display.number(touches)),
    )


class MergeDialog(QDialog):
    """Shows the duplicate beside the record to keep; Merge folds the one into the other."""

    def __init__(
        self,
        kind: MergeKind,
        sides: list[Side],
        duplicate_id: int,
        describe: Callable[[int], Rows],
        save: Callable[[int], object],
        backups: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._save = save
        self._describe = describe
        self._sides = {s.id: s for s in sides}
        self.duplicate = self._sides[duplicate_id]
        others = sorted((s for s in sides if s.id != duplicate_id), key=lambda s: s.name.casefold())
        contact = kind is MergeKind.CONTACT
        self.setWindowTitle(self.tr("Merge {name} into…").format(name=self.duplicate.name))

        if contact:
            explanation = self.tr(
                "<b>{name}</b> is a duplicate. Pick the contact to keep: it gets all of the "
                "duplicate's touch history, content sends and jobs, its empty fields are filled "
                "from the duplicate and different notes are added; then the duplicate is deleted."
            )
        else:
            explanation = self.tr(
                "<b>{name}</b> is a duplicate. Pick the account to keep: it gets all of the "
                "duplicate's touch history, content sends, contacts and screenings, its empty "
                "fields are filled from the duplicate and different notes are added; then the "
                "duplicate is deleted."
            )
        intro = QLabel(explanation.format(name=_escape(self.duplicate.name)), self)
        intro.setWordWrap(True)
        self.keep_combo = QComboBox(self)
        self.keep_combo.setEditable(True)
        self.keep_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.keep_combo.setAccessibleName(
            self.tr("The contact to keep") if contact else self.tr("The account to keep")
        )
        for side in others:
            self.keep_combo.addItem(side.name, side.id)
        likely = next((s for s in others if s.key and s.key == self.duplicate.key), None)
        self.keep_combo.setCurrentIndex(
            -1 if likely is None else self.keep_combo.findData(likely.id)
        )
        line = self.keep_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(
                self.tr("Pick the contact to keep")
                if contact
                else self.tr("Pick the account to keep")
            )
        completer = self.keep_combo.completer()
        if completer is not None:
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(6)
        head_gone = QLabel(self.tr("Duplicate — will be deleted"), self)
        head_keep = QLabel(self.tr("Kept"), self)
        for head in (head_gone, head_keep):
            head.setStyleSheet("font-weight: bold; color: #52606d;")
        self.grid.addWidget(head_gone, 0, 1)
        self.grid.addWidget(head_keep, 0, 2)
        self.grid.addWidget(self.keep_combo, 1, 2)
        self.gone_labels: list[QLabel] = []
        self.keep_labels: list[QLabel] = []
        self.duplicate_rows = describe(duplicate_id)
        for i, (field, value) in enumerate(self.duplicate_rows):
            name = QLabel(translate("MergeDialog", field), self)
            name.setStyleSheet("color: #52606d;")
            gone = QLabel(value or "—", self)
            keep = QLabel(self)
            for widget in (gone, keep):
                widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                widget.setMinimumWidth(220)
            self.grid.addWidget(name, i + 2, 0)
            self.grid.addWidget(gone, i + 2, 1)
            self.grid.addWidget(keep, i + 2, 2)
            self.gone_labels.append(gone)
            self.keep_labels.append(keep)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setLayout(self.grid)

        if backups is not None:
            warning = self.tr(
                "A merge cannot be undone (Ctrl+Z will not bring the duplicate back, and earlier "
                "steps can no longer be undone either). A copy of your plan is saved first in "
                "{folder}."
            ).format(folder=backups)
        else:
            warning = self.tr(
                "A merge cannot be undone (Ctrl+Z will not bring the duplicate back, and earlier "
                "steps can no longer be undone either)."
            )
        self.warning_label = QLabel(warning, self)
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(
            "color: #8a5a00; background: #fdf6e7; border: 1px solid #f0dcb0;"
            " border-radius: 4px; padding: 6px;"
        )
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b03a2e;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("&Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(frame)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.keep_combo.currentIndexChanged.connect(self._on_keep_combo_current_index_changed)
        self.keep_combo.editTextChanged.connect(self._on_keep_combo_edit_text_changed)
        self._show_kept()
        self.resize(640, 0)

    def keep_id(self) -> int | None:
        """The record picked to keep, or None while the text names none."""
        text = self.keep_combo.currentText().strip().casefold()
        index = self.keep_combo.currentIndex()
        if index >= 0 and self.keep_combo.itemText(index).casefold() == text:
            value = self.keep_combo.itemData(index)
            return value if isinstance(value, int) else None
        found = self.keep_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        value = self.keep_combo.itemData(found) if found >= 0 else None
        return value if isinstance(value, int) else None

    def set_keep(self, record_id: int) -> None:
        self.keep_combo.setCurrentIndex(self.keep_combo.findData(record_id))

    def _show_kept(self) -> None:
        keep_id = self.keep_id()
        side = None if keep_id is None else self._sides.get(keep_id)
        try:
            values = dict(self._describe(side.id)) if side is not None else {}
        except PlannerError:
            side, values = None, {}
        for (field, _value), widget in zip(self.duplicate_rows, self.keep_labels, strict=True):
            widget.setText(values.get(field, "") or ("—" if side is not None else ""))
        self.merge_button.setEnabled(side is not None)

    def accept(self) -> None:
        keep_id = self.keep_id()
        if keep_id is None:
            self.error_label.setText(self.tr("Pick the record to keep."))
            self.error_label.show()
            return
        try:
            self._save(keep_id)
        except PlannerError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        super().accept()

    def done(self, result: int) -> None:
        # A closed dialog's editable combo still talks while it is torn down: not to the store.
        self.keep_combo.blockSignals(True)
        super().done(result)

    def _on_keep_combo_current_index_changed(self, _index: int) -> None:
        self._show_kept()

    def _on_keep_combo_edit_text_changed(self, _text: str) -> None:
        self._show_kept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def open_merge(
    parent: QWidget,
    controller: Controller,
    kind: MergeKind,
    duplicate_id: int,
    on_merged: Callable[[int], object] | None = None,
) -> MergeDialog | None:
    """Open the merge dialog for a duplicate (non-blocking); `on_merged(kept_id)` runs after."""
    store = controller.store
    contact = kind is MergeKind.CONTACT
    try:
        sides = contact_sides(store) if contact else account_sides(store)
    except PlannerError as error:
        QMessageBox.warning(parent, translate("MergeDialog", "Could not merge"), error_text(error))
        return None
    if not any(s.id == duplicate_id for s in sides):
        return None

    def describe(record_id: int) -> Rows:
        return contact_rows(store, record_id) if contact else account_rows(store, record_id)

    merged: list[MergeResult] = []

    def save(keep_id: int) -> None:
        backup_before_merge(store)
        if kind is MergeKind.CONTACT:
            merged.append(controller.merge_contacts(keep_id, duplicate_id))
        else:
            merged.append(controller.merge_companies(keep_id, duplicate_id))

    backups = store.folders.backups if store.path is not None else None
    dialog = MergeDialog(kind, sides, duplicate_id, describe, save, backups, parent)

    def done(result: int) -> None:
        if result and merged and on_merged is not None:
            on_merged(merged[-1].kept_id)
        dialog.deleteLater()

    dialog.finished.connect(done)
    dialog.open()
    return dialog
