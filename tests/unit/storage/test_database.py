"""Opening the planner's file: pragmas, refusing files it must not touch, backups, migrations."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations

from planner import paths
from planner.domain.errors import (
    DatabaseLockedError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
)
from planner.domain.model import Company
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage import migrations as migrations_module
from planner.storage.backup_files import default_folder
from planner.storage.database import SCHEMA_VERSION, database_id, open_database, open_memory
from planner.storage.migrations import known_names, migrations
from planner.storage.schema_names import applied_names, pending_names
from planner.storage.write_lock import PlannerDatabase

NAMES = known_names()


# Helpers.


def _schema(db: Database) -> list[tuple[str, str, str]]:
    """Every table, index and trigger with its SQL, whitespace normalised, in a stable order."""
    rows = db.execute(
        "SELECT type, name, sql FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_autoindex%' ORDER BY type, name"
    ).fetchall()
    return [(kind, name, " ".join((sql or "").split())) for kind, name, sql in rows]


def _applied(db: Database | PlannerDatabase) -> list[str]:
    return applied_names(db.conn)


def _older_file(path: Path, stop_before: str) -> None:
    """A planner file written by an older version: migrations applied up to `stop_before`."""
    db = Database(path, execute_plugins=False)
    try:
        migrations.apply(db, stop_before=stop_before)
        if "companies" in db.table_names():
            db.execute("INSERT INTO companies (name, kind) VALUES ('Old Corp', 'customer')")
    finally:
        db.close()


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def _one_line(error: BaseException) -> str:
    message = str(error)
    assert message
    assert "\n" not in message
    assert "Traceback" not in message
    return message


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "planner.db"


@pytest.fixture
def existing(db_path: Path) -> Path:
    """An up-to-date planner file, closed."""
    open_database(db_path).close()
    return db_path


# Opening a new file.


def test_open_creates_a_private_wal_file_with_foreign_keys(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert _applied(db) == NAMES
        assert pending_names(db.conn) == []
        assert len(database_id(db)) == 36
    finally:
        db.close()
    # A brand-new file has nothing worth backing up.
    assert not [p for p in db_path.parent.iterdir() if p.name.endswith(".bak")]


def test_open_creates_only_the_apps_own_data_folder(tmp_path: Path) -> None:
    from planner import paths

    path = tmp_path / "a" / "b" / "planner.db"
    with pytest.raises(StorageError, match="does not exist; create it first"):
        open_database(path)
    assert not (tmp_path / "a").exists()
    own = paths.default_database()
    open_database(own).close()
    assert own.is_file()


def test_open_without_create_refuses_a_missing_file(db_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        open_database(db_path, create=False)
    assert not db_path.exists()


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="is a folder"):
        open_database(tmp_path)


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        store.db.execute(
            "INSERT INTO touchpoints (company_id, day, channel, purpose) "
            "VALUES (999, '2026-11-23', 'call', 'check_in')"
        )


def test_in_memory_database_is_migrated() -> None:
    db = open_memory()
    try:
        assert _applied(db) == NAMES
        assert database_id(db)
    finally:
        db.close()


def test_reopening_keeps_the_data_and_the_database_id(existing: Path, clock: FixedClock) -> None:
    store = Store.open(existing, clock)
    try:
        first_id = store.database_id
        with store.transaction():
            store.companies.add(Company("Acme"))
    finally:
        store.close()
    store = Store.open(existing, clock)
    try:
        assert [c.name for c in store.companies.all()] == ["Acme"]
        assert store.database_id == first_id
    finally:
        store.close()
    assert not [p for p in existing.parent.iterdir() if p.name.endswith(".bak")]


# Files the planner must refuse with one plain line.


@pytest.mark.parametrize(
    "content",
    [b"This is my shopping list, not a database.\n" * 200, os.urandom(8192)],
    ids=["text", "random"],
)
def test_a_file_that_is_not_a_database(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    with pytest.raises(NotADatabaseError) as caught:
        open_database(db_path)
    message = _one_line(caught.value)
    assert str(db_path) in message
    assert "not a Nurture Planner database" in message
    assert db_path.read_bytes() == content


def _open_without_privileges(path: Path) -> tuple[str, str]:
    """Open `path` in a fresh interpreter that cannot override file modes; (outcome, message)."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from planner.domain.errors import PlannerError\n"
        "from planner.storage.database import open_database\n"
        "try:\n"
        "    open_database(Path(sys.argv[1])).close()\n"
        "except PlannerError as error:\n"
        "    print(type(error).__name__)\n"
        "    print(error)\n"
        "else:\n"
        "    print('opened')\n"
    )
    command = [sys.executable, "-c", script, str(path)]
    if os.geteuid() == 0:
        # root writes to any file; without these capabilities it obeys the mode like anyone.
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root and setpriv (util-linux) is not installed")
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search", *command]
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    outcome, _, message = result.stdout.partition("\n")
    return outcome, message.rstrip("\n")


