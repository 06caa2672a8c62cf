"""Snapshots, compare and breakout groups in the real window, driven by keys as a person does.

Ctrl+Shift+H opens the snapshots; Ctrl+T there takes one (its name typed); F2 renames; Delete
asks first; the compare view lists the differences and exports them to a workbook read back
with openpyxl; a group copy is written through the file dialog, edited "on another laptop",
and merged back through the merge dialog: a conflict taken from the copy with Ctrl+2, another
typed anew with F2, Merge with Enter; then one Ctrl+Z puts the whole plan back.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QMessageBox

from lcplanner.core.demo import build_demo
from lcplanner.core.diff import compare, read_state
from lcplanner.core.document import PlanDocument
from lcplanner.ui import versions
from lcplanner.ui.compare_view import CompareDialog
from lcplanner.ui.merge_dialog import MergeDialog
from lcplanner.ui.snapshots_dialog import SnapshotsDialog


def _open(window, tmp_path: Path) -> PlanDocument:
    build_demo(tmp_path / "plan.lcplan", lang="en").close()
    assert window.open_path(tmp_path / "plan.lcplan")
    return window.doc


def _type_name(qtbot, name: str, modal=None):  # type: ignore[no-untyped-def]
    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        if modal is not None and not isinstance(dialog, QInputDialog):  # not open yet
            QTimer.singleShot(20, lambda: modal.next(answer))
            return
        assert isinstance(dialog, QInputDialog), type(dialog)
        edit = dialog.findChild(QLineEdit)
        edit.selectAll()
        typed, pasted = name.rstrip("\x07"), name[len(name.rstrip("\x07")):]
        qtbot.keyClicks(edit, typed)
        edit.insert(pasted)  # a control character comes by pasting (from Word), not by keys
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    return answer


def _activate(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """After a modal closes, the window the keys go to is active again (as a click makes it)."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    if hasattr(widget, "table"):
        widget.table.setFocus()


def test_ctrl_shift_h_opens_the_snapshots(qtbot, window, modal, tmp_path) -> None:
    _open(window, tmp_path)
    seen = []

    def close(dialog) -> None:  # type: ignore[no-untyped-def]
        seen.append(dialog)
        assert dialog.table.hasFocus() or dialog.focusWidget() is dialog.table
        dialog.reject()

    modal.next(close)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(seen) or bool(modal.errors))
    modal.check()
    assert isinstance(seen[0], SnapshotsDialog)
    labels = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    for entry in ("&Snapshots…", "Compare &with a Plan File…", "Copy for a &Group…",
                  "&Merge a Group's Copy…"):
        assert entry in labels


