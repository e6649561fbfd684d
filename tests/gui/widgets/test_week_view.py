"""The week view driven like a rep would: plan, drag, mark done, undo, skip, cancel, delete."""

from __future__ import annotations

from datetime import date, time

import pytest
from conftest import Week
from PySide6.QtCore import QDate, QLocale, QMimeData, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from planner.domain.model import Channel, Status
from planner.storage import Store
from planner.ui import theme
from planner.ui.controller import Controller
from planner.ui.dialogs.outcome_dialog import OutcomeDialog
from planner.ui.dialogs.touchpoint_dialog import TouchpointDialog
from planner.ui.mime import decode_ids
from planner.ui.models.week_model import DayModel, EntryRole
from planner.ui.widgets.week_columns import CardList
from planner.ui.widgets.week_view import WeekView

MON = date(2026, 11, 23)


@pytest.fixture
def view(qtbot, controller: Controller, week: Week, monday_first: None) -> WeekView:
    widget = WeekView(controller)
    qtbot.addWidget(widget)
    widget.set_compact(True)  # these tests drive the card columns
    widget.resize(1500, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def ids_on(view: WeekView, day: date) -> list[int]:
    column = view.column_for(day)
    assert column is not None
    model = column.cards.model()
    return [model.index(r, 0).data(EntryRole.TOUCHPOINT_ID) for r in range(model.rowCount())]


def drop(qtbot, source: CardList, touchpoint_id: int, target: CardList) -> None:
    """Drag data from the source list, entered, moved and dropped on the target's viewport."""
    model = source.model()
    row = next(
        r
        for r in range(model.rowCount())
        if source.touchpoint_id_at(model.index(r, 0)) == touchpoint_id
    )
    mime = model.mimeData([model.index(row, 0)])
    assert decode_ids(mime) == [touchpoint_id]
    pos = QPointF(target.viewport().rect().center())
    action = Qt.DropAction.MoveAction
    buttons = Qt.MouseButton.LeftButton
    mods = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos.toPoint(), action, mime, buttons, mods)
    QApplication.sendEvent(target.viewport(), enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos.toPoint(), action, mime, buttons, mods)
    QApplication.sendEvent(target.viewport(), move)
    assert move.isAccepted()
    event = QDropEvent(pos, action, mime, buttons, mods)
    QApplication.sendEvent(target.viewport(), event)
    assert event.isAccepted()


def click_card(qtbot, view: WeekView, touchpoint_id: int, day: date) -> CardList:
    column = view.column_for(day)
    assert column is not None
    rect = column.cards.card_rect(touchpoint_id)
    assert rect.isValid()
    qtbot.mouseClick(column.cards.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.selected_touchpoint_id() == touchpoint_id
    return column.cards


def test_the_week_shows_cards_in_their_day_columns(view: WeekView, week: Week) -> None:
    assert next(c.day for c in view.columns) == MON
    assert view.columns[0].header.text() == "Mon 23 Nov"
    assert view.columns[0].property("today") is True
    assert view.columns[0].note.text().startswith("Today")
    assert view.columns[1].property("today") is False
    assert ids_on(view, date(2026, 11, 24)) == [week.call.id]
    assert ids_on(view, date(2026, 11, 25)) == [week.send.id]
    assert ids_on(view, MON) == [week.done.id]
    assert week.later.id not in view.week_model.entries()
    assert view.title_label.text() == "23 – 29 November 2026"
    assert "Week 48" in view.subtitle_label.text()


@pytest.mark.parametrize(
    ("name", "first"),
    [("en_US", date(2026, 11, 22)), ("de_DE", date(2026, 11, 23))],
)
def test_the_week_starts_on_the_locales_first_day(
    qtbot, controller: Controller, week: Week, name: str, first: date
) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(name))
    try:
        widget = WeekView(controller)
        qtbot.addWidget(widget)
        assert widget.columns[0].day == first
        assert [c.day.toordinal() for c in widget.columns] == list(
            range(first.toordinal(), first.toordinal() + 7)
        )
    finally:
        QLocale.setDefault(previous)


