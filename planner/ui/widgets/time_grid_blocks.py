"""One block of the time grid: where it sits, how it is drawn, and its summary in words."""

from __future__ import annotations

from collections import OrderedDict
from datetime import timedelta
from typing import TypeVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPixmap

from planner.domain.model import AgendaEntry, Status
from planner.domain.travel import local_start
from planner.ui.display import (
    clock_text,
    day_text,
    elsewhere_text,
    number,
    time_text,
    title_text,
)
from planner.ui.fonts import derived_font
from planner.ui.i18n import label
from planner.ui.theme import ACCENT, CANVAS, INK, INK_FAINT, LINE, OVERDUE, kind_colour
from planner.ui.widgets.time_grid_layout import Geometry, Placed

_K = TypeVar("_K")


def block_rect(geo: Geometry, day: int, p: Placed, min_height: float) -> QRectF:
    width = geo.day_width / p.columns
    x = geo.day_x(day) + p.column * width
    height = max(geo.y(p.end - p.start), min_height)
    return QRectF(x + 2, geo.y(p.start) + 1, width - 4, height - 2)


def block_summary(entry: AgendaEntry) -> str:
    """The block's tooltip and accessible description: when, what, with whom."""
    tp = entry.touchpoint
    who = entry.company_name + (f" — {entry.contact_name}" if entry.contact_name else "")
    start = local_start(tp)
    day = day_text(tp.day if start is None else start.date(), "dddd d MMMM")
    when = f"{day}, {time_text(entry)}"
    if start is not None:
        end = start + timedelta(minutes=tp.duration_minutes)
        when = f"{when}–{clock_text(end.time())}"
        if elsewhere := elsewhere_text(tp):
            when = f"{when} ({elsewhere})"
    lines = [title_text(entry), when, who, f"{label(tp.channel)} · {label(tp.status)}"]
    if tp.outcome:
        lines.append(tp.outcome)
    return "\n".join(lines)


def paint_block(
    painter: QPainter,
    rect: QRectF,
    entry: AgendaEntry,
    *,
    selected: bool,
    overdue: bool,
    show_time: bool = True,
    when: str | None = None,
    font_key: str | None = None,
) -> None:
    """One touch-point: its kind's stripe, the time always, then as much title as fits.
    `when` is the time shown when the caller has it already (else read from the entry), and
    `font_key` the painter's font's key (asking a font for it costs more than a blit).

    Each block is drawn once into a pixmap kept under everything it shows (its texts, status
    and kind, its size, selection, overdue, the time on this clock, the font) and then copied: every
    repaint and every return to a week paints the same blocks again.
    """
    left, top = round(rect.left()), round(rect.top())
    width, height = round(rect.right()) - left, round(rect.bottom()) - top
    if width <= 0 or height <= 0:
        return
    ratio = pixel_ratio(painter)
    font = painter.font()
    if not show_time:
        when = ""
    elif when is None:
        when = time_text(entry)
    tp = entry.touchpoint
    # All a block shows (ids are not part of it: SQLite may give a deleted one's id again).
    shown = (tp.status, tp.channel, tp.title, entry.company_kind, entry.company_name)
    names = (entry.contact_name, entry.content_title)
    key: tuple[object, ...] = (
        shown,
        names,
        width,
        height,
        selected,
        overdue,
        when,
        font_key if font_key is not None else font.key(),
        ratio,
    )
    pixmap = _blocks.get(key)
    if pixmap is None:
        pixmap = blank_pixmap(width, height, ratio)
        block_painter = QPainter(pixmap)
        block_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        block_painter.setFont(font)
        _paint_block(
            block_painter,
            QRectF(MARGIN, MARGIN, width, height),
            entry,
            selected=selected,
            overdue=overdue,
            when=when,
        )
        block_painter.end()
        keep_pixmap(_blocks, key, pixmap, _BLOCK_LIMIT)
    else:
        _blocks.move_to_end(key)
    painter.drawPixmap(QPointF(left - MARGIN, top - MARGIN), pixmap)


