"""The time grid's backdrop (grey hours, white working hours, hour lines and labels, day lines),
drawn once per size and shape of the week and copied on every repaint."""

from __future__ import annotations

from collections import OrderedDict
from datetime import time

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap

from planner.ui.display import clock_text
from planner.ui.theme import INK_FAINT, LINE, TODAY_TINT
from planner.ui.widgets.time_grid_layout import Geometry

# Per day: its working hours in minutes (first, last), or None on a day off; and today.
DayShape = tuple[tuple[int, int] | None, bool]
_Key = tuple[Geometry, int, tuple[DayShape, ...], str, str, float]

# A backdrop is the canvas's size (some megabytes): the week shown and the one before.
_LIMIT = 2
_backdrops: OrderedDict[_Key, QPixmap] = OrderedDict()


def paint_backdrop(
    painter: QPainter,
    geo: Geometry,
    height: int,
    shape: tuple[DayShape, ...],
    font: QFont,
    exposed: QRect,
) -> None:
    """Copy the part `exposed` of the backdrop for this geometry, canvas height and week."""
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    # The label of one hour tells the clock's format (24 hours or am/pm) and language.
    key = (geo, height, shape, font.key(), clock_text(time(13, 0)), ratio)
    pixmap = _backdrops.get(key)
    if pixmap is None:
        pixmap = _render(geo, height, shape, font, ratio)
        _backdrops[key] = pixmap
        if len(_backdrops) > _LIMIT:
            _backdrops.popitem(last=False)
    else:
        _backdrops.move_to_end(key)
    target = QRectF(exposed)
    source = QRectF(
        target.x() * ratio, target.y() * ratio, target.width() * ratio, target.height() * ratio
    )
    painter.drawPixmap(target, pixmap, source)


def _render(
    geo: Geometry, height: int, shape: tuple[DayShape, ...], font: QFont, ratio: float
) -> QPixmap:
    width = geo.width
    pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    painter.fillRect(QRect(0, 0, width, height), QColor("#f3f5f7"))
    # Working hours are white; days off stay grey with the day's name in the tooltip.
    for n, (hours, today) in enumerate(shape):
        if hours is not None:
            first, last = hours
            painter.fillRect(
                QRectF(geo.day_x(n), geo.y(first), geo.day_width, geo.y(last - first)),
                QColor(TODAY_TINT) if today else QColor("#ffffff"),
            )
    fm = QFontMetrics(font)
    painter.setPen(QPen(QColor(LINE), 1))
    for hour in range(25):
        y = int(geo.y(hour * 60))
        painter.drawLine(geo.gutter - 4, y, width, y)
        if 0 < hour < 24:
            painter.setPen(QColor(INK_FAINT))
            painter.drawText(
                QRect(0, y - fm.height() // 2, geo.gutter - 8, fm.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                clock_text(time(hour, 0)),
            )
            painter.setPen(QPen(QColor(LINE), 1))
    for n in range(len(shape) + 1):
        x = int(geo.day_x(n))
        painter.drawLine(x, 0, x, height)
    painter.end()
    return pixmap
