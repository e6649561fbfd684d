"""What the controller's groups of commands share: their texts' language and the undo checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from planner.domain.errors import ChangedSinceError
from planner.domain.model import Company
from planner.ui import i18n
from planner.ui.commands.base import expect_unchanged, record_id
from planner.ui.controller import Controller


def test_a_groups_counted_text_has_its_english_plural(controller: Controller) -> None:
    assert controller.tr("Dismiss %Ln suggestion(s)", "", 1) == "Dismiss 1 suggestion"
    assert controller.tr("Dismiss %Ln suggestion(s)", "", 3) == "Dismiss 3 suggestions"


def test_a_groups_texts_speak_german(qapp: QApplication, controller: Controller) -> None:
    translators = i18n.install_translators(qapp, QLocale("de_DE"))
    try:
        assert "nurture_planner_de.qm" in [Path(t.filePath()).name for t in translators]
        assert controller.tr("Plan %Ln suggestion(s)", "", 2) == "2 Vorschläge planen"
        assert controller.tr("Mark done") == "Als erledigt markieren"
    finally:
        i18n.remove_translators(qapp, translators)


def test_an_untranslated_text_is_shown_as_written(controller: Controller) -> None:
    assert controller.tr("Nothing like this is translated") == "Nothing like this is translated"


def test_a_record_changed_since_is_not_overwritten() -> None:
    expect_unchanged(Company("Acme", id=1), Company("Acme", id=1))
    with pytest.raises(ChangedSinceError):
        expect_unchanged(Company("Acme Corp", id=1), Company("Acme", id=1))


def test_only_a_saved_record_has_an_id() -> None:
    assert record_id(Company("Acme", id=7)) == 7
    with pytest.raises(AssertionError):
        record_id(Company("Acme"))
