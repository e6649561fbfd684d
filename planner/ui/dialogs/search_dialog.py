"""Quick search over accounts, contacts, content and touch-points, jumping to the chosen one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.model import CompanyKind, ContentKind, SearchHit
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage import Store
from planner.ui.i18n import label, translate

# What kind of record a hit is, shown through translate("QuickSearchDialog", text).
KIND_LABELS = {
    "company": QT_TRANSLATE_NOOP("QuickSearchDialog", "Account"),
    "contact": QT_TRANSLATE_NOOP("QuickSearchDialog", "Contact"),
    "content": QT_TRANSLATE_NOOP("QuickSearchDialog", "Content"),
    "touchpoint": QT_TRANSLATE_NOOP("QuickSearchDialog", "Touch-point"),
}
# The heading over each group of results.
GROUP_LABELS = {
    "company": QT_TRANSLATE_NOOP("QuickSearchDialog", "Accounts"),
    "contact": QT_TRANSLATE_NOOP("QuickSearchDialog", "Contacts"),
    "content": QT_TRANSLATE_NOOP("QuickSearchDialog", "Content"),
    "touchpoint": QT_TRANSLATE_NOOP("QuickSearchDialog", "Touch-points"),
}
# The store describes accounts and content by their kind's English label.
_DETAIL_KINDS: dict[str, type[CompanyKind] | type[ContentKind]] = {
    "company": CompanyKind,
    "content": ContentKind,
}
HIT_ROLE = Qt.ItemDataRole.UserRole
_NAVIGATION = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}


def kind_label(hit: SearchHit) -> str:
    """What kind of record a hit is ("Account", "Contact", "Content"), translated."""
    known = KIND_LABELS.get(hit.kind)
    return translate("QuickSearchDialog", known) if known else hit.kind


def detail_text(hit: SearchHit) -> str:
    """A hit's detail with an account's or content's kind translated."""
    kinds = _DETAIL_KINDS.get(hit.kind)
    if kinds is not None:
        for value in kinds:
            if value.label == hit.detail:
                return label(value)
    return hit.detail


class QuickSearchDialog(QDialog):
    """A line edit over a result list grouped by kind under headings; Enter emits
    `chosen(kind, id)` and closes, Esc closes.

    Every keystroke runs one search; the store reads a bounded number of index rows and caps
    each kind of result with LIMIT, so this stays cheap on a large plan.
    """

    chosen = Signal(str, int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Quick search"))
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(
            self.tr("Search accounts, contacts, content and touch-points…")
        )
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setUniformItemSizes(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A long line is cut in the middle, keeping its kind in view; no sideways scroll.
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status = QLabel(
            self.tr("Type a name, a title, a word of the notes or of an outcome."), self
        )
        self.status.setStyleSheet("color: #52606d;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.query.textChanged.connect(self._on_query_text_changed)
        self.query.returnPressed.connect(self._on_query_return_pressed)
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.resize(560, 420)

    def _hint(self) -> str:
        return self.tr("Type a name, a title, a word of the notes or of an outcome.")

    def showEvent(self, event: QShowEvent) -> None:
        """Opened again, the last query is selected so typing replaces it."""
        super().showEvent(event)
        self.query.selectAll()
        self.query.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow and page keys in the line edit move through the results."""
        if (
            watched is self.query
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _NAVIGATION
        ):
            self._step(event.key())
            return True
        return super().eventFilter(watched, event)

    def _step(self, key: int) -> None:
        hits = [r for r in range(self.results.count()) if self._is_hit(r)]
        if not hits:
            return
        row = self.results.currentRow()
        page = max(1, self.results.height() // max(1, self.results.sizeHintForRow(0)) - 1)
        delta = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -page,
            Qt.Key.Key_PageDown: page,
        }[Qt.Key(key)]
        at = hits.index(row) if row in hits else 0
        self.results.setCurrentRow(hits[min(len(hits) - 1, max(0, at + delta))])

    def _is_hit(self, row: int) -> bool:
        item = self.results.item(row)
        return item is not None and item.data(HIT_ROLE) is not None

    def _add_heading(self, kind: str) -> None:
        known = GROUP_LABELS.get(kind)
        heading = QListWidgetItem(translate("QuickSearchDialog", known) if known else kind)
        heading.setFlags(Qt.ItemFlag.NoItemFlags)  # not selectable: arrows step over it
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.results.addItem(heading)

    def _on_query_text_changed(self, text: str) -> None:
        self.results.clear()
        if not text.strip():
            self.status.setText(
                self.tr("Type a name, a title, a word of the notes or of an outcome.")
            )
            return
        try:
            hits = self.store.search(text)
        except PlannerError as error:
            self.status.setText(str(error))
            return
        group = None
        for hit in hits:
            if hit.kind != group:
                group = hit.kind
                self._add_heading(group)
            kind = kind_label(hit)
            if hit.detail:
                shown = self.tr("{name} — {detail}    [{kind}]").format(
                    name=hit.text, detail=detail_text(hit), kind=kind
                )
            else:
                shown = self.tr("{name}    [{kind}]").format(name=hit.text, kind=kind)
            item = QListWidgetItem(shown)
            item.setData(HIT_ROLE, (hit.kind, hit.id))
            item.setToolTip(self.tr("{kind}: {name}").format(kind=kind, name=hit.text))
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(1)  # the first hit, under its heading
            self.status.setText(self.tr("↑↓ to move, Enter to open, Esc to close"))
        else:
            self.status.setText(self.tr("Nothing matches “{text}”.").format(text=text.strip()))

    def _on_query_return_pressed(self) -> None:
        item = self.results.currentItem()
        if item is not None and item.data(HIT_ROLE) is not None:
            self._choose(item)

    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        if item.data(HIT_ROLE) is None:
            return
        kind, record_id = item.data(HIT_ROLE)
        self.accept()
        self.chosen.emit(kind, record_id)
