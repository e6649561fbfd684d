"""The Linux desktop entry, AppStream metainfo, icons and per-user install script."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from planner import APP_ID, APP_NAME, APP_SLUG, __version__

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SIZES = (16, 32, 48, 64, 128, 256)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed here (CI installs desktop-file-utils and appstream)")
    return path


def _desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_desktop_entry_names_the_app_from_the_package() -> None:
    entry = _desktop_entry(DESKTOP)
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == APP_SLUG
    assert entry["Type"] == "Application"
    assert entry["Terminal"] == "false"


def test_the_desktop_entry_is_valid() -> None:
    tool = _tool("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_the_metainfo_describes_this_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    release = root.find("releases/release")
    assert release is not None
    assert release.get("version") == __version__
    assert release.find("description") is not None
    assert root.find("content_rating") is not None


def test_the_metainfo_names_no_page_that_does_not_exist() -> None:
    # The project has no web pages yet: no homepage or screenshot address until it has.
    text = METAINFO.read_text(encoding="utf-8")
    assert "://" not in text.replace("http://www.w3.org/", "")
    root = ET.parse(METAINFO).getroot()
    assert root.find("url") is None
    assert root.find("screenshots") is None


def test_the_metainfo_is_valid() -> None:
    tool = _tool("appstreamcli")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("size", SIZES)
def test_the_icon_comes_in_every_usual_size(size: int) -> None:
    path = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert _png_size(path) == (size, size)


def test_the_scalable_icon_is_the_apps_svg() -> None:
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert (
        scalable.read_bytes() == (ROOT / "resources" / "icons" / "nurture-planner.svg").read_bytes()
    )


def test_the_install_script_puts_the_app_in_the_users_launcher(tmp_path: Path) -> None:
    folder = tmp_path / "my apps"
    folder.mkdir()
    executable = folder / APP_SLUG
    executable.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    executable.chmod(0o755)
    data = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    script = ROOT / "packaging" / "install-desktop-entry"
    result = subprocess.run(
        [str(script), str(executable)], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr

    installed = data / "applications" / DESKTOP.name
    entry = _desktop_entry(installed)
    assert entry["Exec"] == f'"{executable}"'
    assert entry["TryExec"] == str(executable)
    assert (data / "metainfo" / METAINFO.name).is_file()
    for size in SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(installed)], capture_output=True, text=True, check=False
        )
        assert check.returncode == 0, check.stdout + check.stderr

    removed = subprocess.run(
        [str(script), "--uninstall"], env=env, capture_output=True, text=True, check=False
    )
    assert removed.returncode == 0, removed.stderr
    assert not installed.exists()
    assert not (data / "icons" / "hicolor" / "16x16" / "apps" / f"{APP_ID}.png").exists()
