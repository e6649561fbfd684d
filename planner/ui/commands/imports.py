"""The controller's imports and merges: an import is one undo step, a merge clears the stack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.domain.imports import UndoImportResult
from planner.storage.merge import MergeResult, merge_companies, merge_contacts
from planner.ui.commands.base import ALL, Commands
from planner.ui.undo import FinalUndoCommand

if TYPE_CHECKING:
    from planner.interchange.importer import (
        CancelCheck,
        ImportResult,
        ImportSource,
        ProgressCallback,
    )


class ImportCommands(Commands):
    """Importing a file, taking a past import back, and folding duplicates together."""

    def import_source(
        self,
        source: ImportSource,
        *,
        overwrite: bool = False,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportResult:
        """Import a previewed file in one transaction, as one undo step (Ctrl+Z undoes it).

        A cancelled import raises ImportCancelledError and writes nothing. Undoing it is final,
        as in File → Undo import…: the step leaves the stack, so Redo never imports again.
        """
        from planner.interchange.importer import commit_import

        result = commit_import(
            self.store, source, overwrite=overwrite, progress=progress, cancelled=cancelled
        )
        if result.batch is None:
            return result
        batch_id = result.batch.id

        def undo() -> None:
            # A locked or full file: a plain StorageError, which the undo step reports.
            with self.store.transaction():
                if not self.store.imports.get(batch_id).is_undone:
                    self.store.imports.undo(batch_id)

        question = self.tr(
            "Undo the import of {name}? It removes what the import added and puts back the "
            "fields it filled, except where you changed them since. This cannot be undone."
        ).format(name=source.name)
        self._push(
            self.tr("Import {name}").format(name=source.name), ALL, undo, lambda: None, question
        )
        # Ctrl+Z in the window undoes it on a worker's connection (planner.ui.window_undo).
        step = self.undo_stack.command(self.undo_stack.index() - 1)
        assert isinstance(step, FinalUndoCommand)
        step.batch_id = batch_id
        return result

    def next_import_step(self) -> FinalUndoCommand | None:
        """The import's step that the next Undo takes back, if the next step is an import."""
        index = self.undo_stack.index()
        step = self.undo_stack.command(index - 1) if index > 0 else None
        if isinstance(step, FinalUndoCommand) and step.batch_id is not None:
            return step
        return None

    def undo_import(self, batch_id: int) -> UndoImportResult:
        """Take a past import back as a whole (File → Undo import…), even after other edits.

        It cannot be undone, so older steps go too: they may name what it removed, and Redo
        must not bring the import back.
        """
        with self.store.transaction():  # a locked or full file: a plain StorageError
            result = self.store.imports.undo(batch_id)
        self.import_undone()
        return result

    def import_undone(self) -> None:
        """A past import was taken back (here or on a worker's connection): older steps go,
        as `undo_import` says, and every view reloads."""
        self.undo_stack.clear()
        self.refresh_all()

    def merge_contacts(self, keep_id: int, gone_id: int) -> MergeResult:
        """Fold a duplicate contact into the one kept; not undoable, so older steps go too."""
        result = merge_contacts(self.store, keep_id, gone_id)
        self.undo_stack.clear()  # their undo steps may name the merged record
        self.refresh_all()
        return result

    def merge_companies(self, keep_id: int, gone_id: int) -> MergeResult:
        """Fold a duplicate account into the one kept; not undoable, so older steps go too."""
        result = merge_companies(self.store, keep_id, gone_id)
        self.undo_stack.clear()
        self.refresh_all()
        return result
