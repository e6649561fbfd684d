"""The demo's accounts sit in real towns that the shipped city table knows."""

from __future__ import annotations

from planner.demo.places import demo_address
from planner.domain.model import Company
from planner.nurture.places import distance_km, gazetteer

LYON_KM = 40  # the trip cluster: every even account within this distance of Lyon


def test_every_demo_address_is_found_and_even_ones_are_around_lyon() -> None:
    places = gazetteer()
    lyon = places.parse("Lyon, France").position
    for index in range(60):
        company = demo_address(index, Company(f"Account {index}"))
        position = places.position_of(company)
        assert position is not None, company.city
        if index % 2 == 0:
            assert distance_km(position, lyon) < LYON_KM, company.city
