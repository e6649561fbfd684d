"""`nurture-planner export-ics`: writes the file atomically and fails in one line."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import icalendar
import pytest

from planner.cli import main
from planner.domain.model import Channel, Company, CompanyKind, Status, TouchPoint
from planner.storage import Store


@pytest.fixture
def db_path(file_store: Store) -> Path:
    with file_store.transaction():
        company = file_store.companies.add(Company("Fabrikam", CompanyKind.CUSTOMER))
        assert company.id is not None
        for day, channel, status in (
            (date(2026, 11, 24), Channel.CALL, Status.PLANNED),
            (date(2026, 11, 25), Channel.EMAIL, Status.PLANNED),
            (date(2026, 11, 26), Channel.CALL, Status.DONE),
            (date(2027, 6, 1), Channel.CALL, Status.PLANNED),
        ):
            file_store.touchpoints.add(
                TouchPoint(
                    company.id, day, channel, time=time(10), tz="Europe/Berlin", status=status
                )
            )
    assert file_store.path is not None
    return file_store.path


def _summaries(path: Path) -> list[str]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return sorted(str(e["SUMMARY"]) for e in cal.walk("VEVENT"))


def test_export_ics_writes_the_default_range(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.ics"
    code = main(["--db", str(db_path), "--today", "2026-11-23", "export-ics", str(out)])
    assert code == 0, capsys.readouterr().err
    assert _summaries(out) == ["Call — Fabrikam (check-in)", "E-mail — Fabrikam (check-in)"]
    assert "Wrote 2 touch-point(s)" in capsys.readouterr().out
    assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_ics_options(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.ics"
    args = ["--db", str(db_path), "export-ics", str(out), "--today", "2026-11-23"]
    assert main([*args, "--to", "2027-12-31", "--include-done", "--channel", "call"]) == 0
    assert _summaries(out) == ["Call — Fabrikam (check-in)"] * 2 + [
        "Done: Call — Fabrikam (check-in)"
    ]
    assert main([*args, "--from", "2026-11-25", "--to", "2026-11-25", "--alarm", "15"]) == 0
    data = out.read_bytes()
    assert b"TRIGGER:-PT15M" in data
    assert _summaries(out) == ["E-mail — Fabrikam (check-in)"]
    assert main([*args, "--kind", "dream_client"]) == 0
    assert _summaries(out) == []


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--alarm", "-5"], "reminder"),
        (["--from", "2027-02-30"], "--from"),
        (["--from", "2027-01-02", "--to", "2027-01-01"], "after it ends"),
    ],
)
def test_export_ics_rejects_bad_options_in_one_line(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    out = tmp_path / "plan.ics"
    assert main(["--db", str(db_path), "export-ics", str(out), *extra]) == 1
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert not out.exists()


def test_export_ics_to_an_unwritable_path_exits_1_with_one_line(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no such folder" / "plan.ics"
    assert main(["--db", str(db_path), "export-ics", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"nurture-planner: error: The folder {missing.parent} does not exist")
    assert err.count("\n") == 1
    folder = tmp_path / "a folder"
    folder.mkdir()
    assert main(["--db", str(db_path), "export-ics", str(folder)]) == 1
    assert "is a folder" in capsys.readouterr().err
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("typed", ["/", "~", ".", "/dev/null"])
def test_half_typed_targets_get_a_plain_message(
    db_path: Path, typed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "export-ics", typed]) == 1
    err = capsys.readouterr().err
    assert err.startswith("nurture-planner: error: ")
    assert err.count("\n") == 1
    assert "internal error" not in err
    assert "Errno" not in err


def test_a_foreign_file_is_replaced_only_with_force(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = tmp_path / "notes.ics"
    mine.write_text("my notes\n")
    assert main(["--db", str(db_path), "export-ics", str(mine)]) == 1
    assert "not a calendar exported from this plan" in capsys.readouterr().err
    assert mine.read_text() == "my notes\n"
    assert main(["--db", str(db_path), "export-ics", str(mine), "--force"]) == 0
    assert mine.read_text().startswith("BEGIN:VCALENDAR")
    assert main(["--db", str(db_path), "export-ics", str(mine)]) == 0  # its own export now
