"""The GUI's languages: loading the translations for the user's locale, and translated labels.

Every user-visible text of the GUI goes through Qt's translation functions:

* in a QObject subclass, `self.tr("Plan my week")` (the context is the class the call is
  written in, also when a subclass calls it);
* elsewhere, `QCoreApplication.translate("Context", "Text")` or this module's `translate`;
* wording kept in tables (column headers, menu specs) is marked with `QT_TRANSLATE_NOOP`
  where it is written and translated where it is shown;
* the labels of the domain's enums (account kinds, channels, statuses…) are marked in the
  domain (planner.domain.text) and shown through `label()` here.

Texts with values use named `str.format` fields: `self.tr("Moved {name}").format(name=…)`,
so a translation can reorder them. Counts are Qt plurals, `self.tr("%Ln day(s)", "", n)`, and
only that form: lupdate makes a plural message of tr() in a class, not of translate().
Numbers, money and dates are formatted by planner.ui.display with the locale's conventions.

`packaging/translations` extracts the marked texts into resources/translations/*.ts with
lupdate and compiles them with lrelease; `install_translators` loads the compiled files for
the locale at start-up, together with Qt's own translations of its standard dialogs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from planner.domain.text import LABEL_CONTEXT, Template, Text
from planner.paths import resource

CATALOGUE = "nurture_planner"
"""The base name of the planner's translation files: nurture_planner_de.qm, …"""

_QT_CATALOGUES = ("qtbase",)
ENGLISH = QLocale.Language.English


class Labelled(Protocol):
    @property
    def label(self) -> str: ...


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The translation of `text` in `context` (the text itself when there is none)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def label(value: Labelled) -> str:
    """An enum value's label (e.g. CompanyKind.DREAM_CLIENT → "Dream client"), translated."""
    return QCoreApplication.translate(LABEL_CONTEXT, value.label)


def text(value: str) -> str:
    """Wording from the lower layers (planner.domain.text) in the user's language.

    A Text is made again from its translated template, its values translated in turn; a
    Template is translated; any other string (a name, a note) is shown as it is.
    """
    if isinstance(value, Text):
        pattern = text(value.template)
        args = [text(a) if isinstance(a, str) else a for a in value.args]
        values = {k: text(v) if isinstance(v, str) else v for k, v in value.values.items()}
        try:
            return pattern.format(*args, **values)
        except (IndexError, KeyError, ValueError):
            return str(value)  # a translation with a broken field: the English is still right
    if isinstance(value, Template):
        return value if value.context is None else translate(value.context, value)
    return value


def error_text(error: BaseException) -> str:
    """An error's message as text() shows it; the message is the error's first argument."""
    message = error.args[0] if len(error.args) == 1 else None
    return text(message) if isinstance(message, str) else str(error)


def translations_dir() -> Path:
    return resource("translations")


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load the planner's and Qt's translations for `locale` (default: the user's) into `app`.

    A locale the planner has no translation for keeps the English texts, with the English
    plural forms ("1 touch-point", "3 touch-points"). Returns the installed translators; they
    are children of `app`, so they live as long as it does.
    """
    locale = locale if locale is not None else QLocale()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(translations_dir())
    installed = [t for name in _QT_CATALOGUES if (t := _load(app, locale, name, qt_dir))]
    own = _load(app, locale, CATALOGUE, ours) or _load(app, QLocale(ENGLISH), CATALOGUE, ours)
    if own is not None:
        installed.append(own)
    return installed


def _load(app: QCoreApplication, locale: QLocale, name: str, folder: str) -> QTranslator | None:
    translator = QTranslator(app)
    # With the "_" prefix Qt tries name_de_DE, name_de, … for each of the locale's languages;
    # it never falls back to a file without a language, so a locale with none loads nothing.
    if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
        return translator
    translator.deleteLater()
    return None


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
