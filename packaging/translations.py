"""Extract the GUI's texts for translators and compile their translations.

    .venv/bin/python packaging/translations.py            update the .ts files and build the .qm
    .venv/bin/python packaging/translations.py --check    fail if either is out of date

resources/translations/nurture_planner.ts is the template: every text the GUI shows, by
context, untranslated. A language is added by copying it to nurture_planner_<lang>.ts (e.g.
nurture_planner_de.ts), setting its `language` attribute and translating it in Qt Linguist
(`pyside6-linguist`); running this script again merges new texts into every file and compiles
each language's .qm, which the app loads for the user's locale (planner.ui.i18n).

Counts are written once with Qt's %n, e.g. tr("%n touch-point(s)", "", n), and each language
gives its plural forms. English has its own small file, nurture_planner_en.ts, made here and
never edited by hand: it holds only the counted texts, with the singular and plural spelled
out from the source's "(s)", "(es)" or "(singular|plural)" parts ("%n compan(y|ies)"). The app
loads it wherever no translation of its own exists, so English never shows "(s)".

The texts are found by Qt's lupdate in planner/ui (tr, translate, QT_TRANSLATE_NOOP) and in the
lower layers' labels marked with planner.domain.text.QT_TRANSLATE_NOOP.
"""

from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TEMPLATE = TRANSLATIONS / "nurture_planner.ts"
ENGLISH = TRANSLATIONS / "nurture_planner_en.ts"
_QT_BIN = Path(PySide6.__file__).resolve().parent


def sources() -> list[Path]:
    """Every module whose texts are marked for translation, in a stable order."""
    found = set((ROOT / "planner" / "ui").rglob("*.py"))
    for path in (ROOT / "planner").rglob("*.py"):
        if "QT_TRANSLATE_NOOP(" in path.read_text(encoding="utf-8"):
            found.add(path)
    found.discard(ROOT / "planner" / "domain" / "text.py")
    return sorted(found)


def languages() -> list[Path]:
    """The translated files, nurture_planner_<lang>.ts, English's plural forms included."""
    return sorted({ENGLISH, *TRANSLATIONS.glob("nurture_planner_*.ts")})


def _tool(name: str) -> str:
    for candidate in (_QT_BIN / name, _QT_BIN / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise SystemExit(f"Qt's {name} is missing: install PySide6 into this environment.")
    return found


def _lupdate(ts: Path, *options: str) -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    command = [_tool("lupdate"), *files, "-no-obsolete", "-locations", "none", "-silent"]
    command += ["-source-language", "en", *options, "-ts", str(ts)]
    subprocess.run(command, cwd=ROOT, check=True)


_NUMERUS = re.compile(
    r'(<message numerus="yes">\s*<source>(?P<source>.*?)</source>.*?)'
    r"<translation[^>]*>.*?</translation>",
    re.S,
)
# "(s)" and "(es)" after a word, or "(singular|plural)"; any other "(…)" is left alone.
_CHOICE = re.compile(r"(?<=\w)\((?P<suffix>s|es)\)|\((?P<one>[^()|]*)\|(?P<many>[^()|]*)\)")


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural of a counted source text: "%n day(s)" → "%n day", "%n days"."""
    one = _CHOICE.sub(lambda m: "" if m["suffix"] else m["one"], source)
    many = _CHOICE.sub(lambda m: m["suffix"] or m["many"], source)
    return one, many


def _fill_english(ts: Path) -> None:
    def filled(match: re.Match[str]) -> str:
        one, many = english_forms(match["source"])
        forms = "".join(f"\n            <numerusform>{f}</numerusform>" for f in (one, many))
        return f"{match[1]}<translation>{forms}\n        </translation>"

    text = ts.read_text(encoding="utf-8")
    text = _NUMERUS.sub(filled, text)
    ts.write_text(text, encoding="utf-8")


def update(ts_files: list[Path]) -> None:
    """Merge the sources' texts into `ts_files` (created when missing)."""
    for ts in ts_files:
        if ts.name == ENGLISH.name:
            _lupdate(ts, "-pluralonly", "-target-language", "en")
            _fill_english(ts)
        else:
            _lupdate(ts)


def release(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True
    )


def check() -> list[str]:
    """What is out of date, as sentences (none when everything is current)."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for ts in [TEMPLATE, *languages()]:
            copy = Path(scratch) / ts.name
            if ts.exists():
                shutil.copy(ts, copy)
            update([copy])
            if not ts.exists() or not filecmp.cmp(ts, copy, shallow=False):
                problems.append(f"{ts.relative_to(ROOT)} does not hold the sources' current texts")
        for ts in languages():
            qm = ts.with_suffix(".qm")
            built = Path(scratch) / qm.name
            release(ts, built)
            if not qm.exists() or not filecmp.cmp(qm, built, shallow=False):
                problems.append(f"{qm.relative_to(ROOT)} is not compiled from {ts.name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report what is out of date")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("Run: .venv/bin/python packaging/translations.py", file=sys.stderr)
        return 1 if problems else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    update([TEMPLATE, *languages()])
    for ts in languages():
        release(ts, ts.with_suffix(".qm"))
    print(f"Updated {TEMPLATE.relative_to(ROOT)} and {len(languages())} translation(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
