"""Recording that a content item went to one or several contacts on a day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.model import ContactSummary, ContentItem
from planner.ui import display
from planner.ui.dialogs.fields import date_edit, error_label
from planner.ui.i18n import error_text

CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordSendDialog(QDialog):
    """A filterable, checkable list of contacts and the day; `save(ids, day)` logs the sends."""

    def __init__(
        self,
        item: ContentItem,
        contacts: list[ContactSummary],
        today: date,
        save: Callable[[list[int], date], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Record “{title}” sent").format(title=item.title))
        self.people = QStandardItemModel(self)
        for summary in contacts:
            c = summary.contact
            text = c.full_name
            if summary.company_name:
                text += f" — {summary.company_name}"
            if c.title:
                text += f" ({c.title})"
            row = QStandardItem(text)
            row.setCheckable(True)
            row.setEditable(False)
            row.setData(c.id, CONTACT_ID_ROLE)
            self.people.appendRow(row)
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.people)
        self.filtered.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or company…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.filtered.setFilterFixedString)
        self.list = QListView(self)
        self.list.setModel(self.filtered)
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(260)
        self.chosen_label = QLabel(self)
        self.chosen_label.setStyleSheet("color: #52606d;")
        self.date_edit = date_edit(today, self)
        self.people.itemChanged.connect(self._on_people_item_changed)

        self.error_label = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Tick everyone who received it. This only logs the send."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.chosen_label)
        form = QFormLayout()
        form.addRow(self.tr("Sent &on"), self.date_edit)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._on_people_item_changed(None)
        self.filter_edit.setFocus()
        self.resize(480, 520)

    def set_checked(self, contact_id: int, checked: bool = True) -> None:
        for row in range(self.people.rowCount()):
            entry = self.people.item(row)
            if entry is not None and entry.data(CONTACT_ID_ROLE) == contact_id:
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen_ids(self) -> list[int]:
        ids = []
        for row in range(self.people.rowCount()):
            entry = self.people.item(row)
            if entry is not None and entry.checkState() == Qt.CheckState.Checked:
                ids.append(int(entry.data(CONTACT_ID_ROLE)))
        return ids

    def _on_people_item_changed(self, _item: QStandardItem | None) -> None:
        n = len(self.chosen_ids())
        self.chosen_label.setText(
            self.tr("Nobody ticked yet") if n == 0 else self.tr("%Ln recipient(s)", "", n)
        )

    def accept(self) -> None:
        ids = self.chosen_ids()
        if not ids:
            self.error_label.setText(self.tr("Tick at least one contact who received it."))
            self.error_label.show()
            self.filter_edit.setFocus()
            return
        try:
            self._save(ids, display.py_date(self.date_edit.date()))
        except PlannerError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        super().accept()
