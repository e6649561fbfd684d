"""A table's optional columns, shown in their order while the table has room for them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView


class OptionalColumns(QObject):
    """Shows the optional columns, most wanted first, while the stretched column keeps `least`.

    A laptop's window shows the columns a week's planning needs; a larger screen, or the table
    without the detail beside it, shows more of them, never with sideways scrolling. Once the
    rep picks columns in the header's menu, `active` is off and their choice stands.
    """

    def __init__(
        self,
        table: QTableView,
        optional: Sequence[int],
        stretch: int,
        least: int = 200,
        widest: int = 180,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.optional = tuple(optional)
        self.stretch = stretch
        self.least = least
        self.widest = widest
        self.active = bool(self.optional)
        self._wanted_widths: dict[int, int] = {}
        header = table.horizontalHeader()
        for column in self.optional:
            header.setSectionHidden(column, True)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.active:
            self.apply()
        return False

    def apply(self) -> None:
        """Show the optional columns that fit the table's width now, in order; hide the rest."""
        header = self.table.horizontalHeader()
        rest = set(self.optional) | {self.stretch}
        used = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c not in rest and not header.isSectionHidden(c)
        )
        room = self.table.viewport().width() - used - self.least
        for column in self.optional:
            hidden = header.isSectionHidden(column)
            width = self._wanted(column) if hidden else header.sectionSize(column)
            # In order: once one does not fit, the less wanted ones after it stay hidden too.
            shown = 0 <= width <= room
            room = room - width if shown else -1
            if shown == hidden:
                header.setSectionHidden(column, not shown)
                if shown:
                    header.resizeSection(column, width)

    def _wanted(self, column: int) -> int:
        """The column's width for its title and a page of rows (never the whole table).

        Measured once: asking the model for a page of cells at every resize would cost more
        than a width that is a few rows out of date.
        """
        width = self._wanted_widths.get(column)
        if width is None:
            header = self.table.horizontalHeader()
            contents = max(header.sectionSizeHint(column), self.table.sizeHintForColumn(column))
            width = self._wanted_widths[column] = max(56, min(self.widest, contents + 6))
        return width
