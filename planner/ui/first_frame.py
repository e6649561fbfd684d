"""The week on the screen as the app opens, drawn from the file before the window is built.

Building the main window (its modules, its widgets, the week's own read in steps) takes some
tenths of a second on a big plan, and a rep opening the app has come to see the week. So the
start first reads the week the window will show with the quick read (planner.ui.first_frame_week)
and draws it where the window will stand, laid out as the window lays it out: the week's title
and counts, the overdue tray with its first cards, the days with their all-day lane and the
hours with their blocks (the time grid's own backdrop, blocks and "+N"). Menus, the pages'
list, "Plan my week" and the buttons follow with the window. The frame answers (it moves,
resizes, repaints and closes) while the window is built, and the window takes its place, at its
place and size, once its own week is painted.

There is no first frame when the quick read cannot be used (a file not closed cleanly, an
older plan, a damaged or missing one), when the plan is open in another window, when the window
will open on another page than the week, or in the week's compact layout: the window then opens
as it always did (planner.ui.opening).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QWidget

from planner.domain.model import AgendaEntry
from planner.ui.display import fitting_day_text
from planner.ui.first_frame_week import FrameWeek
from planner.ui.fonts import derived_font
from planner.ui.i18n import translate
from planner.ui.models.week_model import OverdueModel
from planner.ui.pages import NAVIGATION_WIDTH, PLAN_PANEL_WIDTH
from planner.ui.theme import (
    ACCENT,
    INK,
    INK_SOFT,
    LINE,
    OVERDUE,
    OVERDUE_TINT,
    SURFACE,
    TODAY_TINT,
    chrome_colours,
)
from planner.ui.week_layout import (
    BOX_SPACING,
    PAGE_MARGINS,
    SIDE_PANEL_WIDTH,
    SIDE_SPACING,
    side_panel_shows,
)
from planner.ui.week_texts import overdue_hint, overdue_title, week_subtitle, week_title
from planner.ui.widgets.card_delegate import CardDelegate
from planner.ui.widgets.time_grid_backdrop import paint_backdrop
from planner.ui.widgets.time_grid_blocks import (
    block_rect,
    overflow_text,
    paint_block,
    paint_overflow,
)
from planner.ui.widgets.time_grid_head import LANE_ROWS, over_limit_note
from planner.ui.widgets.time_grid_layout import Geometry, Placed
from planner.ui.widgets.time_grid_week import DEFAULT_HOURS, MAX_HOUR_HEIGHT, MIN_HOUR_HEIGHT

# The window's measures the frame follows (main_window, week_view, week_tray, the stylesheet).
DOCK_SEPARATOR = 6  # between the week and "Plan my week"
BUTTON_PADDING = (12, 5)  # a header button's padding (and a 1-pixel border)
BUTTON_SPACING = 6  # between the header's buttons
TITLES_GAP = 12  # between the last button and the week's title
TRAY_MARGINS = (12, 8, 12, 6)
TRAY_CARD_WIDTH = 250
TRAY_CARDS_DRAWN = 12  # the tray's first cards: as many as the widest screen shows
TRAY_GAP = 1  # between the tray's heading and the hint beside it
SCROLL_BAR = 9  # the grid's vertical scroll bar


@dataclass(frozen=True)
class Places:
    """Where the window's parts stand at the frame's size."""

    menu: int  # the menu bar's height
    page: QRect  # the week page's box, inside its margins
    buttons: list[tuple[QRect, str]]
    title: QRect
    subtitle: QRect
    plan_button: QRect
    tray: QRect | None
    grid: QRect  # the days' head and the hours, with the scroll bar
    side: QRect | None  # the month and agenda beside the week, when there is room for them
    dock: QRect
    status: QRect


class FirstFrame(QWidget):
    """The week drawn where the main window will stand, until the window takes its place.

    It shows the week as a picture: the window that handles clicks and keys follows within a
    few tenths of a second. Closing it before then ends the start (`closed_early`, which the
    start reads between its parts: no signal, so nothing outlives the frame by a connection).
    """

    def __init__(
        self, title: str, *, plan_panel: bool = True, dock_width: int = PLAN_PANEL_WIDTH
    ) -> None:
        super().__init__()
        self.setObjectName("firstFrame")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.week: FrameWeek | None = None
        self.plan_panel = plan_panel
        self.dock_width = dock_width
        self.painted = False
        self.handed_over = False
        self.closed_early = False
        self._cards = CardDelegate(self, show_date=True, width=TRAY_CARD_WIDTH)
        self._tray_cards = OverdueModel(self)
        self._places: tuple[tuple[object, ...], Places] | None = None

    def day_width(self) -> float:
        """How wide a day is drawn at the frame's size now."""
        grid = self.places(self.week).grid
        return Geometry(grid.width() - SCROLL_BAR, 7, MIN_HOUR_HEIGHT).day_width

    def show_week(self, week: FrameWeek) -> None:
        """Draw `week` (the frame shows its chrome alone before)."""
        self.week = week
        self._tray_cards.set_rows(week.overdue[:TRAY_CARDS_DRAWN], week.today)
        self.update()

    def hand_over(self, window: QWidget) -> None:
        """Show the window at this frame's place and size, above it."""
        if self.isMaximized() or self.isFullScreen():
            window.setWindowState(self.windowState())
        else:
            window.setGeometry(self.geometry())
        window.show()
        window.raise_()
        window.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.handed_over:
            self.closed_early = True
        super().closeEvent(event)

    # Where things go.

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(15)
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def places(self, week: FrameWeek | None = None) -> Places:
        """Where the window's parts stand at the frame's size (with `week`'s overdue tray);
        measured once per size and week, not on every paint."""
        key = (self.width(), self.height(), self.font().key(), id(week))
        if self._places is None or self._places[0] != key:
            self._places = (key, self._measure(week))
        return self._places[1]

    def _measure(self, week: FrameWeek | None) -> Places:
        fm = QFontMetrics(self.font())
        line = fm.height()
        # The menu bar's and the status bar's heights as Fusion draws them for this font.
        menu = line + 5
        status_height = line + 12
        dock_width = self.dock_width if self.plan_panel else 0
        separator = DOCK_SEPARATOR if self.plan_panel else 0
        bottom = self.height() - status_height
        left, top, right, page_bottom = PAGE_MARGINS
        page_width = self.width() - dock_width - separator - NAVIGATION_WIDTH
        # The month and agenda beside the week, when the page has room for them.
        side = SIDE_PANEL_WIDTH + SIDE_SPACING if side_panel_shows(page_width) else 0
        page = QRect(
            NAVIGATION_WIDTH + left,
            menu + top,
            max(1, page_width - left - right - side),
            max(1, bottom - menu - top - page_bottom),
        )
        pad_x, pad_y = BUTTON_PADDING
        button_height = line + 2 * pad_y + 2
        title_height = QFontMetrics(self._title_font()).height()
        header = max(button_height, title_height + line)
        button_top = page.top() + (header - button_height) // 2
        buttons, x = [], page.left()
        for text in ("‹", translate("WeekView", "Today"), "›"):
            width = fm.horizontalAdvance(text) + 2 * pad_x + 2
            buttons.append((QRect(x, button_top, width, button_height), text))
            x += width + BUTTON_SPACING
        x += TITLES_GAP
        bold = derived_font(self.font(), weight=QFont.Weight.DemiBold)
        plan_text = translate("WeekView", "+  Plan touch-point")
        plan_width = QFontMetrics(bold).horizontalAdvance(plan_text) + 2 * pad_x + 2
        plan_button = QRect(page.right() + 1 - plan_width, button_top, plan_width, button_height)
        titles_top = page.top() + (header - title_height - line) // 2
        title = QRect(x, titles_top, max(1, plan_button.left() - x), title_height)
        subtitle = QRect(x, titles_top + title_height, title.width(), line)
        y = page.top() + header + BOX_SPACING
        tray = None
        if week is not None and week.overdue_count:
            height = self._tray_height(week, page.width())
            tray = QRect(page.left(), y, page.width(), height)
            y += height + BOX_SPACING
        return Places(
            menu=menu,
            page=page,
            buttons=buttons,
            title=title,
            subtitle=subtitle,
            plan_button=plan_button,
            tray=tray,
            grid=QRect(page.left(), y, page.width(), max(1, page.bottom() + 1 - y)),
            side=QRect(page.right() + 1 + SIDE_SPACING, page.top(), SIDE_PANEL_WIDTH, page.height())
            if side
            else None,
            dock=QRect(self.width() - dock_width, menu, dock_width, bottom - menu),
            status=QRect(0, bottom, self.width(), status_height),
        )

    def _tray_height(self, week: FrameWeek, width: int) -> int:
        left, top, right, bottom = TRAY_MARGINS
        title, hint = overdue_title(week.overdue_count), overdue_hint()
        bold = derived_font(self.font(), weight=QFont.Weight.DemiBold)
        title_width = QFontMetrics(bold).horizontalAdvance(title)
        hint_width = max(1, width - 2 - left - right - title_width - TRAY_GAP)
        hint_height = (
            QFontMetrics(self.font())
            .boundingRect(QRect(0, 0, hint_width, 10_000), Qt.TextFlag.TextWordWrap, hint)
            .height()
        )
        row = max(QFontMetrics(bold).height(), hint_height)
        # The cards' row: the tallest card, the scroll bar under it and the list's own room.
        cards = self._cards.tallest(self.font(), week.overdue) + SCROLL_BAR + 4
        border, spacing = 1, 2
        return 2 * border + top + row + spacing + cards + bottom

    # Drawing.

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        week = self.week
        layout = self.places(week)
        app = QApplication.instance()
        dark = app is not None and bool(app.property("darkTheme"))
        chrome = chrome_colours(dark)
        painter.fillRect(self.rect(), QColor(chrome["canvas"]))
        nav = QRect(0, layout.menu, NAVIGATION_WIDTH, layout.status.top() - layout.menu)
        painter.fillRect(nav, QColor(chrome["nav"]))
        painter.setPen(QPen(QColor(chrome["line"]), 1))
        painter.drawLine(nav.topRight(), nav.bottomRight())
        if not layout.dock.isEmpty():
            self._panel(painter, QRectF(layout.dock.adjusted(0, 0, -1, -6)), SURFACE, LINE)
        if layout.side is not None:
            self._panel(painter, QRectF(layout.side), SURFACE, LINE)
        self._paint_header(painter, layout, chrome)
        painter.setPen(QColor(chrome["ink"]))
        painter.drawText(
            layout.status.adjusted(6, 0, -6, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            translate("MainWindow", "Changes are saved as you make them."),
        )
        if week is not None:
            if layout.tray is not None:
                self._paint_tray(painter, week, layout.tray)
            self._paint_week(painter, week, layout.grid)
        painter.end()
        self.painted = True

    @staticmethod
    def _panel(painter: QPainter, rect: QRectF, fill: str, border: str) -> None:
        path = QPainterPath()
        path.addRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
        painter.fillPath(path, QColor(fill))
        painter.setPen(QPen(QColor(border), 1))
        painter.drawPath(path)

    def _paint_header(self, painter: QPainter, layout: Places, chrome: dict[str, str]) -> None:
        centred = int(Qt.AlignmentFlag.AlignCenter)
        for rect, text in layout.buttons:
            path = QPainterPath()
            path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
            painter.fillPath(path, QColor(chrome["button"]))
            painter.setPen(QPen(QColor(chrome["line"]), 1))
            painter.drawPath(path)
            painter.setPen(QColor(chrome["ink"]))
            painter.drawText(rect, centred, text)
        path = QPainterPath()
        path.addRoundedRect(QRectF(layout.plan_button), 6, 6)
        painter.fillPath(path, QColor(ACCENT))
        painter.setPen(QColor("#ffffff"))
        painter.setFont(derived_font(self.font(), weight=QFont.Weight.DemiBold))
        painter.drawText(layout.plan_button, centred, translate("WeekView", "+  Plan touch-point"))
        week = self.week
        if week is None:
            painter.setFont(self.font())
            return
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.setFont(self._title_font())
        painter.setPen(QColor(chrome["ink"]))
        painter.drawText(
            layout.title, flags, week_title(week.start, week.start + timedelta(days=6))
        )
        painter.setFont(self.font())
        painter.setPen(QColor(chrome["ink_soft"]))
        painter.drawText(layout.subtitle, flags, week_subtitle(week.start, week.statuses))

    def _paint_tray(self, painter: QPainter, week: FrameWeek, tray: QRect) -> None:
        self._panel(painter, QRectF(tray), OVERDUE_TINT, "#f2c9c2")
        left, top, right, _bottom = TRAY_MARGINS
        title, hint = overdue_title(week.overdue_count), overdue_hint()
        bold = derived_font(self.font(), weight=QFont.Weight.DemiBold)
        title_width = QFontMetrics(bold).horizontalAdvance(title)
        row = QRect(tray.left() + 1 + left, tray.top() + 1 + top, 0, 0)
        hint_rect = QRect(
            row.left() + title_width + TRAY_GAP,
            row.top(),
            max(1, tray.width() - 2 - left - right - title_width - TRAY_GAP),
            10_000,
        )
        hint_height = (
            QFontMetrics(self.font())
            .boundingRect(hint_rect, Qt.TextFlag.TextWordWrap, hint)
            .height()
        )
        row_height = max(QFontMetrics(bold).height(), hint_height)
        painter.setFont(bold)
        painter.setPen(QColor(OVERDUE))
        painter.drawText(
            QRect(row.left(), row.top(), title_width, row_height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            title,
        )
        painter.setFont(self.font())
        painter.setPen(QColor(INK_SOFT))
        hint_rect.setHeight(row_height)
        painter.drawText(
            hint_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | Qt.TextFlag.TextWordWrap,
            hint,
        )
        # The first cards, as the tray's list draws them.
        model = self._tray_cards
        fitting = max(1, (tray.width() - left - right) // TRAY_CARD_WIDTH + 1)
        option = QStyleOptionViewItem()
        option.font = self.font()
        card_top = row.top() + row_height + 2
        height = self._cards.tallest(self.font(), week.overdue)
        painter.save()
        painter.setClipRect(tray.adjusted(1 + left, 0, -1 - right, 0))
        for n in range(min(fitting, model.rowCount())):
            x = row.left() + n * TRAY_CARD_WIDTH
            option.rect = QRect(x, card_top, TRAY_CARD_WIDTH, height)
            self._cards.paint(painter, option, model.index(n, 0))
        painter.restore()

    def grid_measures(self, week: FrameWeek, area: QRect) -> tuple[Geometry, int, int]:
        """The hours' geometry in `area` (as the grid sizes them to show the working day), the
        head's height over them and how far down the hours start (the grid's scroll)."""
        line = QFontMetrics(self.font()).height()
        lanes = max([1, *(min(len(lane), LANE_ROWS) for lane in week.all_day)])
        head = 2 * line + 10 + lanes * (line + 6) + 6
        working = [h for h in week.hours if h[0] < h[1]] or [DEFAULT_HOURS]
        first, last = min(h[0] for h in working), max(h[1] for h in working)
        room = max(1, area.height() - head - 14)
        hour_height = max(
            MIN_HOUR_HEIGHT, min(MAX_HOUR_HEIGHT, room / max(1.0, (last - first) / 60))
        )
        geo = Geometry(area.width() - SCROLL_BAR, 7, hour_height)
        return geo, head, max(0, int(geo.y(first)) - 6)

    def _paint_week(self, painter: QPainter, week: FrameWeek, area: QRect) -> None:
        line = QFontMetrics(self.font()).height()
        geo, head, offset = self.grid_measures(week, area)
        lane_top, chip = 2 * line + 10, line + 6
        days = week.days
        painter.save()
        painter.translate(area.left(), area.top())
        self._paint_head(painter, week, geo, head, lane_top, chip)
        # The hours from the start of the working day, as the grid scrolls to them.
        painter.translate(0, head)
        visible = QRect(0, 0, geo.width, area.height() - head)
        painter.setClipRect(visible)
        painter.translate(0, -offset)
        exposed = QRectF(visible.translated(0, offset))
        shape = tuple(
            (hours if hours[0] < hours[1] else None, day == week.today)
            for day, hours in zip(days, week.hours, strict=True)
        )
        paint_backdrop(painter, geo, geo.height, shape, self.font(), exposed.toRect())
        minimum = line + 4
        for n, layout in enumerate(week.layouts):
            for p in layout.blocks:
                rect = block_rect(geo, n, p, minimum)
                entry = week.entries.get(p.key)
                if entry is not None and exposed.intersects(rect):
                    _paint_entry(painter, rect, entry, week, when=week.times.get(p.key))
            for overflow in layout.overflows:
                spot = Placed(-1, overflow.start, overflow.end, overflow.column, overflow.columns)
                rect = block_rect(geo, n, spot, minimum)
                if exposed.intersects(rect):
                    paint_overflow(
                        painter, rect, len(overflow.hidden), selected=False, visible_top=offset
                    )
        if week.now.date() in days:
            n = days.index(week.now.date())
            now_y = geo.y(week.now.hour * 60 + week.now.minute)
            painter.setPen(QPen(QColor(OVERDUE), 2))
            painter.drawLine(int(geo.day_x(n)), int(now_y), int(geo.day_x(n + 1)), int(now_y))
            painter.setBrush(QColor(OVERDUE))
            painter.drawEllipse(QRectF(geo.day_x(n) - 4, now_y - 4, 8, 8))
        painter.restore()

    def _paint_head(
        self, painter: QPainter, week: FrameWeek, geo: Geometry, head: int, lane_top: int, chip: int
    ) -> None:
        """The days (today marked, a day over the limit noted) and their all-day lanes, as the
        grid's head draws them."""
        bold = derived_font(self.font(), weight=QFont.Weight.DemiBold)
        fm_bold = QFontMetrics(bold)
        line = QFontMetrics(self.font()).height()
        painter.setPen(QPen(QColor(LINE), 1))
        painter.drawLine(0, head - 1, geo.width + SCROLL_BAR, head - 1)
        for n, day in enumerate(week.days):
            x, width = geo.day_x(n), geo.day_width
            if day == week.today:
                painter.fillRect(QRectF(x, 0, width, head), QColor(TODAY_TINT))
            painter.setFont(bold)
            painter.setPen(QColor(ACCENT if day == week.today else INK))
            painter.drawText(
                QRectF(x + 4, 4, width - 8, line),
                Qt.AlignmentFlag.AlignLeft,
                fitting_day_text(day, fm_bold, width - 8),
            )
            painter.setFont(self.font())
            if week.over_limit(n):
                painter.setPen(QColor(OVERDUE))
                note = over_limit_note(week.loads[n], week.capacity)
                painter.drawText(
                    QRectF(x + 4, 4 + line, width - 8, line), Qt.AlignmentFlag.AlignLeft, note
                )
            painter.setPen(QPen(QColor(LINE), 1))
            painter.drawLine(int(x), 0, int(x), head)
            lane = week.all_day[n]
            for row, key in enumerate(lane[:LANE_ROWS]):
                entry = week.entries.get(key)
                if entry is None:
                    continue
                more = len(lane) - LANE_ROWS if row == LANE_ROWS - 1 else 0
                room = fm_bold.horizontalAdvance(overflow_text(more)) + 12 if more > 0 else 0
                rect = QRectF(x + 2, lane_top + row * chip, width - 4 - room, chip - 2)
                _paint_entry(painter, rect, entry, week, show_time=False)
                if more > 0:
                    marker = QRectF(rect.right() + 2, rect.top(), room - 2, rect.height())
                    paint_overflow(painter, marker, more, selected=False, centred=True)


def _paint_entry(
    painter: QPainter,
    rect: QRectF,
    entry: AgendaEntry,
    week: FrameWeek,
    *,
    when: str | None = None,
    show_time: bool = True,
) -> None:
    """A block or an all-day chip, as the time grid draws it (never selected in the frame)."""
    overdue = entry.touchpoint.is_overdue(week.today)
    paint_block(
        painter, rect, entry, selected=False, overdue=overdue, when=when, show_time=show_time
    )
