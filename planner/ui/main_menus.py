"""The main window's menu bar: its menus and actions, and Undo and Redo named after their step."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from planner.domain.text import QT_TRANSLATE_NOOP
from planner.ui.dialogs.confirm import confirm
from planner.ui.i18n import translate
from planner.ui.interchange_actions import InterchangeActions
from planner.ui.pages import Page
from planner.ui.trip_actions import TripActions
from planner.ui.window_undo import WindowUndo

if TYPE_CHECKING:
    from planner.ui.controller import Controller
    from planner.ui.widgets.week_view import WeekView
    from planner.ui.widgets.welcome_banner import WelcomeBanner

# Shown through translate("MainWindow", title).
PAGE_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "Week"),
    QT_TRANSLATE_NOOP("MainWindow", "Accounts"),
    QT_TRANSLATE_NOOP("MainWindow", "Contacts"),
    QT_TRANSLATE_NOOP("MainWindow", "Content library"),
    QT_TRANSLATE_NOOP("MainWindow", "Insights"),
)


class MainMenus(QMainWindow):
    """The main window's menus; the window (MainWindow) supplies what is declared here."""

    # Declared for the type checker; the window sets and defines them.
    controller: Controller
    week_view: WeekView
    welcome: WelcomeBanner
    show_page: Callable[[Page], None]
    show_error: Callable[[str], None]
    open_settings: Callable[[], object]
    open_search: Callable[[], object]
    open_export_dialog: Callable[[], object]
    open_auto_export_dialog: Callable[[], object]
    open_about: Callable[[], object]
    open_shortcuts: Callable[[], object]
    _on_open_another_action_triggered: Callable[[], None]
    _on_welcome_demo_requested: Callable[[], None]
    _on_plan_action_toggled: Callable[[bool], None]

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.open_another_action = QAction(self.tr("&Open another database file…"), self)
        self.open_another_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_another_action.triggered.connect(self._on_open_another_action_triggered)
        file_menu.addAction(self.open_another_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.export_action = QAction(self.tr("&Export to calendar…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.open_export_dialog)
        self.auto_export_action = QAction(self.tr("&Automatic calendar export…"), self)
        self.auto_export_action.triggered.connect(self.open_auto_export_dialog)
        file_menu.addActions([self.export_action, self.auto_export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.interchange = InterchangeActions(self, self.controller, file_menu, self.quit_action)
        self.welcome.import_requested.connect(self.interchange.open_import)
        self.welcome.demo_requested.connect(self._on_welcome_demo_requested)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self._make_undo_actions()
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.week_view.plan_action)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        touch_menu = edit_menu.addMenu(self.tr("&Touch-point"))
        for act in self.week_view.card_actions():
            touch_menu.addAction(act)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        menus = (file_menu, self.quit_action, touch_menu, edit_menu)
        self.trip_actions = TripActions(self, self.controller, self.week_view, *menus)
        self.trip_actions.failed.connect(self.show_error)

        view_menu = bar.addMenu(self.tr("&View"))
        self.page_actions: list[QAction] = []
        for page, title in zip(Page, PAGE_TITLES, strict=True):
            act = QAction(translate("MainWindow", title), self)
            act.setShortcut(page_shortcut(page))
            act.triggered.connect(lambda _checked=False, p=page: self.show_page(p))
            view_menu.addAction(act)
            self.page_actions.append(act)
        view_menu.addSeparator()
        self.plan_action = QAction(self.tr("&Plan my week"), self)
        self.plan_action.setCheckable(True)
        self.plan_action.setChecked(True)
        self.plan_action.setShortcut(QKeySequence("Ctrl+P"))
        self.plan_action.setToolTip(
            self.tr("Show or hide this week's suggestions beside the week (Ctrl+P)")
        )
        self.plan_action.toggled.connect(self._on_plan_action_toggled)
        view_menu.addAction(self.plan_action)
        view_menu.addAction(self.week_view.compact_action)

        go_menu = bar.addMenu(self.tr("&Go"))
        self.search_action = QAction(self.tr("&Quick search…"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(self.open_search)
        go_menu.addAction(self.search_action)
        go_menu.addSeparator()
        for act in (
            self.week_view.today_action,
            self.week_view.previous_week_action,
            self.week_view.next_week_action,
        ):
            act.triggered.connect(lambda _checked=False: self.show_page(Page.WEEK))
            go_menu.addAction(act)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        self.about_action = QAction(self.tr("&About Nurture Planner"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.open_about)
        help_menu.addActions([self.shortcuts_action, self.about_action])

    def _make_undo_actions(self) -> None:
        """Undo and Redo, named after the step they take back or do again ("Undo Mark done").

        Made here rather than with QUndoStack.createUndoAction, whose prefix is glued before
        the step's name; a whole translated phrase lets each language order the words.
        """
        stack = self.controller.undo_stack
        self.undo_action = QAction(self)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.triggered.connect(self.undo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.undoTextChanged.connect(self._update_undo_text)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(stack.redo)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.redoTextChanged.connect(self._update_redo_text)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.window_undo = WindowUndo(self, self.controller, self.undo_action, self.redo_action)
        self._update_undo_text(stack.undoText())
        self._update_redo_text(stack.redoText())

    def undo(self) -> None:
        """Undo the last step; one that cannot be redone (an import) is asked about first."""
        question = self.controller.undo_question()
        if question and not confirm(self, self.tr("Undo import"), question, self.tr("Undo import")):
            return
        self.window_undo.undo()  # an import's undo runs on a worker

    def _update_undo_text(self, step: str) -> None:
        if step:
            text = self.tr("&Undo {action}").format(action=escape_mnemonic(step))
        else:
            text = self.tr("&Undo")
        self.undo_action.setText(text)

    def _update_redo_text(self, step: str) -> None:
        if step:
            text = self.tr("&Redo {action}").format(action=escape_mnemonic(step))
        else:
            text = self.tr("&Redo")
        self.redo_action.setText(text)


def page_shortcut(page: Page) -> QKeySequence:
    """Ctrl+1 … Ctrl+5: the shortcut of each view."""
    return QKeySequence(f"Ctrl+{page.value + 1}")


def escape_mnemonic(text: str) -> str:
    """`text` shown as it is in a menu: a name's "&" ("AT&T") is not a shortcut key."""
    return text.replace("&", "&&")
