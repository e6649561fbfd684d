"""The Insights view: touches per week, coverage, lost touch, renewals and share of wallet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import CompanyKind, ContactLevel, Status
from planner.domain.portfolio import Portfolio
from planner.domain.timing import week_start
from planner.nurture.coverage import Coverage, coverage_report
from planner.nurture.engine import Snapshot
from planner.nurture.lost_touch import LostTouch, lost_touch
from planner.nurture.runway import runway, runway_target, step_done
from planner.nurture.scoring import Score
from planner.nurture.settings import NurtureSettings, Tier
from planner.ui import display
from planner.ui.controller import COMPANIES, CONTACTS, SETTINGS, TOUCHPOINTS, Change, Controller
from planner.ui.engine_runner import EngineResult, EngineRunner, Work
from planner.ui.i18n import label, text
from planner.ui.models.filter_proxy import ID_ROLE, SORT_ROLE
from planner.ui.models.lost_touch_model import LostTouchModel
from planner.ui.models.renewals_model import Renewal, RenewalsModel
from planner.ui.theme import INK, INK_SOFT, KIND_COLOURS, LINE, SURFACE
from planner.ui.widgets.bar_chart import StackedBarChart
from planner.ui.widgets.chart_base import Series
from planner.ui.widgets.coverage_chart import CoverageChart, CoverageRow
from planner.ui.widgets.scatter_chart import Point, ScatterChart

PAST_WEEKS = 12
FUTURE_WEEKS = 4
COVERAGE_ROWS = 14
RENEWAL_DAYS = 365
KINDS = (
    CompanyKind.DREAM_CLIENT,
    CompanyKind.CUSTOMER,
    CompanyKind.PROSPECT,
    CompanyKind.FORMER_CUSTOMER,
)
TIER_COLOURS = {Tier.A: "#1f7a5a", Tier.B: "#d68910", Tier.C: "#7f8c8d"}
LEVELS = (ContactLevel.EXECUTIVE, ContactLevel.MANAGER, ContactLevel.PRACTITIONER)


@dataclass(frozen=True, slots=True)
class WeekCounts:
    starts: tuple[date, ...]
    counts: tuple[tuple[int, ...], ...]  # [week][kind in KINDS]
    future_from: int


def week_counts(controller: Controller, today: date) -> WeekCounts:
    """Done touches in the last PAST_WEEKS weeks; done and planned from this week on."""
    this_week = week_start(today)
    first = this_week - timedelta(weeks=PAST_WEEKS)
    starts = tuple(first + timedelta(weeks=i) for i in range(PAST_WEEKS + FUTURE_WEEKS))
    counts = [[0] * len(KINDS) for _ in starts]
    entries = controller.store.touchpoints.between(
        first, starts[-1] + timedelta(days=6), [Status.DONE, Status.PLANNED]
    )
    for entry in entries:
        tp = entry.touchpoint
        if tp.status is Status.PLANNED and tp.day < today:
            continue  # overdue: not a touch that happened
        week = (tp.day - first).days // 7
        counts[week][KINDS.index(entry.company_kind)] += 1
    return WeekCounts(starts, tuple(tuple(c) for c in counts), PAST_WEEKS)


def renewals(portfolio: Portfolio, settings: NurtureSettings, today: date) -> list[Renewal]:
    """Contracts (theirs, or an incumbent's at a prospect) ending within a year, soonest first."""
    result = []
    for company in portfolio.companies:
        target = runway_target(company, today)
        if target is None or (target[0] - today).days > RENEWAL_DAYS:
            continue
        ends, _purpose, what = target
        covered, missed, upcoming = [], [], []
        for step in runway(company, settings, today):
            if step_done(step, portfolio):
                covered.append(step)
            elif step.day < today:
                missed.append(step)
            else:
                upcoming.append(step)
        result.append(Renewal(company, ends, what, tuple(covered), tuple(missed), tuple(upcoming)))
    result.sort(key=lambda r: (r.ends, r.company.name))
    return result


def coverage_rows(
    report: list[Coverage], scores: dict[int, Score], limit: int = COVERAGE_ROWS
) -> tuple[list[CoverageRow], int]:
    """Accounts with gaps first (best scored first), then the rest; and how many have gaps."""
    ordered = sorted(
        report,
        key=lambda c: (not c.flags, -scores[c.company_id].value, c.company_name),
    )
    rows = [
        CoverageRow(
            c.company_id,
            c.company_name,
            (
                c.by_level.get(LEVELS[0], 0),
                c.by_level.get(LEVELS[1], 0),
                c.by_level.get(LEVELS[2], 0),
            ),
            tuple(text(f) for f in c.short_flags),
        )
        for c in ordered[:limit]
    ]
    return rows, sum(1 for c in report if c.flags)


@dataclass(frozen=True)
class InsightFigures:
    """What the engine computes for Insights on a snapshot, off the GUI thread."""

    lost: list[LostTouch]
    renewals: list[Renewal]
    coverage: list[Coverage]


def insight_figures(work: Work) -> InsightFigures:
    """Lost touch, renewals and coverage for the whole book, as plain values."""
    snapshot = work.snapshot()  # the whole book: Insights looks at all of it
    portfolio, settings, today = snapshot.portfolio, snapshot.settings, snapshot.today
    return InsightFigures(
        lost_touch(portfolio, settings, today),
        renewals(portfolio, settings, today),
        coverage_report(portfolio, dict(snapshot.scores), settings, today),
    )


class Card(QFrame):
    """A white card with a title, a one-line explanation and its content."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightCard")
        self.title = QLabel(title, self)
        self.title.setObjectName("insightTitle")
        self.note = QLabel(self)
        self.note.setObjectName("insightNote")
        self.note.setWordWrap(True)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(14, 10, 14, 12)
        self.box.setSpacing(4)
        self.box.addWidget(self.title)
        self.box.addWidget(self.note)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self.box.addWidget(widget, stretch)


def _table(model: LostTouchModel | RenewalsModel, parent: QWidget) -> QTableView:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView(parent)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setCursor(Qt.CursorShape.PointingHandCursor)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.setMinimumHeight(280)
    return table


class InsightsView(QScrollArea):
    """Charts a rep would rather look at than read; clicking an account opens it.

    Everything is computed when the view is shown (and again after a change while shown), by the
    plan's engine off the GUI thread; meanwhile the summary says "Planning…".
    """

    company_activated = Signal(int)
    refreshed = Signal()

    def __init__(
        self,
        controller: Controller,
        parent: QWidget | None = None,
        *,
        engine: EngineRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("insightsPage")
        self.controller = controller
        self.engine = engine if engine is not None else EngineRunner(controller, self)
        self.planning = False
        self._stale = True
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        body.setObjectName("insightsBody")
        grid = QGridLayout(body)
        grid.setContentsMargins(14, 12, 14, 14)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)

        heading = QLabel(self.tr("Insights"), body)
        heading.setObjectName("weekTitle")
        self.summary = QLabel(body)
        self.summary.setObjectName("weekSubtitle")
        grid.addWidget(heading, 0, 0)
        grid.addWidget(self.summary, 1, 0, 1, 2)

        self.touches_card = Card(self.tr("Touches per week by account kind"), body)
        self.touches_chart = StackedBarChart(self.touches_card)
        self.touches_card.add(self.touches_chart, 1)
        grid.addWidget(self.touches_card, 2, 0, 1, 2)

        self.lost_card = Card(self.tr("Lost touch"), body)
        self.lost_model = LostTouchModel(self)
        self.lost_table = _table(self.lost_model, self.lost_card)
        self.lost_table.setAccessibleName(self.tr("Contacts you have lost touch with"))
        self.lost_card.add(self.lost_table, 1)
        grid.addWidget(self.lost_card, 3, 0, 1, 2)

        self.renewals_card = Card(self.tr("Renewals in the next 12 months"), body)
        self.renewals_model = RenewalsModel(self)
        self.renewals_table = _table(self.renewals_model, self.renewals_card)
        self.renewals_table.setAccessibleName(self.tr("Renewals in the next twelve months"))
        self.renewals_card.add(self.renewals_table, 1)
        grid.addWidget(self.renewals_card, 4, 0, 1, 2)

        self.coverage_card = Card(self.tr("Coverage by level"), body)
        self.coverage_chart = CoverageChart(self.coverage_card)
        self.coverage_card.add(self.coverage_chart)
        self.coverage_card.box.addStretch(1)
        grid.addWidget(self.coverage_card, 5, 0)

        self.wallet_card = Card(self.tr("Share of wallet against our revenue"), body)
        self.wallet_chart = ScatterChart(self.wallet_card)
        self.wallet_card.add(self.wallet_chart, 1)
        grid.addWidget(self.wallet_card, 5, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(6, 1)
        self.setWidget(body)
        body.setStyleSheet(
            f"QWidget#insightsBody {{ background: #f4f6f8; }}"
            f"QFrame#insightCard {{ background: {SURFACE}; border: 1px solid {LINE};"
            " border-radius: 10px; }"
            f"QLabel#insightTitle {{ font-size: 11.5pt; font-weight: 600; color: {INK}; }}"
            f"QLabel#insightNote {{ color: {INK_SOFT}; }}"
        )

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.lost_table.clicked.connect(self._on_table_clicked)
        self.renewals_table.clicked.connect(self._on_table_clicked)
        self.coverage_chart.row_clicked.connect(self.company_activated)
        self.wallet_chart.point_clicked.connect(self.company_activated)
        controller.changed.connect(self._on_controller_changed)
        self.engine.ready.connect(self._on_engine_ready)

    # Computing, only while shown.

    def refresh(self) -> None:
        """Ask the engine for the figures; `refreshed` follows once they are shown."""
        self._timer.stop()
        self._stale = False
        self.planning = True
        self.summary.setText(self.tr("Planning…"))
        # The week counts are one query of the calendar, not the engine's: shown at once.
        self._show_touches(self.controller.today())
        self.engine.request("insights", insight_figures)

    def _on_engine_ready(self, result: EngineResult) -> None:
        if result.key != "insights" or self._stale:
            return
        if result.error is not None:
            self.planning = False
            self.summary.setText(result.error)
            return
        if result.snapshot is not None and isinstance(result.value, InsightFigures):
            self._show(result.snapshot, result.value)

    def _show(self, snapshot: Snapshot, figures: InsightFigures) -> None:
        self.planning = False
        today = snapshot.today
        portfolio = snapshot.portfolio
        settings = snapshot.settings
        scores = dict(snapshot.scores)
        lost = figures.lost
        self.lost_model.set_items(lost, portfolio.company_by_id)
        self.lost_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.lost_card.note.setText(
            self.tr(
                "%Ln contact(s) without a touch for {days} days or more, longest first. Offer "
                "them something personal, not about business. Click a row to open the account.",
                "",
                len(lost),
            ).format(days=display.number(settings.lost_touch_days))
        )
        found = figures.renewals
        self.renewals_model.set_renewals(found, today)
        self.renewals_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        missed = sum(1 for r in found if r.missed)
        offsets = ", ".join(
            display.number(-o) for o in sorted(settings.runway_offsets, reverse=True)
        )
        if missed:
            note = self.tr(
                "%Ln contract(s) (ends|end) within a year; {missed} with a missed runway step, "
                "marked ⚠. Runway touches {offsets} days before each end. Click a row to open it.",
                "",
                len(found),
            ).format(missed=display.number(missed), offsets=offsets)
        else:
            note = self.tr(
                "%Ln contract(s) (ends|end) within a year. Runway touches {offsets} days before "
                "each end. Click a row to open it.",
                "",
                len(found),
            ).format(offsets=offsets)
        self.renewals_card.note.setText(note)
        report = figures.coverage
        rows, gaps = coverage_rows(report, scores)
        self.coverage_chart.set_rows(rows)
        self.coverage_card.note.setText(
            self.tr(
                "%Ln of {total} accounts (has|have) a gap; the {shown} shown have gaps first, "
                "best scored first. Click a row to open the account.",
                "",
                gaps,
            ).format(total=display.number(len(report)), shown=display.number(len(rows)))
        )
        self._show_wallet(portfolio, scores)
        self.summary.setText(
            "  ·  ".join(
                (
                    self.tr("As of {day}").format(day=display.day(today)),
                    self.tr("%Ln account(s)", "", len(portfolio.companies)),
                    self.tr("%Ln contact(s)", "", len(portfolio.contacts)),
                )
            )
        )
        self.refreshed.emit()

    def _show_touches(self, today: date) -> None:
        data = week_counts(self.controller, today)
        loc = display.locale()
        labels = [loc.toString(display.qdate(d), "d MMM") for d in data.starts]
        series = [Series(label(k), KIND_COLOURS[k]) for k in KINDS]
        tips = []
        for i, (start, counts) in enumerate(zip(data.starts, data.counts, strict=True)):
            if i >= data.future_from:
                week = self.tr("Week of {day} (planned and done): {total}")
            else:
                week = self.tr("Week of {day} (done): {total}")
            week = week.format(day=display.day(start), total=display.number(sum(counts)))
            lines = [f"{s.name}: {display.number(n)}" for s, n in zip(series, counts, strict=True)]
            tips.append("\n".join([week, *lines]))
        self.touches_chart.set_data(
            series, labels, data.counts, tips=tips, future_from=data.future_from
        )
        past = [sum(c) for c in data.counts[: data.future_from]]
        average = sum(past) / len(past) if past else 0
        self.touches_card.note.setText(
            self.tr(
                "Done in the last {past} weeks (about {average} a week), then what is planned "
                "for the next {future} weeks (hatched). Hover a bar for its numbers."
            ).format(
                past=display.number(PAST_WEEKS),
                average=display.number(average),
                future=display.number(FUTURE_WEEKS),
            )
        )

    def _show_wallet(self, portfolio: Portfolio, scores: dict[int, Score]) -> None:
        groups = [Series(self.tr("Tier {tier}").format(tier=t), TIER_COLOURS[t]) for t in Tier]
        points = []
        for company in portfolio.companies:
            share = company.share_of_wallet
            if company.kind is not CompanyKind.CUSTOMER or company.id is None or share is None:
                continue
            tier = scores[company.id].tier
            points.append(
                Point(
                    company.id,
                    company.our_annual_revenue or 0.0,
                    share,
                    self.tr("{account} (tier {tier})").format(account=company.name, tier=tier),
                    list(Tier).index(tier),
                )
            )
        self.wallet_chart.set_points(
            groups, points, self.tr("Our annual revenue"), self.tr("Share of wallet")
        )
        low = sum(1 for p in points if p.y < 0.5)
        self.wallet_card.note.setText(
            self.tr(
                "%Ln customer(s) with a known wallet, {low} of them buying less than half of it "
                "from us: the lower part, room to grow. Hover a point for its name, click to "
                "open it.",
                "",
                len(points),
            ).format(low=display.number(low))
        )

    # Events and slots.

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.planning = True
            self.summary.setText(self.tr("Planning…"))
            self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def _on_timer_timeout(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def _on_controller_changed(self, change: Change) -> None:
        if change.affects(TOUCHPOINTS, COMPANIES, CONTACTS, SETTINGS):
            self._stale = True
            self.summary.setText(self.tr("Planning…"))
            if self.isVisible():
                self._timer.start()

    def _on_table_clicked(self, index: QModelIndex) -> None:
        company_id = index.data(ID_ROLE)
        if isinstance(company_id, int) and company_id:
            self.company_activated.emit(company_id)
