"""Reading an import file: size and kind checks, the encoding, and telling vCard from CSV."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from planner.domain.imports import ImportFileError
from planner.interchange.detect import ImportFormat, decode, looks_like_vcard, read_file

CSV = "First Name,Last Name\nJörg,Müller\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (CSV.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + CSV.encode("utf-8"), "utf-8-sig"),
        (CSV.encode("utf-16"), "utf-16"),
        (CSV.encode("utf-16-le"), "utf-16-le"),
        (CSV.encode("utf-16-be"), "utf-16-be"),
        (CSV.encode("cp1252"), "cp1252"),
    ],
)
def test_the_encoding_is_recognised_and_the_text_is_the_same(data: bytes, encoding: str) -> None:
    assert decode(data) == (CSV, encoding)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b" \r\n\x00", "empty"),
        (b"PK\x03\x04rest", "ZIP archive"),
        (b"\xd0\xcf\x11\xe0rest", "old Excel"),
        (b"name\n\x01\x02\x03", "control character 0x01 on line 2"),
        (codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"x", "cut off"),
    ],
)
def test_files_that_are_not_contacts_are_refused_in_words(data: bytes, words: str) -> None:
    with pytest.raises(ImportFileError, match=words):
        decode(data)


def test_read_file_refuses_folders_pipes_missing_and_large_files(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="is a folder"):
        read_file(tmp_path)
    with pytest.raises(ImportFileError, match="does not exist"):
        read_file(tmp_path / "nope.csv")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(ImportFileError, match="not a regular file"):
        read_file(fifo)
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * (3 * 1024 * 1024))
    with pytest.raises(ImportFileError, match="over 2 MB"):
        read_file(big, max_bytes=2 * 1024 * 1024)
    small = tmp_path / "small.csv"
    small.write_bytes(b"a,b\n")
    assert read_file(small) == b"a,b\n"


def test_a_vcard_is_told_by_its_first_line() -> None:
    assert looks_like_vcard("\n\n  begin:vcard\r\nVERSION:3.0")
    assert not looks_like_vcard("First Name,BEGIN:VCARD")


def test_every_format_has_a_label() -> None:
    assert all(str(f.label) for f in ImportFormat)
    assert ImportFormat.AUTO.label == "Detect from the content"
