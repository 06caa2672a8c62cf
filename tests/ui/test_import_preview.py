"""File → Import Workbook's preview: what the import would do, decided at the keyboard.

A person tabs to the tree, moves with the arrows, ticks with Space (a deletion, a conflict's
workbook value, a new organisation) and applies with Enter: the change set carries the
decisions.  Escape leaves every flag as it came; a change set with problems or with nothing in it
offers only Close; 10,000 rows open.  Screenshots in Turkish and Arabic at a projector's
1280×800 and an old one's 1024×768 go to /tmp/preview_*.png.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from lcplanner import i18n
from lcplanner.exchange.changes import CellProblem, ChangeSet, FieldChange, RowChange
from lcplanner.exchange.roundtrip import CHANGED_SINCE
from lcplanner.ui import fmt
from lcplanner.ui.change_model import CHOICE, CONTEXT, NAME, NEW, OLD
from lcplanner.ui.import_preview import ImportPreviewDialog

BB1 = "BB1 Education system"
BB2 = "BB2 Families"
UNREADABLE = "This cell cannot be read."  # PlanError's own source text


@pytest.fixture(autouse=True)
def english(qapp):
    """The app's English (its plural forms), British dates, left to right; and back after."""
    from lcplanner.ui.language import apply_language

    apply_language("en")
    yield
    i18n.uninstall(qapp)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def sample() -> ChangeSet:
    """Two updates (one with a conflict), an added row, a row missing from the workbook, a new
    organisation and a cell that was not read."""
    changes = ChangeSet("Izmir workplan.xlsx", plan_uuid="plan-1",
                        exported_at=dt.datetime(2026, 3, 1, 9, 30))
    changes.rows = [
        RowChange("action", "update", BB1, 12, "a-12", "BB1-3 Reading clubs", fields=[
            FieldChange("title", "Action", "C12", "Reading clubs",
                        "Reading clubs in every district library"),
            FieldChange("budget", "Budget total", "J12", Decimal("1500"), Decimal("2500.50")),
            FieldChange("end", "End", "H12", dt.date(2026, 12, 31), dt.date(2027, 6, 30)),
        ]),
        RowChange("action", "update", BB1, 13, "a-13", "BB1-4 Story hour", fields=[
            FieldChange("status", "Status", "L13", "Not started", "Ongoing"),
            FieldChange("lead", "Lead", "E13", "City library", "Anadolu Üniversitesi",
                        conflict=True),
        ]),
        RowChange("action", "add", BB1, 14, None, "BB1-5 Maker space", values={
            "code": "BB1-5", "title": "Maker space", "lead": "Anadolu Üniversitesi",
            "start_date": dt.date(2026, 9, 1), "group": BB1[:3], "description": "",
            "budget": [{"year": 2026, "amount": Decimal("12000"), "source": "municipal"}],
            "partners": [("Bilim Merkezi", "funder")]}),
        RowChange("action", "delete", BB2, 0, "a-21", "BB2-1 Parents' evening",
                  values={"code": "BB2-1", "title": "Parents' evening"},
                  note=CHANGED_SINCE),
    ]
    changes.new_organisations = {"Anadolu Üniversitesi": False}
    changes.warnings = [CellProblem(BB1, "K15", UNREADABLE)]
    return changes


def counted(text: str) -> str:
    """``text`` with its counts in English plural forms.  Until translations/lcplanner_en.ts has
    this dialog's plurals (``tools.py update`` and their forms filled in), Qt shows the source's
    "(s)": read it as "s" so the rest of the sentence is still checked."""
    if "(s)" in i18n.Texts("en")(CONTEXT, "%n conflict(s)", 1):
        text = re.sub(r"\b1 ((?:\w+ )*\w+)\(s\)", r"1 \1", text).replace("(s)", "s")
    return text


def flags(changes: ChangeSet) -> list[object]:
    return [[(r.accepted, [f.take for f in r.fields]) for r in changes.rows],
            dict(changes.new_organisations)]


