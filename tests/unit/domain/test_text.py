"""Marked wording stays plain English for the CLI, files and storage, and remembers its making."""

from __future__ import annotations

import copy
import json
import pickle
import sqlite3

from planner.domain.model import CompanyKind
from planner.domain.text import LABEL_CONTEXT, QT_TRANSLATE_NOOP, Template, Text, joined


def test_a_template_is_its_english_text_and_knows_its_context() -> None:
    template = QT_TRANSLATE_NOOP("Errors", "The file is locked")
    assert template == "The file is locked"
    assert isinstance(template, Template)
    assert template.context == "Errors"


def test_formatting_a_template_gives_english_text_that_remembers_its_parts() -> None:
    template = QT_TRANSLATE_NOOP("Errors", "{value!r} is not a date ({hint})")
    text = template.format(value="2026-13-01", hint="YYYY-MM-DD")
    assert text == "'2026-13-01' is not a date (YYYY-MM-DD)"
    assert isinstance(text, Text)
    assert text.template is template
    assert text.values == {"value": "2026-13-01", "hint": "YYYY-MM-DD"}


def test_texts_behave_as_plain_strings_everywhere_they_go() -> None:
    text = QT_TRANSLATE_NOOP("Plan", "No touch at {company}").format(company="Acme")
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (a TEXT)")
    db.execute("INSERT INTO t VALUES (?)", (text,))
    assert db.execute("SELECT a FROM t").fetchone() == ("No touch at Acme",)
    assert json.dumps([text]) == '["No touch at Acme"]'
    assert f"{text}!" == "No touch at Acme!"
    assert text.upper() == "NO TOUCH AT ACME"


def test_texts_survive_copying_and_pickling() -> None:
    text = QT_TRANSLATE_NOOP("Plan", "No touch at {company}").format(company="Acme")
    for clone in (copy.deepcopy(text), pickle.loads(pickle.dumps(text))):
        assert clone == text
        assert isinstance(clone, Text)
        assert clone.template.context == "Plan"
        assert clone.values == {"company": "Acme"}


def test_joined_parts_keep_each_part() -> None:
    first = QT_TRANSLATE_NOOP("Plan", "Renewal runway")
    text = joined("; ", [first, "plain note"])
    assert text == "Renewal runway; plain note"
    assert text.template.context is None
    assert text.args == (first, "plain note")


def test_enum_labels_are_templates_in_the_label_context() -> None:
    kind = CompanyKind.DREAM_CLIENT.label
    assert kind == "Dream client"
    assert isinstance(kind, Template)
    assert kind.context == LABEL_CONTEXT
