"""Keeps the auto-exported calendar file current: one write per burst, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from planner.domain.errors import PlannerError
from planner.domain.timing import Clock
from planner.interchange.ical_files import (
    AutoExportSetting,
    auto_export,
    read_auto_export_setting,
    run_auto_export,
    write_auto_export_setting,
)
from planner.nurture.scoring import Score, score_portfolio
from planner.nurture.settings import NurtureSettings
from planner.storage import Store
from planner.storage.read_only import open_read_only_store
from planner.ui.controller import Change, Controller
from planner.ui.i18n import error_text

if TYPE_CHECKING:
    from planner.interchange.ical_export import TierLookup

DEBOUNCE_MS = 300
# The exported range rolls with today; an hourly look keeps it right past midnight.
ROLLOVER_MS = 60 * 60 * 1000


def lazy_tier_lookup(controller: Controller) -> TierLookup:
    """The nurture engine's tier of each account, scored only if a tier filter asks for one."""
    return _lazy_tiers(controller.store, controller.nurture_settings)


def _lazy_tiers(store: Store, settings: Callable[[], NurtureSettings]) -> TierLookup:
    scores: dict[int, Score] | None = None

    def tier_of(company_id: int) -> str | None:
        from planner.interchange.ical_export import tier_lookup

        nonlocal scores
        if scores is None:
            scores = score_portfolio(store.companies.all(), settings(), store.screenings.latest())
        return tier_lookup(scores)(company_id)

    return tier_of


@dataclass(frozen=True, slots=True)
class _Job:
    """One run of the auto-export, with everything read on the GUI thread beforehand."""

    db_path: Path
    setting: AutoExportSetting
    settings: NurtureSettings
    today: date
    now: datetime
    clock: Clock


class _JobSignals(QObject):
    # (written, path, error or None): queued to the GUI thread, where the exporter lives.
    finished = Signal(bool, str, object)


class _ExportRunnable(QRunnable):
    """Runs one export on a pool thread through its own read-only connection to the plan."""

    def __init__(self, job: _Job) -> None:
        super().__init__()
        self.job = job
        self.signals = _JobSignals()

    def run(self) -> None:
        job = self.job
        path = job.setting.path
        assert path is not None
        try:
            store = open_read_only_store(job.db_path, job.clock)
            try:
                written = auto_export(
                    store,
                    path,
                    job.setting.options,
                    job.today,
                    job.now,
                    _lazy_tiers(store, lambda: job.settings),
                )
            finally:
                store.close()
        except Exception as error:  # a damaged or hostile file too: a message, never a crash
            self.signals.finished.emit(False, str(path), error)
            return
        self.signals.finished.emit(written, str(path), None)


class AutoExporter(QObject):
    """Rewrites the calendar file of the auto-export setting after the plan changes.

    Every `controller.changed` (re)starts a single-shot timer, so a burst of changes writes the
    file once. The export runs on a pool thread with its own read-only connection to the plan
    file, one run at a time (a change during a run asks for one more run afterwards); a plan
    in memory (no file) is exported on the spot. `exported` carries the path when the file
    was rewritten (an unchanged plan leaves it alone); `failed` carries a one-line message for
    the status bar — never a dialog, since a missing synced folder would otherwise raise one
    on every edit.
    """

    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("autoExporter")
        self.controller = controller
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._running: _ExportRunnable | None = None
        self._again = False
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
        plain message (PlannerError) and the previous setting stays in force. `confirmed`
        says the rep agreed to replace a file that is not an earlier export of this plan.
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

    def busy(self) -> bool:
        """True while an export runs on the pool thread."""
        return self._running is not None

    def wait(self) -> None:
        """Block until a running export has finished (closing the plan, tests)."""
        self.pool.waitForDone()

    def export_now(self) -> None:
        """Bring the file up to date: on a pool thread for a plan file, at once in memory."""
        self.timer.stop()
        if self._running is not None:
            self._again = True
            return
        setting = self.setting()
        if not setting.enabled or setting.path is None:
            return
        store = self.controller.store
        clock = self.controller.clock
        if store.path is None:
            try:
                written = run_auto_export(
                    store, clock.today(), clock.now(), lazy_tier_lookup(self.controller)
                )
            except PlannerError as error:
                self._on_job_finished(False, str(setting.path), error)
                return
            self._on_job_finished(written, str(setting.path), None)
            return
        job = _Job(
            store.path,
            setting,
            self.controller.nurture_settings(),
            clock.today(),
            clock.now(),
            clock,
        )
        runnable = _ExportRunnable(job)
        runnable.signals.finished.connect(self._on_job_finished)
        self._running = runnable
        self.pool.start(runnable)

    def _on_job_finished(self, written: bool, path: str, error: object) -> None:
        self._running = None
        if isinstance(error, BaseException):
            reason = error_text(error) if isinstance(error, PlannerError) else str(error)
            self.failed.emit(self.tr("Calendar file not updated: {error}").format(error=reason))
        elif written:
            self.exported.emit(path)
        if self._again:
            self._again = False
            self.export_now()

    def _schedule_if_enabled(self) -> None:
        # Reading the setting is one small read; it keeps the timer idle while the export is off.
        setting = self.setting()
        if setting.enabled and setting.path is not None:
            self.schedule()

    def _on_controller_changed(self, _change: Change) -> None:
        self._schedule_if_enabled()

    def _on_rollover_timer_timeout(self) -> None:
        self._schedule_if_enabled()

    def _on_timer_timeout(self) -> None:
        self.export_now()
