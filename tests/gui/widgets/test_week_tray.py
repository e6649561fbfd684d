"""The overdue tray above the week: one row of cards, each whole above the scroll bar."""

from __future__ import annotations

from datetime import date

from planner.domain.model import AgendaEntry, Channel, CompanyKind, TouchPoint
from planner.ui import theme
from planner.ui.widgets.week_tray import OverdueTray

TODAY = date(2026, 12, 6)


def overdue(n: int, title: str) -> AgendaEntry:
    tp = TouchPoint(1, date(2026, 12, n), Channel.EMAIL, id=n, title=title)
    return AgendaEntry(tp, "Bramble Botanicals Ltd", CompanyKind.DREAM_CLIENT, "Samuel Kowalski")


def test_a_card_with_a_long_title_is_whole_above_the_scroll_bar(qtbot) -> None:
    tray = OverdueTray()
    qtbot.addWidget(tray)
    tray.setStyleSheet(theme.stylesheet(False))
    short = [overdue(n, "Call Wei") for n in (1, 2)]
    long = overdue(4, "E-mail Samuel: follow-up on price indexation and the pallet quote")
    tray.set_rows([*short, long], [], TODAY)
    tray.resize(500, 200)  # narrower than the cards: the scroll bar shows under them
    tray.show()
    qtbot.waitExposed(tray)
    cards = tray.cards
    tallest = max(cards.sizeHintForRow(row) for row in range(3))
    assert tallest > cards.sizeHintForRow(0)  # the long title takes a second line
    assert cards.horizontalScrollBar().isVisible()
    room = cards.viewport().height()
    assert room >= tallest


def test_the_tallest_card_is_measured_as_the_list_measures_each(qtbot) -> None:
    tray = OverdueTray()
    qtbot.addWidget(tray)
    tray.setStyleSheet(theme.stylesheet(False))
    titles = [
        "Call Wei",
        "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3,  # one word: elided, one line
        "E-mail Samuel: follow-up on price indexation and the pallet quote",
    ]
    entries = [overdue(n + 1, title) for n, title in enumerate(titles)]
    tray.set_rows(entries, [], TODAY)
    cards, font = tray.cards, tray.cards.font()
    each = [cards.sizeHintForRow(row) for row in range(3)]
    assert each[0] == each[1] < each[2]
    assert tray.delegate.tallest(font, entries[:2]) == each[0]
    assert tray.delegate.tallest(font, entries) == each[2]
