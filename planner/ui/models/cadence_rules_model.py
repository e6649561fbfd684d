"""The cadence rules as an editable table: ideal and maximum days per program, tier and level."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from planner.domain.model import ContactLevel
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.nurture.settings import CadenceRule, Program
from planner.ui.i18n import label, translate

AnyIndex = QModelIndex | QPersistentModelIndex
MAX_DAYS = 730

PROGRAM_LABELS = {
    Program.DREAM_CLIENT: QT_TRANSLATE_NOOP("CadenceRulesModel", "Dream client"),
    Program.CUSTOMER: QT_TRANSLATE_NOOP("CadenceRulesModel", "Customer"),
    Program.PROSPECT: QT_TRANSLATE_NOOP("CadenceRulesModel", "Prospect"),
    Program.FORMER_CUSTOMER: QT_TRANSLATE_NOOP("CadenceRulesModel", "Former customer"),
    Program.LIGHT: QT_TRANSLATE_NOOP("CadenceRulesModel", "Light (screened, no potential)"),
}
"""The programs' names in English; shown through `program_label`."""

# A level inside a rule's description ("Customer, tier 1, executive").
_LEVEL_WORDS = {
    ContactLevel.EXECUTIVE: QT_TRANSLATE_NOOP("CadenceRulesModel", "executive"),
    ContactLevel.MANAGER: QT_TRANSLATE_NOOP("CadenceRulesModel", "manager"),
    ContactLevel.PRACTITIONER: QT_TRANSLATE_NOOP("CadenceRulesModel", "practitioner"),
}


def program_label(program: Program) -> str:
    """A program's name, translated."""
    return translate("CadenceRulesModel", PROGRAM_LABELS[program])


class Column(IntEnum):
    PROGRAM = 0
    TIER = 1
    LEVEL = 2
    IDEAL = 3
    MAX = 4


HEADERS = (
    QT_TRANSLATE_NOOP("CadenceRulesModel", "Program"),
    QT_TRANSLATE_NOOP("CadenceRulesModel", "Tier"),
    QT_TRANSLATE_NOOP("CadenceRulesModel", "Level"),
    QT_TRANSLATE_NOOP("CadenceRulesModel", "Ideal days"),
    QT_TRANSLATE_NOOP("CadenceRulesModel", "Max days"),
)


class CadenceRulesModel(QAbstractTableModel):
    """Rows of rules; only the two intervals are editable, each 1 … 730 days."""

    def __init__(self, rules: Sequence[CadenceRule] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rules: list[CadenceRule] = list(rules)

    def set_rules(self, rules: Sequence[CadenceRule]) -> None:
        self.beginResetModel()
        self._rules = list(rules)
        self.endResetModel()

    def rules(self) -> tuple[CadenceRule, ...]:
        return tuple(self._rules)

    def problems(self) -> list[str]:
        """Plain sentences for rules whose ideal interval exceeds their maximum."""
        return [
            self.tr("{rule}: the ideal ({ideal}) is longer than the maximum ({maximum}).").format(
                rule=self._describe(r),
                ideal=self.tr("%Ln day(s)", "", r.ideal_days),
                maximum=self.tr("%Ln day(s)", "", r.max_days),
            )
            for r in self._rules
            if r.ideal_days > r.max_days
        ]

    def _describe(self, rule: CadenceRule) -> str:
        program = program_label(rule.program)
        if rule.level is None:
            return self.tr("{program}, tier {tier}, account").format(
                program=program, tier=rule.tier
            )
        level = _LEVEL_WORDS.get(rule.level)
        return self.tr("{program}, tier {tier}, {level}").format(
            program=program,
            tier=rule.tier,
            level=label(rule.level) if level is None else translate("CadenceRulesModel", level),
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rules)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("CadenceRulesModel", HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= Column.IDEAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if index.column() >= Column.IDEAL:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rules):
            return None
        rule, column = self._rules[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == Column.PROGRAM:
                return program_label(rule.program)
            if column == Column.TIER:
                return str(rule.tier)
            if column == Column.LEVEL:
                if rule.level is None:
                    return self.tr("Account (any contact)")
                return label(rule.level)
            if column == Column.IDEAL:
                return rule.ideal_days
            if column == Column.MAX:
                return rule.max_days
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Column.IDEAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bad = rule.ideal_days > rule.max_days
        if role == Qt.ItemDataRole.ForegroundRole and bad and column >= Column.IDEAL:
            return QColor("#b03a2e")
        if role == Qt.ItemDataRole.ToolTipRole:
            if bad:
                return self.tr("The ideal interval must not be longer than the maximum.")
            return self.tr("{rule}: double-click a number of days to change it.").format(
                rule=self._describe(rule)
            )
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() not in (Column.IDEAL, Column.MAX):
            return False
        try:
            days = int(value)
        except (TypeError, ValueError):
            return False
        if not 1 <= days <= MAX_DAYS:
            return False
        row = index.row()
        rule = self._rules[row]
        field = "ideal_days" if index.column() == Column.IDEAL else "max_days"
        self._rules[row] = CadenceRule(
            rule.program,
            rule.tier,
            rule.level,
            days if field == "ideal_days" else rule.ideal_days,
            days if field == "max_days" else rule.max_days,
        )
        self.dataChanged.emit(
            self.index(row, Column.IDEAL),
            self.index(row, Column.MAX),
            [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole],
        )
        return True
