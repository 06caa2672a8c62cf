"""The stock-take step as a facilitator does it: ratings by keys 0-3, evidence and initiatives
typed in, for three areas; the "start here" line names the low ones; undo and redo everything;
a prompt catalogue loaded through the page (a bad one changes nothing).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from lcplanner.core import framework
from lcplanner.core.vocab import RATING_LEVELS
from lcplanner.ui.area_strip import level_label
from lcplanner.ui.stocktake_page import StocktakePage
from person import commit_cell, open_page, settle, type_text


def _page(qtbot, window, tmp_path) -> StocktakePage:
    return open_page(qtbot, window, tmp_path, StocktakePage)  # type: ignore[return-value]


def _plain(label_text: str) -> str:
    return re.sub(r"<[^>]+>", "", label_text)


def _state(doc) -> tuple:
    return ([(r.area, r.prompt_code, r.level, r.evidence) for r in doc.ratings()],
            [(i.area, i.prompt_code, i.title, i.owner_name, i.reach) for i in doc.initiatives()])


# per area: the level keyed on each prompt row (None: skipped), the whole-area key, evidence,
# and initiatives (prompt row, title, owner, reach)
PLAN = {
    "BB2": ([2, 3, None, 1], "2", "Library survey 2025",
            [(0, "Neighbourhood reading rooms", "Bolu Belediyesi", "12 rooms"),
             (1, "Family learning week", "Halk Egitim Merkezi", "400 families")]),
    "BB3": ([0, 0, 1, 0], None, "No employer scheme yet",
            [(2, "Apprenticeship fair", "Bolu Ticaret Odasi", "30 firms")]),
    "FC2": ([1, 2, 1], None, "Council meets twice a year", []),
}


def test_ratings_and_initiatives_for_three_areas_by_keyboard(qtbot, window, tmp_path):
    page = _page(qtbot, window, tmp_path)
    doc, stack = window.commander.doc, window.undo_stack
    start = stack.index()
    assert _plain(page.start_here.text()).startswith("Start here: rate the areas")

    # the strip: arrows choose the area
    page.strip.setFocus()
    page.set_area("BB1")
    qtbot.keyClick(page.strip, Qt.Key.Key_Right)
    assert page.area == "BB2" and "BB2" in page.heading.text()

    for area, (levels, whole, evidence, initiatives) in PLAN.items():
        page.set_area(area)
        table = page.prompt_table
        prompts = doc.prompts(area)
        assert page.prompts.rowCount() == len(prompts) + 1  # and the area as a whole
        table.setFocus()
        for row, level in enumerate(levels):
            table.setCurrentIndex(page.prompts.index(row, 0))
            if level is not None:
                qtbot.keyClick(table, getattr(Qt.Key, f"Key_{level}"))
        if whole is not None:
            table.setCurrentIndex(page.prompts.index(len(prompts), 2))
            qtbot.keyClick(table, getattr(Qt.Key, f"Key_{whole}"))
        # evidence for the first prompt: typing starts the cell editor, Enter commits
        table.setCurrentIndex(page.prompts.index(0, 3))
        type_text(qtbot, evidence)
        commit_cell(qtbot, table)
        # a slip rated and taken back with Delete
        table.setCurrentIndex(page.prompts.index(2, 1))
        qtbot.keyClick(table, Qt.Key.Key_3)
        assert doc.rating(area, prompts[2].code).level == 3
        qtbot.keyClick(table, Qt.Key.Key_Delete)
        expected = levels[2]
        assert (doc.rating(area, prompts[2].code) or None) is None or \
            doc.rating(area, prompts[2].code).level is None
        if expected is not None:  # put the planned level back
            qtbot.keyClick(table, getattr(Qt.Key, f"Key_{expected}"))

        for row, title, owner, reach in initiatives:
            table.setFocus()
            table.setCurrentIndex(page.prompts.index(row, 0))
            assert prompts[row].code in page.new_initiative.placeholderText()
            page.new_initiative.setFocus()
            qtbot.keyClicks(page.new_initiative, title)
            qtbot.keyClick(page.new_initiative, Qt.Key.Key_Return)
            assert page.new_initiative.text() == ""
            new_row = page.initiatives.rowCount() - 1
            assert page.initiatives.row_at(new_row).prompt_code == prompts[row].code
            itable = page.initiative_table
            itable.setFocus()
            itable.setCurrentIndex(page.initiatives.index(new_row, 1))
            qtbot.keyClick(itable, Qt.Key.Key_F2)
            qtbot.waitUntil(lambda t=itable: QApplication.focusWidget() is not t)
            QApplication.focusWidget().lineEdit().clear()
            type_text(qtbot, owner)
            commit_cell(qtbot, itable)
            settle(qtbot, page)
            itable.setFocus()
            itable.setCurrentIndex(page.initiatives.index(new_row, 2))
            type_text(qtbot, reach)
            commit_cell(qtbot, itable)

    # what the room said is in the plan
    for area, (levels, whole, evidence, initiatives) in PLAN.items():
        prompts = doc.prompts(area)
        for prompt, level in zip(prompts, levels):
            rating = doc.rating(area, prompt.code)
            assert (rating.level if rating else None) == level, (area, prompt.code)
        assert doc.rating(area, prompts[0].code).evidence == evidence
        assert [(i.title, i.owner_name, i.reach) for i in doc.initiatives(area)] == [
            (t, o, r) for _row, t, o, r in initiatives]
    assert {"Bolu Belediyesi", "Halk Egitim Merkezi", "Bolu Ticaret Odasi"} <= {
        o.name for o in doc.organisations()}

    # the low areas, lowest first, each a link to its page
    levels = doc.area_levels()
    assert levels["BB3"] < 0.5 and 0.5 <= levels["FC2"] < 1.5 and levels["BB2"] >= 1.5
    line = _plain(page.start_here.text())
    assert line == "Start here: BB3 (Not in place) and FC2 (Emerging)", line
    page.start_here.linkActivated.emit("FC2")
    assert page.area == "FC2"
    assert page.strip.currentItem().data(Qt.ItemDataRole.UserRole + 3) is not None

    final = _state(doc)
    while stack.index() > start:
        stack.undo()
    assert doc.ratings() == [] and doc.initiatives() == []
    assert not {"Bolu Belediyesi", "Bolu Ticaret Odasi"} & {o.name for o in doc.organisations()}
    assert _plain(page.start_here.text()).startswith("Start here: rate the areas")
    while stack.canRedo():
        stack.redo()
    assert _state(doc) == final
    assert _plain(page.start_here.text()) == "Start here: BB3 (Not in place) and FC2 (Emerging)"


def test_the_whole_area_rating_and_benefits(qtbot, window, tmp_path):
    page = _page(qtbot, window, tmp_path)
    doc = window.commander.doc
    page.set_area("B2")  # benefits have no prompts: the area as a whole only
    assert page.prompts.rowCount() == 1
    page.prompt_table.setFocus()
    page.prompt_table.setCurrentIndex(page.prompts.index(0, 0))
    qtbot.keyClick(page.prompt_table, Qt.Key.Key_1)
    assert doc.rating("B2", "").level == 1
    assert page.prompts.index(0, 2).data() == "Emerging"
    assert "B2" in _plain(page.start_here.text())
    # the rating list (F2) offers "not rated" and the four levels
    page.prompt_table.setCurrentIndex(page.prompts.index(0, 2))
    qtbot.keyClick(page.prompt_table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not page.prompt_table)
    combo = QApplication.focusWidget()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "not rated", "Not in place", "Emerging", "Established", "Advanced"]
    combo.setCurrentIndex(4)
    commit_cell(qtbot, page.prompt_table)
    assert doc.rating("B2", "").level == 3


def test_level_labels_are_one_table():
    assert [level_label(i) for i in range(4)] == list(RATING_LEVELS)
    assert level_label(None) == "not rated"
    assert len(framework.AREAS) == 12


def test_loading_prompts_through_the_page(qtbot, window, tmp_path, modal):
    page = _page(qtbot, window, tmp_path)
    doc, stack = window.commander.doc, window.undo_stack
    good = tmp_path / "prompts.csv"
    good.write_text("code;area;text_en;text_tr\nBB2.A;BB2;Libraries open late;Kütüphaneler geç "
                    "saate kadar açık\nBB2.B;BB2;Learning in parks;Parklarda öğrenme\n",
                    encoding="utf-8-sig")
    page.set_area("BB2")
    before = stack.index()

    def choose(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(good))
        dialog.accept()

    modal.next(choose)
    assert page.ask_prompts()
    modal.check()
    assert stack.index() == before + 1
    assert [p.code for p in doc.prompts()] == ["BB2.A", "BB2.B"]
    assert page.prompts.index(0, 1).data() == "Libraries open late"  # the UI's language
    assert page.prompts.rowCount() == 3

    # a bad file: refused with the row named, in a warning; the plan is unchanged
    bad = tmp_path / "bad.csv"
    bad.write_text("code,area,text_en\nX.1,BB2,Fine\nX.2,BB9,Unknown area\n", encoding="utf-8")
    modal.next(lambda dialog: dialog.accept())
    assert not page.load_prompts_from(bad)
    modal.check()
    assert modal.kinds[-1] == "QMessageBox" and modal.icons[-1] == QMessageBox.Icon.Warning
    assert "row 3" in modal.texts[-1] and "BB9" in modal.texts[-1]
    assert [p.code for p in doc.prompts()] == ["BB2.A", "BB2.B"]
    assert stack.index() == before + 1

    stack.undo()  # the built-in key features again
    assert [p.code for p in doc.prompts("BB2")] == ["BB2.1", "BB2.2", "BB2.3", "BB2.4"]
    assert page.prompts.rowCount() == 5
