"""`nurture-planner list`: accounts, contacts and content as JSON or an aligned table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .support import TODAY


def test_list_companies_json(cli: Any, db: Path) -> None:
    result = cli("list", "companies", "--db", str(db), "--today", TODAY, "--json")
    assert result.code == 0
    rows = {r["name"]: r for r in result.json()}
    assert list(rows) == ["Acme Corp", "Acme Logistics", "Brightwater Foods"]
    bright = rows["Brightwater Foods"]
    required = {"id", "name", "kind", "contacts", "last_touch", "next_touch", "contract_end",
                "share_of_wallet"}  # fmt: skip
    assert required <= set(bright)
    assert bright["kind"] == "customer"
    assert bright["contacts"] == 2
    assert bright["share_of_wallet"] == 0.25
    assert bright["contract_end"] == "2027-03-31"
    assert bright["next_touch"] == "2026-11-20"
    assert rows["Acme Corp"]["last_touch"] == "2026-11-10"
    assert rows["Acme Logistics"]["share_of_wallet"] is None


def test_list_contacts_json(cli: Any, db: Path) -> None:
    rows = cli("list", "contacts", "--db", str(db), "--json").json()
    jane = next(r for r in rows if r["name"] == "Jane Doe")
    assert {"id", "name", "company", "title", "level", "email", "last_touch"} <= set(jane)
    assert jane["company"] == "Brightwater Foods"
    assert jane["title"] == "VP Operations"
    assert jane["level"] == "executive"
    assert jane["email"] == "jane.doe@brightwater.example"
    assert jane["last_touch"] is None
    assert len(rows) == 3


def test_list_content_json_counts_sends(cli: Any, db: Path) -> None:
    assert cli("list", "content", "--db", str(db), "--json").json()[0]["sends"] == 0
    assert cli("touch", "done", "3", "--db", str(db), "--today", TODAY).code == 0
    rows = cli("list", "content", "--db", str(db), "--json").json()
    assert rows == [
        {
            "id": 1,
            "title": "Damage Rates White Paper",
            "kind": "white_paper",
            "topics": [],
            "link": "",
            "sends": 1,
        }
    ]


def test_list_companies_table_is_aligned(cli: Any, db: Path) -> None:
    result = cli("list", "companies", "--db", str(db))
    assert result.code == 0
    lines = result.out.splitlines()
    header = lines[0]
    column = header.index("Kind")
    for line in lines[2:5]:
        assert line[column - 2 : column] == "  "
        assert line[column:].split("  ")[0] in {"Dream client", "Prospect", "Customer"}
    assert "25%" in result.out
    assert lines[-1] == "3 accounts"


def test_list_unknown_kind_is_usage_error(cli: Any, db: Path) -> None:
    result = cli("list", "deals", "--db", str(db))
    assert result.code == 2
    assert "companies" in result.err
