"""Keeps the auto-exported calendar file up to date: one debounced write per burst of changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from planner.domain.errors import PlannerError
from planner.interchange.ical_export import (
    AutoExportSetting,
    TierLookup,
    auto_export,
    read_auto_export_setting,
    run_auto_export,
    tier_lookup,
    write_auto_export_setting,
)
from planner.nurture.scoring import Score, score_portfolio
from planner.ui.controller import Change, Controller
from planner.ui.i18n import error_text

DEBOUNCE_MS = 300
# The exported range rolls with today; an hourly look keeps it right past midnight.
ROLLOVER_MS = 60 * 60 * 1000


def lazy_tier_lookup(controller: Controller) -> TierLookup:
    """The nurture engine's tier of each account, scored only if a tier filter asks for one."""
    scores: dict[int, Score] | None = None

    def tier_of(company_id: int) -> str | None:
        nonlocal scores
        if scores is None:
            store = controller.store
            scores = score_portfolio(
                store.companies.all(), controller.nurture_settings(), store.screenings.latest()
            )
        return tier_lookup(scores)(company_id)

    return tier_of


class AutoExporter(QObject):
    """Rewrites the calendar file of the auto-export setting after the plan changes.

    Every `controller.changed` (re)starts a single-shot timer, so a burst of changes writes the
    file once. `exported` carries the path when the file was rewritten (an unchanged plan leaves
    it alone); `failed` carries a one-line message for the status bar — never a dialog, since a
    missing synced folder would otherwise raise one on every edit.
    """

    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("autoExporter")
        self.controller = controller
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.rollover_timer = QTimer(self)
        self.rollover_timer.setInterval(ROLLOVER_MS)
        self.rollover_timer.timeout.connect(self._on_rollover_timer_timeout)
        self.rollover_timer.start()
        controller.changed.connect(self._on_controller_changed)
        # The file may be older than the plan (edited elsewhere, or yesterday's range).
        self._schedule_if_enabled()

    def setting(self) -> AutoExportSetting:
        return read_auto_export_setting(self.controller.store)

    def apply(self, setting: AutoExportSetting, *, confirmed: bool = False) -> bool:
        """Write the file the setting names, then store the setting; True when it was written.

        The file is tried first so that a folder that cannot be written is refused with a
        plain message (PlannerError) and the previous setting stays in force.
        """
        store = self.controller.store
        clock = self.controller.clock
        written = False
        if setting.enabled and setting.path is not None:
            written = auto_export(
                store,
                setting.path,
                setting.options,
                clock.today(),
                clock.now(),
                lazy_tier_lookup(self.controller),
                confirmed=confirmed,
            )
        write_auto_export_setting(store, setting)
        self.timer.stop()
        if written:
            self.exported.emit(str(setting.path))
        return written

    def schedule(self) -> None:
        """Export after the debounce interval, unless another change comes first."""
        self.timer.start()

    def export_now(self) -> bool:
        """Bring the file up to date at once; True when it was rewritten."""
        self.timer.stop()
        store = self.controller.store
        clock = self.controller.clock
        try:
            written = run_auto_export(
                store, clock.today(), clock.now(), lazy_tier_lookup(self.controller)
            )
        except PlannerError as error:
            self.failed.emit(
                self.tr("Calendar file not updated: {error}").format(error=error_text(error))
            )
            return False
        if written:
            path = self.setting().path
            self.exported.emit(str(path) if path is not None else "")
        return written

    def _schedule_if_enabled(self) -> None:
        # Reading the setting is one small query; it keeps the timer idle while the export is off.
        setting = self.setting()
        if setting.enabled and setting.path is not None:
            self.schedule()

    def _on_controller_changed(self, _change: Change) -> None:
        self._schedule_if_enabled()

    def _on_rollover_timer_timeout(self) -> None:
        self._schedule_if_enabled()

    def _on_timer_timeout(self) -> None:
        self.export_now()
