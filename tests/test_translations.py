"""The GUI's texts are translatable: no plain wording reaches a widget; the catalogue is current.

The static check reads planner/ui with `ast` and reports every string literal or f-string with
words in it that is handed straight to a widget (setText, QLabel(…), addRow, QMessageBox…)
instead of going through tr()/translate(). tests/gui/test_pseudo_locale.py checks the same
from the other side: under a pseudo-translation every text on screen comes out translated.
"""

from __future__ import annotations

import ast
import re
import runpy
import subprocess
import sys
import xml.etree.ElementTree as ET
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest

from planner.domain import model, screening
from planner.domain.text import LABEL_CONTEXT
from planner.interchange import detect, records

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "planner" / "ui"
TEMPLATE = ROOT / "resources" / "translations" / "nurture_planner.ts"
SCRIPT = ROOT / "packaging" / "translations.py"

# Calls whose string arguments are shown to the user as they are.
TEXT_METHODS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setTitle",
    "setAccessibleName",
    "setAccessibleDescription",
    "addMenu",
    "addTab",
    "insertTab",
    "setTabText",
    "setTabToolTip",
    "setItemText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "showMessage",
    "setLabelText",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "setInformativeText",
    "setDetailedText",
    "setButtonText",
    "setCancelButtonText",
    "addRow",
    "insertRow",
    "addSection",
    "addSeparator",
    "information",
    "warning",
    "critical",
    "question",
    "about",
    "getOpenFileName",
    "getSaveFileName",
    "getExistingDirectory",
    "getText",
    "getItem",
    "getInt",
}
TEXT_CONSTRUCTORS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
    "QCommandLinkButton",
    "QListWidgetItem",
    "QTreeWidgetItem",
    "QTableWidgetItem",
    "QStandardItem",
}
TRANSLATING = {"tr", "translate", "label"}
ITEM_METHODS = {"addItem", "insertItem"}  # (icon, text, data): only the text is wording
# A literal with none of these is not wording ("—", "·", "%", "+1", "…").
_WORD = re.compile(r"[^\W\d_]{2,}")
# Texts that are the same in every language.
_NOT_WORDING = {"Nurture Planner", "iCal", "vCard", "CSV", "OK"}


