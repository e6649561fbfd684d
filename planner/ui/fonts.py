"""Fonts derived from a base font (smaller, bolder, struck out), made once and then copied.

Delegates ask for these fonts in every sizeHint and paint call; deriving each one once per
base font keeps the QFont setters off the paint path, and copying a QFont is cheap.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

_Key = tuple[str, float, float, int, bool, bool]
_cache: dict[_Key, QFont] = {}


def derived_font(
    base: QFont,
    *,
    scale: float = 1.0,
    min_point_size: float = 0.0,
    weight: QFont.Weight | None = None,
    bold: bool = False,
    strike_out: bool = False,
) -> QFont:
    """A copy of `base` scaled (not below `min_point_size`), with a weight and strike-out."""
    key: _Key = (
        base.key(),
        scale,
        min_point_size,
        -1 if weight is None else int(weight.value),
        bold,
        strike_out,
    )
    font = _cache.get(key)
    if font is None:
        font = QFont(base)
        if scale != 1.0 or min_point_size:
            font.setPointSizeF(max(min_point_size, base.pointSizeF() * scale))
        if weight is not None:
            font.setWeight(weight)
        if bold:
            font.setBold(True)
        if strike_out:
            font.setStrikeOut(True)
        _cache[key] = font
    return QFont(font)
