"""Pages of HTML into one PDF with Qt's own writer, each page shrunk until it fits on one sheet."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from planner.domain.errors import PlannerError
from planner.interchange.briefing import Brief
from planner.nurture.trip import TripPlan
from planner.ui.report.pages import brief_html, day_sheet_html

RESOLUTION = 300
MARGIN_MM = 15.0
# Tried in turn until the page fits; the smallest still prints legibly.
POINT_SIZES = (10.0, 9.0, 8.0, 7.0, 6.5)


def ensure_gui_application() -> QGuiApplication:
    """The running application, or an offscreen one for the command line (fonts need it).

    A QApplication rather than a bare QGuiApplication, so that widgets can still be made
    later in the same process (the GUI, or tests after a command-line run).
    """
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    assert isinstance(app, QGuiApplication)
    return app


def _document(html: str, writer: QPdfWriter, size: QSizeF, points: float) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(points)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    doc.setPageSize(size)
    return doc


def write_pages(pages: Sequence[str], path: Path, title: str = "") -> None:
    """Write each HTML page on a sheet of its own (A4); raises PlannerError if it cannot."""
    ensure_gui_application()
    if not pages:
        raise PlannerError(QGuiApplication.translate("Brief", "There is nothing to print."))
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Nurture Planner")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise PlannerError(
            QGuiApplication.translate("Brief", "Cannot write {path}.").format(path=path)
        )
    try:
        rect = writer.pageLayout().paintRectPixels(RESOLUTION)
        size = QSizeF(rect.width(), rect.height())
        for number, html in enumerate(pages):
            if number:
                writer.newPage()
            for points in POINT_SIZES:
                doc = _document(html, writer, size, points)
                if doc.pageCount() <= 1:
                    break
            # Still too long at the smallest size: the first sheet is printed, the rest cut.
            doc.setPageSize(QSizeF(size.width(), 1e9))
            painter.save()
            painter.setClipRect(0, 0, int(size.width()), int(size.height()))
            doc.drawContents(painter)
            painter.restore()
    finally:
        painter.end()


def write_brief(brief: Brief, path: Path) -> None:
    """One visit brief as a one-page PDF."""
    write_pages([brief_html(brief)], path, brief.company.name)


def write_trip_pack(plan: TripPlan, briefs: Sequence[Brief], path: Path) -> None:
    """A day sheet per day, each followed by the briefs of that day's visits."""
    by_day: dict[object, list[Brief]] = {}
    for brief in briefs:
        by_day.setdefault(brief.touchpoint.day, []).append(brief)
    pages: list[str] = []
    for route in plan.days:
        pages.append(day_sheet_html(plan, route))
        pages.extend(brief_html(b) for b in by_day.get(route.day, []))
    write_pages(pages, path, plan.request.base_label)
