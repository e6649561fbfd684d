"""The content library: items, who received each and when, and recording sends."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from planner.domain.model import ContentItem, ContentSummary
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.ui import display
from planner.ui.controller import CONTACTS, CONTENT, Controller
from planner.ui.dialogs.content_dialog import ContentDialog
from planner.ui.dialogs.record_send_dialog import RecordSendDialog
from planner.ui.models.content_model import Column, ContentModel
from planner.ui.widgets.content_detail import ContentDetail
from planner.ui.widgets.records_view import RecordsSpec, RecordsView

SPEC = RecordsSpec(
    new_text=QT_TRANSLATE_NOOP("RecordsView", "New item"),
    new_tip=QT_TRANSLATE_NOOP("RecordsView", "Add a content item (Ctrl+N)"),
    edit_tip=QT_TRANSLATE_NOOP("RecordsView", "Edit the selected item (double-click a row)"),
    delete_tip=QT_TRANSLATE_NOOP(
        "RecordsView", "Delete the selected item (Delete; Ctrl+Z undoes it)"
    ),
    filter_placeholder=QT_TRANSLATE_NOOP("RecordsView", "Filter by title, kind, topic, segment…"),
    placeholder=QT_TRANSLATE_NOOP("RecordsView", "Select an item to see who received it and when."),
    empty_text=QT_TRANSLATE_NOOP(
        "RecordsView",
        "No content yet — add the white papers, case studies and newsletters you share.",
    ),
    no_match_text=QT_TRANSLATE_NOOP("RecordsView", "No item matches the filter."),
    open_failed=QT_TRANSLATE_NOOP("RecordsView", "Could not open the item"),
    delete_failed=QT_TRANSLATE_NOOP("RecordsView", "Could not delete the item"),
    widths={
        Column.TITLE: 260,
        Column.KIND: 115,
        Column.TOPICS: 170,
        Column.SEGMENTS: 180,
        Column.SENDS: 55,
    },
    sort_column=Column.TITLE,
    reload_on=(CONTENT, CONTACTS),
    refresh_on=(CONTENT, CONTACTS),
    stretch=(2, 1),
    sizes=(1000, 400),
    fit_columns=False,
    stretch_column=Column.TITLE,
)


class ContentLibraryView(RecordsView[ContentModel, ContentDetail]):
    """Lists the content items and shows the selected one's recipients."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, ContentModel(), SPEC, parent)

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%Ln item(s)", "", total)
        return self.tr("{shown} of %Ln item(s)", "", total).format(shown=display.number(shown))

    def _make_actions(self) -> list[QAction]:
        self.send_action = QAction(self.tr("Record sent to…"), self)
        self.send_action.setToolTip(self.tr("Log that this item went to one or several contacts"))
        self.send_action.triggered.connect(self._on_send_action_triggered)
        return [self.send_action]

    def _load(self) -> Sequence[ContentSummary]:
        return self.store.content.summaries()

    def _create_detail(self) -> ContentDetail:
        return ContentDetail(self.store, self)

    # Reading.

    def current_item_id(self) -> int | None:
        return self.current_id()

    def open_item(self, item_id: int) -> None:
        """Select and show one content item, clearing a filter that would hide it."""
        self.open_record(item_id)

    # Editing.

    def new_item(self) -> ContentDialog:
        """Open the form for a new item (non-blocking; the dialog is kept in `dialog`)."""
        return self._open_item_dialog(None)

    def edit_item(self, item_id: int | None = None) -> ContentDialog | None:
        item = self._read(self.store.content.get, item_id)
        return None if item is None else self._open_item_dialog(item)

    def _open_item_dialog(self, item: ContentItem | None) -> ContentDialog:
        saved: list[ContentItem] = []

        def save(value: ContentItem) -> None:
            if item is None:
                saved.append(self.controller.add_content(value))
            else:
                saved.append(self.controller.update_content(value))

        dialog = ContentDialog(item, save, self)
        self._keep_open(dialog, saved)
        return dialog

    def record_sent(self, item_id: int | None = None) -> RecordSendDialog | None:
        """Ask who received the item and when; one undo step logs all the sends."""
        chosen = self._chosen(item_id)
        if chosen is None:
            return None
        item = self.store.content.get(chosen)

        def save(contact_ids: list[int], on: date) -> None:
            self.controller.record_sends(chosen, contact_ids, on)

        dialog = RecordSendDialog(
            item, self.store.read.contact_summaries(), self.controller.today(), save, self
        )
        self._keep_open(dialog, [])
        return dialog

    def delete_item(self, item_id: int | None = None) -> None:
        self.delete_record(item_id)

    def _new(self) -> None:
        self.new_item()

    def _edit(self, record_id: int | None) -> None:
        self.edit_item(record_id)

    def _delete(self, record_id: int) -> None:
        self.controller.delete_content(record_id)

    def _on_send_action_triggered(self) -> None:
        self.record_sent()
