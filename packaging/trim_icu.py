"""Rebuild the bundle's ICU data library with only the parts Qt uses for this app.

Qt Core links ICU, whose data library is 32 MB: display names of languages, regions,
currencies, units and time zones in some 500 locales, transliterators, spelled-out numbers,
legacy character converters and the sort rules of every language. Qt takes its locale data
from its own tables and the app sorts in Python and SQLite, so only the root, German and
English locales and their collation are kept; the rest is removed with ICU's own icupkg and
the library is assembled again (genccode, cc). Without those tools the data stays whole.

    python packaging/trim_icu.py dist/nurture-planner/_internal/PySide6/Qt/lib/libicudata.so.73
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

TOOLS = ("icupkg", "genccode", "cc")
# Trees of display names and rules the app never asks ICU for. Qt calls ICU only for
# collation, converters, case mapping and time-zone names (`nm -D --undefined-only` on its
# libraries): no break iterators, whose word dictionaries (brkitr, 3.7 MB) find word
# boundaries in Chinese, Japanese, Thai, Khmer, Lao and Burmese.
DROPPED_TREES = ("unit", "curr", "lang", "region", "zone", "translit", "rbnf", "brkitr")
# The Unicode character names (u_charName), which Qt never asks for either.
DROPPED_ITEMS = re.compile(r"unames\.icu")
# Locales whose data stays: the root (every fallback ends there) and the app's languages.
# A locale's own data ("de_AT.res"), unlike shared tables ("units.res", "zoneinfo64.res").
LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*\.res")
KEPT_LOCALE = re.compile(r"(root|de|en)(_[A-Za-z0-9_]*)?\.res")


def _symbol(library: Path) -> str:
    """The data symbol the library exports, "icudt73_dat", from its name libicudata.so.73."""
    match = re.fullmatch(r"libicudata\.so\.(\d+)", library.name)
    if match is None:
        raise SystemExit(f"{library} is not an ICU data library (libicudata.so.N)")
    return f"icudt{match[1]}"


def _extract(library: Path, dat: Path, symbol: str) -> None:
    """Copy the data blob behind the library's `<symbol>_dat` out into `dat`."""
    out = subprocess.run(
        ["readelf", "-W", "--dyn-syms", "--sections", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    sym = re.search(
        rf"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+\w+\s+\w+\s+\d+\s+{symbol}_dat\b", out
    )
    rodata = re.search(r"\.rodata\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)", out)
    if sym is None or rodata is None:
        raise SystemExit(f"no {symbol}_dat in {library}")
    address, size = int(sym[1], 16), int(sym[2], 0)
    offset = address - int(rodata[1], 16) + int(rodata[2], 16)
    dat.write_bytes(library.read_bytes()[offset : offset + size])


def unwanted(items: list[str]) -> list[str]:
    """The items of the data package to remove (names as `icupkg -l` lists them)."""
    drop = []
    for item in items:
        tree, _, name = item.rpartition("/")
        locale = name != "res_index.res" and (
            (tree == "coll" and name.endswith(".res")) or (not tree and LOCALE.fullmatch(name))
        )
        dropped_locale = bool(locale) and not KEPT_LOCALE.fullmatch(name)
        unused = tree in DROPPED_TREES or DROPPED_ITEMS.fullmatch(item) is not None
        if unused or item.endswith(".cnv") or dropped_locale:
            drop.append(item)
    return drop


def trim(library: Path) -> int:
    """Replace `library` with a trimmed copy; returns the bytes saved (0 when left whole)."""
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        tools = ", ".join(missing)
        print(f"ICU data left whole: {tools} not found (apt-get install icu-devtools gcc)")
        return 0
    symbol = _symbol(library)
    before = library.stat().st_size
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        dat = work / f"{symbol}l.dat"
        _extract(library, dat, symbol)
        listed = subprocess.run(
            ["icupkg", "-l", str(dat)], capture_output=True, text=True, check=True
        ).stdout.split()
        (work / "drop.txt").write_text("\n".join(unwanted(listed)) + "\n", encoding="utf-8")
        subprocess.run(
            ["icupkg", "-r", str(work / "drop.txt"), str(dat)], check=True, capture_output=True
        )
        subprocess.run(
            ["genccode", "-a", "gcc", "-e", symbol, "-d", str(work), str(dat)],
            check=True,
            capture_output=True,
        )
        [assembly] = work.glob("*.S")
        built = work / library.name
        subprocess.run(
            [
                "cc",
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{library.name}",
                "-o",
                str(built),
                str(assembly),
            ],
            check=True,
        )
        shutil.copyfile(built, library)
    saved = before - library.stat().st_size
    print(f"ICU data trimmed to the root, German and English locales: {saved / 1e6:.0f} MB less")
    return saved


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    trim(Path(sys.argv[1]))
