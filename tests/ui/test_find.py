"""Whole-plan search (issue 10, item 11), typed: Ctrl+F, words, Down, Enter, Escape."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lcplanner.core.find import Filters
from lcplanner.ui.find_panel import HitRole, FindPanel


def _open(qtbot, window, demo_file, area: str = "BB1") -> FindPanel:
    assert window.open_path(demo_file)
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_area(area)
    window.area_page.table.setFocus()
    qtbot.waitUntil(window.area_page.table.hasFocus)
    QTest.keySequence(QApplication.focusWidget(), QKeySequence("Ctrl+F"))
    panel = window.findChild(FindPanel, "findDock")
    assert panel is not None and panel.isVisible()
    assert panel.query.hasFocus()
    return panel


def _hits(panel: FindPanel) -> list:
    out = []
    for i in range(panel.results.topLevelItemCount()):
        group = panel.results.topLevelItem(i)
        out += [group.child(j).data(0, HitRole) for j in range(group.childCount())]
    return out


def test_ctrl_f_finds_in_every_area_accent_blind_and_jumps(qtbot, window, demo_file):
    panel = _open(qtbot, window, demo_file)
    qtbot.keyClicks(panel.query, "kutuphane")  # typed without Turkish letters
    hits = _hits(panel)
    assert "accents" in panel.summary.text()
    areas = {h.area for h in hits if h.kind == "action"}
    assert len(areas) >= 2 and areas - {"BB1"}  # not only the current block
    target = next(h for h in hits if h.kind == "action" and h.area != "BB1")
    assert "kütüphane" in (target.text + window.doc.action(target.id).description).casefold()

    qtbot.keyClick(panel.query, Qt.Key.Key_Down)
    assert panel.results.hasFocus()
    while panel.results.currentItem().data(0, HitRole) != target:
        qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    page = window.area_page
    assert page.area == target.area
    assert page.current_id() == target.id and page.editor.action_id == target.id
    assert window.navigator.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == target.area


def test_turkish_case_and_every_kind_is_found(qtbot, window, demo_file):
    panel = _open(qtbot, window, demo_file)
    qtbot.keyClicks(panel.query, "ISIK")  # capital I is dotless in Turkish; accents then ignored
    hits = _hits(panel)
    org = next(h for h in hits if h.kind == "organisation")
    assert org.text.startswith("Işık")
    assert any(h.kind == "action" for h in hits)  # the actions it leads or partners

    panel.query.clear()
    qtbot.keyClicks(panel.query, "okul")
    kinds = {h.kind for h in _hits(panel)}
    assert {"action", "objective", "indicator"} <= kinds

    panel.query.clear()
    qtbot.keyClicks(panel.query, "isik")
    for _ in range(len(_hits(panel)) + 4):  # down to the organisation
        if panel.results.currentItem() is not None and \
                panel.results.currentItem().data(0, HitRole) == org:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.organisations_page
    assert window.organisations_page.selected_ids() == [org.id]


def test_filters_status_lead_and_gaps(qtbot, window, demo_file):
    panel = _open(qtbot, window, demo_file)
    doc = window.doc
    panel.gaps.setChecked(True)
    gappy = {a.id for a in doc.actions() if a.missing}
    assert gappy and {h.id for h in _hits(panel)} == gappy
    panel.gaps.setChecked(False)
    panel.status.setCurrentIndex(panel.status.findData("done"))
    assert {h.id for h in _hits(panel)} == {a.id for a in doc.actions() if a.status == "done"}
    lead = next(a.lead_id for a in doc.actions() if a.lead_id is not None)
    panel.status.setCurrentIndex(0)
    panel.lead.setCurrentIndex(panel.lead.findData(lead))
    assert {h.id for h in _hits(panel)} == {a.id for a in doc.actions() if a.lead_id == lead}
    assert doc.find("", Filters(lead_id=lead)).counts["action"] == len(_hits(panel))


def test_escape_closes_and_gives_the_focus_back_and_results_follow_edits(qtbot, window, demo_file):
    panel = _open(qtbot, window, demo_file)
    qtbot.keyClicks(panel.query, "zeppelin")
    assert "Nothing" in panel.summary.text() and not _hits(panel)
    action = window.doc.actions("BB3")[0]
    window.commander.update_action(action.id, title="Zeppelin rides for the elderly")
    qtbot.waitUntil(lambda: [h.id for h in _hits(panel)] == [action.id])
    qtbot.keyClick(panel.query, Qt.Key.Key_Escape)
    assert not panel.isVisible()
    assert window.area_page.table.hasFocus()


def test_clearing_the_area_filter_keeps_selection_and_editor_in_step(qtbot, window, demo_file):
    assert window.open_path(demo_file)
    window.show_area("BB1")
    page = window.area_page
    page.search.setFocus()
    qtbot.keyClicks(page.search, "okul")
    assert page.proxy.rowCount() >= 2
    assert page.current_id() == page.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    page.select_row(1)
    chosen = page.current_id()
    assert page.editor.action_id == chosen
    page.search.clear()
    assert page.current_id() == chosen and page.editor.action_id == chosen
    assert page.proxy.rowCount() == len(window.doc.actions("BB1"))
