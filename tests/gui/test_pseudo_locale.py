"""Under a pseudo-translation every text the app shows comes out translated.

The pseudo-translation is made from the sources the way a real one is (lupdate, lrelease):
each catalogue text becomes "⟦text⟧". The tests open every page and dialog on the demo plan
and read what a person would: labels, buttons, menus, titles, tooltips, accessible names,
placeholders, combo-box items, column headers and the cells of each table. From each text
they strip the translated parts, the plan's own data (names, titles, notes) and the locale's
month and day names; a word that is left is wording that bypassed Qt's translation.
"""

from __future__ import annotations

import csv
import functools
import html
import json
import re
import runpy
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dialog_walker import DIALOGS, IMPORT_SAMPLE, demo_plan, demo_window, shown_dialog
from PySide6.QtCore import QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.ui.main_window import MainWindow, Page

ROOT = Path(__file__).resolve().parents[2]

# Key names in shortcut texts, and words that are the same in every language.
_SAME_EVERYWHERE = {
    *("Ctrl", "Shift", "Alt", "Meta", "Del", "Delete", "Ins", "Enter", "Return", "Esc"),
    *("Backspace", "Tab", "Space", "Home", "End", "PgUp", "PgDown", "Left", "Right", "Up"),
    *("Down", "Plus", "Minus", *(f"F{n}" for n in range(1, 13))),
    *("Nurture", "Planner", "iCal", "vCard", "CSV", "ics", "vcf", "csv", "UTC", "AM", "PM"),
}
# A tab bar's scroll buttons: Qt's own, though not named qt_….
_QT_PARTS = frozenset({"ScrollLeftButton", "ScrollRightButton"})
_WORD = re.compile(r"[^\W\d_]{2,}")
_TRANSLATED = re.compile(r"⟦[^⟦⟧]*⟧")
# Web and e-mail addresses and file paths: the accounts' and the user's, not wording.
_PATH = re.compile(r"\b\w+://\S+|\S+@\S+|(?:/[\w.+-]+)+/?")
_TAG = re.compile(r"<[^>]+>")
_UNFINISHED = re.compile(
    r"(<source>(?P<source>.*?)</source>(?:\s*<comment>.*?</comment>)?\s*)"
    r'<translation type="unfinished">(?P<body>.*?)</translation>',
    re.S,
)


def _translations_script() -> dict[str, Any]:
    """packaging/translations.py's functions (a script, not a package)."""
    return runpy.run_path(str(ROOT / "packaging" / "translations.py"))


def _pseudo(match: re.Match[str]) -> str:
    wrapped = f"⟦{match['source']}⟧"
    forms = match["body"].count("<numerusform>")
    body = "".join(f"<numerusform>{wrapped}</numerusform>" for _ in range(forms)) or wrapped
    return f"{match[1]}<translation>{body}</translation>"


@pytest.fixture(scope="module")
def pseudo_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The current sources' catalogue with every text translated as ⟦text⟧, compiled."""
    script = _translations_script()
    folder = tmp_path_factory.mktemp("pseudo")
    ts = folder / "nurture_planner_pseudo.ts"
    script["update"]([ts])
    ts.write_text(_UNFINISHED.sub(_pseudo, ts.read_text(encoding="utf-8")), encoding="utf-8")
    qm = ts.with_suffix(".qm")
    script["release"](ts, qm)
    return qm


@pytest.fixture
def pseudo(qapp: QApplication, pseudo_catalogue: Path, monday_first: None) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(pseudo_catalogue))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def demo(file_store: Store, clock: FixedClock) -> Store:
    return demo_plan(file_store, clock)


@pytest.fixture
def window(qtbot, pseudo: None, demo: Store, clock: FixedClock) -> MainWindow:
    return demo_window(qtbot, demo, clock, 1400, 900)


