"""Every command refuses every hostile plan of the corpus: one sentence, exit 1, nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_plans import CORPUS, make, snapshot

from planner.cli import main

TODAY = "2026-11-23"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.db"
    assert main(["demo", "--db", str(path), "--today", TODAY]) == 0
    return path


def _commands(db: Path, out: Path) -> list[list[str]]:
    contacts = out / "contacts.csv"
    contacts.write_text("first_name,last_name,company\nAda,Hostile,Hostile Co\n", encoding="utf-8")
    return [
        ["agenda"],
        ["list", "companies"],
        ["list", "contacts"],
        ["list", "content"],
        ["touch", "add", "--company", "Beacon Polymers Ltd", "--date", TODAY, "--channel", "call"],
        ["touch", "done", "1"],
        ["touch", "move", "1", "2026-12-01"],
        ["touch", "cancel", "2"],
        ["export-ics", str(out / "plan.ics")],
        ["export-csv", str(out / "csv")],
        ["plan-week"],
        ["plan-week", "--apply"],
        ["simulate", "--weeks", "2"],
        ["backup", str(out / "copy.db")],
        ["check"],
        ["import", str(contacts)],
        ["imports"],
        ["import-undo"],
    ]


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_every_command_refuses_the_hostile_plan_and_changes_nothing(
    name: str, template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "plan"
    folder.mkdir()
    db = make(template, name, folder / "planner.db")
    out = tmp_path / "out"
    out.mkdir()
    commands = _commands(db, out)
    before, outside = snapshot(folder), snapshot(out)
    for argv in commands:
        if name == "empty file" and argv[0] == "import":
            continue  # an import may start a new plan in an empty file, as in a missing one
        code = main([*argv, "--db", str(db), "--today", TODAY])
        err = capsys.readouterr().err
        assert code == 1, f"{argv}: exit {code}"
        assert "internal error" not in err, f"{argv}: {err}"
        assert "Traceback" not in err
        if argv != ["check"]:  # check prints its report on stdout
            assert err.count("\n") == 1, f"{argv}: {err}"
        assert snapshot(folder) == before, f"{argv} changed the plan's folder"
        assert snapshot(out) == outside, f"{argv} wrote outside the plan"


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_restore_refuses_a_hostile_backup(
    name: str, template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "plan" / "planner.db"
    plan.parent.mkdir()
    plan.write_bytes(template.read_bytes())
    candidate = make(template, name, tmp_path / "candidate.db")
    before = snapshot(plan.parent)
    code = main(["restore", str(candidate), "--yes", "--db", str(plan)])
    err = capsys.readouterr().err
    assert code == 1
    assert "internal error" not in err
    assert "nothing was changed" in err.lower()
    assert snapshot(plan.parent) == before
