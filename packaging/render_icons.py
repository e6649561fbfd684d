"""Render the app icon's SVG into the hicolor PNG sizes under resources/icons/hicolor/."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner import APP_ID  # noqa: E402 (after the path is set up)

SIZES = (16, 32, 48, 64, 128, 256)
SOURCE = ROOT / "resources" / "icons" / "nurture-planner.svg"
TARGET = ROOT / "resources" / "icons" / "hicolor"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"Cannot read {SOURCE}", file=sys.stderr)
        return 1
    for size in SIZES:
        folder = TARGET / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{APP_ID}.png"
        if not render(renderer, size).save(str(path), "PNG"):
            print(f"Cannot write {path}", file=sys.stderr)
            return 1
        print(path.relative_to(ROOT))
    scalable = TARGET / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / f"{APP_ID}.svg").write_bytes(SOURCE.read_bytes())
    return 0


if __name__ == "__main__":
    sys.exit(main())
