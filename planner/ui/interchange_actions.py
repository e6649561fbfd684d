"""The File menu's import, undo-import and CSV-export actions, added to a menu in one call."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from planner import APP_NAME
from planner.domain.errors import PlannerError
from planner.ui.controller import Controller
from planner.ui.display import number
from planner.ui.i18n import error_text

if TYPE_CHECKING:
    from planner.domain.imports import UndoImportResult
    from planner.interchange.importer import ImportResult
    from planner.ui.dialogs.import_dialog import ImportDialog
    from planner.ui.dialogs.undo_import_dialog import UndoImportDialog


class InterchangeActions(QObject):
    """Import contacts or accounts…, Undo import… and Export CSV…, inserted into a menu."""

    def __init__(
        self,
        window: QMainWindow,
        controller: Controller,
        menu: QMenu,
        before: QAction | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.dialog: ImportDialog | UndoImportDialog | None = None
        self.import_action = QAction(self.tr("&Import contacts or accounts…"), window)
        self.import_action.setShortcut("Ctrl+I")
        self.import_action.setToolTip(
            self.tr("Import a vCard file or a LinkedIn, Google, Outlook or CSV export")
        )
        self.undo_import_action = QAction(self.tr("&Undo import…"), window)
        self.undo_import_action.setToolTip(self.tr("Take a past import back as a whole"))
        self.export_action = QAction(self.tr("&Export CSV…"), window)
        self.export_action.setToolTip(
            self.tr("Write accounts.csv, contacts.csv and touchpoints.csv")
        )
        self.import_action.triggered.connect(self._on_import_action_triggered)
        self.undo_import_action.triggered.connect(self._on_undo_import_action_triggered)
        self.export_action.triggered.connect(self._on_export_action_triggered)
        actions = [self.import_action, self.undo_import_action, self.export_action]
        if before is None:
            menu.addActions(actions)
            menu.addSeparator()
        else:
            menu.insertActions(before, actions)
            menu.insertSeparator(before)

    def open_import(self, path: Path | None = None) -> ImportDialog | None:
        """Ask for a file (unless given) and open the import dialog on it (non-blocking)."""
        from planner.ui.dialogs.import_dialog import ImportDialog
        from planner.ui.dialogs.import_file import choose_import_file

        path = path or choose_import_file(self.window)
        if path is None:
            return None
        dialog = ImportDialog(self.controller, path, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._on_dialog_imported)
        dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_undo_import(self) -> UndoImportDialog:
        from planner.ui.dialogs.undo_import_dialog import UndoImportDialog

        dialog = UndoImportDialog(self.controller, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.undone.connect(self._on_undo_dialog_undone)
        dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def export(self, folder: Path | None = None) -> list[Path]:
        """Write the three CSV files into a folder (asked for unless given)."""
        from planner.interchange.csv_export import export_csv, foreign_files

        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self.window, self.tr("Export CSV into folder"), str(Path.home())
            )
            if not chosen:
                return []
            folder = Path(chosen)
        others = foreign_files(folder)
        if others and not self._confirm_replace(others):
            return []
        try:
            written = export_csv(self.controller.store, folder, replace=bool(others))
        except PlannerError as error:
            QMessageBox.warning(self.window, APP_NAME, error_text(error))
            return []
        names = QLocale().createSeparatedList([p.name for p in written])
        message = self.tr("Exported {files} to {folder}").format(files=names, folder=folder)
        self.window.statusBar().showMessage(message, 8000)
        return written

    def _confirm_replace(self, others: list[Path]) -> bool:
        names = QLocale().createSeparatedList([p.name for p in others])
        answer = QMessageBox.question(
            self.window,
            self.tr("Replace files?"),
            self.tr(
                "{files} in {folder} are not earlier CSV exports of the planner. "
                "Replace them with the export?"
            ).format(files=names, folder=others[0].parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_import_action_triggered(self) -> None:
        self.open_import()

    def _on_undo_import_action_triggered(self) -> None:
        self.open_undo_import()

    def _on_export_action_triggered(self) -> None:
        self.export()

    def _on_dialog_imported(self, result: ImportResult) -> None:
        p = result.preview
        message = self.tr(
            "Imported {source}: {new} new, {updated} updated, {unchanged} unchanged, "
            "{skipped} skipped. Ctrl+Z or File → Undo import… takes it back."
        ).format(
            source=p.source,
            new=number(p.new),
            updated=number(p.updated),
            unchanged=number(p.unchanged),
            skipped=number(len(p.invalid)),
        )
        self.window.statusBar().showMessage(message, 10000)

    def _on_undo_dialog_undone(self, _result: UndoImportResult) -> None:
        # The undo wrote through its own connection and the views have reloaded already:
        # the watcher for other programs' writes must not reload them all again.
        watcher = getattr(self.window, "external_changes", None)
        if watcher is not None:
            watcher.absorb()

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None
