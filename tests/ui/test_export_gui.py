"""File > Export Workplan: the worker thread writes the workbook; failures end in a message box."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox


def test_export_from_the_window(qtbot, window, demo_file, tmp_path):
    assert window.open_path(demo_file)
    assert window.export_action.isEnabled() and window.export_action.shortcut().toString() == "Ctrl+E"
    target = tmp_path / "workplan.xlsx"
    window.export_workplan(target)
    with qtbot.waitSignal(window.export_runner.done, timeout=30000) as signal:
        pass
    ok, message = signal.args
    assert ok and "workplan.xlsx" in message
    assert load_workbook(target).sheetnames[1] == "Kapak"  # the plan's language: Turkish
    assert "workplan.xlsx" in window.statusBar().currentMessage()


def test_failed_export_shows_a_message(qtbot, window, modal, demo_file, tmp_path):
    assert window.open_path(demo_file)
    modal.next(lambda box: box.accept())
    window.export_workplan(tmp_path / "nowhere" / "x.xlsx")
    qtbot.waitUntil(lambda: bool(modal.texts), timeout=30000)
    modal.check()
    assert modal.icons == [QMessageBox.Icon.Critical] and "does not exist" in modal.texts[0]