def test_a_read_only_file(existing: Path) -> None:
    existing.chmod(0o400)
    before = existing.read_bytes()
    outcome, message = _open_without_privileges(existing)
    assert outcome == ReadOnlyDatabaseError.__name__
    assert "\n" not in message
    assert "read-only" in message
    assert str(existing) in message
    assert existing.read_bytes() == before


def test_the_same_check_opens_a_writable_file(existing: Path) -> None:
    """The refusal above is about the file's mode, not about how the check runs."""
    assert _open_without_privileges(existing) == ("opened", "")


@pytest.mark.parametrize("wal", [True, False], ids=["planner-file", "fresh-rollback-file"])
def test_a_locked_file(db_path: Path, wal: bool) -> None:
    open_database(db_path).close()
    other = sqlite3.connect(db_path, isolation_level=None)
    if not wal:
        other.execute("PRAGMA journal_mode = DELETE")
    try:
        other.execute("CREATE TABLE IF NOT EXISTS other_program (x)")
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseLockedError) as caught:
            open_database(db_path)
        message = _one_line(caught.value)
        assert "locked" in message or "in use" in message
        assert str(db_path) in message
    finally:
        other.execute("ROLLBACK")
        other.close()
    # Once the other program lets go, the file opens.
    open_database(db_path).close()


def test_a_write_while_another_program_holds_the_lock(file_store: Store) -> None:
    path = file_store.path
    assert path is not None
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseLockedError), file_store.transaction():
            file_store.companies.add(Company("Acme"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert file_store.companies.count() == 0
    with file_store.transaction():
        file_store.companies.add(Company("Acme"))
    assert file_store.companies.count() == 1


# A file from a newer version.


def _assert_refused_untouched(path: Path) -> None:
    before = path.read_bytes()
    files = _files(path.parent)
    with pytest.raises(NewerSchemaError) as caught:
        open_database(path)
    message = _one_line(caught.value)
    assert "newer version" in message
    assert str(path) in message
    assert path.read_bytes() == before
    assert _files(path.parent) == files


def test_a_newer_user_version_is_refused_and_left_untouched(db_path: Path) -> None:
    # Written by a plain connection in rollback-journal mode, as a newer version might leave it.
    db = Database(db_path, execute_plugins=False)
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    _assert_refused_untouched(db_path)


def test_an_unknown_applied_migration_is_refused_and_left_untouched(existing: Path) -> None:
    conn = sqlite3.connect(existing)
    with conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            [migrations.name, "m999_from_the_future", "2030-01-01 00:00:00+00:00"],
        )
    conn.close()
    _assert_refused_untouched(existing)


def test_an_unknown_migration_of_another_set_is_not_a_newer_schema(existing: Path) -> None:
    conn = sqlite3.connect(existing)
    with conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            ["some_plugin", "m999_other", "2030-01-01 00:00:00+00:00"],
        )
    conn.close()
    open_database(existing).close()


# Backing an existing file up before migrations change it.


def _backups(db_path: Path) -> list[Path]:
    """The backups of `db_path`: in the user data folder's backups folder, never beside it."""
    assert not [p for p in db_path.parent.iterdir() if p.name.endswith(".bak")]
    folder = default_folder(paths.data_dir())
    if not folder.exists():
        return []
    return sorted(p for p in folder.rglob("*.bak"))  # in each plan's own folder


def test_an_older_file_is_backed_up_before_migrating(db_path: Path) -> None:
    _older_file(db_path, stop_before=NAMES[-1])
    db = open_database(db_path)
    try:
        assert _applied(db) == NAMES
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        db.close()
    [backup] = _backups(db_path)
    assert re.fullmatch(r"planner\.db\.\d{8}T\d{12}Z\.before-migration\.bak", backup.name)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    old = Database(backup, execute_plugins=False)
    try:
        # The copy is the file as it was: the last migration not yet applied, the data kept.
        assert _applied(old) == NAMES[:-1]
        if len(NAMES) > 1:
            assert [r["name"] for r in old.query("SELECT name FROM companies")] == ["Old Corp"]
    finally:
        old.close()


