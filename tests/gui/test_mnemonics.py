"""No dialog shows a shortcut-key "&" as a literal character ("&When" instead of "When").

Qt turns "&W" into an underlined W only where it knows the text is a mnemonic: buttons, group
boxes, tabs, menus, and labels that have a buddy. Everywhere else (a label without a buddy,
a window title, a column header, a combo item) the "&" is shown as it is. The tests open
every dialog the way the app does, in English and in German, and read what a person sees.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from dialog_walker import DIALOGS, demo_plan, demo_window, shown_dialog
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.ui.dialogs.fields import add_labelled_row
from planner.ui.i18n import install_translators, remove_translators
from planner.ui.main_window import MainWindow, Page

# "&W" is a mnemonic, "&&" a literal ampersand, "Food & Beverage" plain text.
_MNEMONIC = re.compile(r"&\w")
# In rich text an entity ("&amp;", "&#8212;") is markup, not a mnemonic.
_RICH_MNEMONIC = re.compile(r"&(?!#?\w+;)\w")


def mnemonic_in(text: str) -> bool:
    return bool(_MNEMONIC.search(text.replace("&&", "")))


def _is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt is Qt.TextFormat.RichText or (
        fmt is Qt.TextFormat.AutoText and QtGui.mightBeRichText(label.text())
    )


def literal_mnemonics(root: QWidget) -> list[str]:
    """Where `root` and its children show an "&" that was meant as a shortcut key."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.objectName().startswith("qt_"):
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.isWindow() and mnemonic_in(widget.windowTitle()):
            found.append(f"{where} window title: {widget.windowTitle()!r}")
        if isinstance(widget, QLabel):
            text = widget.text()
            if _is_rich(widget):
                if _RICH_MNEMONIC.search(text):
                    found.append(f"{where}: {text!r}")
            elif widget.buddy() is None and mnemonic_in(text):
                found.append(f"{where} (no buddy): {text!r}")
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            for i in range(widget.count()):
                if mnemonic_in(widget.itemText(i)):
                    found.append(f"{where} item: {widget.itemText(i)!r}")
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            for section in range(widget.count()):
                text = str(model.headerData(section, widget.orientation()) or "")
                if mnemonic_in(text):
                    found.append(f"{where} header: {text!r}")
        elif isinstance(widget, QAbstractItemView):
            continue
    return sorted(set(found))


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, QLocale(request.param))
    yield request.param
    remove_translators(qapp, translators)


@pytest.fixture
def demo(file_store: Store, clock: FixedClock) -> Store:
    return demo_plan(file_store, clock)


@pytest.fixture
def window(qtbot, language: str, demo: Store, clock: FixedClock) -> MainWindow:
    return demo_window(qtbot, demo, clock, 1366, 768)


def test_the_checker_tells_a_mnemonic_from_an_ampersand(qtbot) -> None:
    assert mnemonic_in("&When")
    assert mnemonic_in("C&ontact")
    assert mnemonic_in("&Wann")
    assert not mnemonic_in("Food & Beverage")
    assert not mnemonic_in("AT&&T")
    widget = QWidget()
    qtbot.addWidget(widget)
    form = QFormLayout(widget)
    row = QHBoxLayout()
    row.addWidget(QLineEdit())
    form.addRow("&When", row)  # Qt gives a label of a layout row no buddy
    form.addRow("&Name", QLineEdit())
    assert literal_mnemonics(widget) == ["QLabel (no buddy): '&When'"]


def test_a_labelled_layout_row_gets_its_shortcut_key(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    form = QFormLayout(widget)
    row = QHBoxLayout()
    first = QLineEdit()
    row.addWidget(first)
    row.addWidget(QLineEdit())
    label = add_labelled_row(form, "&When", row, first)
    assert label.buddy() is first
    assert literal_mnemonics(widget) == []


@pytest.mark.parametrize("name", DIALOGS)
def test_no_dialog_shows_a_shortcut_ampersand(
    qtbot, window: MainWindow, demo: Store, clock: FixedClock, name: str
) -> None:
    with shown_dialog(qtbot, window, name, demo, clock) as dialog:
        assert literal_mnemonics(dialog) == []


def test_no_page_shows_a_shortcut_ampersand(qtbot, window: MainWindow) -> None:
    for page in Page:
        window.show_page(page)
        assert literal_mnemonics(window) == [], page
