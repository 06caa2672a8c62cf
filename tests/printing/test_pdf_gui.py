"""File → Export PDF… as a person uses it: the options dialog answered with the keyboard, a file
name typed into the file dialog and Enter; a refusal ends in a message box, never a traceback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QMessageBox

from lcplanner.ui.pdf_export import PdfExportDialog, export_pdf
from pdfread import Pdf


def _active(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    """Offscreen, a dialog becomes the active window a moment after it shows: keys go to the
    focus of the active window, as a person's do."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def _press_enter(qtbot, widget, modal, answer) -> None:  # type: ignore[no-untyped-def]
    """Enter in ``widget`` on the event loop's next turn, then look for the next modal dialog.

    Both wait their turn: Enter may open a dialog of its own (the file dialog's "replace it?")
    that runs until answered, and the dialog still on screen must not be taken for the next.
    """
    QTimer.singleShot(0, lambda: qtbot.keyClick(widget, Qt.Key.Key_Return))
    if answer is not None:
        modal.next(answer)


def _file_name(qtbot, modal, path: Path, then=None):  # type: ignore[no-untyped-def]
    """An answer to the file dialog: select its name field, type ``path``, press Enter."""

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, QFileDialog)
        assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None and name.text().endswith(".pdf")  # a name is offered
        _active(qtbot, dialog)
        name.setFocus()
        name.selectAll()
        qtbot.keyClicks(name, str(path))
        _press_enter(qtbot, name, modal, then)

    return answer


def test_export_pdf_with_the_keyboard(qtbot, window, modal, demo_file, tmp_path):
    assert window.open_path(demo_file)
    target = tmp_path / "council.pdf"
    seen = {}

    def options(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, PdfExportDialog)
        _active(qtbot, dialog)
        assert QApplication.focusWidget() is dialog.language  # the first field has the focus
        seen["language"] = dialog.language.currentData()
        seen["paper"] = dialog.paper.currentText()
        _press_enter(qtbot, QApplication.focusWidget(), modal,  # OK: the defaults
                     _file_name(qtbot, modal, target))

    modal.next(options)
    export_pdf(window)
    modal.check()
    assert seen == {"language": "tr", "paper": "A4"}  # the plan's language by default
    assert modal.kinds == ["PdfExportDialog", "QFileDialog"]
    pdf = Pdf(target)
    assert len(pdf) > 20 and "Sayfa 1 /" in pdf.text(0)
    assert "council.pdf" in window.statusBar().currentMessage()


def test_a_poster_in_english_chosen_with_the_keyboard(qtbot, window, modal, demo_file, tmp_path):
    assert window.open_path(demo_file)
    target = tmp_path / "wall.pdf"

    def options(dialog) -> None:  # type: ignore[no-untyped-def]
        _active(qtbot, dialog)
        # the language list opened (Alt+Down), its first entry (English), Enter
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        for key in (Qt.Key.Key_Home, Qt.Key.Key_Return):
            qtbot.keyClick(QApplication.focusWidget(), key)
        assert dialog.language.currentData() == "en"
        assert QApplication.focusWidget() is dialog.language
        for key in (Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Down):  # paper, document, poster
            qtbot.keyClick(QApplication.focusWidget(), key)
        assert dialog.poster.isChecked() and dialog.paper.currentText() == "A3"
        _press_enter(qtbot, QApplication.focusWidget(), modal, _file_name(qtbot, modal, target))

    modal.next(options)
    export_pdf(window)
    modal.check()
    pdf = Pdf(target)
    assert len(pdf) == 1 and pdf.size(0) == (1191.0, 842.0)
    assert "objectives" in pdf.text(0)


def test_replacing_a_file_that_is_not_a_pdf_is_refused_with_a_message(
        qtbot, window, modal, demo_file, tmp_path):
    assert window.open_path(demo_file)
    notes = tmp_path / "notes.pdf"
    notes.write_text("the minutes of the last meeting", encoding="utf-8")

    def replace(box) -> None:  # type: ignore[no-untyped-def]  # the file dialog asks first
        assert isinstance(box, QMessageBox) and "notes.pdf" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()
        modal.next(lambda box: box.accept())  # then our refusal

    def options(dialog) -> None:  # type: ignore[no-untyped-def]
        _active(qtbot, dialog)
        _press_enter(qtbot, QApplication.focusWidget(), modal,
                     _file_name(qtbot, modal, notes, then=replace))

    modal.next(options)
    export_pdf(window)
    modal.check()
    assert modal.kinds == ["PdfExportDialog", "QFileDialog", "QMessageBox", "QMessageBox"]
    assert modal.icons[3] == QMessageBox.Icon.Critical
    assert "notes.pdf" in modal.texts[3] and "Traceback" not in modal.texts[3]
    assert notes.read_text(encoding="utf-8") == "the minutes of the last meeting"


def test_escape_writes_nothing(qtbot, window, modal, demo_file, tmp_path):
    assert window.open_path(demo_file)
    def cancel(dialog) -> None:  # type: ignore[no-untyped-def]
        _active(qtbot, dialog)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    modal.next(cancel)
    export_pdf(window)
    modal.check()
    assert not list(tmp_path.glob("*.pdf"))


def test_no_plan_no_dialog(window):
    assert window.doc is None
    export_pdf(window)  # nothing to print: returns at once, no modal dialog waits


def test_the_dialogs_mnemonics_stay_apart_in_every_language(qtbot, window):
    """Alt keys differ from each other and from every shipped language's menu bar letters."""
    from lcplanner import i18n
    from lcplanner.ui.language import apply_language

    try:
        for lang in i18n.shipped_languages():
            apply_language(lang)
            menu = {t.split("&")[1][0].casefold() for t in (
                window.tr("&File"), window.tr("&Edit"), window.tr("&View"), window.tr("&Go"),
                window.tr("&Language"), window.tr("&Help")) if "&" in t}
            dialog = PdfExportDialog(window, "tr")
            qtbot.addWidget(dialog)
            texts = [dialog.poster.text(), dialog.document.text()]
            texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy()]
            keys = [t.split("&")[1][0].casefold() for t in texts if "&" in t]
            assert len(keys) == 4 and len(set(keys)) == 4, (lang, texts)
            assert not set(keys) & menu, (lang, texts, menu)
    finally:
        apply_language("en")
