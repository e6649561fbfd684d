"""10,000 vCards import in one transaction, and importing them again changes nothing.

How long it takes is measured by the benchmarks (tests/benchmarks), not asserted here.
"""

from __future__ import annotations

from planner.interchange.importer import ImportSource, commit_import

CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe{i};Jane;;;\r\nFN:Jane Doe{i}\r\n"
    "ORG:Fabrikam {j} Inc.;\r\nTITLE:Buyer\r\n"
    "item1.EMAIL;type=INTERNET;type=pref:jane{i}@example.com\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:+1 555 0100\r\nNOTE:Met at the fair\r\nEND:VCARD\r\n"
)


def test_ten_thousand_vcards(store):
    data = "".join(CARD.format(i=i, j=i % 300) for i in range(10_000)).encode()
    result = commit_import(store, ImportSource.from_bytes(data, "phone.vcf"))
    assert result.preview.new == 10_000
    assert store.contacts.count() == 10_000
    assert store.companies.count() == 300
    again = commit_import(store, ImportSource.from_bytes(data, "phone.vcf"))
    assert again.preview.unchanged == 10_000
    assert store.contacts.count() == 10_000