def test_take_rename_compare_export_and_delete(qtbot, window, modal, tmp_path) -> None:
    doc = _open(window, tmp_path)
    dialog = SnapshotsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 0 and not dialog.buttons["view"].isEnabled()
    _activate(qtbot, dialog)
    modal.next(_type_name(qtbot, "Workshop 2 draft"))
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    modal.check()
    assert [s.name for s in doc.snapshots()] == ["Workshop 2 draft"]
    assert dialog.table.item(0, 0).text() == "Workshop 2 draft"
    assert dialog.table.item(0, 3).text() == "44"

    first = doc.actions()[0]
    doc.update_action(first.id, title="Changed after the workshop")
    shown = []

    def look(compare_dialog) -> None:  # type: ignore[no-untyped-def]
        if not isinstance(compare_dialog, CompareDialog):  # the reading's progress came first
            QTimer.singleShot(50, lambda: modal.next(look))
            return
        tree = compare_dialog.tree
        texts = []
        for i in range(tree.topLevelItemCount()):
            area = tree.topLevelItem(i)
            for j in range(area.childCount()):
                row = area.child(j)
                texts.append(row.text(0))
                texts += [f"{row.child(k).text(0)}|{row.child(k).text(1)}|{row.child(k).text(2)}"
                          for k in range(row.childCount())]
        shown.extend(texts)
        target = compare_dialog.export(tmp_path / "differences.xlsx")
        assert target is not None
        compare_dialog.reject()

    modal.next(look)
    qtbot.mouseClick(dialog.buttons["compareNow"], Qt.MouseButton.LeftButton)
    modal.check()
    assert shown[0] == "Changed action: BB1-1 · Changed after the workshop"
    assert shown[1] == f"Action|{first.title}|Changed after the workshop"
    ws = load_workbook(tmp_path / "differences.xlsx").active
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    assert rows == [("BB1 Inclusive learning in the education system", "Changed", "action",
                     "BB1-1 · Changed after the workshop", "Action", first.title,
                     "Changed after the workshop")]
    assert ws.freeze_panes == "A4" and ws.page_setup.orientation == "landscape"

    _activate(qtbot, dialog)
    modal.next(_type_name(qtbot, "Workshop 2 (final)"))
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    modal.check()
    assert doc.snapshots()[0].name == "Workshop 2 (final)"

    _activate(qtbot, dialog)
    modal.next(lambda box: box.button(QMessageBox.StandardButton.No).click())
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    modal.check()
    assert len(doc.snapshots()) == 1  # No: kept
    _activate(qtbot, dialog)
    modal.next(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    modal.check()
    assert doc.snapshots() == [] and dialog.table.rowCount() == 0
    assert doc.action(first.id).title == "Changed after the workshop"  # the plan untouched


def test_a_snapshot_is_viewed_in_a_read_only_window(qtbot, window, tmp_path) -> None:
    doc = _open(window, tmp_path)
    info = doc.take_snapshot("Approved by the council")
    doc.update_action(doc.actions()[0].id, title="Changed later")
    viewer = versions.view_snapshot(window, info, window)
    assert viewer is not None and viewer.doc.read_only
    assert "Approved by the council" in viewer.windowTitle()
    assert viewer.doc.actions()[0].title != "Changed later"
    folder = viewer.folder
    assert folder.exists() and str(viewer.doc.path) not in window.recent_files()
    viewer.close()
    qtbot.waitUntil(lambda: not folder.exists())
    assert str(folder) not in " ".join(window.recent_files())


def _choose_file(qtbot, path: Path, then=None):  # type: ignore[no-untyped-def]
    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, QFileDialog), type(dialog)
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, str(path))
        if then is not None:
            then()
        dialog.selectFile(str(path))
        dialog.accept()
    return answer


