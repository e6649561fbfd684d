"""Plan a trip: whom to visit near a city, day by day on a map, accepted as one undo step."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import NotFoundError, PlannerError
from planner.domain.timing import local_zone_name
from planner.interchange.briefing import BriefMaker, busy_between, load_settings, positions
from planner.nurture.places import gazetteer
from planner.nurture.trip import DEFAULT_RADIUS_KM, TripPlan, TripRequest, plan_trip
from planner.storage.portfolio import load_portfolio
from planner.ui import display
from planner.ui.controller import Controller
from planner.ui.i18n import error_text, text
from planner.ui.widgets.trip_map import TripMap


class _Relay(QObject):
    """Carries the worker thread's result to the GUI thread (a queued signal)."""

    done = Signal(object)
    failed = Signal(str)


class TripDialog(QDialog):
    """The trip form, the proposed itinerary with its map, and what was left out and why."""

    planned = Signal(object)  # the TripPlan shown

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.plan: TripPlan | None = None
        self.setWindowTitle(self.tr("Plan a trip"))
        self.setObjectName("tripDialog")
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_relay_done)
        self._relay.failed.connect(self._on_relay_failed)

        self.near_edit = QLineEdit(self)
        self.near_edit.setPlaceholderText(self.tr("Lyon, France — or an account's name"))
        self.near_edit.setAccessibleName(self.tr("Near"))
        today = controller.today()
        start = today + timedelta(days=(7 - today.weekday()) % 7 or 7)
        self.from_edit = QDateEdit(display.qdate(start), self)
        self.to_edit = QDateEdit(display.qdate(start + timedelta(days=2)), self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
        self.radius_spin = QSpinBox(self)
        self.radius_spin.setRange(1, 1000)
        self.radius_spin.setValue(int(DEFAULT_RADIUS_KM))
        self.radius_spin.setSuffix(self.tr(" km"))
        self.plan_button = QPushButton(self.tr("&Plan trip"), self)
        self.plan_button.setDefault(True)
        self.plan_button.clicked.connect(self.start_planning)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Near:"), self.near_edit)
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        days_label = QLabel(self.tr("&Days:"), self)
        days_label.setBuddy(self.from_edit)
        form.addRow(days_label, dates)
        radius = QHBoxLayout()
        radius.addWidget(self.radius_spin)
        radius.addStretch(1)
        radius.addWidget(self.plan_button)
        radius_label = QLabel(self.tr("&Radius:"), self)
        radius_label.setBuddy(self.radius_spin)
        form.addRow(radius_label, radius)

        self.itinerary = QTreeWidget(self)
        self.itinerary.setObjectName("tripItinerary")
        self.itinerary.setAccessibleName(self.tr("Itinerary"))
        self.itinerary.setHeaderLabels(
            [self.tr("Time"), self.tr("Visit"), self.tr("Drive"), self.tr("Why")]
        )
        self.itinerary.setRootIsDecorated(True)
        self.itinerary.setWordWrap(True)
        self.itinerary.currentItemChanged.connect(self._on_itinerary_current_item_changed)
        self.left_out = QListWidget(self)
        self.left_out.setObjectName("tripLeftOut")
        self.left_out.setAccessibleName(self.tr("Left out"))
        self.map = TripMap(self)

        lists = QWidget(self)
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addWidget(self.itinerary, 3)
        lists_layout.addWidget(QLabel(self.tr("Left out:"), self))
        lists_layout.addWidget(self.left_out, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(lists)
        splitter.addWidget(self.map)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.accept_button = self.buttons.addButton(
            self.tr("&Accept trip"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pack_button = self.buttons.addButton(
            self.tr("Save trip &pack…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.accept_button.clicked.connect(self.accept_trip)
        self.pack_button.clicked.connect(self._on_pack_button_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self._set_busy(False)
        self.resize(1100, 640)

    # Planning, off the GUI thread: reading the place names takes a second or more.

    def start_planning(self) -> None:
        """Plan the trip in a worker thread; the result shows when it is ready."""
        near = self.near_edit.text().strip()
        first = display.py_date(self.from_edit.date())
        last = display.py_date(self.to_edit.date())
        if not near:
            self.status_label.setText(self.tr("Type a city (or an account) to start from."))
            return
        if last < first or (last - first).days > 30:
            self.status_label.setText(self.tr("Pick up to 31 days, the last not before the first."))
            return
        store = self.controller.store
        # The plan is read here, on the GUI thread that owns the connection (a few queries);
        # the slow parts, place names and routing, run in the worker.
        settings = load_settings(store)
        portfolio = load_portfolio(store, self.controller.today())
        busy = busy_between(store, first, last)
        companies = {c.name.casefold(): c for c in portfolio.companies}
        radius = float(self.radius_spin.value())
        self._set_busy(True)
        relay = self._relay

        def work() -> None:
            try:
                places = gazetteer()
                try:
                    place = places.parse(near)
                    request = TripRequest(place.position, place.label, first, last, radius)
                except NotFoundError:
                    company = companies.get(" ".join(near.split()).casefold())
                    where = None if company is None else places.position_of(company)
                    if company is None or where is None:
                        raise
                    request = TripRequest(where, company.name, first, last, radius)
                where_all = positions(portfolio.companies, places)
                relay.done.emit(plan_trip(portfolio, request, where_all, settings, busy))
            except PlannerError as error:
                relay.failed.emit(error_text(error))

        threading.Thread(target=work, name="trip-planner", daemon=True).start()

    def _set_busy(self, busy: bool) -> None:
        self.plan_button.setEnabled(not busy)
        self.accept_button.setEnabled(not busy and bool(self.plan and self.plan.stops))
        self.pack_button.setEnabled(not busy and bool(self.plan and self.plan.stops))
        if busy:
            self.status_label.setText(self.tr("Planning…"))

    def _on_relay_failed(self, message: str) -> None:
        self.plan = None
        self._set_busy(False)
        self.status_label.setText(message)

    def _on_relay_done(self, plan: TripPlan) -> None:
        self.show_plan(plan)
        self._set_busy(False)
        self.planned.emit(plan)

    def show_plan(self, plan: TripPlan) -> None:
        self.plan = plan
        self.itinerary.clear()
        for route in plan.days:
            day_item = QTreeWidgetItem(
                [
                    display.day(route.day),
                    self.tr("%Ln visit(s)", "", len(route.stops)),
                    self.tr("{km} km in all").format(km=display.number(route.route_km)),
                    "",
                ]
            )
            day_item.setData(0, Qt.ItemDataRole.UserRole, route.day)
            self.itinerary.addTopLevelItem(day_item)
            for stop in route.stops:
                who = stop.company_name + (f" — {stop.contact_name}" if stop.contact_name else "")
                drive = self.tr("{minutes} min, {km} km").format(
                    minutes=stop.travel_minutes, km=display.number(stop.travel_km)
                )
                child = QTreeWidgetItem([f"{stop.at:%H:%M}", who, drive, text(stop.reason)])
                child.setToolTip(3, text(stop.reason))
                child.setData(0, Qt.ItemDataRole.UserRole, route.day)
                day_item.addChild(child)
            day_item.setExpanded(True)
        for column in range(3):
            self.itinerary.resizeColumnToContents(column)
        self.left_out.clear()
        for item in plan.left_out:
            self.left_out.addItem(f"{item.company_name}: {text(item.text(plan.request.radius_km))}")
        visits = len(plan.stops)
        proposed = self.tr("%Ln visit(s) proposed from {base}.", "", visits)
        left = self.tr("%Ln account(s) left out.", "", len(plan.left_out))
        self.status_label.setText(f"{proposed.format(base=plan.request.base_label)} {left}")
        first = self.itinerary.topLevelItem(0)
        if first is not None:
            self.itinerary.setCurrentItem(first)
        else:
            self.map.set_route(plan.request.base, plan.request.base_label, None)

    def _on_itinerary_current_item_changed(self, current: QTreeWidgetItem | None) -> None:
        if self.plan is None or current is None:
            return
        day = current.data(0, Qt.ItemDataRole.UserRole)
        route = next((r for r in self.plan.days if r.day == day), None)
        self.map.set_route(self.plan.request.base, self.plan.request.base_label, route)

    # Accepting and printing.

    def accept_trip(self) -> int:
        """Plan the visits as one undo step; returns how many were added."""
        if self.plan is None:
            return 0
        try:
            added = self.controller.accept_suggestions(self.plan.stops)
        except PlannerError as error:
            self.status_label.setText(error_text(error))
            return 0
        self.status_label.setText(self.tr("Planned %Ln visit(s).", "", len(added)))
        return len(added)

    def _on_pack_button_clicked(self) -> None:
        first = self.plan.request.first if self.plan else self.controller.today()
        name = f"trip-{first.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save trip pack"), name, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_pack(Path(path))

    def save_pack(self, path: Path) -> None:
        """A day sheet per day and a brief per visit, as one PDF."""
        from planner.ui.report.pdf import write_trip_pack

        if self.plan is None:
            return
        try:
            maker = BriefMaker(self.controller.store, self.controller.today())
            tz = local_zone_name()
            briefs = [maker.brief(stop.to_touchpoint(tz)) for stop in self.plan.stops]
            write_trip_pack(self.plan, briefs, path)
        except (PlannerError, OSError) as error:
            self.status_label.setText(error_text(error))
            return
        self.status_label.setText(self.tr("Saved {path}").format(path=path))
