"""The suggestion list of the plan panel: one card per suggestion, dragged onto a day to plan it."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from planner.domain.model import CompanyKind
from planner.ui import display
from planner.ui.fonts import derived_font
from planner.ui.i18n import label, text
from planner.ui.models.plan_model import PlanRole
from planner.ui.theme import (
    ACCENT,
    INK,
    INK_SOFT,
    LINE,
    kind_colour,
    kind_short,
)

if TYPE_CHECKING:
    from planner.nurture.week_plan import Suggestion

_PAD = 10
_ICON = 18
_GAP = 3
_Index = QModelIndex | QPersistentModelIndex


def day_text(day: date, at: time | None = None) -> str:
    """A day as the panel shows it ("Mon 3 Mar"), with the time when one is given."""
    text = display.locale().toString(display.qdate(day), "ddd d MMM")
    if at is None:
        return text
    clock = display.locale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
    return f"{text} {clock}"


class SuggestionDelegate(QStyledItemDelegate):
    """A suggestion as a card: day, channel and purpose; account and contact; why; content."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self.kinds: dict[int, CompanyKind] = {}

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = derived_font(base, bold=True)
        small = derived_font(base, scale=0.92)
        return base, bold, small

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width() if option.rect.width() > 0 else self._view.viewport().width()
        return max(120, width - 2 * _PAD - 4)

    def _lines(self, s: Suggestion) -> tuple[str, str, str, str]:
        head = f"{label(s.channel)} · {label(s.purpose)}"
        kind = self.kinds.get(s.company_id)
        account = s.company_name + (f" · {kind_short(kind)}" if kind is not None else "")
        who = f"{s.contact_name}, {account}" if s.contact_name else account
        content = (
            self.tr("Send: “{title}”").format(title=s.content_title) if s.content_title else ""
        )
        return head, who, text(s.reason), content

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        # Loaded with the engine, which made the suggestions shown (not at start).
        from planner.nurture.week_plan import Suggestion

        s = index.data(PlanRole.SUGGESTION)
        if not isinstance(s, Suggestion):
            return super().sizeHint(option, index)
        _base, bold, small = self._fonts(option)
        width = self._text_width(option)
        _head, _who, reason, content = self._lines(s)
        bold_m, small_m = QFontMetrics(bold), QFontMetrics(small)
        height = _PAD + max(_ICON, bold_m.height()) + _GAP + bold_m.height() + _GAP
        flags = int(Qt.TextFlag.TextWordWrap)
        height += small_m.boundingRect(QRect(0, 0, width, 10_000), flags, reason).height()
        if content:
            height += _GAP + small_m.height()
        return QSize(width, height + _PAD + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        from planner.nurture.week_plan import Suggestion

        s = index.data(PlanRole.SUGGESTION)
        if not isinstance(s, Suggestion):
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base, bold, small = self._fonts(option)
        card = QRect(option.rect).adjusted(2, 3, -2, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.setPen(QPen(QColor(ACCENT if selected else LINE), 2 if selected else 1))
        painter.setBrush(QColor("#eef7f7" if selected else "#fbfcfd" if hovered else "#ffffff"))
        painter.drawRoundedRect(card, 8, 8)
        kind = self.kinds.get(s.company_id)
        if kind is not None:
            strip = QRect(card.left() + 1, card.top() + 6, 4, card.height() - 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(kind_colour(kind))
            painter.drawRoundedRect(strip, 2, 2)

        head, who, reason, content = self._lines(s)
        x = card.left() + _PAD
        width = card.width() - 2 * _PAD
        y = card.top() + _PAD - 3
        bold_m, small_m = QFontMetrics(bold), QFontMetrics(small)
        line = max(_ICON, bold_m.height())
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if icon is not None:
            icon.paint(painter, QRect(x, y + (line - _ICON) // 2, _ICON, _ICON))
        tier = self.tr("{day} · Tier {tier}").format(day=day_text(s.day, s.time), tier=s.tier)
        tier_w = small_m.horizontalAdvance(tier) + 12
        tier_rect = QRect(
            card.right() - _PAD - tier_w,
            y + (line - small_m.height() - 2) // 2,
            tier_w,
            small_m.height() + 2,
        )
        painter.setPen(QColor(INK))
        painter.setFont(bold)
        head_rect = QRect(x + _ICON + 6, y, width - _ICON - 10 - tier_w, line)
        painter.drawText(
            head_rect,
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            bold_m.elidedText(head, Qt.TextElideMode.ElideRight, head_rect.width()),
        )
        painter.setFont(small)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e7eef5"))
        painter.drawRoundedRect(tier_rect, 5, 5)
        painter.setPen(QColor(INK_SOFT))
        painter.drawText(tier_rect, int(Qt.AlignmentFlag.AlignCenter), tier)
        y += line + _GAP

        painter.setFont(base)
        painter.setPen(QColor(INK))
        metrics = QFontMetrics(base)
        painter.drawText(
            QRect(x, y, width, bold_m.height()),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            metrics.elidedText(who, Qt.TextElideMode.ElideRight, width),
        )
        y += bold_m.height() + _GAP

        painter.setFont(small)
        painter.setPen(QColor(INK_SOFT))
        flags = int(Qt.TextFlag.TextWordWrap)
        reason_rect = small_m.boundingRect(QRect(x, y, width, 10_000), flags, reason)
        painter.drawText(QRect(x, y, width, reason_rect.height()), flags, reason)
        y += reason_rect.height()
        if content:
            y += _GAP
            painter.setPen(QColor(ACCENT))
            painter.drawText(
                QRect(x, y, width, small_m.height()),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                small_m.elidedText(content, Qt.TextElideMode.ElideMiddle, width),
            )
        painter.restore()


class SuggestionList(QListView):
    """The suggestion cards; a drag carries their keys so a day of the week view can take them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionList")
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMouseTracking(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:  # noqa: N803
        indexes = self.selectedIndexes()
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData(indexes))
        rect = self.visualRect(indexes[0])
        pixmap = QPixmap(QSize(max(rect.width(), 200), max(rect.height(), 60)))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = QRect(QPoint(0, 0), pixmap.size())
        self.itemDelegate().paint(painter, option, indexes[0])
        painter.end()
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(24, 16))
        # The suggestion stays in the list until the plan is read again: never "moved" away.
        drag.exec(Qt.DropAction.CopyAction | Qt.DropAction.MoveAction, Qt.DropAction.CopyAction)
