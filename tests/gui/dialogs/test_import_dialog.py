"""The import dialog (format, mapping, preview, import, cancel), Undo import and the File menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_week
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from planner.domain.model import Channel, TouchPoint
from planner.interchange.detect import ImportFormat
from planner.interchange.importer import ImportSource, commit_import, plan_import
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.dialogs.import_dialog import ImportDialog
from planner.ui.dialogs.undo_import_dialog import UndoImportDialog
from planner.ui.main_window import MainWindow
from planner.ui.models.import_batches_model import ImportBatchesModel
from planner.ui.models.import_preview_model import Column, ImportPreviewModel
from planner.ui.widgets.column_mapping import NOT_IMPORTED

DATA = Path(__file__).parents[2] / "data" / "import"
LINKEDIN = DATA / "linkedin_connections.csv"
VCARD = DATA / "vcard30_google.vcf"
HUBSPOT = DATA / "hubspot_contacts.csv"


def open_dialog(qtbot, controller: Controller, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(controller, path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def state(store: Store) -> tuple[list[object], list[object], int]:
    return store.read.company_summaries(), store.read.contact_summaries(), store.touchpoints.count()


def big_csv(path: Path, rows: int) -> Path:
    lines = ["first_name,last_name,company,title,level,buying_role,email,phone,profile_url,notes"]
    lines += [
        f"Person{i},Tester{i},Company {i % 40},Buyer,practitioner,unknown,p{i}@x.example,,,"
        for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_models_pass_the_model_tester(qtmodeltester, store: Store) -> None:
    source = ImportSource.from_path(DATA / "ragged_rows.csv")
    preview = plan_import(store, source)
    model = ImportPreviewModel()
    model.set_rows(preview.rows, preview.format)
    assert model.rowCount() == len(preview.rows) > 0
    qtmodeltester.check(model)
    commit_import(store, ImportSource.from_path(LINKEDIN))
    commit_import(store, ImportSource.from_path(VCARD))
    batches = ImportBatchesModel()
    batches.set_batches(store.imports.all())
    assert batches.rowCount() == 2
    qtmodeltester.check(batches)


def test_linkedin_preview_shows_format_encoding_and_counts(qtbot, controller: Controller) -> None:
    dialog = open_dialog(qtbot, controller, LINKEDIN)
    assert "LinkedIn connections" in dialog.detected_label.text()
    assert "UTF-8 (with BOM)" in dialog.detected_label.text()
    assert dialog.counts() == {"new": 3, "updated": 0, "unchanged": 0, "invalid": 0}
    assert dialog.count_labels[next(iter(dialog.count_labels))].text() == "3 new"
    assert dialog.model.rowCount() == 3
    assert dialog.model.index(0, 1).data() == "Sofia Rossi (Fabrikam)"
    assert dialog.model.index(0, 2).data() == "New"
    assert dialog.mapping_combo("company").currentText() == "Company"
    assert dialog.mapping_combo("title").currentText() == "Position"
    assert dialog.import_button.isEnabled()
    assert controller.store.contacts.count() == 0  # a preview writes nothing


def test_vcard_preview_needs_no_mapping(qtbot, controller: Controller) -> None:
    dialog = open_dialog(qtbot, controller, VCARD)
    assert "vCard" in dialog.detected_label.text()
    assert dialog.counts()["new"] == 2
    assert dialog.mapping_editor.table.isHidden()
    assert "no column mapping" in dialog.mapping_editor.note.text()
    assert dialog.model.index(0, 0).data().startswith("vCard 1")


def test_editing_the_mapping_changes_the_preview(qtbot, controller: Controller) -> None:
    commit_import(controller.store, ImportSource.from_path(HUBSPOT))
    dialog = open_dialog(qtbot, controller, HUBSPOT)
    assert dialog.format_combo.currentData() == "auto"
    assert "Other CSV" in dialog.detected_label.text()
    assert dialog.counts() == {"new": 0, "updated": 0, "unchanged": 2, "invalid": 0}

    # Omar has no phone yet: mapping the phone to another column fills it, Grace's stays.
    phone = dialog.mapping_combo("phone")
    phone.setCurrentIndex(phone.findText("Record ID"))
    assert dialog.counts() == {"new": 0, "updated": 1, "unchanged": 1, "invalid": 0}
    assert "Fills phone" in [dialog.model.index(r, Column.DETAILS).data() for r in range(2)]

    last = dialog.mapping_combo("last_name")
    last.setCurrentIndex(last.findText("Lifecycle Stage"))
    assert [dialog.model.index(r, 1).data() for r in range(2)] == [
        "Grace Lead (Margie's Travel)",
        "Omar Customer (LITWARE, INC.)",
    ]
    assert dialog.counts()["unchanged"] == 1  # matched by e-mail; names are not overwritten

    for name in ("first_name", "last_name", "full_name"):
        combo = dialog.mapping_combo(name)
        combo.setCurrentIndex(combo.findText(NOT_IMPORTED))
    assert dialog.problem_label.isVisible()
    assert "first name" in dialog.problem_label.text()
    assert not dialog.import_button.isEnabled()


def test_choosing_accounts_remaps_the_columns(qtbot, controller: Controller) -> None:
    dialog = open_dialog(qtbot, controller, DATA / "planner_accounts.csv")
    assert dialog.target_combo.currentData() == "accounts"
    assert dialog.counts()["new"] == 3
    assert dialog.mapping_combo("name").currentText() == "name"


def test_format_picked_by_hand_and_its_refusal(qtbot, controller: Controller) -> None:
    dialog = open_dialog(qtbot, controller, VCARD)
    dialog.set_format(ImportFormat.LINKEDIN)
    assert dialog.error_label.isVisible()
    assert "is a vCard file" in dialog.error_label.text()
    assert not dialog.import_button.isEnabled()
    dialog.set_format(ImportFormat.VCARD)
    assert not dialog.error_label.isVisible()
    assert dialog.detected_label.text().startswith("Read as: vCard")
    assert dialog.counts()["new"] == 2


def test_import_writes_the_records_and_ctrl_z_takes_them_back(
    qtbot, controller: Controller, store: Store
) -> None:
    build_week(store)
    before = state(store)
    dialog = open_dialog(qtbot, controller, LINKEDIN)
    with qtbot.waitSignal(controller.changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.import_result is not None
    assert dialog.import_result.batch is not None
    names = {s.contact.full_name for s in store.read.contact_summaries()}
    assert {"Sofia Rossi", "Ada Lovelace"} <= names
    assert len(names) == 4
    assert controller.undo_stack.undoText() == "Import linkedin_connections.csv"

    controller.undo_stack.undo()
    assert state(store) == before
    # Undoing an import is final: Redo does not import the file again.
    assert not controller.undo_stack.canRedo()
    controller.undo_stack.redo()
    assert state(store) == before


@pytest.mark.parametrize(
    ("name", "words"),
    [("bad_binary.vcf", "binary data"), ("bad_empty.csv", "empty"), ("bad_excel.csv", "CSV")],
)
def test_a_bad_file_shows_a_plain_message_and_writes_nothing(
    qtbot, controller: Controller, store: Store, name: str, words: str
) -> None:
    dialog = open_dialog(qtbot, controller, DATA / name)
    assert dialog.error_label.isVisible()
    assert words in dialog.error_label.text()
    assert name in dialog.error_label.text()
    assert "Traceback" not in dialog.error_label.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.import_now() is None
    assert store.contacts.count() == 0
    assert store.imports.all() == []


def test_cancelling_the_progress_writes_nothing(
    qtbot, controller: Controller, store: Store, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, controller, big_csv(tmp_path / "big.csv", 1200))
    assert dialog.counts()["new"] == 1200
    seen: list[tuple[int, int]] = []

    def cancel(done: int, total: int) -> None:
        seen.append((done, total))
        assert dialog.progress is not None
        dialog.progress.cancel()

    dialog.import_progressed.connect(cancel)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert seen
    assert "cancelled" in dialog.error_label.text()
    assert dialog.isVisible()
    assert store.contacts.count() == 0
    assert store.companies.count() == 0
    assert store.imports.all() == []
    assert not controller.undo_stack.canUndo()


def test_a_large_import_reports_progress(
    qtbot, controller: Controller, store: Store, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, controller, big_csv(tmp_path / "big.csv", 1200))
    seen: list[tuple[int, int]] = []
    dialog.import_progressed.connect(lambda done, total: seen.append((done, total)))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert store.contacts.count() == 1200
    assert seen[-1][0] == seen[-1][1]
    assert len(seen) > 5


def test_undo_import_restores_the_prior_state(qtbot, controller: Controller, store: Store) -> None:
    build_week(store)
    before = state(store)
    commit_import(store, ImportSource.from_path(DATA / "planner_accounts.csv"))
    controller.import_source(ImportSource.from_path(LINKEDIN))
    assert state(store) != before
    dialog = UndoImportDialog(controller)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert dialog.current_batch_id() == store.imports.all()[0].id  # the latest is selected
    assert dialog.undo_button.isEnabled()
    with qtbot.waitSignal(controller.changed):
        assert dialog.undo_selected()  # a plan in memory is undone at once
    result = dialog.last_result
    assert result is not None
    assert result.deleted_contacts == 3
    assert "removed 3 contacts" in dialog.result_label.text()
    assert not dialog.undo_button.isEnabled()  # already undone
    assert "Undone" in dialog.model.index(0, 7).data()
    dialog.table.selectRow(1)
    dialog.undo_selected()
    assert state(store) == before
    assert dialog.cursor().shape() != Qt.CursorShape.BusyCursor  # the busy cursor went
    assert QGuiApplication.overrideCursor() is None


def test_a_refused_undo_says_why_and_gives_the_cursor_back(
    qtbot, controller: Controller, store: Store
) -> None:
    result = controller.import_source(ImportSource.from_path(LINKEDIN))
    assert result.batch is not None
    dialog = UndoImportDialog(controller)
    qtbot.addWidget(dialog)
    store.imports.undo(result.batch.id)  # undone elsewhere meanwhile (the command line)
    with qtbot.assertNotEmitted(controller.changed):
        assert dialog.undo_selected()
    assert dialog.last_result is None
    assert "already been undone" in dialog.result_label.text()
    assert not dialog.busy
    assert not dialog.undo_button.isEnabled()  # the list now shows it undone
    assert dialog.cursor().shape() != Qt.CursorShape.BusyCursor
    assert QGuiApplication.overrideCursor() is None


def test_undo_import_after_other_edits_says_what_it_kept(
    qtbot, controller: Controller, store: Store
) -> None:
    result = controller.import_source(ImportSource.from_path(LINKEDIN))
    assert result.batch is not None
    sofia = next(
        s.contact for s in store.read.contact_summaries() if s.contact.first_name == "Sofia"
    )
    assert sofia.company_id is not None
    controller.plan_touchpoint(
        TouchPoint(sofia.company_id, controller.today(), Channel.CALL, contact_id=sofia.id)
    )
    dialog = UndoImportDialog(controller)
    qtbot.addWidget(dialog)
    dialog.undo_selected()
    text = dialog.result_label.text()
    assert "Kept because of later changes" in text
    assert "Sofia Rossi was kept: it now has touch-points" in text
    assert "The account Fabrikam was kept" in text
    assert store.contacts.count() == 1


def test_file_menu_holds_import_undo_import_and_export(
    qtbot, controller: Controller, store: Store, tmp_path: Path
) -> None:
    window = MainWindow(controller, Path("/tmp/plan.db"))
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    for wanted in ("&Import contacts or accounts…", "&Undo import…", "&Export CSV…"):
        assert wanted in texts
    assert texts.index("&Export CSV…") < texts.index("&Quit")

    dialog = window.interchange.open_import(LINKEDIN)
    assert isinstance(dialog, ImportDialog)
    assert dialog.isVisible()
    with qtbot.waitSignal(controller.changed):
        dialog.import_now()
    assert store.contacts.count() == 3
    assert "Imported linkedin_connections.csv: 3 new" in window.statusBar().currentMessage()

    written = window.interchange.export(tmp_path)
    assert [p.name for p in written] == ["accounts.csv", "contacts.csv", "touchpoints.csv"]
    assert "Sofia" in (tmp_path / "contacts.csv").read_text(encoding="utf-8")

    undo = window.interchange.open_undo_import()
    assert undo.model.rowCount() == 1
    undo.close()


def test_touchpoints_csv_is_previewed_imported_and_undone_as_touch_points(
    qtbot, controller: Controller, store: Store, tmp_path: Path
) -> None:
    build_week(store)
    before = state(store)
    count = store.touchpoints.count()
    dialog = open_dialog(qtbot, controller, DATA / "planner_touchpoints.csv")
    assert [dialog.target_combo.itemText(i) for i in range(dialog.target_combo.count())] == [
        "Contacts",
        "Accounts",
        "Touch-points",
    ]
    assert dialog.target_combo.currentData() == "touchpoints"
    assert dialog.target_combo.isVisible()
    assert dialog.mapping_combo("completed_at").currentText() == "completed_at"
    assert dialog.counts()["invalid"] == 9
    details = [dialog.model.index(r, Column.DETAILS).data() for r in range(dialog.model.rowCount())]
    assert "date 2026-02-30 does not exist" in details
    assert any(d.startswith("Creates the account Contoso Ltd") for d in details)
    new = dialog.counts()["new"]
    with qtbot.waitSignal(controller.changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert store.touchpoints.count() == count + new
    controller.undo_stack.undo()
    assert state(store) == before

    other = tmp_path / "activities.csv"
    other.write_text("Day,Account,Subject\n2026-12-01,Fabrikam,Site tour\n", encoding="utf-8")
    dialog = open_dialog(qtbot, controller, other)
    assert dialog.target_combo.currentData() == "contacts"
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData("touchpoints"))
    assert dialog.mapping_combo("date").currentText() == "Day"
    assert dialog.mapping_combo("title").currentText() == "Subject"
    assert dialog.counts() == {"new": 1, "updated": 0, "unchanged": 0, "invalid": 0}
