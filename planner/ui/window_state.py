"""What the main window remembers between runs: geometry, splitters, columns, the view and week."""

from __future__ import annotations

import contextlib
from datetime import date, timedelta
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QSplitter, QStackedWidget

from planner.storage.private_files import make_private
from planner.ui.pages import Page


class _WeekShown(Protocol):
    """The week view as far as the saved state goes: the week it shows."""

    @property
    def start(self) -> date: ...

    def show_week_of(self, day: date) -> None: ...

    def is_compact(self) -> bool: ...

    def set_compact(self, compact: bool) -> None: ...


class StatefulWindow(Protocol):
    """What of the main window is saved and restored (the window's module is not imported:
    it imports this one)."""

    @property
    def pages(self) -> QStackedWidget: ...

    @property
    def plan_action(self) -> QAction: ...

    @property
    def plan_dock(self) -> QDockWidget: ...

    @property
    def week_view(self) -> _WeekShown: ...

    def saveGeometry(self) -> QByteArray: ...

    def restoreGeometry(self, geometry: QByteArray) -> bool: ...

    def saveState(self, version: int = 0) -> QByteArray: ...

    def restoreState(self, state: QByteArray, version: int = 0) -> bool: ...

    def current_page(self) -> Page: ...

    def show_page(self, page: Page) -> None: ...


@runtime_checkable
class _RemembersColumns(Protocol):
    """A page whose table's columns (widths, hidden ones, sort) are kept between runs."""

    def columns_state(self) -> QByteArray: ...

    def restore_columns(self, state: QByteArray) -> None: ...


GROUP = "mainWindow"


def _column_pages(pages: QStackedWidget, only: int | None = None) -> dict[str, _RemembersColumns]:
    """The built pages that remember their columns, keyed like their splitters."""
    found: dict[str, _RemembersColumns] = {}
    for number in range(pages.count()):
        page = pages.widget(number)
        if only is not None and number != only:
            continue
        if isinstance(page, _RemembersColumns):
            found[page.objectName() or f"page{number}"] = page
    return found


def _splitters(pages: QStackedWidget, only: int | None = None) -> dict[str, QSplitter]:
    """Every splitter in the window (or on page `only`), keyed by page and position.

    The keys are stable across runs; a page not built yet has none, so what was saved for it
    stays in the settings until it is built.
    """
    found: dict[str, QSplitter] = {}
    for number in range(pages.count()):
        page = pages.widget(number)
        if page is None or (only is not None and number != only):
            continue
        name = page.objectName() or f"page{number}"
        for nth, splitter in enumerate(page.findChildren(QSplitter)):
            found[f"{name}/{splitter.objectName() or nth}"] = splitter
    return found


def restore_page_splitters(window: StatefulWindow, settings: QSettings, number: int) -> None:
    """Bring back the splitters of page `number`, just built on its first visit."""
    settings.beginGroup(GROUP)
    try:
        _restore_splitters(_splitters(window.pages, number), settings)
        _restore_columns(_column_pages(window.pages, number), settings)
    finally:
        settings.endGroup()


def _restore_splitters(splitters: dict[str, QSplitter], settings: QSettings) -> None:
    for key, splitter in splitters.items():
        splitter_state = _bytes(settings.value(f"splitters/{key}"))
        if splitter_state is not None:
            splitter.restoreState(splitter_state)


def _restore_columns(pages: dict[str, _RemembersColumns], settings: QSettings) -> None:
    for key, page in pages.items():
        columns = _bytes(settings.value(f"columns/{key}"))
        if columns is not None:
            page.restore_columns(columns)


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes | bytearray) and value:
        return QByteArray(bytes(value))
    return None


def default_size(available: QRect) -> QSize:
    """The window's size before it has one of its own: most of the screen, up to 1680×1050."""
    return QSize(min(1680, int(available.width() * 0.94)), min(1050, available.height() - 40))


def saved_geometry(settings: QSettings) -> QByteArray | None:
    """The window's place and size as saved last, if any."""
    return _bytes(settings.value(f"{GROUP}/geometry"))


