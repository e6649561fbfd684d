"""`touch done --follow-up DATE|auto`: the next step planned in the same transaction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from planner.domain.model import Status

from .support import TODAY, one_line_error, touchpoints


def test_done_with_a_follow_up_on_a_date(cli: Any, db: Path) -> None:
    before = len(touchpoints(db))
    result = cli("touch", "done", "1", "--outcome", "Wants a trial", "--follow-up",
                 "2026-12-01", "--json", "--db", str(db), "--today", TODAY)  # fmt: skip
    assert result.code == 0, result.err
    data = result.json()
    assert data["touchpoint"]["status"] == "done"
    follow = data["follow_up"]
    assert (follow["date"], follow["channel"], follow["status"]) == (
        "2026-12-01",
        "call",
        "planned",
    )
    assert follow["contact"] == "Jane Doe"
    assert len(touchpoints(db)) == before + 1


def test_done_with_auto_takes_the_cadence_date(cli: Any, db: Path) -> None:
    result = cli("touch", "done", "2", "--follow-up", "auto", "--json", "--db", str(db),
                 "--today", TODAY)  # fmt: skip
    assert result.code == 0, result.err
    follow = result.json()["follow_up"]
    assert follow["date"] > TODAY
    assert follow["channel"] == "meeting"


def test_done_without_follow_up_plans_nothing(cli: Any, db: Path) -> None:
    before = len(touchpoints(db))
    result = cli("touch", "done", "1", "--json", "--db", str(db), "--today", TODAY)
    assert result.code == 0, result.err
    assert result.json()["follow_up"] is None
    assert len(touchpoints(db)) == before


def test_a_bad_follow_up_date_changes_nothing(cli: Any, db: Path) -> None:
    for bad in ("tomorrow", "2026-11-01"):
        assert "--follow-up" in one_line_error(
            cli("touch", "done", "1", "--follow-up", bad, "--db", str(db), "--today", TODAY)
        )
    assert touchpoints(db)[0].status is Status.PLANNED