def _paint_block(
    painter: QPainter,
    rect: QRectF,
    entry: AgendaEntry,
    *,
    selected: bool,
    overdue: bool,
    when: str,
) -> None:
    tp = entry.touchpoint
    active = tp.status is Status.PLANNED
    _draw_frame(
        painter, rect, kind_colour(entry.company_kind).name(), active=active, selected=selected
    )
    base, bold, title_font, fm, fm_bold, line = _fonts(
        painter.font(), struck=tp.status in (Status.DONE, Status.CANCELLED)
    )
    inner = rect.adjusted(7, 1, -3, -1)
    width = int(inner.width())
    ink = QColor(OVERDUE) if overdue else QColor(INK if active else INK_FAINT)
    painter.setPen(ink)
    painter.setFont(bold)
    when_w = fm_bold.horizontalAdvance(when + " ") if when else 0
    title = title_text(entry)
    lines_room = int(inner.height() // line)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if lines_room <= 1 or (when_w + 40 <= width and lines_room <= 2):
        # A short block: the time and the title on one line.
        painter.drawText(QRectF(inner.left(), inner.top(), width, line), flags, when)
        painter.setFont(title_font)
        room = width - when_w
        if room > 12:
            painter.drawText(
                QRectF(inner.left() + when_w, inner.top(), room, line),
                flags,
                fm_bold.elidedText(title, Qt.TextElideMode.ElideRight, room),
            )
        return
    painter.drawText(QRectF(inner.left(), inner.top(), width, line), flags, when)
    y = inner.top() + line
    painter.setFont(title_font)
    rest = [title, entry.company_name, entry.contact_name]
    for n, text in enumerate(t for t in rest if t):
        if y + line > inner.bottom() + 2:
            break
        if n == 1:
            painter.setFont(base)
        painter.drawText(
            QRectF(inner.left(), y, width, line),
            flags,
            (fm_bold if n == 0 else fm).elidedText(text, Qt.TextElideMode.ElideRight, width),
        )
        y += line


_Fonts = tuple[QFont, QFont, QFont, QFontMetrics, QFontMetrics, int]
_fonts_by_key: dict[tuple[str, bool], _Fonts] = {}


def _fonts(base: QFont, *, struck: bool) -> _Fonts:
    """The block's fonts from the painter's (plain, bold, the title's), their metrics and the
    line height: made once per font, not per block."""
    key = (base.key(), struck)
    fonts = _fonts_by_key.get(key)
    if fonts is None:
        bold = derived_font(base, weight=QFont.Weight.DemiBold)
        title = derived_font(base, weight=QFont.Weight.DemiBold, strike_out=struck)
        fm = QFontMetrics(base)
        fonts = (QFont(base), bold, title, fm, QFontMetrics(bold), fm.height())
        _fonts_by_key[key] = fonts
    return fonts


# A frame's rounded, antialiased outline costs far more to rasterise than a blit, and a week's
# blocks come in a few sizes and colours: each frame is drawn once into a pixmap and copied.
MARGIN = 2  # room for the selected outline's half outside the rect
_FRAME_LIMIT = 512
# Two or three weeks of blocks of a very full book (a block's pixmap is some kilobytes).
_BLOCK_LIMIT = 800
_frames: OrderedDict[tuple[int, int, str, bool, bool, float], QPixmap] = OrderedDict()
_blocks: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()


def pixel_ratio(painter: QPainter) -> float:
    device = painter.device()
    return device.devicePixelRatioF() if device is not None else 1.0


def blank_pixmap(width: int, height: int, ratio: float) -> QPixmap:
    """A transparent pixmap for a width × height rect with room around it."""
    pixmap = QPixmap(round((width + 2 * MARGIN) * ratio), round((height + 2 * MARGIN) * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


def keep_pixmap(cache: OrderedDict[_K, QPixmap], key: _K, pixmap: QPixmap, limit: int) -> None:
    """Remember a pixmap, forgetting the least recently used one beyond `limit`."""
    cache[key] = pixmap
    if len(cache) > limit:
        cache.popitem(last=False)


def _draw_frame(
    painter: QPainter, rect: QRectF, colour: str, *, active: bool, selected: bool
) -> None:
    """The block's white card, its kind's tint and stripe and its outline, from the cache."""
    left, top = round(rect.left()), round(rect.top())
    width, height = round(rect.right()) - left, round(rect.bottom()) - top
    if width <= 0 or height <= 0:
        return
    ratio = pixel_ratio(painter)
    key = (width, height, colour, active, selected, ratio)
    pixmap = _frames.get(key)
    if pixmap is None:
        pixmap = _render_frame(width, height, colour, active=active, selected=selected, ratio=ratio)
        keep_pixmap(_frames, key, pixmap, _FRAME_LIMIT)
    else:
        _frames.move_to_end(key)
    painter.drawPixmap(QPointF(left - MARGIN, top - MARGIN), pixmap)


def _render_frame(
    width: int, height: int, colour: str, *, active: bool, selected: bool, ratio: float
) -> QPixmap:
    pixmap = blank_pixmap(width, height, ratio)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(MARGIN, MARGIN, width, height)
    path = QPainterPath()
    path.addRoundedRect(rect, 4, 4)
    fill = QColor(colour)
    fill.setAlpha(46 if active else 22)
    painter.fillPath(path, QColor("#ffffff"))
    painter.fillPath(path, fill)
    painter.setPen(QPen(QColor(ACCENT if selected else LINE), 2.0 if selected else 1.0))
    painter.drawPath(path)
    painter.setClipPath(path)
    painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), QColor(colour))
    painter.end()
    return pixmap


def overflow_text(count: int) -> str:
    """What a "+N" says: how many more touch-points it holds."""
    text = _texts.get(count)
    if text is None:
        text = _texts[count] = f"+{number(count)}"
    return text


def paint_overflow(
    painter: QPainter,
    rect: QRectF,
    count: int,
    *,
    selected: bool,
    centred: bool = False,
    visible_top: float | None = None,
) -> None:
    """A "+N" for the `count` touch-points not drawn: a quiet card with the count at its top
    (in its middle when `centred`), outlined when one of them is selected.

    A tall "+N" scrolled half out of view keeps its count at `visible_top`, where it shows.
    The card is drawn once into a pixmap and copied, as the blocks are; the count on it is
    drawn each time, since where it stands follows the scrolling.
    """
    left, top = round(rect.left()), round(rect.top())
    width, height = round(rect.right()) - left, round(rect.bottom()) - top
    if width <= 0 or height <= 0:
        return
    ratio = pixel_ratio(painter)
    font = painter.font()
    font_key = font.key()
    key = (width, height, selected, ratio)
    pixmap = _markers.get(key)
    if pixmap is None:
        pixmap = blank_pixmap(width, height, ratio)
        marker = QPainter(pixmap)
        marker.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(MARGIN, MARGIN, width, height), 4, 4)
        marker.fillPath(path, QColor(CANVAS))
        marker.setPen(QPen(QColor(ACCENT if selected else INK_FAINT), 2.0 if selected else 1.0))
        marker.drawPath(path)
        marker.end()
        keep_pixmap(_markers, key, pixmap, _MARKER_LIMIT)
    else:
        _markers.move_to_end(key)
    painter.drawPixmap(QPointF(left - MARGIN, top - MARGIN), pixmap)
    bold = _bold_fonts.get(font_key)
    if bold is None:
        bold = _bold_fonts[font_key] = derived_font(font, weight=QFont.Weight.Bold)
    text = overflow_text(count)
    painter.save()
    painter.setFont(bold)
    painter.setPen(QColor(INK))
    if centred:
        box = rect
        align = Qt.AlignmentFlag.AlignVCenter
    else:
        line = QFontMetrics(bold).height()
        y = rect.top() + 2
        if visible_top is not None:
            y = max(y, min(visible_top + 2, rect.bottom() - line - 2))
        box = QRectF(rect.left(), y, rect.width(), line)
        align = Qt.AlignmentFlag.AlignTop
    painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | align), text)
    painter.restore()


_MARKER_LIMIT = 128
_markers: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
_bold_fonts: dict[str, QFont] = {}
_texts: dict[int, str] = {}  # a count as the locale writes it (asking the locale is slow)
