"""Paints one touch-point as a card: kind stripe and label, channel icon, time, title, people."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from planner.domain.model import AgendaEntry, Status
from planner.ui.display import day_text, time_text, title_text
from planner.ui.fonts import derived_font
from planner.ui.i18n import label
from planner.ui.models.week_model import EntryRole
from planner.ui.theme import (
    ACCENT,
    INK,
    INK_FAINT,
    INK_SOFT,
    LINE,
    OVERDUE,
    STATUS_COLOURS,
    channel_icon,
    kind_colour,
    kind_short,
    kind_tint,
    status_mark,
)

_PAD = 9
_GAP = 3
_ICON = 16
_CARD_LIMIT = 48  # cards kept as pixmaps per list (a card is some tens of kilobytes)


def wrap_two(text: str, fm: QFontMetrics, width: int) -> list[str]:
    """Word-wrap `text` into at most two lines of `width` pixels, eliding the second."""
    if fm.horizontalAdvance(text) <= width:
        return [text]
    words = text.split()
    first = ""
    rest = 0
    for i, word in enumerate(words):
        candidate = f"{first} {word}".strip()
        if fm.horizontalAdvance(candidate) > width:
            break
        first = candidate
        rest = i + 1
    if not first:
        return [fm.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    second = " ".join(words[rest:])
    return [first, fm.elidedText(second, Qt.TextElideMode.ElideRight, width)]


class CardDelegate(QStyledItemDelegate):
    """A card per touch-point; `show_date` puts the day in front of the time (overdue tray)."""

    def __init__(
        self, parent: QWidget | None = None, *, show_date: bool = False, width: int | None = None
    ) -> None:
        super().__init__(parent)
        self.show_date = show_date
        self.width = width
        self._cards: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()

    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFont]:
        small = derived_font(base, scale=0.9, min_point_size=7.0)
        bold = derived_font(base, weight=QFont.Weight.DemiBold)
        small_bold = derived_font(base, scale=0.9, min_point_size=7.0, weight=QFont.Weight.DemiBold)
        return small, bold, small_bold

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        _, bold, _ = self._fonts(option.font)
        lines = self._title_lines(index, bold, self._text_width(option))
        return QSize(self.width or 120, self._height(option.font, lines))

    def tallest(self, font: QFont, entries: Iterable[AgendaEntry]) -> int:
        """The height of the tallest of the cards of `entries` in a list of fixed `width`.

        A card is one of two heights, by whether its title takes a second line: this measures
        each title once, and stops at the first that wraps.
        """
        if not self.width:
            raise ValueError("only cards of a fixed width can be measured without a list")
        _, bold, _ = self._fonts(font)
        metrics = QFontMetrics(bold)
        width = self._text_width(None)
        wraps = any(len(wrap_two(title_text(e), metrics, width)) > 1 for e in entries)
        return self._height(font, 2 if wraps else 1)

    def _height(self, font: QFont, title_lines: int) -> int:
        small, bold, _ = self._fonts(font)
        line_small = QFontMetrics(small).height()
        line_bold = QFontMetrics(bold).height()
        return (
            2 * _PAD
            + max(_ICON, line_small)
            + title_lines * line_bold
            + 2 * line_small
            + 3 * _GAP
            + 6
        )

    def _text_width(self, option: QStyleOptionViewItem | None) -> int:
        """The width text gets inside a card, from the fixed width or the list's viewport."""
        if self.width or option is None:
            return (self.width or 120) - 10 - 2 * _PAD - 4
        view = option.widget
        viewport = getattr(view, "viewport", None)
        width = viewport().width() if callable(viewport) else option.rect.width()
        return max(60, width - 10 - 2 * _PAD - 4)

    def _title_lines(
        self, index: QModelIndex | QPersistentModelIndex, font: QFont, width: int
    ) -> int:
        entry = index.data(EntryRole.ENTRY)
        if not isinstance(entry, AgendaEntry):
            return 1
        return len(wrap_two(title_text(entry), QFontMetrics(font), width))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        entry = index.data(EntryRole.ENTRY)
        if not isinstance(entry, AgendaEntry):
            super().paint(painter, option, index)
            return
        overdue = bool(index.data(EntryRole.OVERDUE))
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        base_font: QFont = option.font
        rect = option.rect
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        # A card is drawn once into a pixmap kept under all it shows, then copied: the week's
        # lists are painted again on every repaint of the window.
        key: tuple[object, ...] = (entry, time_text(entry), overdue, selected, hovered)
        key += (base_font.key(), rect.width(), rect.height(), ratio)
        pixmap = self._cards.get(key)
        if pixmap is None:
            pixmap = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            card_painter = QPainter(pixmap)
            card_painter.setFont(base_font)
            self._paint_card(
                card_painter,
                QRect(0, 0, rect.width(), rect.height()),
                entry,
                base_font,
                overdue=overdue,
                selected=selected,
                hovered=hovered,
            )
            card_painter.end()
            self._cards[key] = pixmap
            if len(self._cards) > _CARD_LIMIT:
                self._cards.popitem(last=False)
        else:
            self._cards.move_to_end(key)
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _paint_card(
        self,
        painter: QPainter,
        rect: QRect,
        entry: AgendaEntry,
        base_font: QFont,
        *,
        overdue: bool,
        selected: bool,
        hovered: bool,
    ) -> None:
        tp = entry.touchpoint
        active = tp.status is Status.PLANNED
        small, bold, small_bold = self._fonts(base_font)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(rect).adjusted(5, 4, -5, -4)
        path = QPainterPath()
        path.addRoundedRect(card, 8, 8)
        fill = QColor("#ffffff") if active else QColor("#f5f7f9")
        painter.fillPath(path, fill)
        if hovered and not selected:
            painter.fillPath(path, QColor(0, 0, 0, 8))
        border = QColor(ACCENT) if selected else QColor(LINE)
        painter.setPen(QPen(border, 2.0 if selected else 1.0))
        painter.drawPath(path)

        # The kind's stripe on the left edge, clipped to the card's rounded corners.
        painter.save()
        painter.setClipPath(path)
        stripe = kind_colour(entry.company_kind)
        if not active:
            stripe.setAlpha(110)
        painter.fillRect(QRectF(card.left(), card.top(), 5, card.height()), stripe)
        painter.restore()

        inner = card.toRect().adjusted(_PAD + 4, _PAD, -_PAD, -_PAD)
        y = inner.top()
        fm_small = QFontMetrics(small)
        fm_bold = QFontMetrics(bold)
        line1 = max(_ICON, fm_small.height())

        # Line 1: channel icon, time (and day in the tray) and purpose; the status at the right.
        icon = channel_icon(tp.channel).pixmap(_ICON, _ICON)
        painter.drawPixmap(inner.left(), y + (line1 - _ICON) // 2, icon)
        # In a narrow day column a short sign keeps the time readable; the tray spells it out.
        if overdue:
            mark = self.tr("Overdue") if self.show_date else self.tr("⚠ Late")
        else:
            mark = status_mark(tp.status)
        mark_w = 0
        if mark:
            painter.setFont(small_bold)
            painter.setPen(QColor(OVERDUE if overdue else STATUS_COLOURS[tp.status]))
            mark_w = QFontMetrics(small_bold).horizontalAdvance(mark) + 6
            painter.drawText(
                QRect(inner.right() - mark_w, y, mark_w, line1),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                mark,
            )
        when = time_text(entry)
        if self.show_date:
            when = f"{day_text(tp.day)} · {when}"
        left = inner.left() + _ICON + 6
        room = inner.right() - mark_w - left
        fm_small_bold = QFontMetrics(small_bold)
        painter.setFont(small_bold)
        painter.setPen(QColor(OVERDUE) if overdue else QColor(INK_SOFT))
        when = fm_small_bold.elidedText(when, Qt.TextElideMode.ElideRight, room)
        painter.drawText(
            QRect(left, y, room, line1),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            when,
        )
        used = fm_small_bold.horizontalAdvance(when)
        purpose_room = room - used
        if purpose_room > 30:
            painter.setFont(small)
            painter.setPen(QColor(INK_FAINT))
            painter.drawText(
                QRect(left + used, y, purpose_room, line1),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                fm_small.elidedText(
                    f" · {label(tp.purpose)}", Qt.TextElideMode.ElideRight, purpose_room
                ),
            )
        y += line1 + _GAP + 2

        # Lines 2–3: the title, struck through once it is done or cancelled.
        title_font = derived_font(
            base_font,
            weight=QFont.Weight.DemiBold,
            strike_out=tp.status in (Status.DONE, Status.CANCELLED),
        )
        painter.setFont(title_font)
        painter.setPen(QColor(INK) if active else QColor(INK_FAINT))
        for line in wrap_two(title_text(entry), fm_bold, inner.width()):
            painter.drawText(
                QRect(inner.left(), y, inner.width(), fm_bold.height()),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                line,
            )
            y += fm_bold.height()
        y += _GAP

        # Then the account, and the kind (in words, as a chip) before the person.
        painter.setFont(small)
        painter.setPen(QColor(INK) if active else QColor(INK_FAINT))
        painter.drawText(
            QRect(inner.left(), y, inner.width(), fm_small.height()),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            fm_small.elidedText(entry.company_name, Qt.TextElideMode.ElideRight, inner.width()),
        )
        y += fm_small.height() + _GAP
        chip_text = kind_short(entry.company_kind)
        chip_w = fm_small_bold.horizontalAdvance(chip_text) + 12
        chip = QRectF(inner.left(), y, chip_w, fm_small.height() + 1)
        chip_path = QPainterPath()
        chip_path.addRoundedRect(chip, chip.height() / 2, chip.height() / 2)
        painter.fillPath(chip_path, kind_tint(entry.company_kind))
        painter.setFont(small_bold)
        painter.setPen(kind_colour(entry.company_kind).darker(140))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, chip_text)
        if entry.contact_name:
            painter.setFont(small)
            painter.setPen(QColor(INK_SOFT) if active else QColor(INK_FAINT))
            x = inner.left() + chip_w + 6
            width = inner.right() - x
            painter.drawText(
                QRect(x, y, width, fm_small.height() + 1),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                fm_small.elidedText(entry.contact_name, Qt.TextElideMode.ElideRight, width),
            )
        painter.restore()
