"""`nurture-planner search TEXT [--json]`: kind, id and title of every match, grouped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .support import TODAY, one_line_error


def test_search_lists_kind_id_and_title(cli: Any, db: Path) -> None:
    assert cli("touch", "done", "1", "--outcome", "Signed the pallet pilot", "--db", str(db),
               "--today", TODAY).code == 0  # fmt: skip
    result = cli("search", "pallet", "--json", "--db", str(db))
    assert result.code == 0, result.err
    assert result.json() == [
        {"kind": "touchpoint", "id": 1, "title": "Call Jane", "detail": result.json()[0]["detail"]}
    ]
    brightwater = cli("search", "brightwater", "--json", "--db", str(db)).json()
    kinds = [r["kind"] for r in brightwater]
    assert kinds[0] == "account"
    assert "contact" in kinds  # Jane's e-mail is at brightwater.example
    assert set(brightwater[0]) == {"kind", "id", "title", "detail"}


def test_search_forgives_a_typo_in_a_name_and_prints_lines(cli: Any, db: Path) -> None:
    result = cli("search", "Bakker", "--db", str(db))
    assert result.code == 0, result.err
    assert result.out.startswith("contact")
    assert "Tom Baker" in result.out
    assert "Nothing matches" in cli("search", "zzzzqqq", "--db", str(db)).out
    assert "search for" in one_line_error(cli("search", "  ", "--db", str(db)))
