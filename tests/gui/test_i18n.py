"""The GUI loads the translation for the user's locale and shows the lower layers' wording in it."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from planner.domain.errors import ValidationError
from planner.domain.model import CompanyKind
from planner.domain.text import QT_TRANSLATE_NOOP, joined
from planner.ui import display, i18n

GERMAN = {
    ("Label", "Dream client"): "Wunschkunde",
    ("Errors", "{value!r} is not a date"): "{value!r} ist kein Datum",
    ("Errors", "{kind} {name} has no contact"): "{kind} {name} hat keinen Kontakt",
    ("Errors", "Broken {field}"): "Kaputt {feld}",
    ("Test", "%n day(s)"): ("%n Tag", "%n Tage"),
}
ENGLISH = {("Test", "%n day(s)"): ("%n day", "%n days")}


def ts_file(language: str, messages: dict[tuple[str, str], str | tuple[str, str]]) -> str:
    """A Qt Linguist file with one context per message, as lrelease reads it."""
    body = []
    for (context, source), translation in messages.items():
        if isinstance(translation, tuple):
            forms = "".join(f"<numerusform>{f}</numerusform>" for f in translation)
            message = f'<message numerus="yes"><source>{source}</source>'
            message += f"<translation>{forms}</translation></message>"
        else:
            message = f"<message><source>{source}</source>"
            message += f"<translation>{translation}</translation></message>"
        body.append(f"<context><name>{context}</name>{message}</context>")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}" sourcelanguage="en">{"".join(body)}</TS>\n'
    )


@pytest.fixture
def catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A translations folder with German and the English plural forms, compiled by lrelease."""
    from PySide6 import __file__ as pyside

    lrelease = Path(pyside).parent / "lrelease"
    for name, source in (("de", GERMAN), ("en", ENGLISH)):
        ts = tmp_path / f"{i18n.CATALOGUE}_{name}.ts"
        ts.write_text(ts_file(name, source), encoding="utf-8")
        subprocess.run([str(lrelease), "-silent", str(ts)], check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    return tmp_path


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[Callable[[str], list[str]]]:
    """Install translators for a locale; they are removed after the test."""
    translators = []

    def install(locale: str) -> list[str]:
        translators.extend(i18n.install_translators(qapp, QLocale(locale)))
        return [Path(t.filePath()).name for t in translators]

    yield install
    i18n.remove_translators(qapp, translators)


def days(n: int) -> str:
    return QCoreApplication.translate("Test", "%n day(s)", None, n)


def test_a_german_desktop_gets_the_german_catalogue_and_qts_own(catalogues, installed) -> None:
    names = installed("de_DE")
    assert "nurture_planner_de.qm" in names
    assert any(n.startswith("qtbase_de") for n in names)
    assert i18n.label(CompanyKind.DREAM_CLIENT) == "Wunschkunde"
    assert days(1) == "1 Tag"
    assert days(3) == "3 Tage"


def test_a_language_without_a_translation_gets_english_plurals(catalogues, installed) -> None:
    names = installed("fr_FR")
    assert "nurture_planner_en.qm" in names
    assert "nurture_planner_de.qm" not in names
    assert i18n.label(CompanyKind.DREAM_CLIENT) == "Dream client"
    assert (days(1), days(2)) == ("1 day", "2 days")


def test_lower_layer_wording_is_rebuilt_in_the_language(catalogues, installed) -> None:
    installed("de_DE")
    error = ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{value!r} is not a date").format(value="2026-13-01")
    )
    assert str(error) == "'2026-13-01' is not a date"
    assert i18n.error_text(error) == "'2026-13-01' ist kein Datum"
    # A value that is wording itself is translated too; names stay as they are.
    nested = QT_TRANSLATE_NOOP("Errors", "{kind} {name} has no contact").format(
        kind=CompanyKind.DREAM_CLIENT.label, name="Acme"
    )
    assert i18n.text(nested) == "Wunschkunde Acme hat keinen Kontakt"
    assert i18n.text(joined("; ", [nested, "Acme"])) == "Wunschkunde Acme hat keinen Kontakt; Acme"
    assert i18n.text("Acme Corp") == "Acme Corp"


def test_a_translation_with_a_broken_field_falls_back_to_english(catalogues, installed) -> None:
    installed("de_DE")
    text = QT_TRANSLATE_NOOP("Errors", "Broken {field}").format(field="x")
    assert i18n.text(text) == "Broken x"


def test_plain_errors_show_their_message(catalogues, installed) -> None:
    installed("de_DE")
    assert i18n.error_text(ValidationError("plain words")) == "plain words"
    assert i18n.error_text(OSError(2, "No such file")) == "[Errno 2] No such file"


def test_the_shipped_german_translation_speaks_in_the_main_window(
    qtbot, qapp: QApplication, controller, week
) -> None:
    from planner.ui.main_window import MainWindow

    translators = i18n.install_translators(qapp, QLocale("de_DE"))
    try:
        assert "nurture_planner_de.qm" in [Path(t.filePath()).name for t in translators]
        window = MainWindow(controller, Path("/tmp/plan.db"))
        qtbot.addWidget(window)
        pages = [window.navigation.item(i).text() for i in range(window.navigation.count())]
        assert pages[:3] == ["Woche", "Accounts", "Kontakte"]
        assert window.menuBar().actions()[0].text() == "&Datei"
        assert i18n.label(CompanyKind.DREAM_CLIENT) == "Wunschkunde"
    finally:
        i18n.remove_translators(qapp, translators)


def test_counts_read_with_thousands_separators_like_other_numbers(
    qapp: QApplication, installed: Callable[[str], list[str]]
) -> None:
    before = QLocale()
    installed("en_US")
    try:
        QLocale.setDefault(QLocale.c())  # a desktop whose locale is C: no separators of its own
        display.install_number_format()
        counted = QCoreApplication.translate("DayColumn", "%Ln touch-point(s)", None, 1497)
        assert counted == "1,497 touch-points"
        assert display.number(1497) == "1,497"
    finally:
        QLocale.setDefault(before)
