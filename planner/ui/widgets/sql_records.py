"""The accounts and contacts tables' link to the read side: their rows sorted, filtered and
read in SQL, a page at a time."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from planner.domain.model import CompanySummary, ContactSummary
from planner.storage.read_side import Reader
from planner.storage.read_side.record_tables import TableQuery


class CompanyRows:
    """The accounts table's source: account ids by query, summaries by id."""

    def __init__(self, read: Reader) -> None:
        self._read = read

    def ids(self, query: TableQuery) -> list[int]:
        return self._read.company_ids(query)

    def rows(self, ids: Sequence[int]) -> Mapping[int, CompanySummary]:
        return {s.company.id or 0: s for s in self._read.company_summaries(ids)}


class ContactRows:
    """The contacts table's source: contact ids by query, summaries by id."""

    def __init__(self, read: Reader) -> None:
        self._read = read

    def ids(self, query: TableQuery) -> list[int]:
        return self._read.contact_ids(query)

    def rows(self, ids: Sequence[int]) -> Mapping[int, ContactSummary]:
        return {s.contact.id or 0: s for s in self._read.contact_summaries(ids)}
