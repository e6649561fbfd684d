"""`plan-week` and `simulate` on the demo portfolio, run in-process."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from planner.cli import main
from planner.nurture.simulate import MEASURES

TODAY = "2026-11-23"
WEEK = "2026-11-30"
KEYS = {"date", "company", "contact", "channel", "purpose", "reason", "content"}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plan") / "demo.db"
    assert main(["demo", "--db", str(path), "--today", TODAY]) == 0
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_plan_week_json_is_a_full_reasoned_week(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(
        capsys, "plan-week", "--db", str(demo_db), "--today", TODAY, "--week", WEEK, "--json"
    )
    assert code == 0
    rows = json.loads(out)
    assert len(rows) >= 10
    assert all(set(r) >= KEYS for r in rows)
    assert all(r["reason"] for r in rows)
    per_day = Counter(r["date"] for r in rows)
    assert set(per_day) <= {"2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"}
    assert all(n <= 8 for n in per_day.values())


def test_plan_week_text_prints_one_line_per_suggestion(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out_json = _run(
        capsys, "plan-week", "--db", str(demo_db), "--today", TODAY, "--week", WEEK, "--json"
    )
    code, out = _run(capsys, "plan-week", "--db", str(demo_db), "--today", TODAY, "--week", WEEK)
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == len(json.loads(out_json))
    assert all(line[:10].startswith("2026-") for line in lines)


def test_plan_week_apply_twice_adds_nothing_the_second_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db), "--today", TODAY]) == 0
    args = ("plan-week", "--db", str(db), "--today", TODAY, "--week", WEEK, "--apply")
    code, out = _run(capsys, *args)
    assert code == 0
    assert "Added" in out
    assert "Added 0" not in out
    week = ("agenda", "--db", str(db), "--today", TODAY, "--from", WEEK, "--days", "7", "--json")
    _, before = _run(capsys, *week)
    code, out = _run(capsys, *args)
    assert code == 0
    _, after = _run(capsys, *week)
    assert json.loads(after) == json.loads(before)
    assert all(
        n <= 8
        for n in Counter(
            r["date"] for r in json.loads(after) if r["status"] != "cancelled"
        ).values()
    )


def test_simulate_json_shows_the_plan_beating_the_habit(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(capsys, "simulate", "--db", str(demo_db), "--today", TODAY, "--json")
    assert code == 0
    data = json.loads(out)
    plan, habit = data["plan"], data["habit"]
    assert set(MEASURES) <= set(plan)
    assert set(MEASURES) <= set(habit)
    assert plan["lost_touch_contacts"] < habit["lost_touch_contacts"]
    assert plan["max_gap_over_max_interval_days"] < habit["max_gap_over_max_interval_days"]
    assert plan["min_touches_before_contract_end"] > habit["min_touches_before_contract_end"]
    assert plan["repeated_content_sends"] <= habit["repeated_content_sends"]
    assert plan["days_over_capacity"] <= habit["days_over_capacity"]
    assert data["plan_beats_habit"] is True


def test_simulate_prints_the_table(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "simulate", "--db", str(demo_db), "--today", TODAY, "--weeks", "8")
    assert code == 0
    assert "| Measure" in out
    assert "Days over capacity" in out


def test_bad_arguments_are_one_line_errors(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["simulate", "--db", str(demo_db), "--today", TODAY, "--weeks", "0"]) == 1
    assert "--weeks" in capsys.readouterr().err
    assert main(["plan-week", "--db", str(demo_db), "--today", TODAY, "--week", "2026-01-05"]) == 1
    assert "has passed" in capsys.readouterr().err


def test_plan_week_json_gives_each_suggestion_a_time_and_length(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(
        capsys, "plan-week", "--db", str(demo_db), "--today", TODAY, "--week", WEEK, "--json"
    )
    assert code == 0
    rows = json.loads(out)
    timed = [r for r in rows if r["channel"] in ("call", "meeting", "visit")]
    assert timed
    for r in timed:
        assert r["time"] is not None
        assert "09:00" <= r["time"] <= "17:00"
        assert r["duration_minutes"] == {"call": 20, "meeting": 60, "visit": 90}[r["channel"]]
    for r in rows:
        if r["channel"] in ("email", "content"):
            assert r["time"] is None
            assert r["duration_minutes"] is None
        assert r["reason"].rsplit(". ", 1)[1].split(":")[0] in (
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
        )


def test_plan_week_apply_keeps_the_proposed_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "d.db")
    assert main(["demo", "--db", db, "--today", TODAY]) == 0
    _, out = _run(capsys, "plan-week", "--db", db, "--today", TODAY, "--week", WEEK, "--json")
    proposed = {
        (r["company_id"], r["date"], r["time"], r["duration_minutes"])
        for r in json.loads(out)
        if r["time"]
    }
    assert main(["plan-week", "--db", db, "--today", TODAY, "--week", WEEK, "--apply"]) == 0
    _, out = _run(
        capsys, "agenda", "--db", db, "--today", TODAY, "--from", WEEK, "--days", "7", "--json"
    )
    agenda = json.loads(out)
    written = {(e["company_id"], e["date"], e["time"], e["duration_minutes"]) for e in agenda}
    assert proposed
    assert proposed <= written


def test_the_demo_plans_nothing_on_christmas_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "xmas.db")
    assert main(["demo", "--db", db, "--today", "2026-12-14"]) == 0
    _, out = _run(capsys, "agenda", "--db", db, "--today", "2026-12-14", "--days", "30", "--json")
    assert "2026-12-25" not in {e["date"] for e in json.loads(out)}
    code, out = _run(
        capsys, "plan-week", "--db", db, "--today", "2026-12-14", "--week", "2026-12-21", "--json"
    )
    assert code == 0
    days = {r["date"] for r in json.loads(out)}
    assert days
    assert "2026-12-25" not in days


def test_an_imperfect_rep_still_beats_the_habit(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["simulate", "--db", str(demo_db), "--today", TODAY, "--accept", "0.8"]
    code, out = _run(capsys, *argv, "--complete", "0.85", "--seed", "1", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["plan_beats_habit"], data
    perfect = json.loads(
        _run(capsys, "simulate", "--db", str(demo_db), "--today", TODAY, "--json")[1]
    )
    # Fewer suggestions accepted: fewer touches than the rep who takes them all.
    assert data["plan"]["touches"] < perfect["plan"]["touches"]
    # The same seed plays the same year.
    assert json.loads(_run(capsys, *argv, "--complete", "0.85", "--seed", "1", "--json")[1]) == data
    code, out = _run(capsys, *argv, "--complete", "0.85", "--seed", "1")
    assert "a rep who accepts 80% of the plan and does 85% of it on its day" in out
    assert "| Measure" in out
    code, _ = _run(capsys, *argv, "--complete", "1.5")
    assert code == 1
