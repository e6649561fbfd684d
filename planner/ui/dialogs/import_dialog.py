"""Importing contacts or accounts: the file's format, its column mapping, a preview, then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.imports import ImportCancelledError
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.interchange.detect import ImportFormat
from planner.interchange.importer import (
    ImportPreview,
    ImportResult,
    ImportSource,
    RowAction,
    plan_import,
)
from planner.interchange.records import Target
from planner.storage.backup import backup_before_import
from planner.ui.controller import Controller
from planner.ui.dialogs.import_file import FORMATS, choose_import_file, encoding_label
from planner.ui.i18n import label, translate
from planner.ui.models.filter_proxy import SORT_ROLE
from planner.ui.models.import_preview_model import (
    ACTION_COLOURS,
    Column,
    ImportPreviewModel,
)
from planner.ui.widgets.column_mapping import ColumnMappingEditor

# What the preview's "show" combo offers for each action.
_SHOW_ONLY = {
    RowAction.NEW: QT_TRANSLATE_NOOP("ImportDialog", "New only"),
    RowAction.UPDATED: QT_TRANSLATE_NOOP("ImportDialog", "Update only"),
    RowAction.UNCHANGED: QT_TRANSLATE_NOOP("ImportDialog", "Unchanged only"),
    RowAction.INVALID: QT_TRANSLATE_NOOP("ImportDialog", "Skipped only"),
}
_MUTED = "color: #52606d;"


class ImportDialog(QDialog):
    """Reads a file, shows what importing it would do, and imports it through the controller.

    Nothing is written before Import is pressed; a file that cannot be read, a cancelled
    import or a refused one leave the plan as it was and say why in the dialog.
    """

    imported = Signal(object)  # ImportResult
    import_progressed = Signal(int, int)  # done, total

    def __init__(
        self, controller: Controller, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.store = controller.store
        self.path: Path | None = None
        self.source: ImportSource | None = None
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self.progress: QProgressDialog | None = None
        self._filling = False
        self.setWindowTitle(self.tr("Import contacts or accounts"))

        # The file and how it is read.
        self.file_label = QLabel(self.tr("No file chosen"), self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.file_label.font()
        font.setBold(True)
        self.file_label.setFont(font)
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.format_combo = QComboBox(self)
        for fmt in FORMATS:
            self.format_combo.addItem(label(fmt), str(fmt))
        self.format_combo.setAccessibleName(self.tr("File format"))
        self.detected_label = QLabel(self)
        self.detected_label.setStyleSheet(_MUTED)
        self.target_combo = QComboBox(self)
        for target in Target:
            self.target_combo.addItem(label(target), str(target))
        self.target_combo.setAccessibleName(self.tr("Rows describe"))
        self.target_label = QLabel(self.tr("&Rows are"), self)
        self.target_label.setBuddy(self.target_combo)
        format_label = QLabel(self.tr("&Format"), self)
        format_label.setBuddy(self.format_combo)

        top = QGridLayout()
        top.addWidget(QLabel(self.tr("File"), self), 0, 0)
        top.addWidget(self.file_label, 0, 1, 1, 3)
        top.addWidget(self.choose_button, 0, 4)
        top.addWidget(format_label, 1, 0)
        top.addWidget(self.format_combo, 1, 1)
        top.addWidget(self.detected_label, 1, 2)
        top.addWidget(self.target_label, 1, 3, Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.target_combo, 1, 4)
        top.setColumnStretch(2, 1)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet(
            "color: #b03a2e; background: #fbeaea; border: 1px solid #f0c4c0;"
            " border-radius: 4px; padding: 6px;"
        )
        self.error_label.hide()

        # The column mapping.
        self.mapping_editor = ColumnMappingEditor(self)
        self.mapping_editor.mapping_changed.connect(self.refresh_preview)
        self.mapping_editor.failed.connect(self._show_error)

        # The preview.
        self.preview_box = QGroupBox(self.tr("Preview"), self)
        self.count_labels: dict[RowAction, QLabel] = {}
        counts = QHBoxLayout()
        for action in RowAction:
            count_label = QLabel(self.preview_box)
            count_label.setObjectName(f"count_{action}")
            count_label.setStyleSheet(
                f"color: {ACTION_COLOURS[action]}; border: 1px solid #d9e0e6;"
                " border-radius: 4px; padding: 3px 8px; background: #ffffff;"
            )
            self.count_labels[action] = count_label
            counts.addWidget(count_label)
        counts.addStretch(1)
        self.show_combo = QComboBox(self.preview_box)
        self.show_combo.addItem(self.tr("All rows"), "")
        for position, action in enumerate(RowAction):
            # Filtered on the action column's sort key (its position), which no language changes.
            self.show_combo.addItem(translate("ImportDialog", _SHOW_ONLY[action]), str(position))
        self.show_combo.setAccessibleName(self.tr("Show rows"))
        counts.addWidget(self.show_combo)
        self.model = ImportPreviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(Column.ACTION)
        self.proxy.setFilterRole(SORT_ROLE)
        self.preview_table = QTableView(self.preview_box)
        self.preview_table.setModel(self.proxy)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.setShowGrid(False)
        self.preview_table.setWordWrap(False)
        self.preview_table.setSortingEnabled(True)
        self.preview_table.sortByColumn(Column.WHERE, Qt.SortOrder.AscendingOrder)
        self.preview_table.verticalHeader().hide()
        self.preview_table.verticalHeader().setDefaultSectionSize(
            self.preview_table.fontMetrics().height() + 8
        )
        preview_header = self.preview_table.horizontalHeader()
        preview_header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        preview_header.setHighlightSections(False)
        for column, width in (
            (Column.WHERE, 80),
            (Column.RECORD, 190),
            (Column.ACTION, 80),
            (Column.LEVEL, 125),
        ):
            preview_header.resizeSection(column, width)
        preview_header.setStretchLastSection(True)
        self.problem_label = QLabel(self.preview_box)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b03a2e;")
        self.problem_label.hide()
        self.guessed_label = QLabel(self.preview_box)
        self.guessed_label.setWordWrap(True)
        self.guessed_label.hide()
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addLayout(counts)
        preview_layout.addWidget(self.problem_label)
        preview_layout.addWidget(self.guessed_label)
        preview_layout.addWidget(self.preview_table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.mapping_editor)
        self.splitter.addWidget(self.preview_box)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)

        self.overwrite_check = QCheckBox(
            self.tr("&Overwrite existing values (otherwise only empty fields are filled)"), self
        )
        self.note_label = QLabel(
            self.tr(
                "Matching records are updated, never duplicated: accounts by name, contacts by "
                "e-mail or by name within the account, touch-points by account, contact, day, "
                "time, channel and title. File → Undo import… takes an import back."
            ),
            self,
        )
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(_MUTED)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.overwrite_check)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)

        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_current_index_changed)
        self.target_combo.currentIndexChanged.connect(self._on_target_combo_current_index_changed)
        self.overwrite_check.toggled.connect(self._on_overwrite_check_toggled)
        self.show_combo.currentIndexChanged.connect(self._on_show_combo_current_index_changed)
        self.resize(1120, 700)
        self.splitter.setSizes([530, 570])
        if path is not None:
            self.load(path)
        else:
            self._show_source()

    # Reading the file.

    def load(self, path: Path, fmt: ImportFormat = ImportFormat.AUTO) -> None:
        """Read a file (detecting its format unless one is given) and preview it."""
        self.path = Path(path)
        self.file_label.setText(self.path.name)
        self.file_label.setToolTip(str(self.path))
        self._filling = True
        self.format_combo.setCurrentIndex(FORMATS.index(fmt))
        self._filling = False
        self._read()

    def set_format(self, fmt: ImportFormat) -> None:
        """Read the file as another format (what the format combo does)."""
        self.format_combo.setCurrentIndex(FORMATS.index(fmt))

    def _read(self) -> None:
        self.source = None
        if self.path is not None:
            try:
                self.source = ImportSource.from_path(self.path, self._chosen_format())
            except PlannerError as error:
                self._show_error(str(error))
            else:
                self._show_error("")
        self._show_source()

    def _chosen_format(self) -> ImportFormat:
        return ImportFormat(self.format_combo.currentData())

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _show_source(self) -> None:
        source = self.source
        if source is None:
            self.detected_label.setText("")
        else:
            if self._chosen_format() is ImportFormat.AUTO:
                detected = self.tr("Detected: {format} · {encoding}")
            else:
                detected = self.tr("Read as: {format} · {encoding}")
            self.detected_label.setText(
                detected.format(
                    format=label(source.format), encoding=encoding_label(source.encoding)
                )
            )
        is_csv = source is not None and source.table is not None
        self.target_label.setVisible(is_csv)
        self.target_combo.setVisible(is_csv)
        if source is not None:
            self._filling = True
            self.target_combo.setCurrentIndex(self.target_combo.findData(str(source.target)))
            self._filling = False
        self._fill_mapping()
        self.refresh_preview()

    # The column mapping.

    def _fill_mapping(self) -> None:
        self.mapping_editor.show_source(self.source)

    def samples(self, header: str) -> list[str]:
        """A few different non-empty values of a column, as the mapping table shows them."""
        return self.mapping_editor.samples(header)

    def mapping_combo(self, field: str) -> QComboBox:
        """The column combo of a planner field (for tests and keyboard users alike)."""
        return self.mapping_editor.combo(field)

    # The preview.

    def refresh_preview(self) -> None:
        """Work out again what importing would do (nothing is written)."""
        self.preview = None
        problem = ""
        source = self.source
        if source is not None and source.mapping is not None:
            problem = source.mapping.problem()
        if source is not None and not problem:
            try:
                self.preview = plan_import(
                    self.store, source, overwrite=self.overwrite_check.isChecked()
                )
            except PlannerError as error:
                problem = str(error)
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        preview = self.preview
        rows = preview.shown if preview else ()
        guessed = preview.guessed if preview else 0
        self.guessed_label.setText(
            self.tr(
                "%Ln level(s) guessed from the job title (marked “guessed”): the file gives "
                "none for them. A Level column in the file decides instead.",
                "",
                guessed,
            )
        )
        self.guessed_label.setVisible(guessed > 0)
        self.preview_table.setColumnHidden(Column.LEVEL, not any(r.level for r in rows))
        self.model.set_rows(
            preview.shown if preview else (), preview.format if preview else ImportFormat.CSV
        )
        counts = {
            RowAction.NEW: preview.new if preview else 0,
            RowAction.UPDATED: preview.updated if preview else 0,
            RowAction.UNCHANGED: preview.unchanged if preview else 0,
            RowAction.INVALID: len(preview.invalid) if preview else 0,
        }
        texts = {
            RowAction.NEW: self.tr("%Ln new", "", counts[RowAction.NEW]),
            RowAction.UPDATED: self.tr("%Ln updated", "", counts[RowAction.UPDATED]),
            RowAction.UNCHANGED: self.tr("%Ln unchanged", "", counts[RowAction.UNCHANGED]),
            RowAction.INVALID: self.tr("%Ln skipped", "", counts[RowAction.INVALID]),
        }
        for action, count_label in self.count_labels.items():
            count_label.setText(texts[action])
            colour = ACTION_COLOURS[action] if counts[action] else "#8a96a3"
            weight = "bold" if counts[action] else "normal"
            count_label.setStyleSheet(
                f"color: {colour}; font-weight: {weight}; border: 1px solid #d9e0e6;"
                " border-radius: 4px; padding: 3px 8px; background: #ffffff;"
            )
            count_label.setToolTip(
                self.tr("Rows that cannot be imported; the Details column says why.")
                if action is RowAction.INVALID
                else ""
            )
        self.preview_box.setEnabled(self.source is not None)
        self.mapping_editor.setEnabled(self.source is not None)
        writes = preview is not None and preview.writes_anything
        self.import_button.setEnabled(writes)
        if preview is not None and not writes and not problem:
            self.import_button.setToolTip(
                self.tr("Nothing to import: every row is already in the plan.")
            )
        else:
            self.import_button.setToolTip("")
        if preview is None:
            title = self.tr("Preview")
        elif preview.format is ImportFormat.VCARD:
            title = self.tr("Preview — %Ln card(s), nothing written yet", "", len(preview.rows))
        else:
            title = self.tr("Preview — %Ln row(s), nothing written yet", "", len(preview.rows))
        self.preview_box.setTitle(title)

    def counts(self) -> dict[str, int]:
        """The preview's counts, as the labels show them."""
        preview = self.preview
        if preview is None:
            return {"new": 0, "updated": 0, "unchanged": 0, "invalid": 0}
        return {
            "new": preview.new,
            "updated": preview.updated,
            "unchanged": preview.unchanged,
            "invalid": len(preview.invalid),
        }

    # Importing.

    def import_now(self) -> ImportResult | None:
        """Import the previewed rows in one transaction, with progress and Cancel."""
        source = self.source
        if source is None or self.preview is None or not self.preview.writes_anything:
            return None
        try:
            backup_before_import(self.store)
        except PlannerError as error:
            self._show_error(self.tr("{error} Nothing was imported.").format(error=error))
            return None
        total = max(1, self.preview.total)
        progress = QProgressDialog(
            self.tr("Importing {file}…").format(file=source.name), self.tr("Cancel"), 0, total, self
        )
        progress.setWindowTitle(self.tr("Importing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress

        def report(done: int, total: int) -> None:
            progress.setMaximum(max(1, total))
            progress.setValue(min(done, max(1, total)))
            self.import_progressed.emit(done, total)

        try:
            result = self.controller.import_source(
                source,
                overwrite=self.overwrite_check.isChecked(),
                progress=report,
                cancelled=progress.wasCanceled,
            )
        except ImportCancelledError as error:
            self._show_error(str(error))
            return None
        except PlannerError as error:
            self._show_error(self.tr("{error} Nothing was imported.").format(error=error))
            return None
        finally:
            progress.close()
            progress.deleteLater()
            self.progress = None
        self.import_result = result
        self.imported.emit(result)
        self.accept()
        return result

    # Slots.

    def _on_choose_button_clicked(self) -> None:
        path = choose_import_file(self, self.path.parent if self.path else None)
        if path is not None:
            self.load(path)

    def _on_format_combo_current_index_changed(self, _index: int) -> None:
        if not self._filling:
            self._read()

    def _on_target_combo_current_index_changed(self, _index: int) -> None:
        source = self.source
        if self._filling or source is None or source.table is None:
            return
        target = Target(self.target_combo.currentData())
        try:
            source.use_mapping(source.guess_mapping(target))
        except PlannerError as error:
            self._show_error(str(error))
            return
        self._fill_mapping()
        self.refresh_preview()

    def _on_overwrite_check_toggled(self, _checked: bool) -> None:
        self.refresh_preview()

    def _on_show_combo_current_index_changed(self, _index: int) -> None:
        text = str(self.show_combo.currentData() or "")
        self.proxy.setFilterRegularExpression(f"^{text}$" if text else "")

    def _on_buttons_accepted(self) -> None:
        self.import_now()
