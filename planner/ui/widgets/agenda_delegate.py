"""Paints the agenda list: a heading over each day's first entry, then time, icon, title, who."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from planner.domain.model import AgendaEntry
from planner.ui.display import day_text, time_text, title_text
from planner.ui.fonts import derived_font
from planner.ui.i18n import label
from planner.ui.models.week_model import EntryRole
from planner.ui.theme import ACCENT, INK, INK_SOFT, LINE, channel_icon, kind_colour

_TIME_W = 52
_ICON = 16


class AgendaDelegate(QStyledItemDelegate):
    """Agenda rows grouped under day headings; the kind shows as a coloured dot and in tooltips.

    `today` gives the clock's day, so that today's and tomorrow's headings say so in words.
    """

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def _heading(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        """The day heading drawn above this row, or None when the row above has the same day."""
        day = index.data(EntryRole.DAY)
        if index.row() > 0:
            above = index.model().index(index.row() - 1, 0)
            if above.data(EntryRole.DAY) == day:
                return None
        if not isinstance(day, date):
            return ""
        offset = (day - self._today()).days
        if offset == 0:
            return self.tr("Today · {day}").format(day=day_text(day))
        if offset == 1:
            return self.tr("Tomorrow · {day}").format(day=day_text(day))
        return day_text(day, "dddd d MMM")

    def _fonts(self, base: QFont) -> tuple[QFont, QFont]:
        small = derived_font(base, scale=0.9, min_point_size=7.0)
        bold = derived_font(base, weight=QFont.Weight.DemiBold)
        return small, bold

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        small, bold = self._fonts(option.font)
        height = QFontMetrics(bold).height() + QFontMetrics(small).height() + 10
        if self._heading(index) is not None:
            height += QFontMetrics(bold).height() + 12
        return QSize(100, height)

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
        small, bold = self._fonts(option.font)
        fm_small, fm_bold = QFontMetrics(small), QFontMetrics(bold)
        rect = QRect(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        heading = self._heading(index)
        if heading is not None:
            head = QRect(rect.left(), rect.top() + 6, rect.width(), fm_bold.height() + 4)
            painter.setFont(bold)
            painter.setPen(QColor(ACCENT))
            painter.drawText(
                head, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), heading
            )
            painter.setPen(QColor(LINE))
            painter.drawLine(head.left(), head.bottom() + 1, head.right(), head.bottom() + 1)
            rect.setTop(head.bottom() + 6)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor("#e3f1f1"))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor("#f2f5f7"))
        tp = entry.touchpoint
        y = rect.top() + 4
        painter.setFont(small)
        painter.setPen(QColor(INK_SOFT))
        painter.drawText(
            QRect(rect.left() + 2, y, _TIME_W, fm_bold.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            time_text(entry),
        )
        icon_x = rect.left() + _TIME_W
        painter.drawPixmap(
            icon_x, y + (fm_bold.height() - _ICON) // 2, channel_icon(tp.channel).pixmap(_ICON)
        )
        text_x = icon_x + _ICON + 6
        width = rect.right() - text_x - 4
        painter.setFont(bold)
        painter.setPen(QColor(INK))
        painter.drawText(
            QRect(text_x, y, width, fm_bold.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fm_bold.elidedText(title_text(entry), Qt.TextElideMode.ElideRight, width),
        )
        y += fm_bold.height()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(kind_colour(entry.company_kind))
        dot_y = y + fm_small.height() // 2
        painter.drawEllipse(text_x, dot_y - 3, 6, 6)
        who = entry.company_name + (f" — {entry.contact_name}" if entry.contact_name else "")
        who = f"{who} · {label(entry.company_kind)}"
        painter.setFont(small)
        painter.setPen(QColor(INK_SOFT))
        painter.drawText(
            QRect(text_x + 10, y, width - 10, fm_small.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fm_small.elidedText(who, Qt.TextElideMode.ElideRight, width - 10),
        )
        painter.restore()
