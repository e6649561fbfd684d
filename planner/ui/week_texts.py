"""The week's title and the counted lines about it, as the week view, its overdue tray and the
start's first frame say them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta

from PySide6.QtCore import QObject

from planner.domain.model import Status
from planner.ui.display import number, qdate, range_ends
from planner.ui.i18n import translate


def week_title(first: date, last: date) -> str:
    """The week's dates: "30 Nov – 6 Dec 2026"."""
    start, end = range_ends(first, last)
    return translate("WeekView", "{first} – {last}").format(first=start, last=end)


def overdue_hint() -> str:
    """What the overdue tray says beside its heading."""
    return translate(
        "WeekView",
        "Drag a card onto a day to reschedule it, or right-click to mark it done or skip it.",
    )


class WeekWording(QObject):
    """The week's counted texts, in their own translation context ("WeekWording").

    Qt's lupdate marks a text as counted (with plural forms per language) only when a class's
    own tr() says it: these live here, where the week view and the first frame both reach them.
    Not to be subclassed: tr() takes its context from the object's class.
    """

    def week_subtitle(self, start: date, statuses: Iterable[str]) -> str:
        """The week's number and the count of its touch-points by status (Status values, or
        their stored text): "Week 49 · 15 touch-points · 3 planned · 11 done"."""
        count = Counter(statuses)
        week_no = qdate(start + timedelta(days=3)).weekNumber()[0]
        return self.tr(
            "Week {week}  ·  %Ln touch-point(s)  ·  {planned} planned  ·  {done} done",
            "",
            count.total(),
        ).format(
            week=number(week_no),
            planned=number(count[Status.PLANNED]),
            done=number(count[Status.DONE]),
        )

    def overdue_title(self, count: int) -> str:
        """The overdue tray's heading: "⚠ Overdue · 3 planned touch-points past their day"."""
        return self.tr("⚠  Overdue · %Ln planned touch-point(s) past their day", "", count)


_wording: WeekWording | None = None


def wording() -> WeekWording:
    """The one WeekWording (made on first use, once Qt's translations are installed)."""
    global _wording
    if _wording is None:
        _wording = WeekWording()
    return _wording


def week_subtitle(start: date, statuses: Iterable[str]) -> str:
    """See WeekWording.week_subtitle."""
    return wording().week_subtitle(start, statuses)


def overdue_title(count: int) -> str:
    """See WeekWording.overdue_title."""
    return wording().overdue_title(count)
