"""Import files into the plan: read and recognise, preview row by row, commit as one undoable batch.

The GUI import dialog and the command line drive the same steps::

    source = ImportSource.from_path(path)              # or from_bytes; may raise ImportFileError
    source.format, source.target, source.mapping       # detected; the mapping can be replaced
    source.use_mapping(source.mapping.with_column("email", "Work e-mail"))
    preview = plan_import(store, source)               # counts, the first rows' outcomes
    result = commit_import(store, source, progress=..., cancelled=...)   # one transaction
    store.imports.undo(result.batch.id)                # later: Undo import
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from planner.domain.errors import message
from planner.domain.imports import ImportBatch, ImportCancelledError, ImportFileError
from planner.domain.text import QT_TRANSLATE_NOOP, joined
from planner.interchange.csv_formats import (
    ColumnMapping,
    CsvTable,
    default_mapping,
    detect_csv,
    fields_for,
    iter_table_rows,
    read_table,
)
from planner.interchange.detect import ImportFormat, decode, looks_like_vcard, read_file
from planner.interchange.import_preview import (
    PREVIEW_ROWS,
    ImportPreview,
    PreviewTally,
    RowAction,
    RowOutcome,
    describe_invalid,
    describe_notes,
)
from planner.interchange.matching import ImportWriter, Matcher
from planner.interchange.records import (
    SourceRow,
    Target,
)
from planner.interchange.vcard import read_vcards
from planner.storage import Store
from planner.storage.import_index import MatchIndex

ProgressCallback = Callable[[int, int], None]
"""Called with (done, total) as an import advances."""
CancelCheck = Callable[[], bool]
"""Returns True when the person has asked to stop; the import then writes nothing."""

_CHECK_EVERY = 200


@dataclass(frozen=True, slots=True)
class ImportResult:
    """A committed import: the outcomes and the batch that Undo import takes back."""

    preview: ImportPreview
    batch: ImportBatch | None


@dataclass
class ImportSource:
    """A file read and recognised, ready to preview and import; its column mapping is editable."""

    name: str
    format: ImportFormat
    target: Target
    encoding: str
    table: CsvTable | None = None
    mapping: ColumnMapping | None = None
    _rows: list[SourceRow] | None = field(default=None, repr=False)

    @classmethod
    def from_path(cls, path: Path, fmt: ImportFormat | str = ImportFormat.AUTO) -> ImportSource:
        """Read a file; its errors name it ("contacts.vcf: The file is empty.")."""
        path = Path(path)
        data = read_file(path)
        try:
            return cls.from_bytes(data, path.name, fmt)
        except ImportFileError as error:
            raise ImportFileError(joined(": ", [path.name, message(error)])) from None

    @classmethod
    def from_bytes(
        cls, data: bytes, name: str = "", fmt: ImportFormat | str = ImportFormat.AUTO
    ) -> ImportSource:
        """Decode and recognise a file; ImportFileError when it cannot be imported at all."""
        wanted = ImportFormat(fmt)
        text, encoding = decode(data)
        if wanted is ImportFormat.VCARD or (wanted is ImportFormat.AUTO and looks_like_vcard(text)):
            if not looks_like_vcard(text):
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "The file is not a vCard file (it does not start with BEGIN:VCARD).",
                    )
                )
            rows = read_vcards(text)
            return cls(name, ImportFormat.VCARD, Target.CONTACTS, encoding, _rows=rows)
        if looks_like_vcard(text):
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Import", "The file is a vCard file, not {format}.").format(
                    format=wanted.label
                )
            )
        detected, target = detect_csv(text, wanted)
        table = read_table(text, detected, target)
        mapping = default_mapping(detected, target, table.headers)
        return cls(name, detected, target, encoding, table, mapping)

    @property
    def headers(self) -> tuple[str, ...]:
        """The file's column names (empty for vCard)."""
        return () if self.table is None else self.table.headers

    def fields(self) -> dict[str, str]:
        """The planner fields columns can be mapped to, with their labels."""
        return fields_for(self.target)

    def use_mapping(self, mapping: ColumnMapping) -> None:
        """Read the rows through another mapping (the GUI's column editor calls this)."""
        if self.table is None:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Import", "A vCard file has no columns to map.")
            )
        unknown = {h for hs in mapping.columns.values() for h in hs} - set(self.table.headers)
        if unknown:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Import", "The file has no column {column!r}.").format(
                    column=sorted(unknown)[0]
                )
            )
        self.mapping = mapping
        self.target = mapping.target
        self._rows = None

    def guess_mapping(self, target: Target) -> ColumnMapping:
        """A starting mapping for reading the columns as contacts, accounts or touch-points."""
        fmt = self.format if target is self.target else ImportFormat.CSV
        if target is Target.TOUCHPOINTS and fmt is not ImportFormat.PLANNER:
            return default_mapping(ImportFormat.CSV, target, self.headers)
        if target is Target.ACCOUNTS and fmt is not ImportFormat.PLANNER:
            return default_mapping(ImportFormat.PLANNER, target, self.headers)
        return default_mapping(fmt, target, self.headers)

    def sample(self, limit: int = 20) -> list[tuple[int, tuple[str, ...]]]:
        """The first data rows as they are in the file, for showing beside the mapping."""
        return [] if self.table is None else self.table.sample(limit)

    def iter_rows(self) -> Iterator[SourceRow]:
        """The rows one at a time; a CSV file's are read afresh rather than all kept at once."""
        if self._rows is not None:
            yield from self._rows
            return
        assert self.table is not None
        assert self.mapping is not None
        yield from iter_table_rows(
            self.table, self.mapping, planner=self.format is ImportFormat.PLANNER
        )

    def rows(self) -> list[SourceRow]:
        """Every row at once (kept): for small files; imports stream `iter_rows`."""
        if self._rows is None:
            self._rows = list(self.iter_rows())
        return self._rows

    def row_count(self) -> int:
        """How many rows progress counts: the data rows (a CSV file's blank ones included)."""
        if self._rows is not None or self.table is None:
            return len(self.rows())
        return self.table.count


