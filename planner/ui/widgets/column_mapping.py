"""The column-mapping editor: which column of a CSV file fills each planner field, with samples."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.interchange.importer import ImportSource
from planner.ui import display
from planner.ui.i18n import translate

# The editor is part of the import dialog: its texts keep the dialog's translation context
# ("ImportDialog", written out each time so that lupdate finds them).
NOT_IMPORTED = QT_TRANSLATE_NOOP("ImportDialog", "(not imported)")
# The labels of the planner fields a file column can fill (planner.interchange.csv_formats
# keeps them in English); shown through translate("ImportDialog", label).
FIELD_LABELS = (
    # Contacts.
    QT_TRANSLATE_NOOP("ImportDialog", "First name"),
    QT_TRANSLATE_NOOP("ImportDialog", "Last name"),
    QT_TRANSLATE_NOOP("ImportDialog", "Full name (split into first and last)"),
    QT_TRANSLATE_NOOP("ImportDialog", "Company"),
    QT_TRANSLATE_NOOP("ImportDialog", "Job title"),
    QT_TRANSLATE_NOOP("ImportDialog", "E-mail"),
    QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
    QT_TRANSLATE_NOOP("ImportDialog", "Profile URL"),
    QT_TRANSLATE_NOOP("ImportDialog", "Notes"),
    QT_TRANSLATE_NOOP("ImportDialog", "Level"),
    QT_TRANSLATE_NOOP("ImportDialog", "Buying role"),
    QT_TRANSLATE_NOOP("ImportDialog", "Work street"),
    QT_TRANSLATE_NOOP("ImportDialog", "Work postal code"),
    QT_TRANSLATE_NOOP("ImportDialog", "Work city"),
    QT_TRANSLATE_NOOP("ImportDialog", "Work region"),
    QT_TRANSLATE_NOOP("ImportDialog", "Work country"),
    # Accounts.
    QT_TRANSLATE_NOOP("ImportDialog", "Name"),
    QT_TRANSLATE_NOOP("ImportDialog", "Kind"),
    QT_TRANSLATE_NOOP("ImportDialog", "Industry"),
    QT_TRANSLATE_NOOP("ImportDialog", "Website"),
    QT_TRANSLATE_NOOP("ImportDialog", "Our annual revenue"),
    QT_TRANSLATE_NOOP("ImportDialog", "Estimated annual wallet"),
    QT_TRANSLATE_NOOP("ImportDialog", "Margin percent"),
    QT_TRANSLATE_NOOP("ImportDialog", "Expected deal size"),
    QT_TRANSLATE_NOOP("ImportDialog", "Buying timeframe"),
    QT_TRANSLATE_NOOP("ImportDialog", "Growth potential"),
    QT_TRANSLATE_NOOP("ImportDialog", "Contract start"),
    QT_TRANSLATE_NOOP("ImportDialog", "Contract end"),
    QT_TRANSLATE_NOOP("ImportDialog", "Incumbent competitors"),
    QT_TRANSLATE_NOOP("ImportDialog", "Street"),
    QT_TRANSLATE_NOOP("ImportDialog", "Postal code"),
    QT_TRANSLATE_NOOP("ImportDialog", "City"),
    QT_TRANSLATE_NOOP("ImportDialog", "Region"),
    QT_TRANSLATE_NOOP("ImportDialog", "Country"),
    # Touch-points.
    QT_TRANSLATE_NOOP("ImportDialog", "Date (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("ImportDialog", "Time (HH:MM)"),
    QT_TRANSLATE_NOOP("ImportDialog", "Time zone (IANA name)"),
    QT_TRANSLATE_NOOP("ImportDialog", "Duration in minutes"),
    QT_TRANSLATE_NOOP("ImportDialog", "Account"),
    QT_TRANSLATE_NOOP("ImportDialog", "Contact (full name)"),
    QT_TRANSLATE_NOOP("ImportDialog", "Channel"),
    QT_TRANSLATE_NOOP("ImportDialog", "Purpose"),
    QT_TRANSLATE_NOOP("ImportDialog", "Status"),
    QT_TRANSLATE_NOOP("ImportDialog", "Title"),
    QT_TRANSLATE_NOOP("ImportDialog", "Reason"),
    QT_TRANSLATE_NOOP("ImportDialog", "Outcome"),
    QT_TRANSLATE_NOOP("ImportDialog", "Content (title)"),
    QT_TRANSLATE_NOOP("ImportDialog", "Completed at"),
)
_SAMPLES = 3
_MUTED = "color: #52606d;"


def field_label(text: str) -> str:
    """A planner field's label as the mapping table shows it, translated."""
    return translate("ImportDialog", text)


