"""The main window on real plan files: start-up, pages, models, keyboard habits, bad files."""

from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QInputDialog, QMessageBox

from badfiles import BAD_FILES
from lcplanner.app import build_window
from lcplanner.core.document import PlanDocument
from lcplanner.ui.action_table import IdRole
from lcplanner.ui.main_window import MainWindow
from lcplanner.ui.navigator import ENTRIES, KeyRole

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def _options(**kw) -> argparse.Namespace:
    return argparse.Namespace(**{"file": None, "demo": False, "read_only": False, "lang": None, **kw})


@pytest.fixture
def demo_window(window, demo_file):
    assert window.open_path(demo_file)
    return window


def test_demo_start_opens_a_fresh_copy_in_documents(qtbot, settings_dir):
    first = build_window(_options(demo=True))
    qtbot.addWidget(first)
    second = build_window(_options(demo=True))
    qtbot.addWidget(second)
    folder = Path(os.environ["XDG_DOCUMENTS_DIR"]) / "LC Planner"
    assert first.doc.path.parent == folder and second.doc.path.parent == folder
    assert first.doc.path != second.doc.path  # a fresh copy, never the earlier one
    assert "Ilgınova" in first.windowTitle()
    first.close()
    second.close()


def test_no_file_opens_the_last_plan_or_the_welcome_page(qtbot, settings_dir, demo_file):
    fresh = build_window(_options())
    qtbot.addWidget(fresh)
    assert fresh.doc is None and fresh.pages.currentWidget() is fresh.welcome
    assert fresh.open_path(demo_file)
    fresh.close()
    again = build_window(_options())
    qtbot.addWidget(again)
    assert again.doc is not None and again.doc.path == demo_file  # the last plan
    assert again.recent_files() == [str(demo_file)]
    again.close()


def test_every_item_model_passes_the_model_tester(qtbot, demo_window):
    w = demo_window
    w.show_area("BB2")
    w.area_page.select_action(w.doc.actions("BB2")[0].id)
    editor = w.area_page.editor
    models = [w.navigator_model, w.area_page.model, w.area_page.proxy, editor.budget.model,
              editor.indicators.model, w.organisations_page.model]
    testers = [QAbstractItemModelTester(m, FATAL) for m in models]
    assert all(m.rowCount() > 0 for m in models)
    # Exercise them while the testers watch: edits, a filter, another area.
    w.commander.add_action("BB2", "Yeni")
    w.area_page.search.setText("kütüphane")
    w.area_page.search.clear()
    w.commander.add_budget_line(editor.action_id, 2027, "5000")
    w.show_area("BB5")
    w.commander.add_organisation("Yeni Dernek")
    assert len(testers) == 6


def test_navigator_counts_and_warnings(qtbot, demo_window):
    w = demo_window
    model = w.navigator_model
    assert [model.index(r).data(KeyRole) for r in range(model.rowCount())] == list(ENTRIES)
    summary = {s.area: s for s in w.doc.summary()}
    bb2 = model.index(model.row_of("BB2"))
    assert f"({summary['BB2'].actions})" in bb2.data()
    assert "lack" in bb2.data(Qt.ItemDataRole.ToolTipRole)
    assert "lack" not in model.index(model.row_of("BB3")).data(Qt.ItemDataRole.ToolTipRole)
    w.commander.add_action("BB2", "Yeni eylem")
    w.commander.add_action("BB2", "Bir eylem daha")  # a burst of edits: one refresh, soon after
    qtbot.waitUntil(lambda: f"({summary['BB2'].actions + 2})" in bb2.data(), timeout=3000)


def test_area_table_order_sort_and_search(demo_window):
    w = demo_window
    w.show_area("BB1")
    page = w.area_page
    ids = [a.id for a in w.doc.actions("BB1")]
    shown = [page.proxy.index(r, 0).data(IdRole) for r in range(page.proxy.rowCount())]
    assert shown == ids  # plan order until a header is clicked
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    titles = [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]
    from lcplanner.core.text import sort_key
    assert titles == sorted(titles, key=sort_key("tr"))
    page.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    page.search.setText("TÜRKÇE")  # Turkish case folding through the store's search
    assert page.proxy.rowCount() == 1 and "Türkçe" in page.proxy.index(0, 1).data()
    page.search.clear()
    page.status.setCurrentIndex(page.status.findData("done"))
    assert all(w.doc.action(page.proxy.index(r, 0).data(IdRole)).status == "done"
               for r in range(page.proxy.rowCount()))
    page.status.setCurrentIndex(0)
    assert page.proxy.rowCount() == len(ids)


