"""Reading CSV text: sniffing the delimiter, finding the header row, parsing rows lazily."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from planner.domain.imports import ImportFileError
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.interchange.csv_columns import header_signature
from planner.interchange.detect import ImportFormat
from planner.interchange.records import Target

_HEADER_SCAN_ROWS = 50
_SNIFF_CHARS = 64 * 1024


@dataclass(frozen=True, slots=True)
class CsvTable:
    """A CSV file's header and data rows, each row with the line it starts on.

    The rows are parsed again from the text on each pass rather than kept: a file of
    hundreds of thousands of rows would otherwise be held as millions of small strings.
    """

    headers: tuple[str, ...]
    header_line: int
    text: str = field(repr=False)
    delimiter: str = ","
    skip: int = 0
    """How many parsed rows (the header and any lines above it) precede the data."""
    count: int = 0
    """How many data rows the file has."""

    def iter_rows(self) -> Iterator[tuple[int, tuple[str, ...]]]:
        """The data rows in file order, each with the line it starts on."""
        for index, (line, cells) in enumerate(_iter_parse(self.text, self.delimiter)):
            if index >= self.skip:
                yield line, tuple(cells)

    @property
    def rows(self) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """Every data row at once (for small files and tests; imports stream `iter_rows`)."""
        return tuple(self.iter_rows())

    def sample(self, limit: int) -> list[tuple[int, tuple[str, ...]]]:
        """The first `limit` data rows."""
        result: list[tuple[int, tuple[str, ...]]] = []
        if limit <= 0:
            return result
        for row in self.iter_rows():
            result.append(row)
            if len(result) >= limit:
                break
        return result


_LINE = re.compile(
    "[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]*"
    "(?:\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029])?"
)
"""One line with its ending, split where str.splitlines splits."""


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` with their endings, one at a time (str.splitlines, lazily)."""
    for match in _LINE.finditer(text):
        if match.end() > match.start():
            yield match.group()


def _iter_parse(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """Rows with the line each starts on, parsed as they are read; a broken quote raises
    ImportFileError."""
    reader = csv.reader(_lines(text), delimiter=delimiter, strict=True)
    line = 1
    try:
        for cells in reader:
            yield line, cells
            line = reader.line_num + 1
    except csv.Error as error:
        raise _csv_error(error, line) from None


def _csv_error(error: csv.Error, line: int) -> ImportFileError:
    """A plain message for a CSV parse error on `line`."""
    text_error = str(error)
    if "unexpected end of data" in text_error or "EOF" in text_error:
        return ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "The file is cut off: a quoted value opened on line {line} never closes.",
            ).format(line=line)
        )
    if "field larger than field limit" in text_error:
        return ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "Line {line} holds a value too large for a CSV cell."
            ).format(line=line)
        )
    # Python's csv module says what is wrong, in English.
    return ImportFileError(
        QT_TRANSLATE_NOOP("Import", "Line {line} is not valid CSV: {error}.").format(
            line=line, error=text_error
        )
    )


def _parse(
    text: str, delimiter: str, *, limit: int | None = None, partial: bool = False
) -> list[tuple[int, list[str]]]:
    """The first `limit` rows with the line each starts on; a broken quote raises
    ImportFileError.

    With `partial`, the rows read before a broken quote are returned instead (for sniffing).
    """
    rows: list[tuple[int, list[str]]] = []
    try:
        for row in _iter_parse(text, delimiter):
            rows.append(row)
            if limit is not None and len(rows) >= limit:
                break
    except ImportFileError:
        if partial:
            return rows
        raise
    return rows


def _sniff_delimiter(sample_rows: dict[str, list[tuple[int, list[str]]]]) -> str:
    best, best_score = ",", -1
    for delimiter, rows in sample_rows.items():
        widths = [len(cells) for _, cells in rows if any(c.strip() for c in cells)]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = widths.count(common) * (common - 1)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _samples(text: str) -> dict[str, list[tuple[int, list[str]]]]:
    sample = text[:_SNIFF_CHARS]
    cut = sample.rfind("\n")
    if len(text) > _SNIFF_CHARS and cut > 0:
        sample = sample[:cut]
    return {
        delimiter: _parse(sample, delimiter, limit=_HEADER_SCAN_ROWS, partial=True)
        for delimiter in (",", ";", "\t")
    }


def detect_csv(text: str, wanted: ImportFormat = ImportFormat.AUTO) -> tuple[ImportFormat, Target]:
    """The CSV dialect in `text` from its header row (the header may follow a preamble)."""
    samples = _samples(text)
    order = (
        [ImportFormat.PLANNER, ImportFormat.LINKEDIN, ImportFormat.GOOGLE, ImportFormat.OUTLOOK]
        if wanted is ImportFormat.AUTO
        else [wanted]
    )
    for fmt in order:
        for rows in samples.values():
            for _, cells in rows:
                target = header_signature(fmt, cells)
                if target is not None:
                    return fmt, target
    if wanted in (ImportFormat.AUTO, ImportFormat.CSV):
        return ImportFormat.CSV, Target.CONTACTS
    raise ImportFileError(
        QT_TRANSLATE_NOOP(
            "Import",
            "The file does not look like a {format} file: no matching header row in its "
            "first {lines} lines.",
        ).format(format=wanted.label, lines=_HEADER_SCAN_ROWS)
    )


def read_table(text: str, fmt: ImportFormat, target: Target) -> CsvTable:
    """The whole file as a table under its header row (found by signature, else the first)."""
    samples = _samples(text)
    delimiter = None
    header_index = 0
    for candidate, rows in samples.items():
        for index, (_, cells) in enumerate(rows):
            if header_signature(fmt, cells) is target:
                delimiter, header_index = candidate, index
                break
        if delimiter is not None:
            break
    if delimiter is None:
        delimiter = _sniff_delimiter(samples)
        rows = samples.get(delimiter, [])
        header_index = next(
            (i for i, (_, cells) in enumerate(rows) if sum(1 for c in cells if c.strip()) >= 2),
            next((i for i, (_, cells) in enumerate(rows) if any(c.strip() for c in cells)), 0),
        )
    # One pass over the whole file finds broken quotes now; the rows are parsed again later.
    header: tuple[int, list[str]] | None = None
    count = 0
    for index, row in enumerate(_iter_parse(text, delimiter)):
        if index == header_index:
            header = row
        elif index > header_index:
            count += 1
    if header is None:
        raise ImportFileError(QT_TRANSLATE_NOOP("Import", "The file has no header row."))
    header_line, header_cells = header
    headers = tuple(h.strip() for h in header_cells)
    if not any(headers):
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "The header row (line {line}) is empty.").format(
                line=header_line
            )
        )
    return CsvTable(headers, header_line, text, delimiter, header_index + 1, count)
