"""A month calendar that marks days with touch-points and the visible week; a click picks a day."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from planner.ui.theme import ACCENT


def _py(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class MonthView(QCalendarWidget):
    """QCalendarWidget with a dot under each day that has touch-points.

    `day_picked(date)` is emitted when the person clicks a day; `page_shown(first, last)` asks
    for the marks of the days the grid shows, so only those are ever queried.
    """

    day_picked = Signal(object)
    page_shown = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthView")
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        weekend = QTextCharFormat()
        weekend.setForeground(QColor("#7b8794"))
        self.setWeekdayTextFormat(Qt.DayOfWeek.Saturday, weekend)
        self.setWeekdayTextFormat(Qt.DayOfWeek.Sunday, weekend)
        self.setMinimumHeight(230)
        self._marks: dict[date, int] = {}
        self._week: tuple[date, date] | None = None
        self.clicked.connect(self._on_self_clicked)
        self.currentPageChanged.connect(self._on_self_current_page_changed)

    def visible_range(self) -> tuple[date, date]:
        """The first and last day the 6×7 grid can show for the current page."""
        first = date(self.yearShown(), self.monthShown(), 1)
        first_dow = self.firstDayOfWeek().value - 1  # Qt: Monday = 1 … Sunday = 7
        start = first - timedelta(days=(first.weekday() - first_dow) % 7)
        return start, start + timedelta(days=41)

    def set_marks(self, marks: dict[date, int]) -> None:
        self._marks = dict(marks)
        self.updateCells()

    def set_week(self, first: date, last: date) -> None:
        self._week = (first, last)
        if not (first.year == self.yearShown() and first.month == self.monthShown()):
            self.setCurrentPage(first.year, first.month)
        self.updateCells()

    def request_marks(self) -> None:
        self.page_shown.emit(*self.visible_range())

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        day = _py(qdate)
        in_week = self._week is not None and self._week[0] <= day <= self._week[1]
        super().paintCell(painter, rect, qdate)
        if in_week and qdate != self.selectedDate():
            tint = QColor(ACCENT)
            tint.setAlpha(36)
            painter.fillRect(rect, tint)
        count = self._marks.get(day, 0)
        if count:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(ACCENT))
            dots = min(count, 3)
            radius = 2.0
            spacing = 6.0
            x0 = rect.center().x() - (dots - 1) * spacing / 2
            y = rect.bottom() - 3.0
            for i in range(dots):
                painter.drawEllipse(QPointF(x0 + i * spacing, y), radius, radius)
            painter.restore()

    def _on_self_clicked(self, qdate: QDate) -> None:
        self.day_picked.emit(_py(qdate))

    def _on_self_current_page_changed(self, year: int, month: int) -> None:
        self.request_marks()