def test_copy_for_a_group_and_merge_it_back_as_one_undo_step(qtbot, window, modal,
                                                             tmp_path) -> None:
    doc = _open(window, tmp_path)
    copy_path = tmp_path / "table-3.lcplan"
    modal.next(_choose_file(qtbot, copy_path))
    assert versions.group_copy(window) == copy_path
    modal.check()
    assert "table-3.lcplan" in window.statusBar().currentMessage()
    a, b, c = doc.actions()[:3]
    # The group, on its own laptop:
    group = PlanDocument.open(copy_path)
    group.update_action(a.id, title="Group: reading clubs")
    group.update_action(b.id, title="Group: homework help")
    group.update_action(c.id, status="delayed" if c.status != "delayed" else "done")
    group.add_action("BB3", "Group: a new idea")
    group.close()
    # Meanwhile, in the plan:
    doc.update_action(a.id, title="Plan: reading clubs")
    doc.update_action(b.id, title="Plan: homework help")
    before = doc.take_state(with_plan=True).tables
    steps = window.undo_stack.count()
    seen = []

    def decide(dialog) -> None:  # type: ignore[no-untyped-def]
        if not isinstance(dialog, MergeDialog):
            QTimer.singleShot(50, lambda: modal.next(decide))
            return
        seen.append(dialog)
        table = dialog.table
        assert table.rowCount() == 2
        assert {table.item(r, 2).text() for r in range(2)} == {"Plan: reading clubs",
                                                               "Plan: homework help"}
        rows = {table.item(r, 2).text(): r for r in range(2)}
        _activate(qtbot, dialog)
        table.selectRow(rows["Plan: reading clubs"])
        qtbot.keyClick(table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # take theirs
        assert table.item(rows["Plan: reading clubs"], 4).text() == "Take the copy's"
        table.clearSelection()
        table.selectRow(rows["Plan: homework help"])
        modal.next(_type_name(qtbot, "Homework help, agreed\x07", modal))
        qtbot.keyClick(table, Qt.Key.Key_F2)  # type the value both should have
        qtbot.waitUntil(lambda: table.item(rows["Plan: homework help"], 4).text() ==
                        "Edited: Homework help, agreed")
        _activate(qtbot, dialog)
        dialog.merge_button.setFocus()
        qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Return)

    modal.next(decide)
    merged = versions.merge_copy(window, copy_path)
    modal.check()
    assert merged
    assert seen
    assert doc.action(a.id).title == "Group: reading clubs"
    assert doc.action(b.id).title == "Homework help, agreed"  # the bell character cleaned
    assert "Group: a new idea" in [x.title for x in doc.actions("BB3")]
    assert window.undo_stack.count() == steps + 1
    assert window.undo_stack.undoText() == "Merge table-3.lcplan"
    assert [s.role for s in doc.snapshots()] == ["group", "merge"]
    after = doc.take_state(with_plan=True).tables

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert compare(before, doc.take_state(with_plan=True).tables) == []
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert compare(after, doc.take_state(with_plan=True).tables) == []


def _accept_message(modal):  # type: ignore[no-untyped-def]
    """Accept the next message box; a reading's progress dialog before it is let be."""
    def answer(box) -> None:  # type: ignore[no-untyped-def]
        if not isinstance(box, QMessageBox):  # not what the test is about: forget it
            for seen in (modal.seen, modal.kinds, modal.texts, modal.icons):
                seen.pop()
            QTimer.singleShot(50, lambda: modal.next(answer))
            return
        box.accept()
    return answer


def test_merging_another_plan_is_refused_with_one_message(qtbot, window, modal, tmp_path) -> None:
    doc = _open(window, tmp_path)
    build_demo(tmp_path / "other.lcplan", lang="en").close()
    before = read_state(doc)
    modal.next(_accept_message(modal))
    assert not versions.merge_copy(window, tmp_path / "other.lcplan")
    modal.check()
    assert modal.kinds == ["QMessageBox"] and "another plan" in modal.texts[0]
    assert "\n" not in modal.texts[0]
    assert compare(before, read_state(doc)) == [] and doc.snapshots() == []


def test_compare_with_a_plan_file(qtbot, window, modal, tmp_path) -> None:
    doc = _open(window, tmp_path)
    doc.save_copy(tmp_path / "last-month.lcplan")
    doc.update_plan(vision="A new vision")
    seen = []

    def look(dialog) -> None:  # type: ignore[no-untyped-def]
        if not isinstance(dialog, CompareDialog):
            QTimer.singleShot(50, lambda: modal.next(look))
            return
        seen.append(dialog.findChild(type(dialog.tree)).topLevelItemCount())
        seen.append(len(dialog.diffs))
        dialog.reject()

    modal.next(_choose_file(qtbot, tmp_path / "last-month.lcplan", lambda: modal.next(look)))
    versions.compare_file(window)
    qtbot.waitUntil(lambda: len(seen) == 2 or bool(modal.errors))
    modal.check()
    assert seen == [1, 1]


def test_a_read_only_plan_says_why_it_cannot_merge(qtbot, window, modal, tmp_path) -> None:
    build_demo(tmp_path / "plan.lcplan", lang="en").close()
    assert window.open_path(tmp_path / "plan.lcplan", read_only=True)
    modal.next(lambda box: box.accept())
    assert not versions.merge_copy(window, tmp_path / "plan.lcplan")
    modal.check()
    assert "read-only" in modal.texts[0]
