"""`content send` records sends that count as touches for every planning rule."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from planner.cli import main
from planner.domain.model import Company, CompanyKind, Contact, ContactLevel, ContentItem
from planner.domain.timing import FixedClock
from planner.nurture.lost_touch import lost_touch
from planner.nurture.settings import NurtureSettings
from planner.storage import Store
from planner.storage.portfolio import load_portfolio

TODAY = date(2026, 11, 23)
WEEK = "2026-11-30"


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.db"
    store = Store.open(path, FixedClock.on(TODAY))
    fab = store.companies.add(Company("Fabrikam", CompanyKind.CUSTOMER))
    store.contacts.add(Contact("Karen", "Rossi", company_id=fab.id, level=ContactLevel.EXECUTIVE))
    store.contacts.add(Contact("Omar", "Ali", company_id=fab.id, level=ContactLevel.MANAGER))
    store.content.add(ContentItem("Right-sizing Boxes"))
    store.close()
    return path


def _cli(capsys: pytest.CaptureFixture[str], path: Path, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([*argv, "--db", str(path), "--today", TODAY.isoformat()])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _never_touched(capsys: pytest.CaptureFixture[str], path: Path) -> list[str]:
    code, out, _ = _cli(capsys, path, "plan-week", "--week", WEEK, "--json")
    assert code == 0
    return [
        r["contact"]
        for r in json.loads(out)
        if "Never touched" in r["reason"] or "touch at Fabrikam yet" in r["reason"]
    ]


def test_a_send_from_the_command_line_is_a_touch_for_every_rule(capsys, plan):
    assert set(_never_touched(capsys, plan)) == {"Karen Rossi", "Omar Ali"}

    code, out, _ = _cli(
        capsys,
        plan,
        "content",
        "send",
        "right-sizing boxes",
        "--to",
        "Karen Rossi",
        "--to",
        "Omar Ali",
        "--on",
        "2026-11-20",
    )
    assert code == 0, out
    assert "Karen Rossi, Omar Ali" in out

    assert _never_touched(capsys, plan) == []
    store = Store.open(plan, FixedClock.on(TODAY))
    try:
        portfolio = load_portfolio(store, TODAY)
        settings = NurtureSettings()
        assert lost_touch(portfolio, settings, TODAY) == []
        assert portfolio.last_company_touch == {1: date(2026, 11, 20)}
        assert portfolio.last_level_touch == {
            (1, ContactLevel.EXECUTIVE): date(2026, 11, 20),
            (1, ContactLevel.MANAGER): date(2026, 11, 20),
        }
        assert portfolio.recent_done == {1: (date(2026, 11, 20), date(2026, 11, 20))}
    finally:
        store.close()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("No such guide", "--to", "Karen Rossi"), "No content item is called 'No such guide'"),
        (("Right-sizing Boxes", "--to", "Karen Rossi", "--to", "Nobody"), "No contact"),
        (("Right-sizing Boxes", "--to", "Karen Rossi", "--on", "soon"), "not a valid date"),
    ],
)
def test_an_unknown_title_name_or_day_changes_nothing(capsys, plan, argv, message):
    code, _, err = _cli(capsys, plan, "content", "send", *argv)
    assert code == 1
    assert message in err
    store = Store.open(plan, FixedClock.on(TODAY))
    try:
        assert store.content.all_sends() == []
    finally:
        store.close()