def _wording(node: ast.AST) -> str | None:
    """The user-visible wording in a literal, an f-string or a concatenation, if any."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _wording(node.left) or _wording(node.right)
    elif isinstance(node, ast.List | ast.Tuple):
        return next((w for w in map(_wording, node.elts) if w), None)
    else:
        return None
    if text.strip() in _NOT_WORDING or not _WORD.search(text):
        return None
    return text


def _call_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return None


def _shown_arguments(call: ast.Call) -> list[ast.AST]:
    name = _call_name(call)
    if name in ITEM_METHODS:
        args = call.args
        first_is_text = _wording(args[0]) is not None or (
            isinstance(args[0], ast.Call) and _call_name(args[0]) in TRANSLATING
        )
        text_at = 0 if len(args) == 1 or first_is_text else 1
        return args[text_at : text_at + 1]
    if name in TEXT_METHODS or name in TEXT_CONSTRUCTORS:
        return [*call.args, *(k.value for k in call.keywords)]
    return []


def untranslated(path: Path, source: str | None = None) -> list[str]:
    """`file:line: 'text'` for each piece of wording handed to a widget untranslated."""
    source = path.read_text(encoding="utf-8") if source is None else source
    found = []
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if not isinstance(node, ast.Call):
            continue
        for argument in _shown_arguments(node):
            text = _wording(argument)
            if text is not None:
                found.append(f"{path.relative_to(ROOT)}:{argument.lineno}: {text!r}")
    return sorted(found)


UI_MODULES = sorted(UI.rglob("*.py"))


@pytest.mark.parametrize("path", UI_MODULES, ids=[str(p.relative_to(UI)) for p in UI_MODULES])
def test_no_untranslated_wording_reaches_a_widget(path: Path) -> None:
    assert untranslated(path) == []


def test_the_checker_finds_plain_wording() -> None:
    source = (
        "label = QLabel('Next touch')\n"
        "label.setToolTip(f'Due on {day}')\n"
        "combo.addItem(icon, 'Dream client', 'dream')\n"
        "combo.addItem(self.tr('Customer'), 'customer')\n"
        "box.setTitle(self.tr('Contacts'))\n"
        "label.setText('—')\n"
    )
    assert untranslated(UI / "_sample.py", source) == [
        "planner/ui/_sample.py:1: 'Next touch'",
        "planner/ui/_sample.py:2: 'Due on '",
        "planner/ui/_sample.py:3: 'Dream client'",
    ]


def _is_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def unextractable(path: Path, source: str | None = None) -> list[str]:
    """Translation calls lupdate cannot read: the texts must be literals where they are marked.

    tr(text) and QT_TRANSLATE_NOOP(context, text) take literals; translate(context, text)
    takes a literal or a value marked elsewhere — never a text made on the spot (f-string,
    concatenation, %), which no catalogue can hold.
    """
    source = path.read_text(encoding="utf-8") if source is None else source
    found = []
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = _call_name(node)
        if name == "tr":
            bad = not _is_literal(node.args[0])
        elif name == "QT_TRANSLATE_NOOP":
            bad = not all(_is_literal(a) for a in node.args[:2])
        elif name == "translate" and len(node.args) >= 2:
            bad = isinstance(node.args[1], ast.JoinedStr | ast.BinOp)
        else:
            continue
        if bad:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:80]}")
    return found


PLANNER_MODULES = sorted((ROOT / "planner").rglob("*.py"))


def test_every_marked_text_is_a_literal_lupdate_can_read() -> None:
    found = [line for path in PLANNER_MODULES for line in unextractable(path)]
    assert found == []


def test_the_extraction_checker_finds_made_texts() -> None:
    source = (
        "a = self.tr(f'Due {day}')\n"
        "b = QT_TRANSLATE_NOOP('Plan', name)\n"
        "c = translate('Ctx', 'Week ' + n)\n"
        "painter.translate(2, y)\n"
        "d = translate('Ctx', HEADERS[0])\n"
        "e = self.tr('Due {day}').format(day=day)\n"
    )
    found = unextractable(UI / "_sample.py", source)
    assert [line.split(":")[1] for line in found] == ["1", "2", "3"]


def _template_messages() -> dict[str, set[str]]:
    tree = ET.parse(TEMPLATE)
    return {
        ctx.findtext("name", ""): {m.findtext("source", "") for m in ctx.iter("message")}
        for ctx in tree.getroot().iter("context")
    }


_FIELD = re.compile(r"\{[^{}]*\}|%L?n|%\d")
LANGUAGES = sorted(TEMPLATE.parent.glob("nurture_planner_*.ts"))


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)(?=\w)", text.replace("&&", "")))


@pytest.mark.parametrize("ts", LANGUAGES, ids=lambda p: p.stem)
def test_translations_keep_every_field_and_one_mnemonic(ts: Path) -> None:
    """A translation that loses {name} would fail at .format(); one that adds a "&" steals a key."""
    problems = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        for message in ctx.iter("message"):
            source = message.findtext("source", "")
            node = message.find("translation")
            assert node is not None
            forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
            for form in forms:
                if not form:
                    problems.append(f"{ctx.findtext('name')}: {source!r} is not translated")
                elif set(_FIELD.findall(form)) != set(_FIELD.findall(source)):
                    problems.append(f"{ctx.findtext('name')}: {source!r} → {form!r} (fields)")
                elif _mnemonics(form) != _mnemonics(source):
                    problems.append(f"{ctx.findtext('name')}: {source!r} → {form!r} (&)")
    assert problems == []


def test_every_count_has_plural_forms() -> None:
    """lupdate makes a message plural only from tr(text, "", n) in a class; translate(…, n)
    comes out singular, and English would show "(s)"."""
    tree = ET.parse(TEMPLATE)
    singular = [
        f"{ctx.findtext('name')}: {m.findtext('source')}"
        for ctx in tree.getroot().iter("context")
        for m in ctx.iter("message")
        if re.search(r"%L?n", m.findtext("source", "")) and m.get("numerus") != "yes"
    ]
    assert singular == []


def test_every_count_is_written_in_the_locale() -> None:
    """A count is %Ln, so that 1497 touch-points read "1,497" in English and "1.497" in German
    like every other number on screen; a bare %n prints the digits alone."""
    tree = ET.parse(TEMPLATE)
    bare = [
        f"{ctx.findtext('name')}: {m.findtext('source')}"
        for ctx in tree.getroot().iter("context")
        for m in ctx.iter("message")
        if re.search(r"(?<!L)%n", m.findtext("source", ""))
    ]
    assert bare == []


LABELLED_ENUMS: list[type[StrEnum]] = [
    model.CompanyKind,
    model.BuyingTimeframe,
    model.GrowthPotential,
    model.RelationshipHealth,
    model.ContactLevel,
    model.BuyingRole,
    model.Channel,
    model.Purpose,
    model.Status,
    model.ContentKind,
    screening.BuysElsewhereReason,
    screening.ScreeningVerdict,
    records.Target,
    detect.ImportFormat,
]


@pytest.mark.parametrize("enum", LABELLED_ENUMS, ids=lambda e: e.__name__)
def test_every_label_is_in_the_catalogue(enum: type[StrEnum]) -> None:
    catalogue = _template_messages()[LABEL_CONTEXT]
    missing = {m.label for m in enum if m.label not in catalogue}  # type: ignore[attr-defined]
    assert missing == set()


def _translations_script() -> dict[str, Any]:
    """packaging/translations.py's functions (a script, not a package)."""
    return runpy.run_path(str(ROOT / "packaging" / "translations.py"))


@pytest.mark.parametrize(
    ("source", "one", "many"),
    [
        ("%n day(s)", "%n day", "%n days"),
        ("%n box(es) to send", "%n box to send", "%n boxes to send"),
        ("%n compan(y|ies) due", "%n company due", "%n companies due"),
        ("%n (person|people)", "%n person", "%n people"),
        ("%n step(s) missed (⚠)", "%n step missed (⚠)", "%n steps missed (⚠)"),
    ],
)
def test_english_plural_forms_come_from_the_source(source: str, one: str, many: str) -> None:
    assert _translations_script()["english_forms"](source) == (one, many)


def test_the_catalogue_and_compiled_translations_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