def test_plan_a_touch_point_by_double_clicking_a_day(
    qtbot, view: WeekView, store: Store, week: Week, on_modal
) -> None:
    thursday = date(2026, 11, 26)
    column = view.column_for(thursday)
    assert column is not None
    assert ids_on(view, thursday) == []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, TouchpointDialog)
        assert dialog.date_edit.date() == QDate(2026, 11, 26)
        assert not dialog.ok_button.isEnabled()  # no account yet
        assert dialog.error_label.text()
        dialog.company_combo.setEditText("acme corp")
        assert dialog.ok_button.isEnabled()
        dialog.contact_combo.setCurrentIndex(dialog.contact_combo.findData(week.ada.id))
        dialog.all_day_check.setChecked(False)
        dialog.time_edit.setTime(dialog.time_edit.time().fromString("14:30", "HH:mm"))
        dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData(Channel.MEETING))
        qtbot.keyClicks(dialog.title_edit, "Pilot kick-off")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    on_modal(fill)
    with qtbot.waitSignal(view.controller.changed):
        qtbot.mouseDClick(
            column.cards.viewport(),
            Qt.MouseButton.LeftButton,
            pos=column.cards.viewport().rect().center(),
        )
    [new_id] = ids_on(view, thursday)
    tp = store.touchpoints.get(new_id)
    assert (tp.company_id, tp.contact_id, tp.channel) == (
        week.acme.id,
        week.ada.id,
        Channel.MEETING,
    )
    assert tp.time == time(14, 30)
    assert tp.title == "Pilot kick-off"
    assert view.selected_touchpoint_id() == new_id


def test_the_dialog_refuses_an_unknown_account(qtbot, store: Store, clock, week: Week) -> None:
    dialog = TouchpointDialog(store, clock, day=MON)
    qtbot.addWidget(dialog)
    dialog.company_combo.setEditText("Nobody Inc")
    assert not dialog.ok_button.isEnabled()
    assert "Nobody Inc" in dialog.error_label.text()
    dialog.company_combo.setEditText("Globex")
    assert dialog.ok_button.isEnabled()
    assert not dialog.content_combo.isEnabled()
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData(Channel.CONTENT))
    assert dialog.content_combo.isEnabled()


def test_edit_a_card_by_double_clicking_it(
    qtbot, view: WeekView, store: Store, week: Week, on_modal
) -> None:
    tuesday = date(2026, 11, 24)
    column = view.column_for(tuesday)
    assert column is not None
    rect = column.cards.card_rect(week.call.id)

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, TouchpointDialog)
        assert dialog.title_edit.text() == "Quarterly check-in"
        assert dialog.status_label.text() == "Planned"
        dialog.title_edit.setText("Quarterly review")
        dialog.accept()

    on_modal(edit)
    # A real double-click starts with a press; QTest's mouseDClick sends only the second half.
    qtbot.mouseClick(column.cards.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.controller.changed):
        qtbot.mouseDClick(column.cards.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    changed = store.touchpoints.get(week.call.id)
    assert changed.title == "Quarterly review"
    assert changed.tz == "Europe/Berlin"
    assert changed.time == time(10, 0)


def test_drag_a_card_to_another_day(qtbot, view: WeekView, store: Store, week: Week) -> None:
    source = view.column_for(date(2026, 11, 24))
    target = view.column_for(date(2026, 11, 27))
    assert source is not None
    assert target is not None
    before = store.touchpoints.get(week.call.id)
    with qtbot.waitSignal(view.controller.changed):
        drop(qtbot, source.cards, week.call.id, target.cards)
    after = store.touchpoints.get(week.call.id)
    assert after.day == date(2026, 11, 27)
    assert after.time == before.time
    assert after.revision > before.revision
    assert ids_on(view, date(2026, 11, 27)) == [week.call.id]
    assert ids_on(view, date(2026, 11, 24)) == []
    # The move is one undo step.
    view.controller.undo_stack.undo()
    assert store.touchpoints.get(week.call.id).day == date(2026, 11, 24)
    assert ids_on(view, date(2026, 11, 24)) == [week.call.id]


def test_an_overdue_card_can_be_dropped_on_a_day(
    qtbot, view: WeekView, store: Store, week: Week
) -> None:
    assert view.overdue_tray.isVisible()
    assert "1 planned touch-point" in view.overdue_title.text()
    assert view.overdue_model.rowCount() == 1
    assert view.overdue_model.index(0, 0).data(EntryRole.OVERDUE) is True
    target = view.column_for(date(2026, 11, 26))
    assert target is not None
    with qtbot.waitSignal(view.controller.changed):
        drop(qtbot, view.overdue_list, week.overdue.id, target.cards)
    assert store.touchpoints.get(week.overdue.id).day == date(2026, 11, 26)
    assert view.overdue_model.rowCount() == 0
    assert not view.overdue_tray.isVisible()


def test_the_tray_and_foreign_data_take_no_drops(qtbot, view: WeekView, week: Week) -> None:
    assert not view.overdue_list.acceptDrops()
    target = view.columns[2].cards
    mime = QMimeData()
    mime.setText("hello")
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target.viewport(), enter)
    assert not enter.isAccepted()


