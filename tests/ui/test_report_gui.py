"""File → Progress Report… (issue 15): the period, language and format chosen, the file named,
the report written and read back."""

from __future__ import annotations

import openpyxl
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from lcplanner.ui.report_export import ReportDialog


def _answer_file(path):
    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()
    return answer


def test_the_menu_writes_an_excel_report(qtbot, window, demo_file, modal, tmp_path):
    assert window.open_path(demo_file)
    target = tmp_path / "progress.xlsx"

    def choose(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, ReportDialog)
        codes = [dialog.period.itemData(i) for i in range(dialog.period.count())]
        assert codes[0] == window.doc.current_period()  # today's first
        year = codes.index(str(int(codes[0][:4])))
        dialog.period.setCurrentIndex(year)  # the whole year
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        QTest.keySequence(QApplication.focusWidget(), QKeySequence("Alt+X"))  # E&xcel
        qtbot.waitUntil(dialog.excel.isChecked)  # a mnemonic clicks as a person does: animated
        modal.next(_answer_file(target))
        dialog.accept()

    modal.next(choose)
    window.report_action.trigger()
    modal.check()
    qtbot.waitUntil(lambda: target.exists())
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[0] == "Summary"
    assert book["Summary"]["A2"].value.startswith("Reporting period: 2")
    assert book["Actions"].max_row == 1 + len(window.doc.actions())
    assert "progress report" in window.statusBar().currentMessage()


def test_a_report_that_cannot_be_written_says_why(qtbot, window, demo_file, modal, tmp_path):
    assert window.open_path(demo_file)
    target = tmp_path / "no" / "such" / "progress.pdf"
    messages = []

    def choose(dialog) -> None:  # type: ignore[no-untyped-def]
        def file(box) -> None:  # type: ignore[no-untyped-def]
            box.selectFile(str(target))
            modal.next(lambda message: (messages.append(message.text()), message.accept()))
            box.accept()
        modal.next(file)
        dialog.accept()

    modal.next(choose)
    window.report_action.trigger()
    qtbot.waitUntil(lambda: bool(messages))
    modal.check()
    assert len(messages[0].splitlines()) == 1 and str(target.parent) in messages[0]
    assert not target.exists()