# --- matching and writing ----------------------------------------------------------------


class _Rollback(Exception):  # noqa: N818 - a signal, not an error
    """Ends an import's transaction unkept: for a preview, or a file that changes nothing."""

    def __init__(self, preview: ImportPreview) -> None:
        super().__init__()
        self.preview = preview


def _tick(
    progress: ProgressCallback | None, cancelled: CancelCheck | None, done: int, total: int
) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelledError(
            QT_TRANSLATE_NOOP("Import", "The import was cancelled; nothing was imported.")
        )
    if progress is not None:
        progress(done, total)


def _refusal(source: ImportSource, preview: ImportPreview) -> ImportFileError:
    first = preview.invalid[0]
    refused = (
        QT_TRANSLATE_NOOP(
            "Import",
            "vCard {record} (line {line}) {reason}; "
            "{count} row(s) cannot be imported, so nothing was.",
        )
        if source.format is ImportFormat.VCARD
        else QT_TRANSLATE_NOOP(
            "Import",
            "Line {line} {reason}; {count} row(s) cannot be imported, so nothing was.",
        )
    )
    return ImportFileError(
        refused.format(
            record=first.record,
            line=first.line,
            reason=first.reason,
            count=len(preview.invalid),
        )
    )


def _run(
    store: Store,
    source: ImportSource,
    *,
    keep: bool,
    overwrite: bool,
    skip_invalid: bool = True,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportResult:
    """Match and write every row in one transaction; kept only with `keep` (else a preview).

    Rows are matched through SQL lookups and what they write is kept as shadows in temporary
    tables, so neither the plan nor the file is held in memory; an import then writes the
    records in bulk (see `planner.storage.import_pending`), a preview only drops the shadows.
    """
    total = source.row_count()
    if not keep:
        with store.imports.larger_cache(), store.imports.dry_run() as (index, dry_writer):
            matched = _match(store, source, index, dry_writer, overwrite, progress, cancelled)
            return ImportResult(matched[0], None)
    try:
        with store.imports.larger_cache(), store.transaction():
            writer = store.imports.begin(source.name, str(source.format), str(source.target))
            with store.imports.pending(writer) as (index, pending):
                preview, writes = _match(
                    store, source, index, pending, overwrite, progress, cancelled
                )
            if preview.invalid and not skip_invalid:
                raise _refusal(source, preview)
            if not writes:
                raise _Rollback(preview)
            batch = store.imports.finish(
                writer, preview.new, preview.updated, preview.unchanged, len(preview.invalid)
            )
            _tick(progress, cancelled, total, total)
    except _Rollback as done:
        return ImportResult(done.preview, None)
    return ImportResult(preview, batch)


def _match(
    store: Store,
    source: ImportSource,
    index: MatchIndex,
    writer: ImportWriter,
    overwrite: bool,
    progress: ProgressCallback | None,
    cancelled: CancelCheck | None,
) -> tuple[ImportPreview, int]:
    """Every row matched and written through `writer`: the preview and how many writes."""
    total = source.row_count()
    matcher = Matcher(store, index, writer, overwrite)
    tally = PreviewTally()
    for i, row in enumerate(source.iter_rows()):
        if i % _CHECK_EVERY == 0:
            _tick(progress, cancelled, i, total)
        tally.add(matcher.match(row))
    matcher.finish()
    preview = tally.preview(source.name, source.format, source.target, source.encoding)
    return preview, matcher.writes


def plan_import(store: Store, source: ImportSource, *, overwrite: bool = False) -> ImportPreview:
    """What importing `source` would do now, row by row; nothing is kept.

    The rows are matched exactly as committing matches them, in the memory committing takes;
    what they would write goes to temporary tables (a read-only plan can be previewed).
    """
    return _run(store, source, keep=False, overwrite=overwrite).preview


def commit_import(
    store: Store,
    source: ImportSource,
    *,
    overwrite: bool = False,
    skip_invalid: bool = True,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportResult:
    """Import `source` in one transaction, recorded as a batch that can be undone.

    Invalid rows are skipped (or, with `skip_invalid=False`, the import is refused). When
    `cancelled()` returns True the transaction is rolled back and ImportCancelledError raised.
    A file that changes nothing records no batch.
    """
    return _run(
        store,
        source,
        keep=True,
        overwrite=overwrite,
        skip_invalid=skip_invalid,
        progress=progress,
        cancelled=cancelled,
    )


def import_file(
    store: Store,
    path: Path,
    fmt: ImportFormat | str = ImportFormat.AUTO,
    *,
    dry_run: bool = False,
    overwrite: bool = False,
) -> ImportResult:
    """Read, recognise and import one file (or only preview it, with `dry_run`)."""
    source = ImportSource.from_path(path, fmt)
    if dry_run:
        return ImportResult(plan_import(store, source, overwrite=overwrite), None)
    return commit_import(store, source, overwrite=overwrite)


__all__ = [
    "PREVIEW_ROWS",
    "CancelCheck",
    "ImportPreview",
    "ImportResult",
    "ImportSource",
    "ProgressCallback",
    "RowAction",
    "RowOutcome",
    "commit_import",
    "describe_invalid",
    "describe_notes",
    "import_file",
    "plan_import",
]
