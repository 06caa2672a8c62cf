"""File > Export Workplan's dialog: it asks before replacing a file, however the name was given
(typed in the field, or chosen in Qt's own file dialog), and "No" writes nothing; the contact
persons' phones and e-mails go into the workbook only when the box is ticked."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lcplanner.ui.export_dialog import ExportDialog

EMAIL = "ayse.yilmaz@example.org"  # the demo municipality's contact person


def _old_workbook(path: Path) -> bytes:
    """Last week's workbook at ``path``: a real .xlsx with one sheet."""
    wb = Workbook()
    wb.active.title = "Last week"
    wb.save(path)
    return path.read_bytes()


def _sheets_with(path: Path, text: str) -> list[str]:
    wb = load_workbook(path)
    return [ws.title for ws in wb.worksheets
            if any(text in str(v) for row in ws.iter_rows(values_only=True) for v in row if v)]


def _organisations_sheet(path: Path) -> str:
    wb = load_workbook(path)
    return next(ws.title for ws in wb.worksheets if "Organisations" in ws.tables)


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".~")]


def test_a_typed_name_of_an_existing_file_asks_and_no_writes_nothing(window, modal, demo_file,
                                                                     tmp_path):
    assert window.open_path(demo_file)
    target = tmp_path / "council.xlsx"
    before = _old_workbook(target)
    seen: dict[str, object] = {}

    def fill(dialog) -> None:
        assert isinstance(dialog, ExportDialog)
        seen["contacts"] = dialog.contacts_box.isChecked()
        dialog.path.setText(str(tmp_path / "council"))  # typed, without its extension
        modal.next(lambda box: box.button(QMessageBox.StandardButton.No).click())
        dialog.export_button.click()
        seen["still open"] = dialog.isVisible()
        seen["shown"] = dialog.path.text()
        dialog.reject()

    modal.next(fill)
    window.export_workplan()
    modal.check()
    assert modal.kinds == ["ExportDialog", "QMessageBox"]
    assert str(target) in modal.texts[1] and "already exists" in modal.texts[1]
    assert seen == {"contacts": False, "still open": True, "shown": str(target)}
    assert window.export_runner is None  # nothing started
    assert target.read_bytes() == before and _leftovers(tmp_path) == []


def test_a_file_chosen_in_the_file_dialog_is_asked_about_once_then_replaced(
        qtbot, window, modal, demo_file, tmp_path):
    assert window.open_path(demo_file)
    target = tmp_path / "council.xlsx"
    _old_workbook(target)

    def fill(dialog) -> None:
        modal.next(choose)
        dialog.browse_button.click()
        assert dialog.path.text() == str(target)
        dialog.contacts_box.setChecked(True)
        modal.next(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        dialog.export_button.click()

    def choose(dialog) -> None:  # Qt's own dialog (offscreen there is no native one)
        assert isinstance(dialog, QFileDialog)
        assert dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)  # asked once, after
        dialog.selectFile(str(target))
        dialog.accept()

    modal.next(fill)
    window.export_workplan()
    modal.check()
    assert modal.kinds == ["ExportDialog", "QFileDialog", "QMessageBox"]  # one question
    assert str(target) in modal.texts[2]
    with qtbot.waitSignal(window.export_runner.done, timeout=30000) as done:
        pass
    ok, message = done.args
    assert ok, message
    assert _sheets_with(target, EMAIL) == [_organisations_sheet(target)]  # the box was ticked
    assert "Last week" not in load_workbook(target).sheetnames


def test_contacts_stay_out_unless_ticked_and_a_new_name_is_not_asked_about(
        qtbot, window, modal, demo_file, tmp_path):
    assert window.open_path(demo_file)
    target = tmp_path / "for the council.xlsx"

    def fill(dialog) -> None:
        dialog.path.setText(str(target))
        dialog.export_button.click()  # a new file: nothing to ask

    modal.next(fill)
    window.export_workplan()
    modal.check()
    assert modal.kinds == ["ExportDialog"]
    with qtbot.waitSignal(window.export_runner.done, timeout=30000) as done:
        pass
    assert done.args[0], done.args[1]
    assert _organisations_sheet(target)  # the sheet is there, without the personal data
    assert _sheets_with(target, EMAIL) == []
