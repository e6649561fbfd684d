"""Shared pieces of the command line: the run context, name resolution, JSON output, exit codes."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from planner.domain.errors import NotFoundError, PlannerError, StorageError
from planner.domain.model import AgendaEntry, Company, Contact, TouchPoint
from planner.domain.timing import Clock, FixedClock, SystemClock, local_zone_name, parse_date

if TYPE_CHECKING:  # the command line imports storage only when a command opens the file
    from planner.storage import Store
    from planner.storage.clean_read import QuickReader

PROG = "nurture-planner"

EXIT_OK = 0
EXIT_ERROR = 1  # a PlannerError or another failure, reported as one line on stderr
EXIT_USAGE = 2  # what argparse uses for a bad command line

Handler = Callable[[Any, "Context"], int]


@dataclass
class Context:
    """What every command handler gets besides its arguments: the clock and the database."""

    db_path: Path
    clock: Clock
    today_given: bool = False
    out: TextIO = field(default_factory=lambda: sys.stdout)
    _stores: list[Store] = field(default_factory=list, repr=False)
    # Called with every SQL statement the command's connections run (the guard tests read it).
    sql_trace: Callable[[str], object] | None = field(default=None, repr=False)
    _readers: list[QuickReader] = field(default_factory=list, repr=False)

    @classmethod
    def from_options(cls, db: str | Path | None, today: str | None, default_db: Path) -> Context:
        """The context for `--db` and `--today` as given (either may be None)."""
        return cls(
            db_path=Path(db).expanduser() if db else default_db,
            clock=clock_for(today),
            today_given=today is not None,
        )

    @property
    def today(self) -> date:
        return self.clock.today()

    def open_store(self, *, create: bool = False, read_only: bool = False) -> Store:
        """Open (and migrate) the database; it is closed when the command ends.

        Without `create`, a path that does not exist is an error rather than a new empty file,
        so that a mistyped `--db` does not quietly show an empty plan. Commands that only read
        pass `read_only`: they skip the whole-file integrity check.
        """
        if not create:
            self._require_file()
        from planner import paths
        from planner.storage import Store
        from planner.storage.folders import Folders

        store = Store.open(
            self.db_path,
            self.clock,
            create=create,
            read_only=read_only,
            folders=Folders(paths.data_dir()),
        )
        self._stores.append(store)
        store.db.conn.set_trace_callback(self.sql_trace)
        return store

    def open_reader(self) -> QuickReader:
        """The agenda's reads, for a quick command; closed when the command ends.

        A file as this app left it is read as it is: no migration, lock or check, and neither
        sqlite-utils nor the repositories are loaded. Any other file goes through the full
        read-only open (`open_store`), which migrates an older plan or names what is wrong.
        """
        self._require_file()
        from planner import paths
        from planner.storage.clean_read import QuickReader, quick_reader
        from planner.storage.folders import Folders

        reader = quick_reader(self.db_path, Folders(paths.data_dir()).clean_closes)
        if reader is None:
            return QuickReader(self.open_store(read_only=True).db.conn, owned=False)
        self._readers.append(reader)
        reader.trace(self.sql_trace)
        return reader

    def _require_file(self) -> None:
        if not self.db_path.exists():
            raise StorageError(
                f"There is no planner database at {self.db_path} "
                f"(create one with `{PROG} demo --db PATH` or by opening the app)."
            )

    def close(self) -> None:
        while self._readers:
            self._readers.pop().close()
        while self._stores:
            self._stores.pop().close()

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def print_json(self, value: Any) -> None:
        print_json(value, self.out)


def clock_for(today: str | None) -> Clock:
    """A FixedClock at 09:00 local time of `today` when given, else the system clock."""
    if today is None:
        return SystemClock()
    day = parse_date(today, "--today")
    return FixedClock.on(day, time(9, 0), tz=local_zone_name())


def _json_default(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def to_json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, default=_json_default)


def print_json(value: Any, out: TextIO | None = None) -> None:
    print(to_json(value), file=out or sys.stdout)


def touchpoint_json(entry: AgendaEntry, today: date) -> dict[str, Any]:
    """One touch-point as `agenda --json` and `touch add --json` print it."""
    tp: TouchPoint = entry.touchpoint
    return {
        "id": tp.id,
        "date": tp.day.isoformat(),
        "time": tp.time.strftime("%H:%M") if tp.time else None,
        "tz": tp.tz if tp.time else None,
        "duration_minutes": tp.duration_minutes if tp.time else None,
        "company": entry.company_name,
        "company_id": tp.company_id,
        "company_kind": str(entry.company_kind),
        "contact": entry.contact_name or None,
        "contact_id": tp.contact_id,
        "channel": str(tp.channel),
        "purpose": str(tp.purpose),
        "status": str(tp.status),
        "title": tp.title,
        "reason": tp.reason,
        "notes": tp.notes,
        "outcome": tp.outcome,
        "content": entry.content_title or None,
        "content_id": tp.content_id,
        "overdue": tp.is_overdue(today),
        "revision": tp.revision,
    }


def find_company(store: Store, name: str) -> Company:
    """The account called `name` (case-insensitive); unknown or ambiguous names are errors."""
    if not name.strip():
        raise NotFoundError("An account name is needed.")
    try:
        return store.companies.find(name)
    except NotFoundError:
        hints = _suggestions([hit.text for hit in _word_hits(store, name, "company")])
        raise NotFoundError(f"No account is called {name!r}.{hints}") from None


def find_contact(store: Store, name: str, company: Company | None = None) -> Contact:
    """The contact called `name` (or with that e-mail), within `company` when given."""
    if not name.strip():
        raise NotFoundError("A contact name is needed.")
    company_id = company.id if company is not None else None
    try:
        return store.contacts.find(name, company_id)
    except NotFoundError:
        if company is not None and company.id is not None:
            people = [c.full_name for c in store.contacts.for_company(company.id)]
            where = f" at {company.name}"
            hint = (
                f" Contacts there: {', '.join(people[:10])}{', …' if len(people) > 10 else ''}."
                if people
                else " It has no contacts yet."
            )
        else:
            where = ""
            hint = _suggestions([hit.text for hit in _word_hits(store, name, "contact")])
        raise NotFoundError(f"No contact{where} is called {name!r}.{hint}") from None


def _word_hits(store: Store, name: str, kind: str) -> list[Any]:
    seen: dict[int, Any] = {}
    for word in name.split():
        if len(word) < 3:
            continue
        for hit in store.search(word, limit=10):
            if hit.kind == kind:
                seen.setdefault(hit.id, hit)
    return list(seen.values())


def _suggestions(names: list[str]) -> str:
    if not names:
        return ""
    shown = ", ".join(sorted(set(names), key=str.casefold)[:10])
    return f" Did you mean: {shown}?"


def one_line(error: BaseException | str) -> str:
    """The error as a single line for stderr."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text


def report_error(error: BaseException, err: TextIO | None = None) -> int:
    """Print `error` as one line on stderr and return the exit code for it."""
    stream = err or sys.stderr
    if isinstance(error, OSError):
        from planner.storage.private_files import plain_os_error

        # Plain words (a folder not writable, a read-only file, a full disk), never "[Errno …]".
        print(f"{PROG}: error: {one_line(plain_os_error(error))}", file=stream)
    elif isinstance(error, PlannerError):
        print(f"{PROG}: error: {one_line(error)}", file=stream)
    else:
        print(f"{PROG}: internal error: {type(error).__name__}: {one_line(error)}", file=stream)
    return EXIT_ERROR


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """Rows as left-aligned columns under a header line; trailing spaces trimmed."""
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return [line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def day_heading(day: date) -> str:
    """A day as the agenda heads it: "Mon 23 Nov 2026" (English, whatever the locale)."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day:02d} {_MONTHS[day.month - 1]} {day.year}"


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