def test_delete_key_and_reorder_keys_are_undoable(qtbot, demo_window):
    w = demo_window
    w.show_area("BB4")
    page = w.area_page
    ids = [a.id for a in w.doc.actions("BB4")]
    page.select_action(ids[0])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [a.id for a in w.doc.actions("BB4")] == [ids[1], ids[0], *ids[2:]]
    assert page.current_id() == ids[0]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [a.id for a in w.doc.actions("BB4")] == [ids[1], *ids[2:]]
    assert w.undo_action.text() == "&Undo Delete 1 action"  # English plural forms
    w.undo_stack.undo()
    w.undo_stack.undo()
    assert [a.id for a in w.doc.actions("BB4")] == ids


def test_end_before_start_is_refused_at_the_field(qtbot, demo_window):
    w = demo_window
    w.show_area("BB1")
    action = w.doc.actions("BB1")[0]
    w.area_page.select_action(action.id)
    editor = w.area_page.editor
    steps = w.undo_stack.count()
    field = editor.end.edit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, f"01.01.{action.start_date.year - 1}")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert editor.error.isVisible() and "before the start date" in editor.error.text()
    assert w.doc.action(action.id).end_date == action.end_date  # nothing changed
    assert editor.end.date() == action.end_date  # the field shows the stored value again
    assert w.undo_stack.count() == steps


def test_pasted_control_characters_are_cleaned(demo_window):
    w = demo_window
    w.show_area("BB1")
    action = w.doc.actions("BB1")[0]
    w.area_page.select_action(action.id)
    title = w.area_page.editor.title
    title.setText("Okuma\x0bsaati\x07 ")
    title.editingFinished.emit()
    assert w.doc.action(action.id).title == "Okuma saati"


def test_merge_organisations_on_the_register(demo_window, modal):
    w = demo_window
    w.navigator.setCurrentIndex(w.navigator_model.index(w.navigator_model.row_of("organisations")))
    page = w.organisations_page
    keep = w.commander.add_organisation("İl Milli Eğitim Müdürlüğü (kopya)")
    drop = w.commander.add_organisation("Milli Eğitim")
    led = w.commander.add_action("BB1", "Okuma", lead_id=drop)
    rows = {page.model.index(r, 0).data(IdRole): r for r in range(page.model.rowCount())}
    selection = page.table.selectionModel()
    page.table.selectRow(rows[keep])
    selection.select(page.model.index(rows[drop], 0),
                     selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    def keep_first(dialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("İl Milli Eğitim Müdürlüğü (kopya)")
        dialog.accept()

    modal.next(keep_first)
    page.merge_selected()
    modal.check()
    assert w.doc.action(led).lead_id == keep
    assert w.doc.find_organisation("Milli Eğitim") is None
    assert w.undo_action.text() == "&Undo Merge organisations"
    w.undo_stack.undo()
    assert w.doc.action(led).lead_id == drop


@pytest.mark.parametrize("make, error", BAD_FILES, ids=[f.__name__.strip("_") for f, _ in BAD_FILES])
def test_bad_files_end_in_a_message_box(window, modal, tmp_path, demo_file, make, error):
    folder = tmp_path / "bad"
    folder.mkdir()
    path = make(folder, demo_file)
    modal.next(lambda box: box.accept())
    assert not window.open_path(path)
    modal.check()
    assert modal.kinds == ["QMessageBox"] and modal.icons == [QMessageBox.Icon.Critical]
    with pytest.raises(error) as caught:
        PlanDocument.open(path)
    assert modal.texts == [caught.value.message()]  # the store's own message, translated
    assert window.doc is None


def test_locked_file_opens_read_only_on_request(qtbot, window, modal, demo_file):
    holder = PlanDocument.open(demo_file)
    try:
        modal.next(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        assert window.open_path(demo_file)
        modal.check()
        assert "already open for editing" in modal.texts[0]
        assert window.doc.read_only and "[read-only]" in window.windowTitle()
        assert not window.area_page.quick_add.isEnabled()
        window.show_area("BB1")
        window.area_page.select_action(window.doc.actions("BB1")[0].id)
        editor = window.area_page.editor
        assert editor.title.isReadOnly() and not editor.lead.isEnabled()
        assert not editor.budget.add_button.isEnabled()
        modal.next(lambda box: box.button(QMessageBox.StandardButton.No).click())
        window.close_plan()
        assert not window.open_path(demo_file)
        modal.check()
    finally:
        holder.close()


def test_presentation_full_screen_and_settings(qtbot, settings_dir, demo_file):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    normal = first.font().pointSizeF()
    first.presentation_action.trigger()
    assert first.font().pointSizeF() >= normal * 1.4
    assert first.area_page.quick_add.font().pointSizeF() == first.font().pointSizeF()
    first.fullscreen_action.trigger()
    assert first.isFullScreen()
    first.fullscreen_action.trigger()
    first.resize(1111, 777)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.presentation_action.isChecked()
    assert second.font().pointSizeF() >= normal * 1.4
    second.close()


def test_keyboard_reach_and_accessible_names(demo_window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

    w = demo_window
    w.show_area("BB1")
    w.area_page.select_action(w.doc.actions("BB1")[0].id)
    from PySide6.QtWidgets import QLabel, QWidget

    kinds = (QLineEdit, QComboBox, QAbstractItemView, QAbstractButton)
    buddies = {id(lbl.buddy()) for lbl in w.findChildren(QLabel) if lbl.buddy() is not None}
    checked = 0
    for widget in w.findChildren(QWidget):
        if not isinstance(widget, kinds):
            continue
        if not widget.isVisibleTo(w) or _qt_internal(widget):
            continue
        assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus, widget.objectName()
        assert widget.accessibleName() or id(widget) in buddies or \
            (isinstance(widget, QAbstractButton) and widget.text()), repr(widget)
        checked += 1
    assert checked > 30


def _qt_internal(widget) -> bool:
    """Parts Qt builds inside its own widgets (spin box editors, scroll bars, calendar popups)."""
    from PySide6.QtWidgets import QAbstractSpinBox, QCalendarWidget, QComboBox, QScrollBar

    if widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QCalendarWidget, QComboBox)):
            return True
        parent = parent.parentWidget()
    return type(widget).__name__ in ("QHeaderView",)


def test_upgraded_file_reports_its_backup(window, data_dir, tmp_path):
    old = tmp_path / "old.lcplan"
    shutil.copyfile(data_dir / "plan-schema-1.lcplan", old)
    assert window.open_path(old)
    assert "backup" in window.statusBar().currentMessage() or \
        "old version" in window.statusBar().currentMessage()


def test_drag_and_drop_reorders_through_the_undo_stack(demo_window):
    w = demo_window
    w.show_area("BB3")
    page = w.area_page
    ids = [a.id for a in w.doc.actions("BB3")]
    model = page.model
    data = model.mimeData([model.index(0, 0)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1))
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1))  # drop above row 3
    assert [a.id for a in w.doc.actions("BB3")] == [ids[1], ids[2], ids[0], *ids[3:]]
    assert w.undo_action.text() == "&Undo Move action"
    w.undo_stack.undo()
    assert [a.id for a in w.doc.actions("BB3")] == ids
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # sorted: dropping does not reorder
    model.dropMimeData(model.mimeData([model.index(0, 0)]), Qt.DropAction.MoveAction, 3, 0,
                       model.index(-1, -1))
    assert [a.id for a in w.doc.actions("BB3")] == ids and "Clear" in page.hint.text()


