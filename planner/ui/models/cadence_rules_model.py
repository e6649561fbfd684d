"""The cadence rules as an editable table: ideal and maximum days per program, tier and level."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from planner.nurture.settings import CadenceRule, Program

AnyIndex = QModelIndex | QPersistentModelIndex
MAX_DAYS = 730

PROGRAM_LABELS = {
    Program.DREAM_CLIENT: "Dream client",
    Program.CUSTOMER: "Customer",
    Program.PROSPECT: "Prospect",
    Program.FORMER_CUSTOMER: "Former customer",
    Program.LIGHT: "Light (screened, no potential)",
}


class Column(IntEnum):
    PROGRAM = 0
    TIER = 1
    LEVEL = 2
    IDEAL = 3
    MAX = 4


HEADERS = ("Program", "Tier", "Level", "Ideal days", "Max days")


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
            f"{self._describe(r)}: the ideal ({r.ideal_days} days) is longer than the maximum "
            f"({r.max_days} days)."
            for r in self._rules
            if r.ideal_days > r.max_days
        ]

    @staticmethod
    def _describe(rule: CadenceRule) -> str:
        level = "account" if rule.level is None else rule.level.label.lower()
        return f"{PROGRAM_LABELS[rule.program]}, tier {rule.tier}, {level}"

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
            return HEADERS[section]
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
                return PROGRAM_LABELS[rule.program]
            if column == Column.TIER:
                return str(rule.tier)
            if column == Column.LEVEL:
                return "Account (any contact)" if rule.level is None else rule.level.label
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
                return "The ideal interval must not be longer than the maximum."
            return f"{self._describe(rule)}: double-click a number of days to change it."
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
