"""File → Import Workbook in the real window: Ctrl+I, the file typed into the file dialog, the
preview applied with Enter, one undo step that puts the plan back exactly, and Redo."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from lcplanner.core.demo import build_demo
from lcplanner.export.writer import export_workplan
from lcplanner.ui.import_preview import ImportPreviewDialog


def edited_export(tmp_path: Path) -> tuple[Path, Path, str]:
    plan, book = tmp_path / "plan.lcplan", tmp_path / "plan.xlsx"
    doc = build_demo(plan, lang="en")
    export_workplan(doc, book, "en")
    doc.close()
    wb = load_workbook(book)
    ws = wb["BB1 Education system"]
    header = [c.value for c in ws[1]]
    ws.cell(2, header.index("Status") + 1).value = "Cancelled"
    ws.cell(2, header.index("Notes") + 1).value = "Stopped by the council in March."
    uuid = ws.cell(2, header.index("ID (do not edit)") + 1).value
    wb.save(book)
    return plan, book, uuid


def test_import_from_the_window_is_one_undo_step(qtbot, window, modal, tmp_path) -> None:
    plan, book, uuid = edited_export(tmp_path)
    assert window.open_path(plan)
    doc = window.doc
    before = doc.take_state().tables
    steps = window.undo_stack.count()
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    seen: list[str] = []

    def preview(dialog) -> None:  # type: ignore[no-untyped-def]
        if not isinstance(dialog, ImportPreviewDialog):  # the file dialog, still closing
            QTimer.singleShot(50, lambda: modal.next(preview, timeout_ms=20000))
            return
        seen.append(dialog.summary.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Apply is the default button

    def choose(dialog) -> None:  # type: ignore[no-untyped-def]
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.setFocus()
        qtbot.keyClicks(edit, str(book))
        assert edit.text().endswith(book.name)  # the dialog walks into the typed folder
        modal.next(preview, timeout_ms=20000)
        # Qt's own file dialog: its completer takes the typed path's Return, so accept as
        # its Open button does (the flow after it is ours and is what this test walks)
        dialog.selectFile(str(book))
        dialog.accept()

    modal.next(choose)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.undo_stack.count() == steps + 1 or bool(modal.errors),
                    timeout=30000)
    modal.check()
    assert seen and "1" in seen[0]
    action = next(a for a in doc.actions() if a.uuid == uuid)
    assert (action.status, action.notes) == ("cancelled", "Stopped by the council in March.")
    assert list(tmp_path.glob("plan.before-import-*.lcplan"))  # the plan before, kept
    assert "plan.xlsx" in window.statusBar().currentMessage()
    after = doc.take_state().tables

    assert window.undo_stack.undoText() == "Import plan.xlsx"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.take_state().tables == before
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert doc.take_state().tables == after
    assert QApplication.activeModalWidget() is None


def test_a_read_only_plan_says_so_and_asks_for_no_file(qtbot, window, modal, tmp_path) -> None:
    plan, _book, _uuid = edited_export(tmp_path)
    assert window.open_path(plan, read_only=True)
    before = plan.read_bytes()
    modal.next(lambda box: box.accept())
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(modal.texts), timeout=10000)
    modal.check()
    assert modal.kinds == ["QMessageBox"] and "read-only" in modal.texts[0]
    assert plan.read_bytes() == before and not list(tmp_path.glob("*.before-import-*"))
