"""The bundle's ICU data keeps the root, German and English locales and the shared tables."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packaging"))

from trim_icu import unwanted


def test_only_data_the_app_never_asks_for_is_dropped() -> None:
    items = [
        "root.res",
        "de.res",
        "de_AT.res",
        "en_US.res",
        "fr.res",
        "zh_Hant_TW.res",
        "res_index.res",
        "pool.res",
        "units.res",
        "zoneinfo64.res",
        "supplementalData.res",
        "coll/root.res",
        "coll/de__PHONEBOOK.res",
        "coll/en.res",
        "coll/fr.res",
        "coll/ucadata.icu",
        "coll/res_index.res",
        "lang/de.res",
        "curr/en.res",
        "zone/root.res",
        "translit/root.res",
        "ibm-5348_P100-1997.cnv",
        "brkitr/root.res",
        "brkitr/thaidict.dict",
        "brkitr/word.brk",
        "unames.icu",
        "uts46.nrm",
    ]
    assert unwanted(items) == [
        "fr.res",
        "zh_Hant_TW.res",
        "coll/fr.res",
        "lang/de.res",
        "curr/en.res",
        "zone/root.res",
        "translit/root.res",
        "ibm-5348_P100-1997.cnv",
        # Qt calls no ICU break iterator, nor asks for character names.
        "brkitr/root.res",
        "brkitr/thaidict.dict",
        "brkitr/word.brk",
        "unames.icu",
    ]
