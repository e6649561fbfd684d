"""`nurture-planner import`, `imports`, `import-undo` and `export-csv` from the command line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from planner.cli import main
from planner.domain.timing import FixedClock
from planner.storage import Store

from ._import_support import dump, sample

TODAY_CLOCK = FixedClock.on(date(2026, 11, 23))


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--today", "2026-11-23", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _dump(path: Path):
    store = Store.open(path, TODAY_CLOCK)
    try:
        return dump(store)
    finally:
        store.close()


def test_import_json_and_reimport(tmp_path, capsys):
    db = str(tmp_path / "plan.db")
    code, out, _ = _run(
        capsys, "--db", db, "import", str(sample("linkedin_connections.csv")), "--json"
    )
    assert code == 0
    data = json.loads(out)
    assert {k: data[k] for k in ("format", "new", "updated", "unchanged", "invalid")} == {
        "format": "linkedin",
        "new": 3,
        "updated": 0,
        "unchanged": 0,
        "invalid": [],
    }
    code, out, _ = _run(capsys, "--db", db, "import", str(sample("linkedin_connections.csv")))
    assert code == 0
    assert "0 new, 0 updated, 3 unchanged, 0 invalid" in out


def test_import_reports_invalid_rows(tmp_path, capsys):
    db = str(tmp_path / "plan.db")
    code, out, _ = _run(capsys, "--db", db, "import", str(sample("ragged_rows.csv")), "--json")
    assert code == 0
    assert [(r["line"], r["reason"]) for r in json.loads(out)["invalid"]] == [
        (3, "has 3 fields but the header (line 1) has 10"),
        (4, "has 12 fields but the header (line 1) has 10"),
    ]
    code, out, _ = _run(capsys, "--db", db, "import", str(sample("nonexistent_date.csv")))
    assert "skipped line 3: contract_end 2026-02-30 does not exist" in out


def test_dry_run_writes_nothing(tmp_path, capsys):
    db = tmp_path / "plan.db"
    code, out, _ = _run(
        capsys, "--db", str(db), "import", str(sample("vcard30_google.vcf")), "--dry-run", "--json"
    )
    assert code == 0
    assert json.loads(out)["new"] == 2
    assert not db.exists()
    _run(capsys, "--db", str(db), "import", str(sample("planner_accounts.csv")))
    before = _dump(db)
    code, out, _ = _run(
        capsys, "--db", str(db), "import", str(sample("vcard30_google.vcf")), "--dry-run"
    )
    assert "Would import" in out
    assert _dump(db) == before


@pytest.mark.parametrize("name", ["bad_empty.csv", "bad_binary.vcf", "bad_truncated.vcf"])
def test_unimportable_file_exits_1_with_one_line(tmp_path, capsys, name):
    db = tmp_path / "plan.db"
    _run(capsys, "--db", str(db), "import", str(sample("planner_accounts.csv")))
    before = _dump(db)
    code, out, err = _run(capsys, "--db", str(db), "import", str(sample(name)))
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"nurture-planner: error: {name}:")
    assert _dump(db) == before


def test_format_option(tmp_path, capsys):
    db = str(tmp_path / "plan.db")
    code, _, err = _run(
        capsys, "--db", db, "import", str(sample("outlook_com.csv")), "--format", "linkedin"
    )
    assert code == 1
    assert "LinkedIn" in err


def test_imports_list_and_undo(tmp_path, capsys):
    db = tmp_path / "plan.db"
    _run(capsys, "--db", str(db), "import", str(sample("planner_accounts.csv")))
    before = _dump(db)
    _run(capsys, "--db", str(db), "import", str(sample("planner_contacts.csv")))
    code, out, _ = _run(capsys, "--db", str(db), "imports", "--json")
    assert code == 0
    batches = json.loads(out)
    assert [b["source"] for b in batches] == ["planner_contacts.csv", "planner_accounts.csv"]
    code, out, _ = _run(capsys, "--db", str(db), "import-undo", "--json")
    assert code == 0
    assert json.loads(out)["import_id"] == batches[0]["id"]
    assert _dump(db) == before
    code, _, err = _run(capsys, "--db", str(db), "import-undo", str(batches[0]["id"]))
    assert code == 1
    assert "already been undone" in err


def test_export_csv_round_trips(tmp_path, capsys):
    db = tmp_path / "plan.db"
    _run(capsys, "--db", str(db), "import", str(sample("planner_accounts.csv")))
    _run(capsys, "--db", str(db), "import", str(sample("planner_contacts.csv")))
    out_dir = tmp_path / "out"
    code, out, _ = _run(capsys, "--db", str(db), "export-csv", str(out_dir))
    assert code == 0
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "accounts.csv",
        "contacts.csv",
        "touchpoints.csv",
    ]
    fresh = tmp_path / "fresh.db"
    _run(capsys, "--db", str(fresh), "import", str(out_dir / "accounts.csv"))
    _run(capsys, "--db", str(fresh), "import", str(out_dir / "contacts.csv"))
    code, out, _ = _run(capsys, "--db", str(db), "import", str(out_dir / "contacts.csv"), "--json")
    assert json.loads(out)["unchanged"] == 2
    a, b = _dump(db), _dump(fresh)
    assert [c.replace(id=None) for c in a["companies"]] == [
        c.replace(id=None) for c in b["companies"]
    ]


def test_import_into_a_plan_with_data_takes_a_backup_first(tmp_path, capsys):
    from planner.paths import data_dir

    db = str(tmp_path / "plan.db")
    assert _run(capsys, "--db", db, "import", str(sample("linkedin_connections.csv")))[0] == 0
    backups = data_dir() / "backups"
    assert list(backups.rglob("plan.db.*before-import*")) == []  # an empty plan needs none

    assert _run(capsys, "--db", db, "import", str(sample("linkedin_connections.csv")))[0] == 0
    assert len(list(backups.rglob("plan.db.*before-import*"))) == 1
