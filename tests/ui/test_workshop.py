"""The whole workshop path through the real main window, offscreen, on a real plan file.

New plan -> quick-add actions in two building blocks -> fill one action in the editor (lead,
partners, dates, budget lines, an indicator, key features) -> rename an organisation -> undo and
redo across all of it -> close -> reopen: everything is there.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from lcplanner.ui.welcome import NewPlanDialog
from person import content


def _type(qtbot, widget, text: str) -> None:
    """Type like a keyboard; QTest cannot synthesise keys outside Latin-1, so those are inserted."""
    for char in text:
        if ord(char) < 128:
            qtbot.keyClicks(widget, char)
        else:
            widget.insert(char)


def _type_and_enter(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.clear()
    _type(qtbot, widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _new_plan_through_dialogs(qtbot, window, modal, path) -> None:
    def fill(dialog) -> None:
        assert isinstance(dialog, NewPlanDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # no city yet
        _type(qtbot, dialog.city, "Eskişehir")
        dialog.start.setValue(2027)
        dialog.end.setValue(2029)
        dialog.language.setCurrentIndex(dialog.language.findData("tr"))
        assert ok.isEnabled()
        modal.next(save_as)
        ok.click()

    def save_as(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    modal.next(fill)
    created = window.new_plan()
    modal.check()
    assert created


def test_workshop_path(qtbot, window, modal, tmp_path):
    QLocale.setDefault(QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey))
    path = tmp_path / "eskisehir.lcplan"
    assert window.pages.currentWidget() is window.welcome
    _new_plan_through_dialogs(qtbot, window, modal, path)
    doc = window.doc
    assert doc.path == path and doc.plan().city == "Eskişehir" and doc.plan().period_start == 2027

    # Quick add in two building blocks; the cursor stays in the quick-add field.
    window.show_area("BB1")
    page = window.area_page
    _type_and_enter(qtbot, page.new_objective, "Okul öncesi eğitime erişimi artırmak")
    for title in ("Mahalle oyun evleri", "Ebeveyn okulu"):
        _type_and_enter(qtbot, page.quick_add, title)
        assert page.quick_add.text() == "" and window.focusWidget() is page.quick_add
    window.show_area("BB3")
    _type_and_enter(qtbot, page.quick_add, "Usta-çırak programı")
    assert [a.title for a in doc.actions("BB1")] == ["Mahalle oyun evleri", "Ebeveyn okulu"]
    assert [a.title for a in doc.actions("BB3")] == ["Usta-çırak programı"]
    assert {a.objective_code for a in doc.actions("BB1")} == {"BB1-O1"}

    # Fill the first BB1 action in the editor.
    window.show_area("BB1")
    action_id = doc.actions("BB1")[0].id
    page.select_action(action_id)
    editor = page.editor
    assert editor.action_id == action_id
    lead = editor.lead.lineEdit()
    lead.setFocus()
    lead.selectAll()
    _type(qtbot, lead, "Halk Eğitim Merkezi")
    qtbot.keyClick(lead, Qt.Key.Key_Return)
    partners = editor.partners
    partners.name.setEditText("İl Milli Eğitim Müdürlüğü")
    partners.role.setCurrentIndex(partners.role.findData("funder"))
    qtbot.mouseClick(partners.add_button, Qt.MouseButton.LeftButton)
    for field, typed in ((editor.start.edit, "1.3.2027"), (editor.end.edit, "30062028")):
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, typed)  # as a person types a date, in the locale's order
        qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.mouseClick(editor.budget.add_button, Qt.MouseButton.LeftButton)
    budget = editor.budget.model
    assert budget.setData(budget.index(0, 1), "250.000,50")  # typed the Turkish way
    qtbot.mouseClick(editor.budget.add_button, Qt.MouseButton.LeftButton)
    assert budget.setData(budget.index(1, 1), "100.000")
    _type_and_enter(qtbot, editor.indicators.new_name, "Açılan oyun evi sayısı")
    indicators = editor.indicators.model
    assert indicators.setData(indicators.index(0, 5), "3")  # target value
    item = editor.key_features.item(0)
    item.setCheckState(Qt.CheckState.Checked)

    row = doc.action(action_id)
    assert row.lead_name == "Halk Eğitim Merkezi"
    assert [(p.name, p.role) for p in row.partners] == [("İl Milli Eğitim Müdürlüğü", "funder")]
    assert (row.start_date, row.end_date) == (dt.date(2027, 3, 1), dt.date(2028, 6, 30))
    assert row.budget_total == Decimal("350000.50")
    assert [(i.name, i.target) for i in doc.indicators(action_id=action_id)] == [
        ("Açılan oyun evi sayısı", "3")]
    assert row.key_features == ("BB1.1",)
    assert "350.000,50" in editor.budget.total.text()  # the total, written the Turkish way

    # Rename an organisation in the register.
    window.navigator.setCurrentIndex(window.navigator_model.index(
        window.navigator_model.row_of("organisations")))
    register = window.organisations_page.model
    row_of = {register.row_at(r).name: r for r in range(register.rowCount())}
    assert register.setData(register.index(row_of["Halk Eğitim Merkezi"], 0),
                            "Eskişehir Halk Eğitim Merkezi")
    assert doc.action(action_id).lead_name == "Eskişehir Halk Eğitim Merkezi"
    assert window.undo_action.text() == "&Undo Edit organisation"

    # Undo everything back to the empty plan, then redo it all.
    final = tuple(content(r) for r in (doc.actions(), doc.organisations(), doc.budget_lines(),
                                        doc.indicators()))
    stack = window.undo_stack
    steps = stack.count()
    assert steps >= 12
    while stack.canUndo():
        stack.undo()
    assert doc.actions() == [] and doc.organisations() == [] and doc.objectives() == []
    while stack.canRedo():
        stack.redo()
    assert tuple(content(r) for r in (doc.actions(), doc.organisations(), doc.budget_lines(),
                                      doc.indicators())) == final

    # Close and reopen: everything is in the file.
    window.close_plan()
    assert window.doc is None and window.pages.currentWidget() is window.welcome
    assert window.welcome.recent.count() == 1
    assert window.open_path(path)
    reopened = window.doc
    assert tuple(content(r) for r in (reopened.actions(), reopened.organisations(),
                                      reopened.budget_lines(), reopened.indicators())) == final
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
