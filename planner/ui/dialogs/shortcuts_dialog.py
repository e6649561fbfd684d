"""Help → Keyboard shortcuts: a table built from the window's actions, so it never goes stale."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.ui.i18n import translate


def _native(sequences: list[QKeySequence]) -> str:
    """Key sequences as the platform writes them, in its language ("Ctrl+K", "⌘K", "Strg+K")."""
    return ", ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()
    )


def _keys(action: QAction) -> str:
    return _native(action.shortcuts())


def _named_keys(*keys: str | Qt.Key) -> str:
    """Keys given by their portable names ("Shift+Tab") or codes, as the platform writes them."""
    return _native([QKeySequence(key) for key in keys])


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersands and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def keys_in_lists() -> list[tuple[str, str, str]]:
    """Keys that work inside lists and the week rather than through an action."""
    where = translate("ShortcutsDialog", "Week")
    return [
        (
            where,
            translate("ShortcutsDialog", "Select the card on the day before or after"),
            _named_keys("Left", "Right"),
        ),
        (
            where,
            translate("ShortcutsDialog", "Select the card above or below"),
            _named_keys("Up", "Down"),
        ),
        (
            where,
            translate("ShortcutsDialog", "Open the selected card"),
            _named_keys(Qt.Key.Key_Enter),
        ),
        (
            translate("ShortcutsDialog", "Everywhere"),
            translate("ShortcutsDialog", "Move between the parts of the window"),
            _named_keys("Tab", "Shift+Tab"),
        ),
    ]


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action with a shortcut: the menus first, in menu order."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{path} → {_plain(submenu.title())}")
                continue
            if action.isSeparator() or id(action) in seen:
                continue
            seen.add(id(action))
            keys = _keys(action)
            if keys:
                rows.append((path, _plain(action.text()), keys))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(menu.title()))
    # Actions that live on a widget rather than in a menu (shortcuts local to a view).
    for action in window.findChildren(QAction):
        if id(action) in seen or not action.text():
            continue
        seen.add(id(action))
        keys = _keys(action)
        if keys:
            rows.append(("", _plain(action.text()), keys))
    return rows


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window in one sortable table."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window) + keys_in_lists()
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def keys_listed(self) -> list[str]:
        """The Keys column, row by row (tests read it)."""
        items = (self.table.item(row, 2) for row in range(self.table.rowCount()))
        return [item.text() for item in items if item is not None]
