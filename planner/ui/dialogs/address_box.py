"""The account form's address: street to country, and a position the rep can pin by hand."""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from planner.domain.model import Company
from planner.nurture.places import gazetteer
from planner.ui.dialogs.fields import FieldError


class _Relay(QObject):
    found = Signal(str, str)  # the text the lookup was for, and what it found


class AddressBox(QGroupBox):
    """Street, postal code, city, region, country and an optional "latitude, longitude"."""

    def __init__(self, company: Company, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Address"), parent)
        self.street_edit = QLineEdit(company.street, self)
        self.postal_code_edit = QLineEdit(company.postal_code, self)
        self.postal_code_edit.setMaximumWidth(110)
        self.city_edit = QLineEdit(company.city, self)
        self.region_edit = QLineEdit(company.region, self)
        self.country_edit = QLineEdit(company.country, self)
        pinned = company.latitude is not None and company.longitude is not None
        self.position_edit = QLineEdit(
            f"{company.latitude:.5f}, {company.longitude:.5f}" if pinned else "", self
        )
        self.position_edit.setPlaceholderText(self.tr("From the city — or pin: 45.764, 4.836"))
        self.position_edit.setToolTip(
            self.tr(
                "Leave empty to place the account by its city. Type latitude, longitude "
                "(in degrees) to pin it where the city is unknown or wrong."
            )
        )
        self.place_label = QLabel(self)
        self.place_label.setObjectName("placeLabel")
        self.place_label.setWordWrap(True)
        town = QHBoxLayout()
        town.addWidget(self.postal_code_edit)
        town.addWidget(self.city_edit, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("&Street"), self.street_edit)
        town_label = QLabel(self.tr("Postal code, &city"), self)
        town_label.setBuddy(self.city_edit)
        form.addRow(town_label, town)
        form.addRow(self.tr("Re&gion"), self.region_edit)
        form.addRow(self.tr("C&ountry"), self.country_edit)
        form.addRow(self.tr("&Position"), self.position_edit)
        form.addRow("", self.place_label)
        self._relay = _Relay(self)
        self._relay.found.connect(self._on_relay_found)
        for edit in (self.city_edit, self.country_edit, self.position_edit):
            edit.editingFinished.connect(self.check_place)
        self.check_place()

    def _key(self) -> str:
        return f"{self.city_edit.text().strip()}\n{self.country_edit.text().strip()}"

    def check_place(self) -> None:
        """Say where the account will be on a trip; names are looked up in a worker thread."""
        if self.position_edit.text().strip():
            self.place_label.setText(self.tr("Pinned by hand."))
            return
        city, country = self.city_edit.text().strip(), self.country_edit.text().strip()
        if not city:
            self.place_label.setText(self.tr("No city: trips cannot include it until it has one."))
            return
        key, relay = self._key(), self._relay

        def look_up() -> None:
            place = gazetteer().find(city, country)
            with contextlib.suppress(RuntimeError):  # the dialog was closed meanwhile
                relay.found.emit(key, "" if place is None else place.label)

        self.place_label.setText(self.tr("Looking up the city…"))
        threading.Thread(target=look_up, name="place-lookup", daemon=True).start()

    def _on_relay_found(self, key: str, label: str) -> None:
        if key != self._key() or self.position_edit.text().strip():
            return  # the fields changed meanwhile; a newer lookup answers
        if label:
            self.place_label.setText(self.tr("Found: {place}.").format(place=label))
        else:
            self.place_label.setText(
                self.tr("Unknown place: check the city and country, or pin its position.")
            )

    def position(self) -> tuple[float | None, float | None]:
        """The pinned position, or (None, None); raises FieldError for a malformed one."""
        text = self.position_edit.text().strip()
        if not text:
            return None, None
        parts = text.replace(";", ",").split(",")
        message = self.tr(
            "Type the position as latitude, longitude in degrees (e.g. 45.764, 4.836), "
            "or leave it empty."
        )
        if len(parts) != 2:
            raise FieldError(message, self.position_edit)
        try:
            latitude, longitude = (float(p.strip()) for p in parts)
        except ValueError:
            raise FieldError(message, self.position_edit) from None
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise FieldError(
                self.tr("A latitude lies between -90 and 90, a longitude between -180 and 180."),
                self.position_edit,
            )
        return latitude, longitude

    def apply(self, company: Company) -> Company:
        """The company with this address and position."""
        latitude, longitude = self.position()
        return company.replace(
            street=self.street_edit.text().strip(),
            postal_code=self.postal_code_edit.text().strip(),
            city=self.city_edit.text().strip(),
            region=self.region_edit.text().strip(),
            country=self.country_edit.text().strip(),
            latitude=latitude,
            longitude=longitude,
        )
