"""The week's title and counted lines, said alike by the week view, its tray and the first frame."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from planner.domain.model import Status
from planner.ui.week_texts import overdue_title, week_subtitle, week_title

MONDAY = date(2026, 11, 23)


def test_the_title_names_the_weeks_days_without_saying_twice_what_they_share(
    monday_first: None,
) -> None:
    assert week_title(MONDAY, date(2026, 11, 29)) == "23 – 29 November 2026"
    assert week_title(date(2026, 11, 30), date(2026, 12, 6)) == "30 Nov – 6 Dec 2026"


def test_the_subtitle_counts_statuses_given_as_values_or_as_stored(monday_first: None) -> None:
    as_values = [Status.PLANNED, Status.PLANNED, Status.DONE, Status.SKIPPED]
    as_stored = ["planned", "planned", "done", "skipped"]
    expected = "Week 48  ·  4 touch-points  ·  2 planned  ·  1 done"
    assert week_subtitle(MONDAY, as_values) == expected
    assert week_subtitle(MONDAY, as_stored) == expected
    assert week_subtitle(MONDAY, ["done"]) == "Week 48  ·  1 touch-point  ·  0 planned  ·  1 done"


def test_the_counted_texts_are_translated_in_their_own_context(monday_first: None) -> None:
    # The English catalogue gives the plural forms: "(s)" never shows.
    assert overdue_title(1) == "⚠  Overdue · 1 planned touch-point past their day"
    assert overdue_title(3) == "⚠  Overdue · 3 planned touch-points past their day"
    source = "⚠  Overdue · %Ln planned touch-point(s) past their day"
    assert QCoreApplication.translate("WeekWording", source, "", 3) == overdue_title(3)
