"""The "Plan my week" panel: the week's suggestions and why, to accept, dismiss or drag to a day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QHideEvent,
    QKeySequence,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.timing import planning_week_of_view
from planner.ui.controller import (
    COMPANIES,
    CONTACTS,
    CONTENT,
    DISMISSALS,
    SETTINGS,
    TOUCHPOINTS,
    Change,
    Controller,
)
from planner.ui.engine_runner import EngineResult, EngineRunner, Work
from planner.ui.i18n import error_text
from planner.ui.models.plan_model import PlanModel, PlanRole
from planner.ui.pages import PLAN_PANEL_WIDTH
from planner.ui.theme import (
    INK,
    INK_FAINT,
    LINE,
    SURFACE,
)
from planner.ui.widgets.dismissed_button import DismissedButton
from planner.ui.widgets.suggestion_list import SuggestionDelegate, SuggestionList, day_text
from planner.ui.widgets.week_view import WeekView

if TYPE_CHECKING:
    # The engine's modules load with the engine, after the week is painted.
    from planner.nurture.engine import WeekPlan
    from planner.nurture.week_plan import Suggestion

PLAN_DELAY_MS = 60  # from a change of week or plan to asking the engine


class PlanPanel(QFrame):
    """Suggestions for the week the week view shows, computed only while the panel is visible.

    The engine plans on its own thread: meanwhile the panel says "Planning…" and shows no
    suggestion, so a plan made before the latest change or for another week is never offered.
    Accepting and dismissing go through the controller, one undo step each; dismissed
    suggestions stay hidden for that week (kept in the plan file).
    """

    company_activated = Signal(int)
    failed = Signal(str)
    refreshed = Signal()

    def __init__(
        self,
        controller: Controller,
        week_view: WeekView,
        parent: QWidget | None = None,
        *,
        engine: EngineRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planPanel")
        self.controller = controller
        self.week_view = week_view
        self.engine = engine if engine is not None else EngineRunner(controller, self)
        # The planning week (Monday-based, as on the command line) the week view shows most of.
        self.week: date = planning_week_of_view(week_view.start)
        self._stale = True
        self.planning = False
        self._key = f"plan-{id(self)}"
        self._keep: list[str] = []
        self._dropped: tuple[list[str], date] | None = None
        self._all: list[Suggestion] = []

        self.model = PlanModel(self)
        self.list = SuggestionList(self)
        self.list.setModel(self.model)
        self.delegate = SuggestionDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setAccessibleName(self.tr("Suggested touch-points"))

        self.title = QLabel(self.tr("Plan my week"), self)
        self.title.setObjectName("planTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("weekSubtitle")
        self.subtitle.setWordWrap(True)
        self.accept_all_button = QPushButton(self.tr("Accept all"), self)
        self.accept_all_button.setObjectName("planButton")
        self.accept_all_button.setToolTip(self.tr("Plan every suggestion shown (Ctrl+Z undoes it)"))
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.accept_button.setObjectName("navButton")
        self.accept_button.setToolTip(self.tr("Plan the selected suggestion on its day (Enter)"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setObjectName("navButton")
        self.dismiss_button.setToolTip(
            self.tr("Hide the selected suggestion for this week (Delete)")
        )
        self.dismissed_button = DismissedButton(controller, self)
        self.empty = QLabel(self)
        self.empty.setObjectName("planEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.hint = QLabel(self.tr("Drag a suggestion onto a day to plan it there."), self)
        self.hint.setObjectName("weekSubtitle")
        self.hint.setWordWrap(True)

        self.accept_action = QAction(self.tr("&Accept"), self)
        self.accept_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.accept_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.dismiss_action = QAction(self.tr("&Dismiss for this week"), self)
        self.dismiss_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.dismiss_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.open_action = QAction(self.tr("&Open account"), self)
        self.list.addAction(self.accept_action)
        self.list.addAction(self.dismiss_action)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.accept_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.dismiss_button)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.dismissed_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.subtitle)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.hint)
        self.setMinimumWidth(PLAN_PANEL_WIDTH)
        self.setStyleSheet(
            f"QFrame#planPanel {{ background: {SURFACE}; border: 1px solid {LINE};"
            " border-radius: 10px; }"
            f"QLabel#planTitle {{ font-size: 13pt; font-weight: 600; color: {INK}; }}"
            f"QLabel#planEmpty {{ color: {INK_FAINT}; padding: 24px 12px; }}"
        )
        pal = self.list.palette()
        pal.setColor(QPalette.ColorRole.Base, QColor(0, 0, 0, 0))
        self.list.setPalette(pal)

        # The plan follows a moment after the week shows: the engine's thread shares the
        # interpreter with the paint (planning at once slows the new week's frame), and a rep
        # paging through weeks has only the week stopped at planned.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PLAN_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

        self.accept_all_button.clicked.connect(self._on_accept_all_button_clicked)
        self.accept_button.clicked.connect(self._on_accept_button_clicked)
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        self.accept_action.triggered.connect(self._on_accept_button_clicked)
        self.dismiss_action.triggered.connect(self._on_dismiss_button_clicked)
        self.open_action.triggered.connect(self._on_open_action_triggered)
        self.list.doubleClicked.connect(self._on_list_double_clicked)
        self.list.customContextMenuRequested.connect(self._on_list_custom_context_menu_requested)
        self.list.selectionModel().selectionChanged.connect(self._on_list_selection_changed)
        week_view.week_changed.connect(self._on_week_view_week_changed)
        week_view.suggestions_dropped.connect(self._on_week_view_suggestions_dropped)
        controller.changed.connect(self._on_controller_changed)
        self.engine.ready.connect(self._on_engine_ready)
        self._update_buttons()

    # Computing, lazily: only while shown, once per change or week.

    def invalidate(self) -> None:
        """Forget the shown plan at once (it no longer fits) and plan again when visible."""
        self._stale = True
        self._set_planning()
        if self.isVisible():
            self._timer.start()

    def _set_planning(self) -> None:
        if not self.planning:
            self._keep = self.selected_keys()
        self.planning = True
        self._show_planning()

    def refresh(self) -> None:
        """Ask the engine for the week's plan (the panel does this by itself when shown).

        Until the plan for this revision and week arrives the panel shows "Planning…";
        `refreshed` is emitted once it is shown.
        """
        self._timer.stop()
        self._stale = False
        self._set_planning()
        week = self.week
        # Nothing is proposed before now: the planner slots timed touches after this minute.
        now = self.controller.clock.now().time()

        def plan(work: Work) -> WeekPlan:
            # Only the accounts that can take one of the week's places are read in full.
            return work.engine.week_plan(work.revision, work.today, week, now)

        self.engine.request(self._key, plan)

    def _show_planning(self) -> None:
        last = self.week + timedelta(days=6)
        self.subtitle.setText(
            "  ·  ".join((f"{day_text(self.week)} – {day_text(last)}", self.tr("Planning…")))
        )
        self.model.set_suggestions([])
        self.empty.setText(self.tr("Planning…"))
        self.empty.setVisible(True)
        self.list.setVisible(False)
        self.hint.setVisible(False)
        self._update_buttons()

    def _show_plan(self, plan: WeekPlan) -> None:
        self.planning = False
        self.delegate.kinds = dict(plan.kinds)
        self._all = list(plan.suggestions)
        # Dismissed suggestions are left out by the planner itself (portfolio.dismissed).
        shown = self._all
        self.dismissed_button.set_week(self.week)
        self.model.set_suggestions(shown)
        for key in self._keep:
            row = self.model.row_of(key)
            if row is not None:
                self.list.selectionModel().select(
                    self.model.index(row, 0),
                    self.list.selectionModel().SelectionFlag.Select,
                )
        self._keep = []
        self._update_texts(plan, self.dismissed_button.count())
        self._update_buttons()
        self.refreshed.emit()
        if self._dropped is not None:
            keys, day = self._dropped
            self._dropped = None
            self.accept_keys(keys, day)

    def _show_failure(self, message: str) -> None:
        self.planning = False
        self.subtitle.setText(message)
        self.empty.setText(message)

    def _update_texts(self, plan: WeekPlan, dismissed: int) -> None:
        today = plan.today or self.controller.today()
        accepted = plan.accepted
        last = self.week + timedelta(days=6)
        settings = plan.settings
        count = self.model.rowCount()
        week = f"{day_text(self.week)} – {day_text(last)}"
        parts = [week, self.tr("%Ln suggestion(s)", "", count)]
        handled = []
        if accepted:
            handled.append(self.tr("%Ln accepted", "", accepted))
        if dismissed:
            handled.append(self.tr("%Ln dismissed", "", dismissed))
        parts.extend(handled)
        parts.append(self.tr("up to %Ln a day", "", settings.capacity_per_day))
        self.subtitle.setText("  ·  ".join(parts))
        if last < today:
            message = self.tr("This week has passed. Go to this week or a later one to plan.")
        elif not any(
            (self.week + timedelta(days=i)).weekday() in settings.working_days
            and self.week + timedelta(days=i) >= today
            for i in range(7)
        ):
            message = self.tr("No working days left this week. Next week is ready to plan (Alt+→).")
        elif handled and not count:
            message = self.tr("Nothing left to suggest this week: {done}.").format(
                done=", ".join(handled)
            )
        else:
            message = self.tr(
                "Nothing to suggest: every account is within its cadence, or the days are full."
            )
        self.empty.setText(message)
        self.empty.setVisible(count == 0)
        self.list.setVisible(count > 0)
        self.hint.setVisible(count > 0)

    def _update_buttons(self) -> None:
        has = bool(self.selected_keys())
        self.accept_button.setEnabled(has)
        self.dismiss_button.setEnabled(has)
        self.accept_action.setEnabled(has)
        self.dismiss_action.setEnabled(has)
        self.accept_all_button.setEnabled(self.model.rowCount() > 0 and not self.planning)

    # What is shown and selected.

    def suggestions(self) -> list[Suggestion]:
        return self.model.suggestions()

    def selected_keys(self) -> list[str]:
        rows = sorted(i.row() for i in self.list.selectionModel().selectedRows())
        return [self.model.suggestion(r).key for r in rows if r < self.model.rowCount()]

    def select_key(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row is None:
            return False
        self.list.setCurrentIndex(self.model.index(row, 0))
        return True

    def _by_keys(self, keys: Sequence[str]) -> list[Suggestion]:
        wanted = set(keys)
        return [s for s in self.model.suggestions() if s.key in wanted]

    # Doing things, through the controller.

    def accept(self, suggestions: Sequence[Suggestion], day: date | None = None) -> int:
        """Plan these suggestions (on `day` if given); returns how many were added."""
        if not suggestions:
            return 0
        try:
            added = self.controller.accept_suggestions(list(suggestions), day_override=day)
        except PlannerError as error:
            self.failed.emit(error_text(error))
            return 0
        return len(added)

    def accept_keys(self, keys: Sequence[str], day: date | None = None) -> int:
        return self.accept(self._by_keys(keys), day)

    def accept_all(self) -> int:
        return self.accept(self.model.suggestions())

    def dismiss_keys(self, keys: Sequence[str]) -> None:
        if not keys:
            return
        try:
            self.controller.dismiss_suggestions(self.week, self._by_keys(keys))
        except PlannerError as error:
            self.failed.emit(error_text(error))

    # Events and slots.

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def _on_timer_timeout(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def _on_week_view_week_changed(self, start: date) -> None:
        week = planning_week_of_view(start)
        if week != self.week:
            self.week = week
            self.list.clearSelection()
            self.invalidate()

    def _on_week_view_suggestions_dropped(self, keys: list[str], day: date) -> None:
        if self._stale or self.planning:
            # Taken once the plan for this revision is back, if the suggestions are still in it.
            self._dropped = (list(keys), day)
            if self._stale:
                self.refresh()
            return
        self.accept_keys(keys, day)

    def _on_engine_ready(self, result: EngineResult) -> None:
        if result.key != self._key or self._stale:
            return
        if result.error is not None:
            self._show_failure(result.error)
            return
        from planner.nurture.engine import WeekPlan

        plan = result.value
        if not isinstance(plan, WeekPlan) or plan.week != self.week:
            return  # planned for a week no longer shown; the newer request is on its way
        self._show_plan(plan)

    def _on_controller_changed(self, change: Change) -> None:
        if change.affects(TOUCHPOINTS, COMPANIES, CONTACTS, CONTENT, SETTINGS, DISMISSALS):
            self.invalidate()

    def _on_accept_all_button_clicked(self) -> None:
        self.accept_all()

    def _on_accept_button_clicked(self) -> None:
        self.accept_keys(self.selected_keys())

    def _on_dismiss_button_clicked(self) -> None:
        self.dismiss_keys(self.selected_keys())

    def _on_list_double_clicked(self, index: QModelIndex) -> None:
        key = index.data(PlanRole.KEY)
        if isinstance(key, str):
            self.accept_keys([key])

    def _on_list_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _on_open_action_triggered(self) -> None:
        keys = self.selected_keys()
        chosen = self._by_keys(keys[:1])
        if chosen:
            self.company_activated.emit(chosen[0].company_id)

    def _on_list_custom_context_menu_requested(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        if not index.isValid():
            return
        if not self.list.selectionModel().isSelected(index):
            self.list.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.accept_action)
        menu.addAction(self.dismiss_action)
        menu.addSeparator()
        menu.addAction(self.open_action)
        menu.exec(self.list.viewport().mapToGlobal(pos))