def test_overview_temple_opens_an_area_and_edits_properties(demo_window):
    w = demo_window
    overview = w.overview
    button = overview.buttons["BB4"]
    assert "BB4" in button.text() and "action" in button.text()
    button.click()
    assert w.pages.currentWidget() is w.area_page and w.area_page.area == "BB4"
    w.navigator.setCurrentIndex(w.navigator_model.index(0))
    assert w.pages.currentWidget() is overview
    overview.title.setText("Yeni başlık")
    overview.title.editingFinished.emit()
    assert w.doc.plan().title == "Yeni başlık" and "Yeni başlık" in w.windowTitle()
    overview.end.setValue(2020)
    overview.end.editingFinished.emit()
    assert overview.error.isVisible() and "before it starts" in overview.error.text()
    assert w.doc.plan().period_end == 2028 and overview.end.value() == 2028


def test_an_edit_refreshes_only_its_row(demo_window):
    """Editing a shown action repaints its row without reloading the area (big plans stay fast)."""
    w = demo_window
    w.show_area("BB1")
    model = w.area_page.model
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    action = w.doc.actions("BB1")[2]
    w.commander.update_action(action.id, title="Yeni başlık", percent=55)
    row = model.row_of_id(action.id)
    assert model.action_at(row).title == "Yeni başlık" and model.action_at(row).percent == 55
    assert resets == []
    w.commander.add_action("BB1", "Yeni")  # a new row needs the whole area again
    assert resets == [1] and model.rowCount() == len(w.doc.actions("BB1"))
    w.commander.update_action(action.id, area="BB2")  # leaving the area: the row goes
    assert model.row_of_id(action.id) == -1


def test_hidden_register_catches_up_when_shown(demo_window):
    w = demo_window
    w.show_area("BB1")
    org = w.doc.organisations()[0]
    w.commander.add_action("BB1", "Yeni", lead_id=org.id)  # the register is not on screen
    w.navigator.setCurrentIndex(w.navigator_model.index(w.navigator_model.row_of("organisations")))
    model = w.organisations_page.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).id == org.id)
    assert model.row_at(row).leads == org.leads + 1