def saved_page(settings: QSettings) -> Page:
    """The page the window opens on: the one saved last (the week when none was)."""
    value = settings.value(f"{GROUP}/page")
    try:
        number = int(value) if isinstance(value, int | str) else 0
        return Page(number)
    except ValueError:
        return Page.WEEK


def saved_week(settings: QSettings) -> date | None:
    """A day of the week shown last, if one was saved."""
    value = settings.value(f"{GROUP}/week")
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return date.fromisoformat(value)
    return None


def saved_dock_width(settings: QSettings) -> int | None:
    """How wide "Plan my week" was when the window last closed with it shown, if known."""
    value = settings.value(f"{GROUP}/planDockWidth")
    try:
        width = int(value) if isinstance(value, int | str) else 0
    except ValueError:
        return None
    return width if width > 0 else None


def saved_flag(settings: QSettings, key: str, default: bool) -> bool:
    """A yes/no the window saved (`weekCompact`, `planPanel`), or `default`."""
    value = settings.value(f"{GROUP}/{key}")
    return value in (True, "true") if isinstance(value, bool | str) else default


def save_week_layout(week_view: _WeekShown, settings: QSettings) -> None:
    """Whether the week shows as compact card columns or as the time grid."""
    settings.setValue(f"{GROUP}/weekCompact", week_view.is_compact())


def restore_week_layout(week_view: _WeekShown, settings: QSettings) -> None:
    """Show the week in the layout saved last (the time grid when none was saved)."""
    if settings.value(f"{GROUP}/weekCompact") is not None:
        week_view.set_compact(saved_flag(settings, "weekCompact", False))


def save_window_state(window: StatefulWindow, settings: QSettings) -> None:
    """Write the window's geometry, splitters, view and week to `settings` (synced at once)."""
    settings.beginGroup(GROUP)
    try:
        settings.setValue("geometry", window.saveGeometry())
        settings.setValue("state", window.saveState())
        settings.setValue("page", int(window.current_page()))
        settings.setValue("week", window.week_view.start.isoformat())
        settings.setValue("planPanel", window.plan_action.isChecked())
        if window.plan_dock.isVisible():  # its width for the next start's first frame
            settings.setValue("planDockWidth", window.plan_dock.width())
        for key, splitter in _splitters(window.pages).items():
            # A page never shown has no sizes yet; its saved state would squeeze it next time.
            if sum(splitter.sizes()) > 0:
                settings.setValue(f"splitters/{key}", splitter.saveState())
        for key, page in _column_pages(window.pages).items():
            settings.setValue(f"columns/{key}", page.columns_state())
    finally:
        settings.endGroup()
    save_week_layout(window.week_view, settings)
    settings.sync()
    # Qt writes the file with the umask's mode; it holds the rep's layout and recent state.
    make_private(Path(settings.fileName()))


def restore_window_state(window: StatefulWindow, settings: QSettings) -> None:
    """Bring back what `save_window_state` wrote; anything missing or unreadable is skipped."""
    geometry = saved_geometry(settings)
    if geometry is not None:
        window.restoreGeometry(geometry)
    settings.beginGroup(GROUP)
    try:
        state = _bytes(settings.value("state"))
        if state is not None:
            window.restoreState(state)
        _restore_splitters(_splitters(window.pages), settings)
        _restore_columns(_column_pages(window.pages), settings)
    finally:
        settings.endGroup()
    # The dock's own state cannot tell "hidden by the rep" from "hidden off the week page".
    if settings.value(f"{GROUP}/planPanel") is not None:
        window.plan_action.setChecked(saved_flag(settings, "planPanel", True))
    saved = saved_week(settings)
    shown = window.week_view.start
    # The week already shown (the usual case) is not read a second time.
    if saved is not None and not shown <= saved < shown + timedelta(days=7):
        window.week_view.show_week_of(saved)
    restore_week_layout(window.week_view, settings)
    # Last: showing a page builds it, and it reads its own splitters.
    if settings.value(f"{GROUP}/page") is not None:
        window.show_page(saved_page(settings))
