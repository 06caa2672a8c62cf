"""Where quick add puts an action is never a surprise (issue 10, item 8)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_after_reopening_quick_add_files_under_an_objective_and_says_which(qtbot, window, demo_file):
    assert window.open_path(demo_file)
    assert window.navigator.hasFocus() or window.focusWidget() is window.navigator  # not a field
    window.close_plan()
    assert window.open_path(demo_file)
    window.show_area("BB2")
    page = window.area_page
    first = window.doc.objectives("BB2")[0]
    assert page.current_objective() == first.id  # not "no objective" after a reopen
    assert first.code in page.quick_add.placeholderText()
    page.quick_add.setFocus()
    qtbot.keyClicks(page.quick_add, "Komsu okuma saati")
    qtbot.keyClick(page.quick_add, Qt.Key.Key_Return)
    added = [a for a in window.doc.actions("BB2") if a.title == "Komsu okuma saati"]
    assert len(added) == 1 and added[0].objective_id == first.id


def test_each_area_remembers_its_objective(window, demo_file):
    assert window.open_path(demo_file)
    page = window.area_page
    window.show_area("BB2")
    second = window.doc.objectives("BB2")[1]
    page.objectives.setCurrentRow(1)
    assert page.current_objective() == second.id and second.code in page.quick_add.placeholderText()
    window.show_area("BB3")
    assert page.current_objective() == window.doc.objectives("BB3")[0].id
    window.show_area("BB2")
    assert page.current_objective() == second.id  # came back to what was chosen here
    assert second.code in page.quick_add.placeholderText()


def test_an_area_without_objectives_says_so(window, tmp_path):
    from lcplanner.core.document import PlanDocument

    path = tmp_path / "bos.lcplan"
    PlanDocument.create(path, "Bolu").close()
    assert window.open_path(path)
    window.show_area("BB1")
    assert window.area_page.current_objective() is None
    assert "no objective" in window.area_page.quick_add.placeholderText()


def test_an_undo_hint_goes_once_it_is_not_true(qtbot, window, demo_file):
    assert window.open_path(demo_file)
    window.show_area("BB1")
    page = window.area_page
    page.select_row(0)
    page.delete_selected()
    assert "Ctrl+Z" in page.hint.text()
    window.undo_stack.undo()  # the deletion is undone: "Undo with Ctrl+Z" would now be wrong
    assert page.hint.text() == ""


def test_the_objective_list_counts_follow_added_actions(qtbot, window, demo_file):
    assert window.open_path(demo_file)
    window.show_area("BB2")
    page = window.area_page
    item = page.objectives.currentItem()
    before = item.data(Qt.ItemDataRole.UserRole + 2)
    page.quick_add.setFocus()
    qtbot.keyClicks(page.quick_add, "Yeni okuma saati")
    qtbot.keyClick(page.quick_add, Qt.Key.Key_Return)
    item = page.objectives.currentItem()
    assert item.data(Qt.ItemDataRole.UserRole + 2) == before + 1
    assert f"({before + 1} " in item.text()
