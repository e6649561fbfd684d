"""How the views show values: QLocale numbers, money, percentages, dates, account-kind colours."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPixmap

from planner.domain.model import AgendaEntry, Channel, CompanyKind, TouchPoint
from planner.domain.travel import local_time, planned_elsewhere
from planner.ui.i18n import label, translate

NO_VALUE = "—"

KIND_COLOURS: dict[CompanyKind, str] = {
    CompanyKind.DREAM_CLIENT: "#8e44ad",
    CompanyKind.CUSTOMER: "#27ae60",
    CompanyKind.PROSPECT: "#2d7dd2",
    CompanyKind.FORMER_CUSTOMER: "#95a5a6",
}

_icons: dict[str, QIcon] = {}


def locale() -> QLocale:
    """The default locale with thousands separators on (the C locale leaves them out)."""
    loc = QLocale()
    loc.setNumberOptions(loc.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return loc


def install_number_format() -> None:
    """Make the default locale write thousands separators, so that Qt's counted texts (%Ln)
    read like every other number on screen: "1,497 touch-points" (the C locale leaves them out)."""
    QLocale.setDefault(locale())


def number(value: float | None, decimals: int = 0) -> str:
    if value is None:
        return NO_VALUE
    return locale().toString(float(value), "f", decimals)


def money(value: float | None) -> str:
    """An amount in whole units with thousands separators and the locale's currency symbol."""
    if value is None:
        return NO_VALUE
    loc = locale()
    symbol = loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    if not symbol:
        return loc.toString(float(value), "f", 0)
    return loc.toCurrencyString(float(value), symbol, 0)


def percent(value: float | None, decimals: int = 0) -> str:
    """A percentage given in percent (e.g. a margin of 35.0)."""
    if value is None:
        return NO_VALUE
    # Where the sign goes (and whether a space comes before it) differs between languages.
    amount = locale().toString(float(value), "f", decimals)
    return translate("Display", "{value} %").format(value=amount)


def fraction_percent(value: float | None) -> str:
    """A fraction (0…1) shown as a percentage, e.g. share of wallet."""
    return NO_VALUE if value is None else percent(value * 100.0)


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def day(value: date | None) -> str:
    """A date with the locale's month name: unambiguous in every locale."""
    if value is None:
        return NO_VALUE
    return locale().toString(qdate(value), "d MMM yyyy")


def short_day(value: date | None) -> str:
    """A weekday, day and month in the locale's words, e.g. "Mon 23 Nov"."""
    if value is None:
        return NO_VALUE
    return locale().toString(qdate(value), "ddd d MMM")


def day_text(value: date, fmt: str = "ddd d MMM") -> str:
    """A date as the locale writes it in `fmt`, e.g. "Mon 23 Nov"."""
    return QLocale().toString(qdate(value), fmt)


def first_weekday() -> int:
    """The locale's first day of the week, 0 for Monday … 6 for Sunday."""
    return int(QLocale().firstDayOfWeek().value) - 1


def fitting_day_text(day: date, fm: QFontMetrics, width: float) -> str:
    """The day's date in the longest form that fits `width` in the font of `fm`."""
    return next(
        (
            shown
            for fmt in ("ddd d MMM", "ddd d", "d")
            if fm.horizontalAdvance(shown := day_text(day, fmt)) <= width
        ),
        day_text(day, "d"),
    )


def range_ends(first: date, last: date) -> tuple[str, str]:
    """Two days as a range's ends without saying twice what they share: ("23", "29 November
    2026"), ("30 Nov", "6 Dec 2026") or ("28 Dec 2026", "3 Jan 2027")."""
    if first.year != last.year:
        return day_text(first, "d MMM yyyy"), day_text(last, "d MMM yyyy")
    if first.month != last.month:
        return day_text(first, "d MMM"), day_text(last, "d MMM yyyy")
    return day_text(first, "d"), day_text(last, "d MMMM yyyy")


def clock_text(at: time) -> str:
    """A time of day as the locale writes it, e.g. "10:00"."""
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def time_text(entry: AgendaEntry) -> str:
    """The start on the laptop's current clock (travelling moves it), or "All day"."""
    at = local_time(entry.touchpoint)
    if at is None:
        return translate("WeekModel", "All day")
    return clock_text(at)


def elsewhere_text(tp: TouchPoint) -> str:
    """ "10:00 in New York" for a touch-point planned in a zone that keeps another clock."""
    elsewhere = planned_elsewhere(tp)
    if elsewhere is None:
        return ""
    at, place = elsewhere
    return translate("WeekModel", "{time} in {place}").format(time=clock_text(at), place=place)


def title_text(entry: AgendaEntry) -> str:
    """A touch-point's headline: the title, or what kind of touch it is when it has none."""
    tp = entry.touchpoint
    if tp.title:
        return tp.title
    if tp.channel is Channel.CONTENT and entry.content_title:
        return translate("WeekModel", "Send “{title}”").format(title=entry.content_title)
    if entry.contact_name:
        return translate("WeekModel", "{channel} with {name}").format(
            channel=label(tp.channel), name=entry.contact_name.split()[0]
        )
    return label(tp.channel)


def kind_colour(kind: CompanyKind) -> QColor:
    return QColor(KIND_COLOURS[kind])


def kind_icon(kind: CompanyKind) -> QIcon:
    """A small filled dot in the kind's colour (always shown beside the kind's name)."""
    icon = _icons.get(kind)
    if icon is None:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(kind_colour(kind))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        icon = _icons[kind] = QIcon(pixmap)
    return icon
