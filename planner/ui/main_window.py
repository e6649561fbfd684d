"""The main window: navigation between the week, accounts, contacts and content, menus, status."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner import APP_NAME
from planner.domain.errors import PlannerError
from planner.paths import demo_database
from planner.ui.application import window_title
from planner.ui.controller import Change, Controller
from planner.ui.first_paint import AfterFirstPaint
from planner.ui.i18n import error_text, translate
from planner.ui.main_menus import PAGE_TITLES, page_shortcut
from planner.ui.pages import NAVIGATION_WIDTH, Page
from planner.ui.theme import app_icon, themed_icon
from planner.ui.undo_status import UndoStatus
from planner.ui.widgets.plan_panel import PlanPanel
from planner.ui.widgets.week_view import WeekView
from planner.ui.widgets.welcome_banner import WelcomeBanner
from planner.ui.window_start import StartingWindow
from planner.ui.window_state import (
    default_size,
    restore_page_splitters,
    restore_window_state,
    save_window_state,
)

if TYPE_CHECKING:
    # Dialogs and the pages beside the week are imported where they are first opened: the
    # first paint shows the week alone, and every module loaded before it delays it.
    from planner.ui.dialogs.about_dialog import AboutDialog
    from planner.ui.dialogs.auto_export_dialog import AutoExportDialog
    from planner.ui.dialogs.export_dialog import ExportDialog
    from planner.ui.dialogs.search_dialog import QuickSearchDialog
    from planner.ui.dialogs.settings_dialog import SettingsDialog
    from planner.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from planner.ui.engine_runner import EngineRunner
    from planner.ui.widgets.accounts_view import AccountsView
    from planner.ui.widgets.contacts_view import ContactsView
    from planner.ui.widgets.content_library import ContentLibraryView
    from planner.ui.widgets.insights import InsightsView

PAGE_ICONS = ("week", "accounts", "contacts", "content", "insights")


class MainWindow(StartingWindow):
    """Holds the views; every edit goes through the controller and is saved at once."""

    open_another_requested = Signal(object)  # the plan file chosen in File → Open another
    closed = Signal()  # the window has closed (shown or not)

    def __init__(
        self,
        controller: Controller,
        db_path: Path | None = None,
        *,
        demo: bool = False,
        settings: QSettings | None = None,
        engine: EngineRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        # The plan's nurture engine (the session builds it once per plan), handed to each view.
        if engine is None:
            from planner.ui.engine_runner import EngineRunner

            engine = EngineRunner(controller, self)
        self.engine = engine
        # The week is painted first: the engine's work waits for it (it shares the interpreter),
        # and for the rest of the start (see `_release_the_engine`).
        self.engine.hold()
        self._week_paint: AfterFirstPaint | None = None
        self._week_was_painted = False
        self._week_laid_out = False
        self._show_with_the_week = False  # see show_when_ready
        self.store = controller.store
        self.db_path = db_path
        # Where the window remembers itself between runs; None (tests) remembers nothing.
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setWindowTitle(window_title(db_path, demo=demo))
        self.setWindowIcon(app_icon())

        # Each widget is made where it stays: moving a built widget into another parent has Qt
        # polish it again with all it holds (some 50 ms for the week before the first paint).
        central = QWidget(self)
        # Start-up builds the week alone; the other pages are built on their first visit.
        self.pages = QStackedWidget(central)
        # Built empty: the start reads and shows the week in steps (see `_start_steps`).
        self.week_view = WeekView(controller, self.pages, read_now=False)
        self.week_view.engine = self.engine
        self.week_view.defer_while_hidden = True
        self.pages.addWidget(self.week_view)
        self._built: dict[Page, QWidget] = {Page.WEEK: self.week_view}
        for _page in list(Page)[1:]:
            self.pages.addWidget(QWidget(self.pages))
        # "Plan my week" sits beside the week (only there), toggled with Ctrl+P.
        self.plan_dock = QDockWidget(self.tr("Plan my week"), self)
        self.plan_dock.setObjectName("planDock")
        self.plan_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.plan_dock.setTitleBarWidget(QWidget(self.plan_dock))
        self.plan_panel = PlanPanel(controller, self.week_view, self.plan_dock, engine=self.engine)
        self.plan_dock.setWidget(self.plan_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.plan_dock)

        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Views"))
        self.navigation.setAccessibleDescription(
            self.tr("Week, accounts, contacts, content and insights; Ctrl+1 to Ctrl+5 jump there.")
        )
        self.navigation.setFixedWidth(NAVIGATION_WIDTH)
        self.navigation.setIconSize(QSize(18, 18))
        self.navigation.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for page, title, icon in zip(Page, PAGE_TITLES, PAGE_ICONS, strict=True):
            text = translate("MainWindow", title)
            item = QListWidgetItem(themed_icon(icon), text, self.navigation)
            shortcut = page_shortcut(page).toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(self.tr("{view} ({shortcut})").format(view=text, shortcut=shortcut))
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)

        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        # The welcome sits above the views while the plan is empty (a brand-new account).
        self.welcome = WelcomeBanner(central)
        self.welcome.setVisible(self.store.is_empty())
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.welcome)
        right.addWidget(self.pages, 1)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self._make_menus()
        self.plan_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.plan_label)
        self.statusBar().showMessage(self.tr("Changes are saved as you make them."), 5000)
        self.undo_status = UndoStatus(controller.undo_stack, self.statusBar(), self)
        controller.failed.connect(self.undo_status.forget)

        self.week_view.failed.connect(self.show_error)
        controller.failed.connect(self.show_error)
        self.plan_panel.failed.connect(self.show_error)
        self.plan_panel.company_activated.connect(self._on_company_activated)
        controller.changed.connect(self._on_controller_changed)
        self.show_page(Page.WEEK)
        self.resize(default_size(self.screen().availableGeometry()))
        if settings is not None:
            restore_window_state(self, settings)
        self.start_steps = self._start_steps()
        self.start_steps.finished.connect(self._release_the_engine)

    # Pages.

    @property
    def accounts_view(self) -> AccountsView:
        return cast("AccountsView", self.page_widget(Page.ACCOUNTS))

    @property
    def contacts_view(self) -> ContactsView:
        return cast("ContactsView", self.page_widget(Page.CONTACTS))

    @property
    def content_view(self) -> ContentLibraryView:
        return cast("ContentLibraryView", self.page_widget(Page.CONTENT))

    @property
    def insights_view(self) -> InsightsView:
        return cast("InsightsView", self.page_widget(Page.INSIGHTS))

    def is_built(self, page: Page) -> bool:
        """Whether the page has been built (the week always is; others on first visit)."""
        return page in self._built

    def page_widget(self, page: Page) -> QWidget:
        """The page's view, built now if this is its first visit."""
        widget = self._built.get(page)
        if widget is None:
            widget = self._build_page(page)
            self._built[page] = widget
            placeholder = self.pages.widget(page)
            self.pages.insertWidget(page, widget)
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
            if self.settings is not None:
                restore_page_splitters(self, self.settings, page)
        return widget

    def _build_page(self, page: Page) -> QWidget:
        controller = self.controller
        if page is Page.ACCOUNTS:
            from planner.ui.widgets.accounts_view import AccountsView

            accounts = AccountsView(controller, self, engine=self.engine)
            accounts.defer_while_hidden = True
            accounts.contact_activated.connect(self._on_accounts_view_contact_activated)
            return accounts
        if page is Page.CONTACTS:
            from planner.ui.widgets.contacts_view import ContactsView

            contacts = ContactsView(controller, self, engine=self.engine)
            contacts.defer_while_hidden = True
            return contacts
        if page is Page.CONTENT:
            from planner.ui.widgets.content_library import ContentLibraryView

            content = ContentLibraryView(controller, self)
            content.defer_while_hidden = True
            return content
        from planner.ui.widgets.insights import InsightsView

        insights = InsightsView(controller, self, engine=self.engine)
        insights.company_activated.connect(self._on_company_activated)
        return insights

    def show_page(self, page: Page) -> None:
        self.page_widget(page)
        self.pages.setCurrentIndex(page)
        if self.navigation.currentRow() != page:
            self.navigation.setCurrentRow(page)
        self._update_plan_dock()

    def _update_plan_dock(self) -> None:
        self.plan_dock.setVisible(
            self.plan_action.isChecked() and self.pages.currentIndex() == Page.WEEK
        )

    def open_settings(self) -> SettingsDialog:
        from planner.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.controller, self, calendar=self.calendar.service)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def current_page(self) -> Page:
        return Page(self.pages.currentIndex())

    def open_search(self) -> QuickSearchDialog:
        from planner.ui.dialogs.search_dialog import QuickSearchDialog

        dialog = QuickSearchDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self._on_search_chosen)
        dialog.open()
        return dialog

    def open_record(self, kind: str, record_id: int) -> None:
        """Jump to a company, contact or content item and show it."""
        if kind == "company":
            self.show_page(Page.ACCOUNTS)
            self.accounts_view.open_company(record_id)
        elif kind == "contact":
            self.show_page(Page.CONTACTS)
            self.contacts_view.open_contact(record_id)
        elif kind == "content":
            self.show_page(Page.CONTENT)
            self.content_view.open_item(record_id)
        elif kind == "touchpoint":
            self._open_touchpoint(record_id)

    def _open_touchpoint(self, touchpoint_id: int) -> None:
        """Show the week holding a touch-point and select it there."""
        try:
            day = self.store.touchpoints.get(touchpoint_id).day
        except PlannerError as error:
            self.statusBar().showMessage(error_text(error), 8000)
            return
        self.show_page(Page.WEEK)
        self.week_view.show_week_of(day)
        self.week_view.select_touchpoint(touchpoint_id)

    def open_export_dialog(self) -> ExportDialog:
        from planner.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.controller, self.auto_exporter, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_auto_export_dialog(self) -> AutoExportDialog:
        from planner.ui.dialogs.auto_export_dialog import AutoExportDialog

        dialog = AutoExportDialog(self.auto_exporter, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_about(self) -> AboutDialog:
        from planner.ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self.db_path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_shortcuts(self) -> ShortcutsDialog:
        from planner.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def choose_another_database(self) -> Path | None:
        """Ask for another plan file with the platform's own file dialog."""
        start = str(self.db_path.parent) if self.db_path is not None else str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open another database file"),
            start,
            self.tr("Plan files (*.db *.sqlite *.sqlite3);;All files (*)"),
        )
        return Path(chosen) if chosen else None

    # Errors and status.

    def show_error(self, message: str) -> None:
        """Every refused action ends here: a plain message, never a traceback."""
        QMessageBox.warning(self, APP_NAME, message)

    def _update_plan_label(self) -> None:
        try:
            companies = self.store.read.count("companies")
            touchpoints = self.store.read.count("touchpoints")
        except PlannerError:
            return  # the status line waits; the error shows where an action needed the file
        self.plan_label.setText(
            self.tr("{accounts} · {touchpoints}").format(
                accounts=self.tr("%Ln account(s)", "", companies),
                touchpoints=self.tr("%Ln touch-point(s)", "", touchpoints),
            )
        )

    # Slots.

    def _on_navigation_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.page_widget(Page(row))
            self.pages.setCurrentIndex(row)
            self._update_plan_dock()

    def _on_plan_action_toggled(self, checked: bool) -> None:
        if checked and self.current_page() is not Page.WEEK:
            self.show_page(Page.WEEK)
        self._update_plan_dock()

    def _on_welcome_demo_requested(self) -> None:
        self.open_another_requested.emit(demo_database())

    def _on_open_another_action_triggered(self) -> None:
        chosen = self.choose_another_database()
        if chosen is not None:
            self.open_another_requested.emit(chosen)

    def _on_company_activated(self, company_id: int) -> None:
        self.open_record("company", company_id)

    def _on_search_chosen(self, kind: str, record_id: int) -> None:
        self.open_record(kind, record_id)

    def _on_accounts_view_contact_activated(self, contact_id: int) -> None:
        self.open_record("contact", contact_id)

    def _on_auto_exporter_failed(self, message: str) -> None:
        # The status bar, not a dialog: a missing synced folder would raise one per edit.
        self.statusBar().showMessage(message, 15000)

    def _on_controller_changed(self, change: Change) -> None:
        self._update_plan_label()
        if self.welcome.isVisible() and not self.store.is_empty():
            self.welcome.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Edits are saved as they happen; nothing to ask before closing.
        if self.settings is not None:
            save_window_state(self, self.settings)
        self.start_steps.cancel()
        if "external_changes" in self.__dict__:  # the start got as far as watching the file
            self.external_changes.stop()
        if "calendar" in self.__dict__:
            self.calendar.shutdown()
        self.engine.shutdown()
        self.week_view.week_reads.shutdown()
        # The undo steps end with the window. Deleted here, by their stack, rather than left to
        # the cyclic collector with it: collecting the two together can free a step twice.
        self.controller.undo_stack.clear()
        event.accept()
        self.closed.emit()
