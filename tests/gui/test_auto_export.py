"""Auto-export: plan changes rewrite the subscribed file once per burst; off means off."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from conftest import Week
from icalendar import Calendar
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.domain.model import Channel, TouchPoint
from planner.interchange.ical_export import ExportOptions
from planner.interchange.ical_files import AutoExportSetting, write_auto_export_setting
from planner.ui.auto_export import AutoExporter
from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow


def summaries(path: Path) -> set[str]:
    calendar = Calendar.from_ical(path.read_bytes())
    assert not calendar.errors
    return {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}


def starts(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["SUMMARY"]): e["DTSTART"].dt for e in calendar.walk("VEVENT")}


@pytest.fixture
def target(tmp_path: Path) -> Path:
    return tmp_path / "synced" / "plan.ics"


@pytest.fixture
def exporter(qtbot: QtBot, controller: Controller, week: Week, target: Path) -> AutoExporter:
    target.parent.mkdir()
    write_auto_export_setting(
        controller.store, AutoExportSetting(True, target, ExportOptions(alarm_minutes=15))
    )
    exporter = AutoExporter(controller)
    # Enabled at start: the file is brought up to date once, shortly after.
    with qtbot.waitSignal(exporter.exported, timeout=2000) as blocker:
        pass
    assert blocker.args == [str(target)]
    return exporter


def test_planning_a_touch_point_rewrites_the_file(
    qtbot: QtBot, controller: Controller, week: Week, exporter: AutoExporter, target: Path
) -> None:
    assert "Lunch — Globex (check-in)" in summaries(target)
    controller.plan_touchpoint(
        TouchPoint(
            week.acme.id or 0,
            date(2026, 12, 3),
            Channel.CALL,
            time=time(11, 0),
            tz="Europe/Berlin",
            title="Renewal call",
        )
    )
    name = "Renewal call — Acme Corp (check-in)"
    qtbot.waitUntil(lambda: name in summaries(target))
    calendar = Calendar.from_ical(target.read_bytes())
    (event,) = [e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]) == name]
    (alarm,) = event.walk("VALARM")  # the setting's reminder
    assert alarm["TRIGGER"].dt == -timedelta(minutes=15)


def test_moving_a_touch_point_moves_the_event(
    qtbot: QtBot, controller: Controller, week: Week, exporter: AutoExporter, target: Path
) -> None:
    name = "Quarterly check-in — Acme Corp (check-in)"
    assert starts(target)[name].isoformat() == "2026-11-24T09:00:00+00:00"
    controller.move_touchpoint(week.call.id or 0, date(2026, 11, 26), time(14, 30))
    qtbot.waitUntil(lambda: starts(target)[name].isoformat() == "2026-11-26T13:30:00+00:00")


def test_a_burst_of_changes_writes_once(
    qtbot: QtBot, controller: Controller, week: Week, exporter: AutoExporter, target: Path
) -> None:
    written: list[str] = []
    exporter.exported.connect(written.append)
    with qtbot.waitSignal(exporter.exported, timeout=2000):
        controller.move_touchpoint(week.later.id or 0, date(2026, 12, 2))
        controller.move_touchpoint(week.later.id or 0, date(2026, 12, 3))
        controller.move_touchpoint(week.later.id or 0, date(2026, 12, 4))
    # Give a second (wrong) write the time to happen; none may come.
    with qtbot.assertNotEmitted(exporter.exported, wait=2 * 300):
        pass
    assert written == [str(target)]
    assert starts(target)["Lunch — Globex (check-in)"] == date(2026, 12, 4)


def test_undo_is_a_change_too(
    qtbot: QtBot, controller: Controller, week: Week, exporter: AutoExporter, target: Path
) -> None:
    controller.delete_touchpoint(week.later.id or 0)
    qtbot.waitUntil(lambda: "Lunch — Globex (check-in)" not in summaries(target))
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: "Lunch — Globex (check-in)" in summaries(target))


def test_disabling_stops_the_writes(
    qtbot: QtBot, controller: Controller, week: Week, exporter: AutoExporter, target: Path
) -> None:
    exporter.apply(AutoExportSetting(False, target, ExportOptions()))
    before = target.read_bytes()
    with qtbot.assertNotEmitted(exporter.exported, wait=600):
        controller.move_touchpoint(week.later.id or 0, date(2026, 12, 2))
    assert not exporter.timer.isActive()
    assert target.read_bytes() == before


def test_failures_go_to_the_status_bar_not_a_dialog(
    qtbot: QtBot, controller: Controller, week: Week, tmp_path: Path
) -> None:
    blocker = tmp_path / "gone"
    blocker.write_text("a file where the synced folder was")
    write_auto_export_setting(
        controller.store, AutoExportSetting(True, blocker / "plan.ics", ExportOptions())
    )
    window = MainWindow(controller, tmp_path / "plan.db")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.auto_exporter.failed, timeout=2000) as failed:
        controller.move_touchpoint(week.later.id or 0, date(2026, 12, 2))
    message = failed.args[0]
    assert message == f"Calendar file not updated: {blocker} is a file, not a folder."
    assert window.statusBar().currentMessage() == message
    assert QApplication.activeModalWidget() is None


def test_a_plan_file_is_exported_off_the_gui_thread(
    qtbot: QtBot, file_store, clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from conftest import build_week

    import planner.ui.auto_export as module

    week = build_week(file_store)
    controller = Controller(file_store, clock)
    target = tmp_path / "plan.ics"
    write_auto_export_setting(file_store, AutoExportSetting(True, target, ExportOptions()))
    threads: list[threading.Thread] = []
    real = module.auto_export

    def spy(*args, **kwargs):  # records where the export ran, then runs it
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "auto_export", spy)
    exporter = AutoExporter(controller)
    with qtbot.waitSignal(exporter.exported, timeout=5000) as blocker:
        pass
    assert blocker.args == [str(target)]
    assert threads
    assert threads[0] is not threading.main_thread()
    assert "Lunch — Globex (check-in)" in summaries(target)
    # A change while the export runs asks for one more run afterwards, never two at once.
    controller.move_touchpoint(week.later.id or 0, date(2026, 12, 2))
    with qtbot.waitSignal(exporter.exported, timeout=5000):
        pass
    exporter.wait()
    assert not exporter.busy()
