"""Spreadsheet-style editing (issue 10, item 10), typed as a person would: F2 or typing starts,
Enter commits and goes down, the store's rules refuse bad values, every step undoes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QLineEdit

from lcplanner.ui.action_table import COLUMNS
from person import type_text


def _column(key: str) -> int:
    return [k for k, _ in COLUMNS].index(key)


def _page(qtbot, window, demo_file, area: str = "BB1"):
    assert window.open_path(demo_file)
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_area(area)
    page = window.area_page
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    return page


def _go(qtbot, page, row: int, key: str) -> None:
    page.table.setCurrentIndex(page.proxy.index(row, _column(key)))
    assert page.table.hasFocus()


def _enter(qtbot, widget=None) -> None:
    """Enter in the open cell editor; Qt commits on its next turn of the event loop."""
    view = QApplication.focusWidget().parent()
    while view is not None and not hasattr(view, "state"):
        view = view.parent()
    qtbot.keyClick(widget or QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() == view.State.NoState)


def _editor() -> QLineEdit | QComboBox:
    widget = QApplication.focusWidget()
    assert isinstance(widget, (QLineEdit, QComboBox)), widget
    return widget


def test_typing_replaces_a_title_and_enter_moves_down(qtbot, window, demo_file):
    page = _page(qtbot, window, demo_file)
    first, second = page.proxy.index(0, 0).data(256 + 1), page.proxy.index(1, 0).data(256 + 1)
    _go(qtbot, page, 0, "title")
    type_text(qtbot, "Reading circles")  # typing starts editing and replaces the text
    _enter(qtbot, _editor())
    assert window.doc.action(first).title == "Reading circles"
    assert page.table.currentIndex().row() == 1 and page.current_id() == second
    assert page.table.currentIndex().column() == _column("title")
    assert page.table.hasFocus()
    window.undo_stack.undo()
    assert window.doc.action(first).title != "Reading circles"


def test_f2_edits_a_typed_date_and_a_bad_one_is_refused_with_a_reason(qtbot, window, demo_file):
    page = _page(qtbot, window, demo_file)
    ident = page.current_id() if page.current_id() is not None else page.proxy.index(0, 0).data(257)
    _go(qtbot, page, 0, "start")
    ident = page.current_id()
    before = window.doc.action(ident)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = _editor()
    type_text(qtbot, "1.2.2026")  # F2 selects the text: typing replaces it
    _enter(qtbot, editor)
    assert window.doc.action(ident).start_date == dt.date(2026, 2, 1)

    _go(qtbot, page, 0, "end")
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    type_text(qtbot, "1.1.2020")  # before the start: the store refuses
    _enter(qtbot, _editor())
    assert window.doc.action(ident).end_date == before.end_date
    assert page.hint.text() and page.hint.property("problem")

    _go(qtbot, page, 0, "end")
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    type_text(qtbot, "next week")
    _enter(qtbot, _editor())
    assert window.doc.action(ident).end_date == before.end_date
    assert "next week" in page.hint.text()


def test_status_priority_percent_and_lead_in_place(qtbot, window, demo_file):
    page = _page(qtbot, window, demo_file)
    _go(qtbot, page, 0, "priority")
    ident = page.current_id()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    spin = QApplication.focusWidget()
    type_text(qtbot, "5")
    _enter(qtbot, spin)
    assert window.doc.action(ident).priority == 5

    _go(qtbot, page, 0, "percent")
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    type_text(qtbot, "40")
    _enter(qtbot, QApplication.focusWidget())
    assert window.doc.action(ident).percent == 40

    _go(qtbot, page, 0, "status")
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    wanted = combo.findData("done")
    assert wanted >= 0
    combo.setCurrentIndex(wanted)  # the open list's choice (a popup is not typed into offscreen)
    _enter(qtbot, combo)
    assert window.doc.action(ident).status == "done"

    _go(qtbot, page, 0, "lead")
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    lead = _editor()
    type_text(qtbot, "Anadolu University")  # a name not in the register yet
    _enter(qtbot, lead)
    row = window.doc.action(ident)
    assert row.lead_name == "Anadolu University"
    assert window.doc.find_organisation("Anadolu University") is not None
    window.undo_stack.undo()  # one step takes back the lead and the new organisation
    assert window.doc.find_organisation("Anadolu University") is None
    assert window.doc.action(ident).lead_name != "Anadolu University"


def test_escape_leaves_the_cell_as_it_was(qtbot, window, demo_file):
    page = _page(qtbot, window, demo_file)
    _go(qtbot, page, 0, "title")
    ident = page.current_id()
    title = window.doc.action(ident).title
    steps = window.undo_stack.count()
    type_text(qtbot, "Oops")
    qtbot.keyClick(_editor(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.table.state() == page.table.State.NoState)
    assert window.doc.action(ident).title == title
    assert window.undo_stack.count() == steps


def test_a_read_only_plan_is_not_edited_in_place(qtbot, window, demo_file):
    assert window.open_path(demo_file, read_only=True)
    window.show_area("BB1")
    page = window.area_page
    index = page.proxy.index(0, _column("title"))
    assert not page.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_objective_renamed_in_place_reordered_and_moved_with_its_actions(qtbot, window, demo_file,
                                                                         monkeypatch):
    page = _page(qtbot, window, demo_file)
    objectives = window.doc.objectives("BB1")
    assert len(objectives) >= 2
    first = objectives[0]
    page.objectives.setFocus()
    page.objectives.setCurrentRow(0)
    qtbot.keyClick(page.objectives, Qt.Key.Key_F2)
    type_text(qtbot, "Every adult reads")
    _enter(qtbot, _editor())
    assert window.doc.objective(first.id).statement == "Every adult reads"

    qtbot.keyClick(page.objectives, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [o.id for o in window.doc.objectives("BB1")][1] == first.id
    assert page.objectives.current_id() == first.id

    actions = [a.id for a in window.doc.actions("BB1") if a.objective_id == first.id]
    assert actions
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda *a, **k: (next(n for n in a[3] if n.startswith("BB3")), True))
    qtbot.keyClick(page.objectives, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    moved = window.doc.objective(first.id)
    assert moved.area == "BB3" and moved.code.startswith("BB3-O")
    assert {a.area for a in window.doc.actions(ids=actions)} == {"BB3"}
    assert all(a.code.startswith("BB3-") for a in window.doc.actions(ids=actions))
    for _ in range(3):  # move, reorder, rename
        window.undo_stack.undo()
    back = window.doc.objective(first.id)
    assert (back.area, back.code, back.statement) == ("BB1", first.code, first.statement)
    assert [o.id for o in window.doc.objectives("BB1")] == [o.id for o in objectives]
    assert {a.area for a in window.doc.actions(ids=actions)} == {"BB1"}


def test_action_moves_to_another_block_from_the_editor_and_by_a_drop(qtbot, window, demo_file):
    page = _page(qtbot, window, demo_file)
    page.select_row(0)
    ident = page.current_id()
    old = window.doc.action(ident)
    combo = page.editor.area
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("BB4"))
    combo.activated.emit(combo.currentIndex())
    moved = window.doc.action(ident)
    assert moved.area == "BB4" and moved.objective_id is None and moved.code.startswith("BB4-")
    assert ident not in [a.id for a in window.doc.actions("BB1")]
    window.undo_stack.undo()
    back = window.doc.action(ident)
    assert (back.area, back.code, back.objective_id, back.position) == (
        old.area, old.code, old.objective_id, old.position)

    # A drag from the table onto the navigator's BB2 entry: the table's own drag data, dropped.
    page.select_row(0)
    ident = page.current_id()
    data = page.model.mimeData([page.model.index(page.model.row_of_id(ident), 0)])
    nav = window.navigator_model
    target = nav.index(nav.row_of("BB2"))
    assert nav.flags(target) & Qt.ItemFlag.ItemIsDropEnabled
    assert not nav.flags(nav.index(nav.row_of("overview"))) & Qt.ItemFlag.ItemIsDropEnabled
    assert nav.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    assert window.doc.action(ident).area == "BB2"
    window.undo_stack.undo()
    assert window.doc.action(ident).area == "BB1"


def test_each_area_opens_with_its_first_action_in_the_editor(qtbot, window, demo_file):
    assert window.open_path(demo_file)
    page = window.area_page
    for area in ("BB1", "BB2", "FC3"):
        window.show_area(area)
        first = window.doc.actions(area)[0].id
        assert page.current_id() == first
        assert page.editor.action_id == first and page.editor.isEnabled()
        assert window.doc.action(first).code in page.editor.heading.text()