def _data_strings(store: Store) -> list[str]:
    """Every text value in the plan file: names, titles, notes, e-mail addresses…"""
    assert store.path is not None
    values: set[str] = set()
    with sqlite3.connect(store.path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            columns = [r[1] for r in db.execute(f"PRAGMA table_info('{table}')")]
            for column in columns:
                for (value,) in db.execute(f"SELECT DISTINCT \"{column}\" FROM '{table}'"):
                    if isinstance(value, str) and value.strip():
                        values.add(value.strip())
                        if value.startswith("["):  # a list kept as JSON: content topics
                            values.update(json.loads(value))
    # The sample import file's name, headers and cells are the file's data too.
    values.add(IMPORT_SAMPLE.name)
    with IMPORT_SAMPLE.open(encoding="utf-8", newline="") as sample:
        values.update(cell.strip() for row in csv.reader(sample) for cell in row if cell.strip())
    return sorted(values, key=len, reverse=True)


def _calendar_words() -> set[str]:
    locale = QLocale()
    words = set()
    for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        words.update(locale.monthName(m, fmt) for m in range(1, 13))
        words.update(locale.standaloneMonthName(m, fmt) for m in range(1, 13))
        words.update(locale.dayName(d, fmt) for d in range(1, 8))
        words.update(locale.standaloneDayName(d, fmt) for d in range(1, 8))
    return words


@functools.cache
def _territory_words() -> frozenset[str]:
    """Country names, country and region codes: Qt names countries in English only (the public
    holidays choice lists them), and region codes are codes."""
    import holidays

    words: set[str] = {
        region for regions in holidays.list_supported_countries().values() for region in regions
    }
    for territory in QLocale.Country:
        words.update(_WORD.findall(QLocale.territoryToString(territory)))
        words.add(QLocale.territoryToCode(territory))
    return frozenset(words)


def untranslated_words(text: str, data: list[str]) -> list[str]:
    """The words of `text` that are neither translated, nor data, nor calendar names."""
    text = html.unescape(_TAG.sub(" ", text)) if "<" in text else text
    previous = None
    while previous != text:
        previous, text = text, _TRANSLATED.sub(" ", text)
    text = _PATH.sub(" ", text)
    for value in data:
        if value in text:
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", text)
    allowed = _SAME_EVERYWHERE | _calendar_words() | _territory_words()
    return [w for w in _WORD.findall(text) if w not in allowed]


def _model_texts(view: QAbstractItemView, rows: int = 25) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader() if isinstance(view, QTableView) else None
    header = view.header() if isinstance(view, QTreeView) else header
    columns = 1 if header is None else header.count()
    for column in range(columns if header is not None else 0):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            yield str(model.headerData(column, Qt.Orientation.Horizontal, role) or "")

    def walk(parent: QModelIndex, depth: int) -> Iterator[str]:
        for row in range(min(model.rowCount(parent), rows)):
            for column in range(columns):
                index = model.index(row, column, parent)
                for role in (
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole,
                ):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield value
                if depth < 2 and column == 0:
                    yield from walk(index, depth + 1)

    yield from walk(QModelIndex(), 0)


def _standard_button(button: QAbstractButton) -> bool:
    box = button.parent()
    return isinstance(box, QDialogButtonBox) and box.standardButton(button) is not (
        QDialogButtonBox.StandardButton.NoButton
    )


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text `root` and its children show or speak."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.objectName().startswith("qt_") or widget.objectName() in _QT_PARTS:
            continue  # Qt's own parts (a dock's close button…): qtbase_<lang>.qm names them
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        yield from (
            (where, t)
            for t in (
                widget.windowTitle() if widget.isWindow() else "",
                widget.toolTip(),
                widget.statusTip(),
                widget.whatsThis(),
                widget.accessibleName(),
                widget.accessibleDescription(),
            )
        )
        if isinstance(widget, QAbstractButton) and _standard_button(widget):
            pass  # Qt's own translations name the standard buttons (qtbase_<lang>.qm)
        elif isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            yield where, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield where, widget.placeholderText()
            if not widget.isEditable():
                yield from ((where, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield where, widget.tabText(i)
                yield where, widget.tabToolTip(i)
        elif isinstance(widget, QAbstractSpinBox):
            yield where, widget.specialValueText()
        elif isinstance(widget, QAbstractItemView):
            yield from ((where, t) for t in _model_texts(widget))
        if isinstance(widget, QMenu):
            yield where, widget.title()
    for action in root.findChildren(QAction):
        where = f"QAction {action.objectName()}".strip()
        yield from ((where, t) for t in (action.text(), action.toolTip(), action.statusTip()))


def leftovers(root: QWidget, store: Store) -> list[str]:
    data = _data_strings(store)
    found = []
    for where, text in shown_texts(root):
        words = untranslated_words(text, data) if text else []
        if words:
            found.append(f"{where}: {text!r} → {' '.join(words)}")
    return sorted(set(found))


def test_the_checker_sees_plain_wording_and_passes_translated_text(demo: Store) -> None:
    data = _data_strings(demo)
    company = next(c.name for c in demo.companies.all() if " " in c.name)
    assert untranslated_words(f"⟦Next touch with {company}⟧", data) == []
    assert untranslated_words(f"⟦Account⟧: {company}, ⟦tier ⟦A⟧⟧ · 3 Nov", data) == []
    assert untranslated_words(f"Next touch with {company}", data) == ["Next", "touch", "with"]
    assert untranslated_words("<b>⟦Due⟧</b> Overdue", data) == ["Overdue"]


@pytest.mark.parametrize("page", list(Page), ids=lambda p: p.name.lower())
def test_every_page_is_translated(qtbot, window: MainWindow, demo: Store, page: Page) -> None:
    window.show_page(page)
    view = window.pages.currentWidget()
    table = view.findChild(QAbstractItemView)
    if page in (Page.ACCOUNTS, Page.CONTACTS, Page.CONTENT) and table is not None:
        table.setFocus()
        table.setCurrentIndex(table.model().index(0, 0))
    if page is Page.WEEK and not window.plan_action.isChecked():
        with qtbot.waitSignal(window.plan_panel.refreshed, timeout=10_000):
            window.plan_action.setChecked(True)
    qtbot.wait(50)
    assert leftovers(window, demo) == []


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_is_translated(
    qtbot, window: MainWindow, demo: Store, clock: FixedClock, name: str
) -> None:
    with shown_dialog(qtbot, window, name, demo, clock) as dialog:
        qtbot.wait(50)
        assert leftovers(dialog, demo) == []
