"""Choosing a file to import, and the names of the formats and encodings it can be read in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from planner.domain.text import QT_TRANSLATE_NOOP
from planner.interchange.detect import ImportFormat
from planner.ui.i18n import translate

FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "Contacts and accounts (*.vcf *.vcard *.csv *.txt);;vCard (*.vcf *.vcard);;"
    "CSV (*.csv *.txt);;All files (*)",
)


FORMATS = (
    ImportFormat.AUTO,
    ImportFormat.VCARD,
    ImportFormat.LINKEDIN,
    ImportFormat.GOOGLE,
    ImportFormat.OUTLOOK,
    ImportFormat.PLANNER,
    ImportFormat.CSV,
)


_ENCODINGS = {
    "utf-8": QT_TRANSLATE_NOOP("ImportDialog", "UTF-8"),
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportDialog", "UTF-8 (with BOM)"),
    "utf-16": QT_TRANSLATE_NOOP("ImportDialog", "UTF-16"),
    "utf-16-le": QT_TRANSLATE_NOOP("ImportDialog", "UTF-16 LE"),
    "utf-16-be": QT_TRANSLATE_NOOP("ImportDialog", "UTF-16 BE"),
    "cp1252": QT_TRANSLATE_NOOP("ImportDialog", "Windows-1252"),
}


def choose_import_file(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Ask for a vCard or CSV file with the platform's own file dialog."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("ImportDialog", "Import contacts or accounts"),
        str(start or Path.home()),
        translate("ImportDialog", FILE_FILTER),
    )
    return Path(name) if name else None


def encoding_label(encoding: str) -> str:
    """How an encoding is named in the dialog, translated (unknown ones upper-cased)."""
    known = _ENCODINGS.get(encoding)
    return translate("ImportDialog", known) if known else encoding.upper()