def test_mark_done_with_an_outcome_records_the_content_send(
    qtbot, view: WeekView, store: Store, week: Week, on_modal
) -> None:
    click_card(qtbot, view, week.send.id, date(2026, 11, 25))
    assert view.done_action.isEnabled()

    def outcome(dialog: QWidget) -> None:
        assert isinstance(dialog, OutcomeDialog)
        qtbot.keyClicks(dialog.outcome_edit, "Loved it, wants a call")
        dialog.accept()

    on_modal(outcome)
    with qtbot.waitSignal(view.controller.changed):
        view.done_action.trigger()
    tp = store.touchpoints.get(week.send.id)
    assert tp.status is Status.DONE
    assert tp.outcome == "Loved it, wants a call"
    assert len(store.content.sends_for_touchpoint(week.send.id)) == 1
    assert not view.done_action.isEnabled()
    assert view.reopen_action.isEnabled()


def test_cancelling_the_outcome_dialog_changes_nothing(
    qtbot, view: WeekView, store: Store, week: Week, on_modal
) -> None:
    view.select_touchpoint(week.call.id)
    on_modal(lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    view.done_action.trigger()
    assert store.touchpoints.get(week.call.id).status is Status.PLANNED
    assert view.controller.undo_stack.count() == 0


def test_skip_and_cancel_from_the_context_menu(
    qtbot, view: WeekView, store: Store, week: Week
) -> None:
    tuesday = view.column_for(date(2026, 11, 24))
    assert tuesday is not None
    rect = tuesday.cards.card_rect(week.call.id)
    chosen: list[str] = []

    def pick(text: str) -> None:
        def run() -> None:
            menu = QApplication.activePopupWidget()
            if not isinstance(menu, QMenu):
                QTimer.singleShot(10, run)
                return
            for act in menu.actions():
                if act.text().replace("&", "") == text:
                    chosen.append(text)
                    menu.close()
                    act.trigger()
                    return
            menu.close()

        QTimer.singleShot(0, run)

    pick("Skip")
    with qtbot.waitSignal(view.controller.changed):
        tuesday.cards.customContextMenuRequested.emit(rect.center())
    assert chosen == ["Skip"]
    assert store.touchpoints.get(week.call.id).status is Status.SKIPPED

    wednesday = view.column_for(date(2026, 11, 25))
    assert wednesday is not None
    pick("Cancel touch-point")
    with qtbot.waitSignal(view.controller.changed):
        wednesday.cards.customContextMenuRequested.emit(
            wednesday.cards.card_rect(week.send.id).center()
        )
    assert store.touchpoints.get(week.send.id).status is Status.CANCELLED
    # Reopen puts it back to planned.
    view.select_touchpoint(week.send.id)
    with qtbot.waitSignal(view.controller.changed):
        view.reopen_action.trigger()
    assert store.touchpoints.get(week.send.id).status is Status.PLANNED


def test_delete_key_removes_a_card_and_undo_brings_it_back(
    qtbot, view: WeekView, store: Store, week: Week
) -> None:
    view.activateWindow()
    cards = click_card(qtbot, view, week.call.id, date(2026, 11, 24))
    with qtbot.waitSignal(view.controller.changed):
        qtbot.keyClick(cards, Qt.Key.Key_Delete)
    assert ids_on(view, date(2026, 11, 24)) == []
    assert store.touchpoints.count() == 4
    with qtbot.waitSignal(view.controller.changed):
        view.controller.undo_stack.undo()
    assert ids_on(view, date(2026, 11, 24)) == [week.call.id]
    assert store.touchpoints.get(week.call.id).title == "Quarterly check-in"


def test_previous_next_and_today(qtbot, view: WeekView, week: Week) -> None:
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.start == date(2026, 11, 30)
    assert ids_on(view, date(2026, 12, 1)) == [week.later.id]
    assert view.title_label.text() == "30 Nov – 6 Dec 2026"
    assert not any(c.property("today") for c in view.columns)
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.start == date(2026, 11, 16)
    assert ids_on(view, date(2026, 11, 19)) == [week.overdue.id]
    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    assert view.start == MON


def test_the_month_view_marks_days_and_switches_the_week(qtbot, view: WeekView) -> None:
    marks = view.month_view._marks
    assert marks[date(2026, 11, 24)] == 1
    assert marks[date(2026, 12, 1)] == 1
    with qtbot.waitSignal(view.week_changed):
        view.month_view.clicked.emit(QDate(2026, 12, 10))
    assert view.start == date(2026, 12, 7)


def test_the_agenda_lists_whats_coming_up(qtbot, view: WeekView, week: Week) -> None:
    model = view.agenda_model
    ids = [model.index(r, 0).data(EntryRole.TOUCHPOINT_ID) for r in range(model.rowCount())]
    # Planned ones from today over two weeks: not the done one, not the overdue one.
    assert ids == [week.call.id, week.send.id, week.later.id]
    assert "Tomorrow" in model.index(0, 0).data()
    view.agenda_list.activated.emit(model.index(2, 0))
    assert view.start == date(2026, 11, 30)
    assert view.selected_touchpoint_id() == week.later.id


def test_views_refresh_after_changes_elsewhere(
    qtbot, view: WeekView, controller: Controller, week: Week
) -> None:
    with qtbot.waitSignal(controller.changed):
        controller.move_touchpoint(week.later.id, date(2026, 11, 27))
    assert ids_on(view, date(2026, 11, 27)) == [week.later.id]


def test_a_refused_action_reports_a_plain_message(
    qtbot, view: WeekView, controller: Controller, store: Store, week: Week
) -> None:
    store.delete_touchpoint(week.call.id)  # gone behind the view's back
    with qtbot.waitSignal(view.failed) as blocker:
        view.set_status(week.call.id, Status.SKIPPED)
    assert "no touch-point" in blocker.args[0]


def test_models_pass_the_model_tester(qtmodeltester, view: WeekView) -> None:
    qtmodeltester.check(view.week_model)
    qtmodeltester.check(view.overdue_model)
    qtmodeltester.check(view.agenda_model)
    day = view.columns[1].cards.model()
    assert isinstance(day, DayModel)
    qtmodeltester.check(day)


def test_the_outcome_dialog_returns_the_text(qtbot) -> None:
    dialog = OutcomeDialog("Call Ada — Acme", sends_content=True)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.outcome_edit, "  Agreed a pilot  ")
    assert dialog.outcome() == "Agreed a pilot"
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_narrow_day_header_shortens_the_date_and_never_clips_it(qtbot, view: WeekView) -> None:
    tuesday = view.column_for(date(2026, 11, 24))
    assert tuesday is not None
    header = tuesday.header
    font = header.font()
    font.setPointSize(18)  # a large desktop font: the full date needs more than the minimum
    header.setFont(font)
    view.resize(1500, 900)
    qtbot.waitUntil(lambda: header.text() == "Tue 24 Nov")
    view.resize(760, 900)  # every column at its narrowest
    qtbot.waitUntil(lambda: header.text() in ("Tue 24", "24"))
    assert header.fontMetrics().horizontalAdvance(header.text()) <= header.contentsRect().width()
    assert header.toolTip() == "Tuesday 24 November 2026"
    view.resize(1500, 900)
    qtbot.waitUntil(lambda: header.text() == "Tue 24 Nov")


