"""The mapping wizard of a foreign spreadsheet, driven at the keyboard on the Turkish fixture
(tests/data/make_foreign.py): the guessed columns, a value chosen by keys, the live preview,
Import; save and load a mapping; a passing wheel changes nothing; unreadable cells keep it open."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog

from lcplanner.core.document import PlanDocument
from lcplanner.exchange.mapping import Mapping
from lcplanner.exchange.tables import ImportFileError
from lcplanner.ui import import_mapping
from lcplanner.ui.import_mapping import ImportMappingDialog

DATA = Path(__file__).resolve().parents[1] / "data"
XLSX = DATA / "foreign-plan-tr.xlsx"
CSV = DATA / "foreign-plan-tr.csv"
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def english(settings_dir):  # type: ignore[no-untyped-def]
    """English with its plural forms ("1 cell"), as the app starts."""
    from lcplanner.ui.language import apply_language

    apply_language("en")


@pytest.fixture
def plan(tmp_path: Path):
    document = PlanDocument.create(tmp_path / "p.lcplan", "Bolu", period_start=2026,
                                   period_end=2028)
    yield document
    document.close()


def _open(qtbot, path: Path, plan) -> ImportMappingDialog:  # type: ignore[no-untyped-def]
    dialog = ImportMappingDialog(path, plan)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.waitUntil(lambda: dialog.preview_table.rowCount() > 0)
    return dialog


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _choose(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """As a person does on a tabbed combo: typing opens its list and searches, Enter picks."""
    assert combo.hasFocus()
    qtbot.keyClicks(combo, text[0])
    qtbot.waitUntil(combo.view().isVisible)
    for char in text[1:]:
        qtbot.keyClicks(combo.view(), char)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not combo.view().isVisible())
    # Offscreen, the closed list keeps the active window a moment (see tests/ui/person.settle)
    qtbot.wait(100)
    combo.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is combo.window())


def _preview_column(dialog: ImportMappingDialog, header: str) -> list[str]:
    table = dialog.preview_table
    x = next(i for i in range(table.columnCount())
             if table.horizontalHeaderItem(i).text() == header)
    return [table.item(y, x).text() if table.item(y, x) else "" for y in range(table.rowCount())]


def _settled(qtbot, dialog: ImportMappingDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog._timer.isActive())


def test_a_turkish_plan_mapped_and_imported_at_the_keyboard(qtbot, plan):
    dialog = _open(qtbot, XLSX, plan)
    assert dialog.sheet_combo.hasFocus()
    assert dialog.header_spin.value() == 3  # found under the title block
    assert dict((h, c.currentData()) for h, c in dialog._columns) == {
        "Sıra No": "code", "Eylem": "title", "Yapı Taşı": "area", "Sorumlu Kurum": "lead",
        "İş Birliği Yapılacak Kurumlar": "partners", "Süre": "timeframe",
        "Performans Göstergesi": "indicator", "Bütçe (TL)": "budget", "Durum": "status"}
    # The city's own "Kapsayıcı Eğitim" is no known area: the preview says so, Import is blocked
    # only at the end (a cell problem, not a sheet problem).
    areas = _preview_column(dialog, "Building block or condition")
    assert areas[3].startswith("“Kapsayıcı Eğitim” is not")
    assert dialog.preview_table.item(3, 2).foreground().color().name() == "#b00020"

    # Alt+R: the header row; Up takes row 4 as headers, Down brings row 3 back.
    _key(qtbot, Qt.Key.Key_R, ALT)
    assert dialog.header_spin.hasFocus()
    _key(qtbot, Qt.Key.Key_Up)
    assert dialog._columns[0][0] == "1"  # row 4's first cell
    _key(qtbot, Qt.Key.Key_Down)
    assert dialog._columns[0][0] == "Sıra No"
    qtbot.waitUntil(lambda: all(c.isVisible() for _v, c in dialog._areas))  # shown a turn later

    # Alt+A: the area of rows without one; Tab goes down the values to "Kapsayıcı Eğitim".
    _key(qtbot, Qt.Key.Key_A, ALT)
    assert dialog.default_area.hasFocus()
    values = [v for v, _c in dialog._areas]
    for _ in range(values.index("Kapsayıcı Eğitim") + 1):
        _key(qtbot, Qt.Key.Key_Tab)
    combo = dict(dialog._areas)["Kapsayıcı Eğitim"]
    _choose(qtbot, combo, "BB1")
    assert combo.currentData() == "BB1"
    _settled(qtbot, dialog)
    assert _preview_column(dialog, "Building block or condition")[3] == "BB1 – Education system"
    assert dialog.import_button.isEnabled()
    assert dialog.problems_label.text() == ""

    # Alt+C: the columns; the first ("Sıra No") is not imported after all.
    _key(qtbot, Qt.Key.Key_C, ALT)
    first = dialog._columns[0][1]
    assert first.hasFocus()
    _choose(qtbot, first, "(")
    assert first.currentData() == "ignore"
    _settled(qtbot, dialog)
    assert "Code" not in [dialog.preview_table.horizontalHeaderItem(i).text()
                          for i in range(dialog.preview_table.columnCount())]

    _key(qtbot, Qt.Key.Key_I, ALT)  # Import
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    changes = dialog.changes()
    assert changes.problems == []
    assert [r.row for r in changes.rows] == [4, 5, 6, 8, 9, 10, 11, 12]
    first_row, fourth = changes.rows[0].values, changes.rows[3].values
    assert "code" not in first_row
    assert (first_row["title"], first_row["area"], first_row["lead"], first_row["status"]) == (
        "Mahalle kütüphanelerinde okuma kulüpleri", "BB2", "Bolu Belediyesi", "on_track")
    assert (first_row["start_date"], first_row["end_date"]) == (dt.date(2026, 9, 1),
                                                              dt.date(2027, 6, 30))
    assert first_row["budget"][0]["amount"] == Decimal("1250000")
    assert (fourth["area"], fourth["lead"]) == ("BB1", "Bolu Belediyesi")
    assert "Ankara Üniversitesi" in changes.new_organisations
    mapping = dialog.mapping()
    assert mapping.areas["Kapsayıcı Eğitim"] == "BB1" and mapping.columns["Sıra No"] == "ignore"
    assert (mapping.sheet, mapping.header_row) == ("Eylem Planı", 3)


def test_save_and_load_a_mapping(qtbot, plan, tmp_path, monkeypatch):
    dialog = _open(qtbot, XLSX, plan)
    target = tmp_path / "eşleme.json"
    asked: list[bool] = []

    def ask(parent, title, start, name_filter, save,  # type: ignore[no-untyped-def]
            suffix="", confirm_overwrite=True):
        asked.append(save)
        return target

    monkeypatch.setattr(import_mapping, "ask_path", ask)
    dict(dialog._areas)["Kapsayıcı Eğitim"].setCurrentIndex(1)  # BB1
    _key(qtbot, Qt.Key.Key_M, ALT)  # Save mapping… (a button's mnemonic clicks a moment later)
    qtbot.waitUntil(lambda: asked == [True])
    saved = Mapping.load(target)
    assert saved == dialog.mapping() and saved.areas["Kapsayıcı Eğitim"] == "BB1"

    other = _open(qtbot, CSV, plan)
    assert not other.sheet_combo.isEnabled()  # a CSV file has one sheet
    assert other.header_spin.hasFocus()
    _key(qtbot, Qt.Key.Key_O, ALT)  # Load mapping…
    qtbot.waitUntil(lambda: asked == [True, False])
    loaded = other.mapping()
    assert (loaded.columns, loaded.areas, loaded.statuses, loaded.header_row) == (
        saved.columns, saved.areas, saved.statuses, saved.header_row)
    _settled(qtbot, other)
    assert other.import_button.isEnabled()

    target.write_text("{not a mapping", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(import_mapping.QMessageBox, "warning",
                        lambda parent, title, text: shown.append(text))
    other.load_mapping()
    assert shown and "eşleme.json" in shown[0]
    assert other.mapping().areas == saved.areas  # a refused file changes nothing


def test_unreadable_cells_keep_the_dialog_open(qtbot, plan, tmp_path):
    book = load_workbook(XLSX)
    book["Eylem Planı"]["F5"] = "yakında"
    path = tmp_path / "eylem.xlsx"
    book.save(path)
    dialog = _open(qtbot, path, plan)
    dict(dialog._areas)["Kapsayıcı Eğitim"].setCurrentIndex(1)
    _settled(qtbot, dialog)
    assert dialog.import_button.isEnabled()  # the first rows' problems show in the preview
    dialog.import_button.click()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    text = dialog.problems_label.text()
    # "1 cell" once the English catalogue has the plural (translations/tools.py update)
    assert re.search(r"\b1 cells? cannot be read", text) and "F5" in text and "yakında" in text


def test_a_passing_wheel_changes_no_choice(qtbot, plan):
    dialog = _open(qtbot, XLSX, plan)
    dialog.preview_table.setFocus()
    combos = [c for _h, c in dialog._columns] + [c for _v, c in dialog._areas]
    for widget in combos + [dialog.header_spin]:
        before = widget.value() if widget is dialog.header_spin else widget.currentIndex()
        centre = QPointF(widget.width() / 2, widget.height() / 2)
        event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                            QPoint(0, -360), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)
        after = widget.value() if widget is dialog.header_spin else widget.currentIndex()
        assert after == before and not widget.hasFocus()


def test_a_file_that_is_no_table_is_refused_before_the_dialog(qtbot, plan, tmp_path):
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"not a workbook")
    with pytest.raises(ImportFileError):
        ImportMappingDialog(path, plan)
