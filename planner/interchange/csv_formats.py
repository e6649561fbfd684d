"""CSV contact, account and touch-point files read row by row through a column mapping.

The parts live apart: `csv_reading` finds the header row and parses rows, `csv_columns` knows
the vendors' headers and builds mappings, `csv_cells` converts cells into records. This module
puts them together and is what the importer and exports use.
"""

from __future__ import annotations

from collections.abc import Iterator

from planner.domain.errors import ValidationError, message
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.domain.timing import local_zone_name
from planner.interchange.csv_cells import (
    MULTI_VALUE_SEPARATOR,
    company_record,
    contact_record,
    first_value,
    touchpoint_record,
    unformula,
)
from planner.interchange.csv_columns import (
    ACCOUNT_FIELDS,
    ACCOUNT_HEADERS,
    CONTACT_FIELDS,
    CONTACT_HEADERS,
    TOUCHPOINT_FIELDS,
    TOUCHPOINT_HEADERS,
    ColumnMapping,
    default_mapping,
    fields_for,
)
from planner.interchange.csv_reading import CsvTable, detect_csv, read_table
from planner.interchange.records import SourceRow, Target, check_contact

__all__ = [
    "ACCOUNT_FIELDS",
    "ACCOUNT_HEADERS",
    "CONTACT_FIELDS",
    "CONTACT_HEADERS",
    "MULTI_VALUE_SEPARATOR",
    "TOUCHPOINT_FIELDS",
    "TOUCHPOINT_HEADERS",
    "ColumnMapping",
    "CsvTable",
    "default_mapping",
    "detect_csv",
    "fields_for",
    "iter_table_rows",
    "read_table",
    "table_rows",
]


def iter_table_rows(
    table: CsvTable,
    mapping: ColumnMapping,
    *,
    planner: bool = False,
    machine_zone: str | None = None,
) -> Iterator[SourceRow]:
    """Each data row read through the mapping; ragged or unreadable rows carry their reason.

    A touch-point's time without a zone is read in `machine_zone` (by default the machine's).
    """
    if mapping.target is Target.TOUCHPOINTS and machine_zone is None:
        machine_zone = local_zone_name()
    index = {h: i for i, h in reversed(list(enumerate(table.headers)))}
    width = len(table.headers)
    wanted = {
        name: [index[h] for h in headers if h in index] for name, headers in mapping.columns.items()
    }
    problem = mapping.problem()
    record = 0
    for line, raw in table.iter_rows():
        if not any(c.strip() for c in raw):
            continue
        record += 1
        cells = list(raw)
        while len(cells) > width and not cells[-1].strip():
            cells.pop()
        if len(cells) != width:
            yield (
                SourceRow(
                    line,
                    record,
                    None,
                    QT_TRANSLATE_NOOP(
                        "Import", "has {count} fields but the header (line {line}) has {width}"
                    ).format(count=len(cells), line=table.header_line, width=width),
                )
            )
            continue
        if problem:
            yield SourceRow(line, record, None, problem)
            continue
        values: dict[str, str] = {}
        for name, positions in wanted.items():
            for pos in positions:
                cell = cells[pos]
                cell = unformula(cell) if planner else first_value(cell)
                if cell.strip():
                    values[name] = cell
                    break
        try:
            if mapping.target is Target.TOUCHPOINTS:
                touch = touchpoint_record(values, machine_zone or "UTC")
                yield SourceRow(line, record, touch, "", touch.label)
            elif mapping.target is Target.ACCOUNTS:
                company = company_record(values)
                if not company.name:
                    nameless = QT_TRANSLATE_NOOP("Import", "has no account name")
                    yield SourceRow(line, record, None, nameless)
                    continue
                yield SourceRow(line, record, company, "", company.label)
            else:
                contact = contact_record(values)
                reason = check_contact(contact)
                yield (SourceRow(line, record, None if reason else contact, reason, contact.label))
        except ValidationError as error:
            yield SourceRow(line, record, None, message(error))


def table_rows(
    table: CsvTable,
    mapping: ColumnMapping,
    *,
    planner: bool = False,
    machine_zone: str | None = None,
) -> list[SourceRow]:
    """Every data row read through the mapping (see `iter_table_rows`)."""
    return list(iter_table_rows(table, mapping, planner=planner, machine_zone=machine_zone))
