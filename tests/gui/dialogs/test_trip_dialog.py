"""The trip dialog, its map, the address fields of the account form, and printing a brief."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pypdf
import pytest

from planner.domain.model import Channel, Company, CompanyKind, Contact, ContactLevel, TouchPoint
from planner.nurture.places import Position, gazetteer
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.dialogs.company_dialog import CompanyDialog
from planner.ui.dialogs.fields import FieldError
from planner.ui.dialogs.trip_dialog import TripDialog
from planner.ui.widgets.trip_map import TripMap

TOWNS = [
    ("Soieries du Rhône", "Lyon"),
    ("Gones Imprimerie", "Villeurbanne"),
    ("Chimie de Vienne", "Vienne"),
    ("Brasserie de Bron", "Bron"),
    ("Alpes Emballages", "Grenoble"),
]


# Reading the packaged city list takes seconds on a busy machine: once, before the tests wait.
WAIT_MS = 60_000


@pytest.fixture(scope="module", autouse=True)
def places_loaded() -> None:
    gazetteer().find("Lyon")
    gazetteer().find("Zzyzxville")  # builds the index of other spellings too


@pytest.fixture
def lyon(store: Store) -> Store:
    with store.transaction():
        for i, (name, city) in enumerate(TOWNS):
            company = store.companies.add(
                Company(name, CompanyKind.DREAM_CLIENT, city=city, country="France")
            )
            assert company.id is not None
            store.contacts.add(
                Contact(f"Person{i}", "Durand", company_id=company.id, level=ContactLevel.MANAGER)
            )
    return store


def _planned_dialog(qtbot, controller: Controller) -> TripDialog:
    dialog = TripDialog(controller)
    qtbot.addWidget(dialog)
    dialog.near_edit.setText("Lyon, France")
    dialog.plan_button.click()
    qtbot.waitUntil(
        lambda: dialog.plan is not None and dialog.plan_button.isEnabled(), timeout=WAIT_MS
    )
    return dialog


def test_trip_dialog_plans_shows_and_accepts_as_one_undo_step(
    qtbot, lyon: Store, controller: Controller
) -> None:
    dialog = _planned_dialog(qtbot, controller)
    assert dialog.plan is not None
    visited = {s.company_name for s in dialog.plan.stops}
    assert visited == {name for name, _ in TOWNS[:4]}
    assert dialog.itinerary.topLevelItemCount() == len(dialog.plan.days)
    left = [dialog.left_out.item(i).text() for i in range(dialog.left_out.count())]
    assert any(t.startswith("Alpes Emballages: Too far") for t in left)
    assert dialog.map.points(), "the map shows the first day"
    assert dialog.accept_button.isEnabled()

    assert dialog.accept_trip() == 4
    visits = lyon.touchpoints.all()
    assert len(visits) == 4
    assert all(v.channel is Channel.VISIT and v.time is not None for v in visits)
    assert dialog.accept_trip() == 0, "accepting the same trip twice adds nothing"
    controller.undo_stack.undo()
    assert lyon.touchpoints.all() == []


def test_trip_dialog_says_what_is_wrong(qtbot, lyon: Store, controller: Controller) -> None:
    dialog = TripDialog(controller)
    qtbot.addWidget(dialog)
    dialog.plan_button.click()
    assert "city" in dialog.status_label.text()
    dialog.near_edit.setText("Zzyzxville")
    dialog.plan_button.click()
    qtbot.waitUntil(lambda: dialog.plan_button.isEnabled(), timeout=WAIT_MS)
    assert "Zzyzxville" in dialog.status_label.text()
    assert dialog.plan is None
    assert not dialog.accept_button.isEnabled()


def test_trip_pack_from_the_dialog(
    qtbot, lyon: Store, controller: Controller, tmp_path: Path
) -> None:
    dialog = _planned_dialog(qtbot, controller)
    path = tmp_path / "pack.pdf"
    dialog.save_pack(path)
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == len(dialog.plan.days) + 4  # type: ignore[union-attr]


def test_map_places_the_base_and_stops_inside(qtbot, lyon: Store, controller: Controller) -> None:
    dialog = _planned_dialog(qtbot, controller)
    dialog.map.resize(400, 300)
    points = dialog.map.points()
    assert len(points) == 1 + len(dialog.plan.days[0].stops)  # type: ignore[union-attr]
    for p in points:
        assert 0 <= p.x() <= 400
        assert 0 <= p.y() <= 300
    assert not dialog.map.grab().isNull()
    empty = TripMap()
    qtbot.addWidget(empty)
    empty.set_route(Position(45.0, 4.0), "Base", None)
    assert len(empty.points()) == 1
    assert not empty.grab().isNull()


def test_account_form_keeps_address_and_pinned_position(qtbot, store: Store) -> None:
    saved: list[Company] = []
    dialog = CompanyDialog(None, saved.append, date(2026, 11, 23))
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Soieries du Rhône")
    box = dialog.address_box
    box.street_edit.setText("27 quai Perrache")
    box.postal_code_edit.setText("69002")
    box.city_edit.setText("Lyon")
    box.country_edit.setText("France")
    company = dialog.company()
    assert (company.street, company.postal_code, company.city) == (
        "27 quai Perrache",
        "69002",
        "Lyon",
    )
    assert (company.latitude, company.longitude) == (None, None)
    box.position_edit.setText("45.7485, 4.8467")
    assert (dialog.company().latitude, dialog.company().longitude) == (45.7485, 4.8467)
    for bad in ("north", "45.7", "95, 4.8"):
        box.position_edit.setText(bad)
        with pytest.raises(FieldError):
            dialog.company()


def test_account_form_says_whether_the_city_is_known(qtbot, store: Store) -> None:
    dialog = CompanyDialog(Company("A", city="Villeurbanne", country="France"), print, date.today())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "Found" in dialog.address_box.place_label.text(), timeout=WAIT_MS)
    assert "Villeurbanne" in dialog.address_box.place_label.text()
    dialog.address_box.city_edit.setText("Zzyzxville")
    dialog.address_box.check_place()
    qtbot.waitUntil(
        lambda: "Unknown place" in dialog.address_box.place_label.text(), timeout=WAIT_MS
    )


def test_print_brief_of_the_selected_touchpoint(
    qtbot, lyon: Store, controller: Controller, tmp_path: Path
) -> None:
    from planner.ui.main_window import MainWindow

    company = lyon.companies.find("Soieries du Rhône")
    assert company.id is not None
    tp = lyon.touchpoints.add(
        TouchPoint(company.id, date(2026, 11, 24), Channel.VISIT, time=time(10, 0))
    )
    window = MainWindow(controller)
    qtbot.addWidget(window)
    actions = window.trip_actions
    errors: list[str] = []
    actions.failed.disconnect(window.show_error)  # a message box would wait for a click
    actions.failed.connect(errors.append)
    window.week_view.select_touchpoint(None)
    actions.brief_action.trigger()
    assert errors
    assert "Select a touch-point" in errors[0]
    assert tp.id is not None
    path = tmp_path / "brief.pdf"
    assert actions.save_brief(tp.id, path)
    assert len(pypdf.PdfReader(path).pages) == 1
    assert actions.brief_action in window.week_view.extra_card_actions