def opened(qtbot, changes: ChangeSet) -> ImportPreviewDialog:  # type: ignore[no-untyped-def]
    dialog = ImportPreviewDialog(changes)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def tab_to(qtbot, dialog: QDialog, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    for _ in range(12):
        if QApplication.focusWidget() is widget:
            return
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget, "Tab does not reach it"


def current_text(tree, column: int = NAME) -> str:  # type: ignore[no-untyped-def]
    return tree.currentIndex().siblingAtColumn(column).data() or ""


def down_to(qtbot, tree, start: str, column: int = NAME) -> None:  # type: ignore[no-untyped-def]
    """Down arrow until the current line's text starts with ``start`` (at most 40 lines)."""
    for _ in range(40):
        if current_text(tree, column).startswith(start):
            return
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    raise AssertionError(f"no line {start!r} below")


def texts_of(model) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    """Every line of the tree: the texts of its columns."""
    out = []

    def walk(parent) -> None:  # type: ignore[no-untyped-def]
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            out.append(tuple(model.index(row, c, parent).data() or ""
                             for c in range(model.columnCount())))
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return out


# --- what it shows -----------------------------------------------------------------------------


def test_the_preview_shows_sheets_rows_and_fields_old_beside_new(qtbot):
    dialog = opened(qtbot, sample())
    summary = counted(dialog.summary.text())
    for part in ("5 changes in 2 rows", "1 new row", "1 conflict",
                 "1 row missing from the workbook", "1 organisation not in the register"):
        assert part in summary, summary
    lines = texts_of(dialog.model)
    assert lines[0][0] == BB1
    assert ("Row 12: BB1-3 Reading clubs", "", "", "", "") in lines
    assert ("Action", "C12", "Reading clubs", "Reading clubs in every district library", "") \
        in lines
    assert ("Budget total", "J12", "1,500.00", "2,500.50", "") in lines  # the locale's amounts
    assert ("End", "H12", "31/12/2026", "30/06/2027", "") in lines  # and dates (en_GB)
    # the conflict: a word and an icon, the two values side by side, the choice unticked
    assert ("Conflict: Lead", "E13", "City library", "Anadolu Üniversitesi",
            "Take the workbook's value") in lines
    assert ("Row 14, new: BB1-5 Maker space", "", "", "", "") in lines
    assert ("Lead", "", "", "Anadolu Üniversitesi", "") in lines  # an added row's values
    assert ("Start", "", "", "01/09/2026", "") in lines
    assert lines.index(("Row 13: BB1-4 Story hour", "", "", "", "")) + 1 == \
        lines.index(("Conflict: Lead", "E13", "City library", "Anadolu Üniversitesi",
                     "Take the workbook's value"))  # a row's conflicts first
    assert ("Not in the workbook: BB2-1 Parents' evening", "", "", "", "Delete") in lines
    assert (CHANGED_SINCE, "", "", "", "") in lines
    # an added row lists what it brings, labelled as the columns are; blanks and the sheet not
    assert ("Budget total", "", "", "2026: 12,000.00", "") in lines
    assert ("Partners (role)", "", "", "Bilim Merkezi (Funder)", "") in lines
    assert not [line for line in lines if line[0] in ("group", "Description")]
    assert ("Action", "", "Parents' evening", "", "") in lines  # what would go, as the plan has it
    assert lines.index((BB2, "", "", "", "")) > lines.index(("Start", "", "", "01/09/2026", ""))
    model = dialog.model
    conflict_index = model.index_of(model.conflicts[0])
    assert conflict_index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert conflict_index.siblingAtColumn(CHOICE).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Unchecked
    assert conflict_index.siblingAtColumn(OLD).data(Qt.ItemDataRole.FontRole).bold()  # it stays
    assert not conflict_index.siblingAtColumn(NEW).data(Qt.ItemDataRole.FontRole).bold()
    # the decisions first: the cursor starts on the conflict
    assert dialog.tree.currentIndex().internalId() == conflict_index.internalId()
    organisations = dialog.organisations
    assert organisations.item(0).text() == "Create the organisation “Anadolu Üniversitesi”"
    assert organisations.item(0).checkState() == Qt.CheckState.Unchecked
    # the warnings are folded away until asked for
    assert dialog.warnings_button.isVisible() and not dialog.warnings_list.isVisible()
    assert "1 cell not &read" in counted(dialog.warnings_button.text())
    dialog.warnings_button.click()
    assert dialog.warnings_list.isVisible()
    assert dialog.warnings_list.item(0).text() == f"Sheet {BB1}, cell K15: {UNREADABLE}"
    assert dialog.apply_button.isDefault() and "&" in dialog.apply_button.text()
    assert summary == ("5 changes in 2 rows, 1 new row, 1 conflict, 1 row missing from the "
                       "workbook and 1 organisation not in the register")


def test_keys_decide_and_enter_applies(qtbot):
    changes = sample()
    dialog = opened(qtbot, changes)
    tree = dialog.tree
    tab_to(qtbot, dialog, dialog.organisations)  # somewhere else first
    tab_to(qtbot, dialog, tree)
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    assert current_text(tree) == BB1
    # F3 goes to the conflict; Space takes the workbook's value there
    qtbot.keyClick(tree, Qt.Key.Key_F3)
    assert current_text(tree) == "Conflict: Lead"
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert current_text(tree, CHOICE) == "Take the workbook's value"
    assert tree.currentIndex().siblingAtColumn(CHOICE).data(
        Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # a plain change has no choice: Space there changes nothing
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert current_text(tree) == "Status"
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    # down to the row missing from the workbook: Space ticks "Delete"
    down_to(qtbot, tree, "Not in the workbook")
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert tree.currentIndex().siblingAtColumn(CHOICE).data(
        Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert tree.currentIndex().data(Qt.ItemDataRole.FontRole).strikeOut()
    # the new organisation: Tab to its list, Space ticks it
    tab_to(qtbot, dialog, dialog.organisations)
    qtbot.keyClick(dialog.organisations, Qt.Key.Key_Space)
    assert dialog.organisations.item(0).checkState() == Qt.CheckState.Checked
    assert flags(changes) == flags(sample())  # nothing written before Apply
    qtbot.keyClick(dialog.organisations, Qt.Key.Key_Return)  # the default button: Apply
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted
    update, conflicted, added, missing = changes.rows
    assert missing.accepted is True  # delete it
    assert conflicted.fields[1].conflict and conflicted.fields[1].take is True
    assert conflicted.fields[0].take is True and all(f.take for f in update.fields)
    assert update.accepted and conflicted.accepted and added.accepted
    assert changes.new_organisations == {"Anadolu Üniversitesi": True}


def test_untouched_apply_keeps_the_defaults(qtbot):
    """Apply without a decision: the plan's value in a conflict, no deletion, no organisation."""
    changes = sample()
    before = flags(changes)
    dialog = opened(qtbot, changes)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert flags(changes) == before
    assert changes.rows[1].fields[1].take is False and changes.rows[3].accepted is False


def test_escape_leaves_every_flag_as_it_was(qtbot):
    changes = sample()
    changes.new_organisations["Halk Eğitim Merkezi"] = True  # a default of "create"
    before = flags(changes)
    dialog = opened(qtbot, changes)
    tree = dialog.tree
    qtbot.keyClick(tree, Qt.Key.Key_Space)  # the conflict
    down_to(qtbot, tree, "Not in the workbook")
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    tab_to(qtbot, dialog, dialog.organisations)
    qtbot.keyClick(dialog.organisations, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.organisations, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.organisations, Qt.Key.Key_Space)
    assert dialog.model.take[1][1] and dialog.model.accepted[3]
    qtbot.keyClick(dialog.organisations, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert flags(changes) == before


def test_cancel_button_too(qtbot):
    changes = sample()
    before = flags(changes)
    dialog = opened(qtbot, changes)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert flags(changes) == before


def test_f3_goes_round_the_conflicts(qtbot):
    changes = sample()
    changes.rows.append(RowChange("action", "update", BB2, 7, "a-22", "BB2-2 Toy library", fields=[
        FieldChange("end", "End", "H7", dt.date(2026, 5, 1), dt.date(2026, 6, 1), conflict=True)]))
    dialog = opened(qtbot, changes)
    tree = dialog.tree
    assert "2 conflicts" in counted(dialog.summary.text())
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    seen = []
    for _ in range(3):
        qtbot.keyClick(tree, Qt.Key.Key_F3)
        seen.append(current_text(tree))
    assert seen == ["Conflict: Lead", "Conflict: End", "Conflict: Lead"]
    qtbot.keyClick(tree, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert current_text(tree) == "Conflict: End"
    tab_to(qtbot, dialog, dialog.next_conflict_button)
    qtbot.keyClick(dialog.next_conflict_button, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is tree and current_text(tree) == "Conflict: Lead"


# --- nothing to apply --------------------------------------------------------------------------


def test_problems_show_and_nothing_can_be_applied(qtbot):
    changes = sample()
    changes.problems = [CellProblem(BB1, "A7", UNREADABLE),
                        CellProblem("Budget", "", UNREADABLE)]
    before = flags(changes)
    dialog = opened(qtbot, changes)
    assert dialog.apply_button is None
    assert [b.text() for b in dialog.buttons.buttons()] == [
        dialog.buttons.button(QDialogButtonBox.StandardButton.Close).text()]
    shown = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert shown == [p.message() for p in changes.problems]
    assert shown[1] == f"Sheet Budget: {UNREADABLE}"
    assert "2 problems" in counted(dialog.summary.text())
    assert dialog.tree is None and dialog.organisations is None
    qtbot.keyClick(dialog.problems_list, Qt.Key.Key_Return)  # Enter closes; it applies nothing
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert flags(changes) == before


def test_an_empty_change_set_says_so(qtbot):
    changes = ChangeSet("unchanged.xlsx")
    dialog = opened(qtbot, changes)
    assert dialog.summary.text() == "The workbook holds no changes to the plan."
    assert dialog.apply_button is None and dialog.tree is None
    assert dialog.buttons.standardButtons() == QDialogButtonBox.StandardButton.Close
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_an_empty_change_set_still_shows_its_warnings(qtbot):
    changes = ChangeSet("unchanged.xlsx", warnings=[CellProblem(BB1, "K15", UNREADABLE)])
    dialog = opened(qtbot, changes)
    assert dialog.summary.text() == "The workbook holds no changes to the plan."
    assert dialog.warnings_button.isVisible()


# --- big ----------------------------------------------------------------------------------------


def big(rows: int = 10_000) -> ChangeSet:
    changes = ChangeSet("big.xlsx")
    for i in range(rows):
        sheet = f"BB{i % 6 + 1}"
        if i % 10 == 9:
            changes.rows.append(RowChange("action", "add", sheet, i + 2, None, f"{sheet}-{i} New",
                                          values={"title": f"New {i}", "start": dt.date(2026, 1, 1)}))
        else:
            changes.rows.append(RowChange("action", "update", sheet, i + 2, f"u{i}",
                                          f"{sheet}-{i} Action {i}", fields=[
                FieldChange("title", "Action", f"C{i + 2}", f"Action {i}", f"Action {i}, renamed"),
                FieldChange("budget", "Budget total", f"J{i + 2}", Decimal(i), Decimal(i + 1),
                            conflict=i % 100 == 0)]))
    return changes


def test_ten_thousand_rows_open(qtbot):
    changes = big()
    dialog = opened(qtbot, changes)
    model = dialog.model
    sheets = model.rowCount()
    assert sheets == 6
    assert sum(model.rowCount(model.index(s, 0)) for s in range(sheets)) == 10_000
    summary = counted(dialog.summary.text())
    assert "18000 changes in 9000 rows" in summary and "1000 new rows" in summary
    assert "100 conflicts" in summary
    tree = dialog.tree
    last_sheet = model.index(sheets - 1, 0)
    last = model.index(model.rowCount(last_sheet) - 1, 0, last_sheet)
    tree.scrollTo(last)
    qtbot.wait(10)
    assert tree.visualRect(last).isValid() and tree.viewport().rect().intersects(
        tree.visualRect(last))
    qtbot.keyClick(tree, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)  # the last conflict
    assert current_text(tree).startswith("Conflict: ")


# --- screenshots --------------------------------------------------------------------------------


def _fits(dialog: ImportPreviewDialog) -> list[str]:
    """What is clipped: a wrapped label shorter than its text, a button narrower than its
    text, tree columns wider than the view."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    problems = []
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text() and \
                label.heightForWidth(label.width()) > label.height():
            problems.append(f"label {label.text()!r} clipped")
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible() and button.width() < button.sizeHint().width():
            problems.append(f"button {button.text()!r} narrower than its text")
    tree = dialog.tree
    header = tree.header()
    width = sum(header.sectionSize(c) for c in range(header.count()))
    if width > tree.viewport().width():
        problems.append(f"tree columns {width} wider than the view {tree.viewport().width()}")
    choice = tree.fontMetrics().horizontalAdvance(
        dialog.model.index_of(dialog.model.conflicts[0], CHOICE).data())
    if header.sectionSize(CHOICE) < choice:
        problems.append("the choice column is narrower than its text")
    return problems


@pytest.mark.parametrize("lang", ["tr", "ar"])
@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)], ids=["1280x800", "1024x768"])
def test_screenshots_in_turkish_and_arabic(qtbot, qapp, lang, size):
    from lcplanner.ui.language import apply_language

    apply_language(lang)  # i18n.install, the locale, and right to left for Arabic
    try:
        changes = sample()
        changes.new_organisations["Halk Eğitim Merkezi"] = True
        dialog = opened(qtbot, changes)
        dialog.resize(*size)
        dialog.warnings_button.click()
        qtbot.wait(50)
        assert dialog.isRightToLeft() == (lang == "ar")
        assert dialog.width() <= size[0] and dialog.height() <= size[1]
        dialog.grab().save(f"/tmp/preview_{lang}_{size[0]}x{size[1]}.png")
        assert _fits(dialog) == []
        # dates and amounts the language's way
        end = next(line for line in texts_of(dialog.model) if line[1] == "H12")
        assert end[OLD] == fmt.date(dt.date(2026, 12, 31)) != "31/12/2026"
        if lang == "ar":  # the tree is mirrored: its first column is on the right
            tree = dialog.tree
            assert tree.header().sectionViewportPosition(NAME) > tree.viewport().width() // 2
    finally:
        i18n.uninstall(qapp)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# --- mnemonics ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", i18n.shipped_languages())
def test_no_mnemonic_clashes(qtbot, window, lang):
    """The rules of tests/i18n/test_mnemonics.py (which needs a factory for this dialog there):
    the dialog's Alt+letters differ from each other and from the menu bar's."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "i18n"))
    from test_mnemonics import menu_problems, scene_problems

    window.set_language(lang)
    try:
        _, reserved = menu_problems(window)
        assert reserved
        changes = sample()
        for dialog in (ImportPreviewDialog(changes, window),
                       ImportPreviewDialog(ChangeSet("x.xlsx", problems=changes.warnings,
                                                     warnings=changes.warnings), window)):
            qtbot.addWidget(dialog)
            dialog.show()
            dialog.warnings_button.click()
            QApplication.processEvents()
            assert scene_problems("import preview", dialog, reserved) == []
            dialog.reject()
    finally:
        window.set_language("en")
