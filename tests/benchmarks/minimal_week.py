"""A yardstick for the cold start: the least any PySide6 program must do to show this week.

It reads the week's touch-points (with their accounts, people and content, as the planner's
week does) from the plan file with sqlite3, and paints each that fits in one readable column a
day with its title — no planner code, no store, no layout rules, no menus or side panels. It
quits after its first paint, like the bare window and the planner under the benchmark.

    python minimal_week.py PLAN.db 2026-03-02
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

WEEK = """
SELECT t.id, t.company_id, t.contact_id, t.day, t.time, t.duration_minutes, t.tz, t.channel,
       t.purpose, t.status, t.title, t.notes, t.reason, t.outcome, t.completed_at, t.content_id,
       t.revision, t.updated_at, t.plan_key, co.name, co.kind,
       coalesce(trim(ct.first_name || ' ' || ct.last_name), ''), coalesce(ci.title, '')
FROM touchpoints t
JOIN companies co ON co.id = t.company_id
LEFT JOIN contacts ct ON ct.id = t.contact_id
LEFT JOIN content_items ci ON ci.id = t.content_id
WHERE t.day BETWEEN ? AND ?
ORDER BY t.day, t.time IS NOT NULL, t.time, t.id
"""
FIRST_HOUR = 7
PX_PER_MINUTE = 0.8


class Week(QWidget):
    """Seven day columns; a touch-point is a tinted block with its title at its time."""

    def __init__(self, monday: date, rows: list[tuple[object, ...]]) -> None:
        super().__init__()
        self.days = [(monday + timedelta(days=n)).isoformat() for n in range(7)]
        self.rows = rows

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        width = self.width() / 7
        bottom = [float("-inf")] * 7
        for row in self.rows:
            day, at, minutes, title = row[3], row[4], row[5], row[10]
            column = self.days.index(str(day))
            start = 0 if at is None else int(str(at)[:2]) * 60 + int(str(at)[3:5])
            top = (start - FIRST_HOUR * 60) * PX_PER_MINUTE
            height = max(int(minutes or 30), 15) * PX_PER_MINUTE
            if top > self.height() or top < bottom[column]:
                continue  # one readable column a day: what overlaps is left out
            bottom[column] = top + height
            rect = QRectF(column * width, top, width - 2, height)
            painter.fillRect(rect, QColor("#d8efe4"))
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, str(title)
            )


def main() -> int:
    app = QApplication(sys.argv[:1])
    monday = date.fromisoformat(sys.argv[2])
    conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    rows = conn.execute(WEEK, [monday.isoformat(), (monday + timedelta(days=6)).isoformat()])
    window = QMainWindow()
    window.setCentralWidget(Week(monday, rows.fetchall()))
    window.resize(1280, 800)

    class Quit(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is window and event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, app.quit)
            return False

    quit_filter = Quit()
    window.installEventFilter(quit_filter)
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
