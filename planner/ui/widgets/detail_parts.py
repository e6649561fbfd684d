"""Pieces the detail panels share: the scrolling panel, headings, fact grids and fitted trees."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QResizeEvent, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyleOptionViewItem,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.storage import Store
from planner.ui.widgets.fitted_columns import share_width
from planner.ui.widgets.table_parts import ElidedTipDelegate


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.05)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 2)
    return label


def title_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.4)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    _never_wider_than_the_panel(label)
    return label


def _never_wider_than_the_panel(label: QLabel) -> None:
    """A wrapped label's longest word must not widen the panel (and push it off-screen)."""
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    label.setMinimumWidth(0)


# A run this long without a space cannot wrap in a QLabel: a file path, a long link.
_UNBREAKABLE = re.compile(r"\S{28,}")


class WrappedValue(QTextEdit):
    """A read-only value that wraps anywhere when it must, so a long path fits the panel.

    A QLabel wraps only between words, so a long file path would make the whole detail
    panel as wide as the path. This shows the exact text (copying it copies the real path)
    and is as tall as its wrapped lines.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(0)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextEdit { background: transparent; }")
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setPlainText(text)

    def text(self) -> str:
        return self.toPlainText()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        document = self.document().clone()
        document.setTextWidth(max(1, width - 2 * self.frameWidth()))
        return math.ceil(document.size().height()) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(max(40, self.width()), max(line, self.heightForWidth(self.width())))

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.fontMetrics().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = self.heightForWidth(event.size().width())
        if height != self.height():
            self.setFixedHeight(height)


def muted(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A grey, wrapping label: subtitles and empty-state hints."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #52606d;")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Facts(QFrame):
    """A two-column grid of caption: value lines; values are plain, selectable text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(3)
        self._grid.setColumnStretch(1, 1)
        self._rows: list[tuple[QLabel, QLabel | WrappedValue]] = []
        self.values: dict[str, QLabel | WrappedValue] = {}

    def set_facts(self, facts: Sequence[tuple[str, str]]) -> None:
        """Show these caption: value lines. The labels of the lines shown before are kept and
        given the new text: under the app's style sheet a new label costs a polish, and the
        next record shows the same captions again."""
        rows: list[tuple[QLabel, QLabel | WrappedValue]] = []
        for row, (caption, value) in enumerate(facts):
            wrapped = bool(_UNBREAKABLE.search(value))
            if row < len(self._rows):
                name, text = self._rows[row]
                name.setText(caption)
                if isinstance(text, WrappedValue) == wrapped:
                    if isinstance(text, WrappedValue):
                        text.setPlainText(value)
                    else:
                        text.setText(value)
                    # A warning colour or a tooltip was for one record only.
                    if text.styleSheet():
                        text.setStyleSheet("")
                    if text.toolTip():
                        text.setToolTip("")
                else:
                    self._grid.removeWidget(text)
                    text.deleteLater()
                    text = self._value(value, wrapped)
                    self._grid.addWidget(text, row, 1)
            else:
                name = QLabel(caption, self)
                name.setStyleSheet("color: #52606d;")
                name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                text = self._value(value, wrapped)
                self._grid.addWidget(name, row, 0)
                self._grid.addWidget(text, row, 1)
            rows.append((name, text))
        for name, text in self._rows[len(rows) :]:
            for widget in (name, text):
                self._grid.removeWidget(widget)
                widget.deleteLater()
        self._rows = rows
        self.values = {caption: text for (caption, _), (_, text) in zip(facts, rows, strict=True)}

    def _value(self, value: str, wrapped: bool) -> QLabel | WrappedValue:
        if wrapped:
            return WrappedValue(value, self)
        text = QLabel(value, self)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _never_wider_than_the_panel(text)
        return text


_ROW_PADDING = 4


class _RoomyDelegate(ElidedTipDelegate):
    """Rows with a little air above and below the text; a cut cell's tooltip is its text."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), option.fontMetrics.height() + 2 * _ROW_PADDING)


class FittedTree(QTreeWidget):
    """A read-only tree as tall as its rows, so a scrolling panel holds several of them.

    The `stretch` column takes the width left over; the others fit their contents. In a
    narrow panel the long columns give way (cut with "…", whole in the tooltip) so that every
    column stays in view.
    """

    def __init__(
        self, headers: Sequence[str], parent: QWidget | None = None, stretch: int = 0
    ) -> None:
        super().__init__(parent)
        self.setItemDelegate(_RoomyDelegate(self))
        self.setHeaderLabels(list(headers))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stretch = stretch
        header = self.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(1)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def set_rows(self, rows: Sequence[Sequence[str]]) -> list[QTreeWidgetItem]:
        self.clear()
        items = [QTreeWidgetItem(self, list(row)) for row in rows]
        self.fit()
        return items

    def fit_columns(self) -> None:
        """Share the tree's width between its columns (see `share_width`)."""
        header = self.header()
        wanted = [
            max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(header.count())
        ]
        # A date is short: it stays whole while the long texts beside it can give way.
        short = self.fontMetrics().horizontalAdvance("30 Sept 2026") * 6 // 5 + 12
        shared = share_width(wanted, self.viewport().width(), self.stretch, short=short)
        for column, width in enumerate(shared):
            header.resizeSection(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit(self) -> None:
        """Size the tree to its visible rows."""
        rows = 0
        iterator = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while iterator:
            item = iterator.pop()
            if item is None:
                continue
            rows += 1
            if item.isExpanded():
                iterator.extend(item.child(i) for i in range(item.childCount()))
        row_height = self.fontMetrics().height() + 2 * _ROW_PADDING
        height = self.header().sizeHint().height() + rows * row_height + 2 * self.frameWidth() + 2
        self.setFixedHeight(height)
        self.fit_columns()


def show_either(tree: QTreeWidget, hint: QLabel, has_rows: bool) -> None:
    """Show a list when it has rows, else the hint that says why it is empty."""
    tree.setVisible(has_rows)
    hint.setVisible(not has_rows)


class DetailPanel(QScrollArea):
    """A frameless scrolling panel about one record, read from the store each time it is shown.

    Subclasses lay out `title`, `subtitle` and their sections in `body_layout`, then call
    `finish()`; `show_record` and `refresh` are what the records views call.
    """

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(12, 8, 12, 12)
        self.title = title_label(self.body)
        self.subtitle = muted(parent=self.body)

    def add_list(
        self, title: str, headers: Sequence[str], empty_hint: str, stretch: int = 1
    ) -> tuple[FittedTree, QLabel]:
        """A headed section: a fitted tree and the hint shown instead of it when it is empty."""
        self.body_layout.addWidget(heading(title, self.body))
        tree = FittedTree(headers, self.body, stretch=stretch)
        hint = muted(empty_hint, self.body)
        self.body_layout.addWidget(tree)
        self.body_layout.addWidget(hint)
        return tree, hint

    def finish(self) -> None:
        """Push the sections up and put the body in the scroll area."""
        self.body_layout.addStretch(1)
        self.setWidget(self.body)

    def show_record(self, record_id: int | None) -> None:
        """Show one record, or the empty panel when it is None or gone."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Show the current record again, read fresh from the store."""
        raise NotImplementedError
