"""One block of the time grid: where it sits, how it is drawn, and its summary in words."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen

from planner.domain.model import AgendaEntry, Status
from planner.domain.travel import local_start
from planner.ui.display import clock_text, day_text, elsewhere_text, time_text, title_text
from planner.ui.fonts import derived_font
from planner.ui.i18n import label
from planner.ui.theme import ACCENT, INK, INK_FAINT, LINE, OVERDUE, kind_colour
from planner.ui.widgets.time_grid_layout import Geometry, Placed


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
) -> None:
    """One touch-point: its kind's stripe, the time always, then as much title as fits."""
    painter.save()  # the fonts set here must not leak into the next block
    try:
        _paint_block(painter, rect, entry, selected=selected, overdue=overdue, show_time=show_time)
    finally:
        painter.restore()


def _paint_block(
    painter: QPainter,
    rect: QRectF,
    entry: AgendaEntry,
    *,
    selected: bool,
    overdue: bool,
    show_time: bool,
) -> None:
    tp = entry.touchpoint
    active = tp.status is Status.PLANNED
    path = QPainterPath()
    path.addRoundedRect(rect, 4, 4)
    fill = QColor(kind_colour(entry.company_kind))
    fill.setAlpha(46 if active else 22)
    painter.fillPath(path, QColor("#ffffff"))
    painter.fillPath(path, fill)
    painter.setPen(QPen(QColor(ACCENT if selected else LINE), 2.0 if selected else 1.0))
    painter.drawPath(path)
    painter.save()
    painter.setClipPath(path)
    stripe = QRectF(rect.left(), rect.top(), 4, rect.height())
    painter.fillRect(stripe, kind_colour(entry.company_kind))
    painter.restore()
    base = painter.font()
    bold = derived_font(base, weight=QFont.Weight.DemiBold)
    title_font = derived_font(
        base, weight=QFont.Weight.DemiBold, strike_out=tp.status in (Status.DONE, Status.CANCELLED)
    )
    fm, fm_bold = QFontMetrics(base), QFontMetrics(bold)
    inner = rect.adjusted(7, 1, -3, -1)
    width = int(inner.width())
    when = time_text(entry) if show_time else ""
    ink = QColor(OVERDUE) if overdue else QColor(INK if active else INK_FAINT)
    painter.setPen(ink)
    painter.setFont(bold)
    when_w = fm_bold.horizontalAdvance(when + " ") if when else 0
    title = title_text(entry)
    lines_room = int(inner.height() // fm.height())
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if lines_room <= 1 or (when_w + 40 <= width and lines_room <= 2):
        # A short block: the time and the title on one line.
        painter.drawText(QRectF(inner.left(), inner.top(), width, fm.height()), flags, when)
        painter.setFont(title_font)
        room = width - when_w
        if room > 12:
            painter.drawText(
                QRectF(inner.left() + when_w, inner.top(), room, fm.height()),
                flags,
                fm_bold.elidedText(title, Qt.TextElideMode.ElideRight, room),
            )
        return
    painter.drawText(QRectF(inner.left(), inner.top(), width, fm.height()), flags, when)
    y = inner.top() + fm.height()
    painter.setFont(title_font)
    rest = [title, entry.company_name, entry.contact_name]
    for n, text in enumerate(t for t in rest if t):
        if y + fm.height() > inner.bottom() + 2:
            break
        if n == 1:
            painter.setFont(base)
        painter.drawText(
            QRectF(inner.left(), y, width, fm.height()),
            flags,
            (fm_bold if n == 0 else fm).elidedText(text, Qt.TextElideMode.ElideRight, width),
        )
        y += fm.height()