class ColumnMappingEditor(QGroupBox):
    """A table of planner fields, each with a combo of the file's columns and sample values.

    Picking a column applies it to the source at once; `mapping_changed` then says the
    preview should follow, and `failed` carries the plain message of a mapping refused.
    """

    mapping_changed = Signal()
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ImportDialog", "Columns"), parent)
        self.source: ImportSource | None = None
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(_MUTED)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("ImportDialog", "Planner field"),
                translate("ImportDialog", "File column"),
                translate("ImportDialog", "Sample"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 150)
        header.resizeSection(1, 170)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def show_source(self, source: ImportSource | None) -> None:
        """Show the fields and columns of `source` (or what to do when there is none)."""
        self.source = source
        self.table.setRowCount(0)
        if source is None:
            self.note.setText(
                translate("ImportDialog", "Choose a vCard or CSV file to see its columns.")
            )
            self.table.hide()
            return
        if source.table is None or source.mapping is None:
            self.note.setText(
                translate(
                    "ImportDialog",
                    "A vCard file needs no column mapping: names, organisation, title, e-mail, "
                    "phone, web address and notes are read from each card.",
                )
            )
            self.table.hide()
            return
        self.note.setText(
            translate(
                "ImportDialog",
                "Line {line} holds the column names. Pick the column that fills each field; "
                "the preview follows.",
            ).format(line=display.number(source.table.header_line))
        )
        self.table.show()
        headers = source.headers
        fields = source.fields()
        self.table.setRowCount(len(fields))
        for row, (name, english) in enumerate(fields.items()):
            text = field_label(english)
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.table.setItem(row, 0, item)
            combo = QComboBox(self.table)
            combo.setObjectName(f"mapping_{name}")
            combo.setAccessibleName(
                translate("ImportDialog", "Column for {field}").format(field=text)
            )
            combo.addItem(translate("ImportDialog", NOT_IMPORTED), "")
            for column in headers:
                combo.addItem(column, column)
            mapped = source.mapping.columns.get(name, ())
            current = mapped[0] if mapped else ""
            combo.setCurrentIndex(max(0, combo.findData(current)))
            if len(mapped) > 1:
                combo.setToolTip(
                    translate("ImportDialog", "Also tried when empty: {columns}").format(
                        columns=", ".join(mapped[1:])
                    )
                )
            combo.currentIndexChanged.connect(
                lambda _index, field=name, box=combo: self._on_combo_changed(field, box)
            )
            self.table.setCellWidget(row, 1, combo)
            self.table.setItem(row, 2, self._sample_item(current))

    def _sample_item(self, header: str) -> QTableWidgetItem:
        values = self.samples(header)
        item = QTableWidgetItem(" · ".join(values))
        item.setToolTip("\n".join(values))
        item.setForeground(self.palette().placeholderText())
        return item

    def samples(self, header: str) -> list[str]:
        """A few different non-empty values of a column, as the mapping table shows them."""
        source = self.source
        if source is None or not header or header not in source.headers:
            return []
        column = source.headers.index(header)
        found: list[str] = []
        for _line, cells in source.sample(20):
            value = cells[column].strip() if column < len(cells) else ""
            value = value if len(value) <= 32 else value[:31] + "…"
            if value and value not in found:
                found.append(value)
            if len(found) == _SAMPLES:
                break
        return found

    def combo(self, field: str) -> QComboBox:
        """The column combo of a planner field (for tests and keyboard users alike)."""
        # Looked up by row: combos of a replaced mapping linger until their deferred delete.
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            combo = self.table.cellWidget(row, 1)
            is_field = item is not None and item.data(Qt.ItemDataRole.UserRole) == field
            if is_field and isinstance(combo, QComboBox):
                return combo
        raise KeyError(field)

    def _on_combo_changed(self, field: str, combo: QComboBox) -> None:
        source = self.source
        if source is None or source.mapping is None:
            return
        header = str(combo.currentData() or "")
        try:
            source.use_mapping(source.mapping.with_column(field, header or None))
        except PlannerError as error:
            self.failed.emit(str(error))
            return
        combo.setToolTip("")
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == field:
                self.table.setItem(row, 2, self._sample_item(header))
        self.mapping_changed.emit()
