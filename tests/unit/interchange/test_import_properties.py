"""Property tests: whatever bytes arrive, the readers give records or a clean PlannerError."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.errors import PlannerError
from planner.domain.timing import FixedClock
from planner.interchange.importer import ImportSource, commit_import, plan_import
from planner.storage import Store

CSV_HEADER = "first_name,last_name,company,title,level,buying_role,email,phone,profile_url,notes\n"
_cell = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
_line = st.lists(_cell, min_size=0, max_size=12).map(
    lambda cells: ",".join(
        '"' + c.replace('"', '""') + '"' if i % 2 else c for i, c in enumerate(cells)
    )
)
_vcard_lines = st.sampled_from(
    [
        "BEGIN:VCARD",
        "END:VCARD",
        "VERSION:2.1",
        "VERSION:4.0",
        "N:Doe;Jane;;;",
        "FN:Jane Doe",
        "ORG:Fabrikam\\, Inc.;Sales",
        "EMAIL;TYPE=work:jane@f.example",
        "EMAIL:not-an-address",
        'TEL;TYPE="voice,cell";VALUE=uri:tel:+1-555',
        "TEL;CELL;PREF:+49 170",
        "NOTE;ENCODING=QUOTED-PRINTABLE:a=3Db=",
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=",
        "item1.EMAIL;type=pref:x@y.example",
        " folded",
        "",
        "garbage without colon",
        "X-ABShowAs:COMPANY",
    ]
)


def _store() -> Store:
    return Store.memory(FixedClock.on(date(2026, 11, 23)))


def _try(data: bytes) -> None:
    try:
        source = ImportSource.from_bytes(data, "fuzz")
    except PlannerError:
        return
    store = _store()
    try:
        preview = plan_import(store, source)
        assert len(preview.rows) == len(source.rows())
        result = commit_import(store, source)
        assert result.preview.new + result.preview.updated + result.preview.unchanged + len(
            result.preview.invalid
        ) == len(source.rows())
    except PlannerError:
        pass
    finally:
        store.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes(data):
    _try(data)


@settings(max_examples=150, deadline=None)
@given(st.lists(_line, max_size=8), st.booleans())
def test_csv_like_text(lines, with_header):
    text = (CSV_HEADER if with_header else "") + "\n".join(lines)
    for encoding in ("utf-8", "utf-16", "cp1252"):
        _try(text.encode(encoding, errors="replace"))


@settings(max_examples=200, deadline=None)
@given(st.lists(_vcard_lines, max_size=25), st.text(max_size=20))
def test_vcard_like_text(lines, noise):
    _try(("BEGIN:VCARD\r\n" + "\r\n".join(lines) + noise).encode("utf-8", errors="replace"))
