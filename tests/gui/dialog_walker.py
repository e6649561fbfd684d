"""Opening every dialog of the app the way the app opens it, on a window over the demo plan.

The checks that read what a person sees in each dialog (translations, shortcut keys) share
this list, so a new dialog is walked by all of them once it is added here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from planner.demo import generate
from planner.domain.model import Channel, TouchPoint
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.dialogs.outcome_dialog import OutcomeDialog
from planner.ui.dialogs.touchpoint_dialog import TouchpointDialog
from planner.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
IMPORT_SAMPLE = ROOT / "tests" / "data" / "import" / "google_contacts_current.csv"

DIALOGS = [
    "settings",
    "search",
    "about",
    "shortcuts",
    "export",
    "auto_export",
    "import",
    "undo_import",
    "new_account",
    "edit_account",
    "merge_account",
    "new_contact",
    "edit_contact",
    "move_contact",
    "merge_contact",
    "new_content",
    "edit_content",
    "record_sent",
    "touchpoint",
    "outcome",
]


def demo_plan(store: Store, clock: FixedClock) -> Store:
    """`store` filled with the demo plan."""
    generate(store, clock.today())
    return store


def demo_window(qtbot, store: Store, clock: FixedClock, width: int, height: int) -> MainWindow:
    """A main window over the demo plan in `store`, shown at the given size."""
    assert store.path is not None
    widget = MainWindow(Controller(store, clock), store.path, demo=True)
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _a_touchpoint(store: Store) -> TouchPoint:
    return next(tp for tp in store.touchpoints.all() if tp.channel is Channel.CONTENT)


def open_dialog(window: MainWindow, name: str, demo: Store, clock: FixedClock) -> QWidget | None:
    """The dialog `name`, opened the way the app opens it."""
    first_company = demo.companies.all()[0].id
    first_contact = demo.read.contact_summaries()[0].contact.id
    first_content = demo.content.summaries()[0].item.id
    openers: dict[str, Callable[[], QWidget | None]] = {
        "settings": window.open_settings,
        "search": window.open_search,
        "about": window.open_about,
        "shortcuts": window.open_shortcuts,
        "export": window.open_export_dialog,
        "auto_export": window.open_auto_export_dialog,
        "import": lambda: window.interchange.open_import(IMPORT_SAMPLE),
        "undo_import": window.interchange.open_undo_import,
        "new_account": window.accounts_view.new_account,
        "edit_account": lambda: window.accounts_view.edit_account(first_company),
        "merge_account": lambda: window.accounts_view.merge_account(first_company),
        "new_contact": window.contacts_view.new_contact,
        "edit_contact": lambda: window.contacts_view.edit_contact(first_contact),
        "move_contact": lambda: window.contacts_view.move_contact(first_contact),
        "merge_contact": lambda: window.contacts_view.merge_contact(first_contact),
        "new_content": window.content_view.new_item,
        "edit_content": lambda: window.content_view.edit_item(first_content),
        "record_sent": lambda: window.content_view.record_sent(first_content),
        "touchpoint": lambda: TouchpointDialog(
            demo, clock, touchpoint=_a_touchpoint(demo), parent=window
        ),
        "outcome": lambda: OutcomeDialog(
            demo.companies.all()[0].name, sends_content=True, parent=window
        ),
    }
    return openers[name]()


@contextmanager
def shown_dialog(
    qtbot, window: MainWindow, name: str, demo: Store, clock: FixedClock
) -> Iterator[QDialog]:
    """The dialog `name` opened and shown on screen; it is closed afterwards."""
    dialog = open_dialog(window, name, demo, clock)
    assert isinstance(dialog, QDialog)
    if not dialog.isVisible():
        dialog.show()
    qtbot.waitExposed(dialog)
    try:
        yield dialog
    finally:
        dialog.close()