def test_another_programs_file_is_refused_and_left_as_it_was(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(NotADatabaseError, match="does not hold a Nurture Planner plan"):
        open_database(db_path)
    assert db_path.read_bytes() == before
    assert _backups(db_path) == []


def test_a_read_only_command_does_not_turn_an_empty_file_into_a_plan(db_path: Path) -> None:
    db_path.touch()
    with pytest.raises(NotADatabaseError, match="empty"):
        open_database(db_path, create=False)
    assert db_path.read_bytes() == b""


def test_an_empty_existing_file_is_not_copied(db_path: Path) -> None:
    db_path.touch()
    open_database(db_path).close()
    assert _backups(db_path) == []


# Migrations.


@pytest.mark.parametrize("applied", range(len(NAMES)))
def test_a_file_upgraded_from_any_version_has_the_fresh_schema(
    tmp_path: Path, applied: int
) -> None:
    path = tmp_path / "old.db"
    _older_file(path, stop_before=NAMES[applied])
    upgraded = open_database(path)
    fresh = open_memory()
    try:
        assert _applied(upgraded) == NAMES
        assert _schema(upgraded) == _schema(fresh)
    finally:
        upgraded.close()
        fresh.close()


def test_migrations_applied_one_at_a_time_give_the_fresh_schema() -> None:
    stepwise = Database(memory=True, execute_plugins=False)
    fresh = open_memory()
    try:
        for step, name in enumerate(NAMES):
            migrations.apply(stepwise, stop_before=name)
            assert _applied(stepwise) == NAMES[:step]
        migrations.apply(stepwise)
        assert _applied(stepwise) == NAMES
        assert _schema(stepwise) == _schema(fresh)
    finally:
        stepwise.close()
        fresh.close()


def test_schema_has_the_indexes_the_views_need(store: Store) -> None:
    indexes = {
        name: sql
        for kind, name, sql in _schema(store.db)
        if kind == "index" and name.startswith("idx_")
    }
    assert "ON touchpoints (day)" in indexes["idx_touchpoints_day"]
    assert "ON touchpoints (company_id, day)" in indexes["idx_touchpoints_company_day"]
    assert "ON touchpoints (contact_id, day)" in indexes["idx_touchpoints_contact_day"]


def _with_a_failing_migration() -> Migrations:
    """A separate migration set: the planner's migrations, then one that fails halfway."""
    failing = Migrations(migrations.name)
    failing._migrations = list(migrations._migrations)

    @failing()
    def m999_fails_halfway(db: Database) -> None:
        db.execute("CREATE TABLE half_done (x INTEGER)")
        db.execute("INSERT INTO half_done VALUES (1)")
        db.execute("ALTER TABLE companies ADD COLUMN half_column TEXT")
        raise RuntimeError("migration bug")

    return failing


def test_a_failing_migration_rolls_back() -> None:
    failing = _with_a_failing_migration()
    db = Database(memory=True, execute_plugins=False)
    try:
        with pytest.raises(RuntimeError, match="migration bug"):
            failing.apply(db)
        assert "half_done" not in db.table_names()
        assert "half_column" not in db["companies"].columns_dict
        assert [m.name for m in failing.applied(db)] == NAMES
        assert [m.name for m in failing.pending(db)] == ["m999_fails_halfway"]
        assert not db.conn.in_transaction
    finally:
        db.close()
    # The planner's own set is untouched by the copy.
    assert known_names() == NAMES


def test_a_failing_migration_leaves_the_file_as_it_was(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _older_file(db_path, stop_before=NAMES[-1])
    with monkeypatch.context() as patch:
        patch.setattr(migrations_module, "migrations", _with_a_failing_migration())
        with pytest.raises(RuntimeError, match="migration bug"):
            open_database(db_path)
    assert len(_backups(db_path)) == 1
    db = Database(db_path, execute_plugins=False)
    try:
        assert "half_done" not in db.table_names()
        # Only the migrations that succeeded are recorded, and the version was not raised.
        assert _applied(db) == NAMES
        assert db.execute("PRAGMA user_version").fetchone()[0] == 0
    finally:
        db.close()


def test_opening_removes_a_killed_backups_leftovers_from_the_plans_backups_folder(
    existing: Path, tmp_path: Path
) -> None:
    # A migration killed while copying leaves its `.part` (and journal) in the plan's folder;
    # if the file is migrated elsewhere since, no later backup visits that folder: open does.
    backups = tmp_path / "own-backups"
    open_database(existing, backup_dir=backups).close()
    conn = sqlite3.connect(existing)
    (plan_id,) = conn.execute("SELECT value FROM meta WHERE key = 'plan_id'").fetchone()
    conn.close()
    folder = backups / plan_id
    folder.mkdir(parents=True, exist_ok=True)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    leftover = folder / f".planner.db.x.before-migration.bak.{dead}.abc123.part"
    leftover.write_bytes(b"half a copy")
    leftover.with_name(leftover.name + "-journal").write_bytes(b"journal")
    mine = folder / f".planner.db.x.before-migration.bak.{os.getpid()}.def456.part"
    mine.write_bytes(b"being written")
    open_database(existing, backup_dir=backups).close()
    assert not leftover.exists()
    assert not leftover.with_name(leftover.name + "-journal").exists()
    assert mine.exists()  # a copy still being written (its process runs) is left alone
