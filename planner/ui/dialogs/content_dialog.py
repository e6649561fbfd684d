"""The content item form: title, kind, link or file, topics and intended segments."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import CompanyKind, ContactLevel, ContentItem, ContentKind
from planner.ui.dialogs.fields import FieldError, add_labelled_row, combo_value, enum_combo
from planner.ui.dialogs.form_dialog import FormDialog
from planner.ui.i18n import label


def split_list(text: str) -> tuple[str, ...]:
    """Comma-separated words, trimmed, empty ones and repeats (ignoring case) left out."""
    seen: set[str] = set()
    result = []
    for part in text.split(","):
        word = part.strip()
        if word and word.casefold() not in seen:
            seen.add(word.casefold())
            result.append(word)
    return tuple(result)


class ContentDialog(FormDialog[ContentItem]):
    """Create or edit a content item; the link or path is stored, never opened by the app."""

    def __init__(
        self,
        item: ContentItem | None,
        save: Callable[[ContentItem], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self._original = item or ContentItem(title="")
        i = self._original
        self.setWindowTitle(
            self.tr("Edit {title}").format(title=i.title) if item else self.tr("New content item")
        )

        self.title_edit = QLineEdit(i.title, self)
        self.title_edit.setPlaceholderText(self.tr("Title (required)"))
        self.kind_combo = enum_combo(ContentKind, i.kind, self)
        self.link_edit = QLineEdit(i.link, self)
        self.link_edit.setPlaceholderText(self.tr("https://… or a file on this computer"))
        self.browse_button = QPushButton(self.tr("Choose file…"), self)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.topics_edit = QLineEdit(", ".join(i.topics), self)
        self.topics_edit.setPlaceholderText(self.tr("e.g. packaging, sustainability, cost"))
        self.kind_checks: dict[CompanyKind, QCheckBox] = {}
        kinds = QHBoxLayout()
        for kind in CompanyKind:
            box = QCheckBox(label(kind), self)
            box.setChecked(kind in i.segment_kinds)
            self.kind_checks[kind] = box
            kinds.addWidget(box)
        kinds.addStretch(1)
        self.level_checks: dict[ContactLevel, QCheckBox] = {}
        levels = QHBoxLayout()
        for level in ContactLevel:
            box = QCheckBox(label(level), self)
            box.setChecked(level in i.segment_levels)
            self.level_checks[level] = box
            levels.addWidget(box)
        levels.addStretch(1)
        self.industries_edit = QLineEdit(", ".join(i.segment_industries), self)
        self.industries_edit.setPlaceholderText(
            self.tr("Comma-separated; empty means every industry")
        )
        self.notes_edit = QPlainTextEdit(i.notes, self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)

        self._make_buttons()

        link_row = QHBoxLayout()
        link_row.addWidget(self.link_edit, 1)
        link_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Kind"), self.kind_combo)
        add_labelled_row(form, self.tr("&Link or file"), link_row, self.link_edit)
        form.addRow(self.tr("T&opics"), self.topics_edit)
        form.addRow(self.tr("For account kinds"), kinds)
        form.addRow(self.tr("For levels"), levels)
        form.addRow(self.tr("For &industries"), self.industries_edit)
        form.addRow(self.tr("&Notes"), self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.title_edit.setFocus()
        self.resize(620, 0)

    def _on_browse_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the content file"))
        if path:
            self.link_edit.setText(path)

    def item(self) -> ContentItem:
        title = self.title_edit.text().strip()
        if not title:
            raise FieldError(self.tr("The content item needs a title."), self.title_edit)
        return self._original.replace(
            title=title,
            kind=combo_value(self.kind_combo, ContentKind),
            link=self.link_edit.text().strip(),
            topics=split_list(self.topics_edit.text()),
            segment_kinds=tuple(k for k, box in self.kind_checks.items() if box.isChecked()),
            segment_levels=tuple(v for v, box in self.level_checks.items() if box.isChecked()),
            segment_industries=split_list(self.industries_edit.text()),
            notes=self.notes_edit.toPlainText().strip(),
        )

    def value(self) -> ContentItem:
        return self.item()
