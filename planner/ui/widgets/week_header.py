"""The week view's header: its navigation buttons, and what assistive technology says of it."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from planner.ui.i18n import translate
from planner.ui.widgets.week_columns import DayColumn


class WeekHeader(Protocol):
    """The week view as far as its description goes (the view's module imports this one)."""

    previous_button: QPushButton
    today_button: QPushButton
    next_button: QPushButton
    previous_week_action: QAction
    today_action: QAction
    next_week_action: QAction
    plan_button: QPushButton
    title_label: QLabel
    columns: list[DayColumn]


def nav_button(parent: QWidget, text: str, act: QAction) -> QPushButton:
    """A header button that triggers `act`, its tooltip naming the action and its shortcuts."""
    button = QPushButton(text, parent)
    button.setObjectName("navButton")
    shortcuts = ", ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in act.shortcuts()
    )
    button.setToolTip(
        translate("WeekView", "{action} ({shortcuts})").format(
            action=act.text().replace("&", ""), shortcuts=shortcuts
        )
    )
    button.clicked.connect(act.trigger)
    return button


def describe_week_view(view: WeekHeader) -> None:
    """Name the navigation buttons after their actions and describe the keys of a day's cards."""
    for button, action in (
        (view.previous_button, view.previous_week_action),
        (view.today_button, view.today_action),
        (view.next_button, view.next_week_action),
    ):
        button.setAccessibleName(action.text().replace("&", ""))
    view.plan_button.setAccessibleName(translate("WeekView", "Plan a touch-point"))
    view.title_label.setAccessibleName(translate("WeekView", "Week shown"))
    description = translate(
        "WeekView",
        "Cards of one day. Up and Down move within the day, Left and Right to the next "
        "day with cards, Enter opens the card, Delete deletes it (Ctrl+Z undoes).",
    )
    for column in view.columns:
        column.cards.setAccessibleDescription(description)
