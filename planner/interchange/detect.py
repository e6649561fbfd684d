"""Reading an import file safely: size limit, binary sniffing, encodings, and the format inside."""

from __future__ import annotations

import codecs
import re
import stat
from enum import StrEnum
from pathlib import Path

from planner.domain.imports import ImportFileError
from planner.domain.text import QT_TRANSLATE_NOOP

MAX_BYTES = 20 * 1024 * 1024
"""Larger files are refused: contact exports this size are photo-laden vCards or the wrong file."""


class ImportFormat(StrEnum):
    """The kinds of file the importer reads; AUTO means "look at the content"."""

    AUTO = "auto"
    VCARD = "vcard"
    LINKEDIN = "linkedin"
    GOOGLE = "google"
    OUTLOOK = "outlook"
    PLANNER = "planner"
    CSV = "csv"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    ImportFormat.AUTO: QT_TRANSLATE_NOOP("Label", "Detect from the content"),
    ImportFormat.VCARD: QT_TRANSLATE_NOOP("Label", "vCard (.vcf)"),
    ImportFormat.LINKEDIN: QT_TRANSLATE_NOOP("Label", "LinkedIn connections (CSV)"),
    ImportFormat.GOOGLE: QT_TRANSLATE_NOOP("Label", "Google Contacts (CSV)"),
    ImportFormat.OUTLOOK: QT_TRANSLATE_NOOP("Label", "Outlook contacts (CSV)"),
    ImportFormat.PLANNER: QT_TRANSLATE_NOOP("Label", "Nurture Planner CSV"),
    ImportFormat.CSV: QT_TRANSLATE_NOOP("Label", "Other CSV (map the columns)"),
}

_MAGIC = (
    (
        b"PK\x03\x04",
        QT_TRANSLATE_NOOP(
            "Import",
            "The file is a ZIP archive or an Excel/Numbers workbook, not contacts in vCard or "
            "CSV format; save it as CSV first.",
        ),
    ),
    (
        b"\xd0\xcf\x11\xe0",
        QT_TRANSLATE_NOOP(
            "Import",
            "The file is an old Excel or Word file, not contacts in vCard or CSV format; "
            "save it as CSV first.",
        ),
    ),
    (
        b"%PDF",
        QT_TRANSLATE_NOOP(
            "Import", "The file is a PDF document, not contacts in vCard or CSV format."
        ),
    ),
    (
        b"\x89PNG",
        QT_TRANSLATE_NOOP(
            "Import", "The file is a PNG image, not contacts in vCard or CSV format."
        ),
    ),
    (
        b"\xff\xd8\xff",
        QT_TRANSLATE_NOOP(
            "Import", "The file is a JPEG image, not contacts in vCard or CSV format."
        ),
    ),
    (
        b"GIF8",
        QT_TRANSLATE_NOOP(
            "Import", "The file is a GIF image, not contacts in vCard or CSV format."
        ),
    ),
    (
        b"SQLite format 3\x00",
        QT_TRANSLATE_NOOP(
            "Import", "The file is an SQLite database, not contacts in vCard or CSV format."
        ),
    ),
    (
        b"\x1f\x8b",
        QT_TRANSLATE_NOOP(
            "Import", "The file is a gzip archive, not contacts in vCard or CSV format."
        ),
    ),
)
"""The first bytes of files people pick by mistake, and what to tell them."""
_EMPTY = QT_TRANSLATE_NOOP("Import", "The file is empty.")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, or an ImportFileError for a missing, unreadable or too large file."""
    try:
        if path.is_dir():
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Import", "{path} is a folder, not a file.").format(path=path)
            )
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # A FIFO would wait for a writer forever; a device is never a contacts file.
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{path} is not a regular file (it is a pipe, a device or a socket); "
                    "choose a file.",
                ).format(path=path)
            )
        size = info.st_size
        if size > max_bytes:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "{file} is {size} MB; files over {limit} MB are not imported "
                    "(export without photos, or split it).",
                ).format(
                    file=path.name, size=round(size / 1024 / 1024), limit=_megabytes(max_bytes)
                )
            )
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{path} does not exist.").format(path=path)
        ) from None
    except PermissionError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{path} cannot be read; check its permissions.").format(
                path=path
            )
        ) from None
    except OSError as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{path} cannot be read: {error}.").format(
                path=path, error=error.strerror or str(error)
            )
        ) from None
    if len(data) > max_bytes:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "{file} is larger than {limit} MB.").format(
                file=path.name, limit=_megabytes(max_bytes)
            )
        )
    return data


def _megabytes(size: int) -> int:
    return size // 1024 // 1024


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes look like mostly-ASCII UTF-16 text."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.4 * half and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.4 * half and odd.count(0) == 0:
        return "utf-16-be"
    return None


def decode(data: bytes, max_bytes: int = MAX_BYTES) -> tuple[str, str]:
    """The text of an import file and the encoding it was read with.

    UTF-8 (with or without BOM) and UTF-16 (BOM or not) are recognised; anything else that is
    not valid UTF-8 is read as Windows-1252, which is what older Outlook exports use.
    """
    if len(data) > max_bytes:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Import", "The file is larger than {limit} MB.").format(
                limit=_megabytes(max_bytes)
            )
        )
    if not data.strip(b" \t\r\n\x00\x1a") or data in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE):
        raise ImportFileError(_EMPTY)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ImportFileError(what)
    encoding: str
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8-sig", data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, body = "utf-16", data
    else:
        encoding, body = _utf16_without_bom(data[:4096]) or "utf-8", data
    if encoding == "utf-16" and len(body) % 2:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import", "The file is cut off: it is UTF-16 text with an odd number of bytes."
            )
        )
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as error:
        if encoding != "utf-8":
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Import", "The file is not valid {encoding} text (byte {byte})."
                ).format(encoding=encoding.upper(), byte=error.start + 1)
            ) from None
        if b"\x00" in body:
            raise _binary(body, body.index(b"\x00")) from None
        encoding = "cp1252"
        text = body.decode("cp1252", errors="replace")
    text = text.removeprefix("\ufeff").rstrip("\x1a")
    bad = _CONTROL.search(text)
    if bad is not None:
        line = text.count("\n", 0, bad.start()) + 1
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Import",
                "The file holds binary data (control character {code} on line {line}); "
                "it is not a vCard or CSV file.",
            ).format(code=f"{ord(bad.group()):#04x}", line=line)
        )
    if not text.strip():
        raise ImportFileError(_EMPTY)
    return text, encoding


def _binary(data: bytes, offset: int) -> ImportFileError:
    line = data.count(b"\n", 0, offset) + 1
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "Import",
            "The file holds binary data (a zero byte on line {line}); "
            "it is not a vCard or CSV file.",
        ).format(line=line)
    )


def looks_like_vcard(text: str) -> bool:
    """True when the first non-blank line opens a vCard."""
    head = text.lstrip()[:64].upper()
    return head.startswith("BEGIN:VCARD") or head.startswith("BEGIN: VCARD")
