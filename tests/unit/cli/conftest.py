"""Fixtures of the command-line tests: an in-process runner and a small plan to run it on."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from planner.cli import main
from planner.domain.model import (
    Channel,
    Company,
    CompanyKind,
    Contact,
    ContactLevel,
    ContentItem,
    ContentKind,
    Purpose,
    Status,
    TouchPoint,
)

from .support import Result, open_store


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Any:
    def run(*argv: str) -> Result:
        code = main(list(argv))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A small portfolio: two accounts called Acme…, one customer, a few touch-points."""
    path = tmp_path / "planner.db"
    store = open_store(path)
    with store.transaction():
        acme = store.companies.add(Company("Acme Corp", CompanyKind.DREAM_CLIENT))
        store.companies.add(Company("Acme Logistics", CompanyKind.PROSPECT))
        bright = store.companies.add(
            Company(
                "Brightwater Foods",
                CompanyKind.CUSTOMER,
                industry="Food & Beverage",
                our_annual_revenue=25_000.0,
                estimated_annual_wallet=100_000.0,
                contract_end=date(2027, 3, 31),
            )
        )
        assert acme.id is not None
        assert bright.id is not None
        jane = store.contacts.add(
            Contact("Jane", "Doe", company_id=bright.id, title="VP Operations",
                    level=ContactLevel.EXECUTIVE, email="jane.doe@brightwater.example")
        )  # fmt: skip
        store.contacts.add(Contact("Tom", "Baker", company_id=bright.id, title="Buyer"))
        store.contacts.add(Contact("Rita", "Moss", company_id=acme.id, title="CEO"))
        paper = store.content.add(ContentItem("Damage Rates White Paper", ContentKind.WHITE_PAPER))
        store.touchpoints.add(  # overdue: planned on the Friday before
            TouchPoint(bright.id, date(2026, 11, 20), Channel.CALL, contact_id=jane.id,
                       title="Call Jane")
        )  # fmt: skip
        store.touchpoints.add(
            TouchPoint(bright.id, date(2026, 11, 24), Channel.MEETING, contact_id=jane.id,
                       time=time(10, 0), tz="Europe/London", title="Quarterly review",
                       purpose=Purpose.RENEWAL)
        )  # fmt: skip
        store.touchpoints.add(
            TouchPoint(bright.id, date(2026, 11, 26), Channel.CONTENT, contact_id=jane.id,
                       content_id=paper.id, purpose=Purpose.VALUE_ADD, title="Send the paper")
        )  # fmt: skip
        store.touchpoints.add(
            TouchPoint(acme.id, date(2026, 11, 10), Channel.EMAIL, status=Status.DONE,
                       title="Intro e-mail")
        )  # fmt: skip
    store.close()
    return path