def test_a_card_shows_what_changed_and_looks_the_same_when_changed_back(
    view: WeekView, week: Week, store: Store
) -> None:
    tuesday = date(2026, 11, 24)
    column = view.column_for(tuesday)
    assert column is not None
    assert week.call.id is not None

    def card_image() -> object:
        rect = column.cards.card_rect(week.call.id or 0)
        assert rect.isValid()
        return column.cards.viewport().grab(rect).toImage()

    before = card_image()
    call = store.touchpoints.get(week.call.id)
    store.touchpoints.update(call.replace(title="Renewal talk"))
    view.reload()
    assert card_image() != before
    store.touchpoints.update(store.touchpoints.get(week.call.id).replace(title=call.title))
    view.reload()
    assert card_image() == before


def test_a_hidden_agenda_is_read_when_it_shows(
    qtbot, controller: Controller, week: Week, monday_first: None
) -> None:
    widget = WeekView(controller)
    qtbot.addWidget(widget)
    widget.resize(widget.minimumWidth(), 900)  # a laptop with the plan panel open: no room
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.side_panel.isHidden()
    assert widget.side_panel.agenda_stale
    assert widget.agenda_model.rowCount() == 0  # not read while nobody can see it
    widget.resize(1500, 900)
    qtbot.waitUntil(lambda: not widget.side_panel.isHidden())
    ids = [
        widget.agenda_model.index(r, 0).data(EntryRole.TOUCHPOINT_ID)
        for r in range(widget.agenda_model.rowCount())
    ]
    assert ids == [week.call.id, week.send.id, week.later.id]
    assert not widget.side_panel.agenda_stale


def test_every_day_header_fits_its_column_once_the_week_is_laid_out(qtbot, view: WeekView) -> None:
    # A free weekend day's column is narrower than a full one; each header is measured at its
    # own final width, not at the width it had while the columns were being laid out (they
    # are laid out when the compact view is first shown). The app's style sheet sets the
    # header's font (bold, larger).
    view.setStyleSheet(theme.stylesheet(False))
    view.set_compact(False)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    for width in (760, 1100, 640):
        view.resize(width, 700)
        view.go_next_week()
        view.set_compact(True)
        qtbot.wait(50)
        for column in view.columns:
            header = column.header
            room = header.contentsRect().width()
            assert header.fontMetrics().horizontalAdvance(header.text()) <= room, (
                width,
                header.text(),
            )
