"""Bad files get one clear message and change nothing; bad rows are reported by line."""

from __future__ import annotations

import pytest

from planner.domain.errors import PlannerError
from planner.domain.imports import ImportCancelledError, ImportFileError
from planner.domain.model import Company
from planner.interchange import detect
from planner.interchange.detect import ImportFormat
from planner.interchange.importer import ImportSource, commit_import, plan_import

from ._import_support import dump, sample


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("bad_empty.csv", "bad_empty.csv: The file is empty."),
        ("bad_binary.vcf", "binary data"),
        ("bad_excel.csv", "Excel"),
        ("bad_truncated.vcf", "cut off: vCard 2 (line 6) has no END:VCARD"),
        ("bad_unclosed_quote.csv", "cut off: a quoted value opened on line 2 never closes"),
    ],
)
def test_unimportable_files_are_refused(store, name, message):
    store.companies.add(Company("Fabrikam"))
    before = dump(store)
    with pytest.raises(ImportFileError) as info:
        ImportSource.from_path(sample(name))
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert dump(store) == before


def test_missing_file(tmp_path):
    with pytest.raises(ImportFileError, match="does not exist"):
        ImportSource.from_path(tmp_path / "nope.vcf")


def test_too_large_file_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.csv"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(ImportFileError, match="50 MB"):
        ImportSource.from_path(big)


def test_decode_refuses_oversized_bytes():
    with pytest.raises(ImportFileError, match="larger than"):
        detect.decode(b"a" * 11, max_bytes=10)


def test_wrong_format_chosen_by_hand():
    with pytest.raises(ImportFileError, match="Google"):
        ImportSource.from_path(sample("linkedin_connections.csv"), ImportFormat.GOOGLE)
    with pytest.raises(ImportFileError, match="vCard"):
        ImportSource.from_path(sample("outlook_com.csv"), ImportFormat.VCARD)
    with pytest.raises(ImportFileError, match="vCard file"):
        ImportSource.from_path(sample("vcard30_google.vcf"), ImportFormat.OUTLOOK)


def test_ragged_rows_are_invalid_with_their_line(store):
    preview = plan_import(store, ImportSource.from_path(sample("ragged_rows.csv")))
    assert preview.new == 2
    assert [(r.line, r.reason) for r in preview.invalid] == [
        (3, "has 3 fields but the header (line 1) has 10"),
        (4, "has 12 fields but the header (line 1) has 10"),
    ]


def test_nonexistent_date_is_invalid_and_writes_nothing_for_that_row(store):
    result = commit_import(store, ImportSource.from_path(sample("nonexistent_date.csv")))
    assert [c.name for c in store.companies.all()] == ["Good Account"]
    assert [(r.line, r.reason) for r in result.preview.invalid] == [
        (3, "contract_end 2026-02-30 does not exist"),
        (4, "our_annual_revenue 'lots' is not a number"),
    ]
    assert result.preview.as_json()["invalid"][0] == {
        "line": 3,
        "record": 2,
        "reason": "contract_end 2026-02-30 does not exist",
    }


def test_strict_import_writes_nothing_when_a_row_is_invalid(store):
    before = dump(store)
    with pytest.raises(ImportFileError, match="Line 3 contract_end 2026-02-30 does not exist"):
        commit_import(
            store, ImportSource.from_path(sample("nonexistent_date.csv")), skip_invalid=False
        )
    assert dump(store) == before
    assert store.imports.all() == []


def test_progress_and_cancel_write_nothing(store):
    text = "BEGIN:VCARD\nVERSION:3.0\nN:P{i};Q;;;\nORG:Co {i}\nEND:VCARD\n"
    data = "".join(text.format(i=i) for i in range(1000)).encode()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))

    before = dump(store)
    with pytest.raises(ImportCancelledError):
        commit_import(
            store,
            ImportSource.from_bytes(data, "many.vcf"),
            progress=progress,
            cancelled=lambda: len(seen) >= 3,
        )
    assert dump(store) == before
    assert store.imports.all() == []
    assert seen[0] == (0, 1000)
    seen.clear()
    commit_import(store, ImportSource.from_bytes(data, "many.vcf"), progress=progress)
    assert seen[-1] == (1000, 1000)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert store.contacts.count() == 1000


def test_cancelled_is_a_planner_error():
    assert issubclass(ImportCancelledError, PlannerError)


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf",
        b"   \r\n\r\n",
        b"BEGIN:VCARD\r\nN:A;B\r\n",
        b"\xff\xfeA\x00B",
        b"\x00\x01\x02\x03" * 10,
        b"Name\r\n\x07bell\r\n",
    ],
)
def test_odd_bytes_give_clean_errors(data):
    with pytest.raises(ImportFileError):
        ImportSource.from_bytes(data, "odd")
