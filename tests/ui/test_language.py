"""Choosing the UI language at run time: menus, navigator and pages retranslate; Arabic is RTL."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lcplanner import i18n
from lcplanner.ui.crash import CrashDialog
from lcplanner.ui.welcome import NewPlanDialog

LANGUAGES = i18n.shipped_languages()


@pytest.fixture
def english_after(window):
    yield window
    window.set_language("en")
    QApplication.processEvents()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_language_menu_lists_shipped_languages_in_their_own_names(english_after):
    menu = english_after.language_menu
    assert menu.codes() == LANGUAGES and "tr" in LANGUAGES
    names = [a.text() for a in menu.actions()]
    assert "Türkçe" in names and "English" in names


def test_switching_to_turkish_retranslates_the_open_window(english_after, demo_file):
    w = english_after
    assert w.open_path(demo_file)
    w.show_area("BB2")
    action_id = w.doc.actions("BB2")[1].id
    w.area_page.select_action(action_id)
    turkish = next(a for a in w.language_menu.actions() if a.data() == "tr")
    turkish.trigger()
    QApplication.processEvents()  # Qt delivers LanguageChange as an event
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus[:2] == ["&Dosya", "Dü&zen"]
    model = w.navigator_model
    assert "Aileler ve toplum" in model.index(model.row_of("BB2")).data()
    assert model.index(0).data() == "Genel bakış"
    assert w.pages.currentWidget() is w.area_page and w.area_page.area == "BB2"
    assert w.area_page.editor.action_id == action_id  # the same place, in Turkish
    assert w.area_page.quick_add.placeholderText().startswith("Yeni eylem")
    assert w.undo_action.text().startswith("&Geri") or "Geri" in w.undo_action.text()
    assert w.settings.value("language") == "tr"
    w.commander.add_action("BB2", "Dil değişiminden sonra")  # still editing the same plan
    assert w.undo_stack.canUndo()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_and_dialog_opens_in_every_language(qtbot, english_after, demo_file, lang):
    w = english_after
    w.set_language(lang)
    QApplication.processEvents()
    assert w.open_path(demo_file)
    for row in range(w.navigator_model.rowCount()):
        w.navigator.setCurrentIndex(w.navigator_model.index(row))
        QApplication.processEvents()
        assert w.pages.currentWidget().isVisible()
    w.area_page.select_action(w.doc.actions(w.area_page.area or "FC3")[0].id) \
        if w.area_page.area else None
    for dialog in (NewPlanDialog(w), CrashDialog("Traceback: test", w)):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        dialog.close()
    w.close_plan()
    assert w.pages.currentWidget() is w.welcome
    if lang == "ar":
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_arabic_lays_out_right_to_left_and_still_selects(english_after, demo_file):
    w = english_after
    if "ar" not in LANGUAGES:
        pytest.skip("no Arabic catalogue")
    w.set_language("ar")
    QApplication.processEvents()
    assert w.isRightToLeft() and w.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert w.open_path(demo_file)
    w.show_area("BB1")
    assert w.area_page.editor.action_id == w.doc.actions("BB1")[0].id
    w.show_area("BB1")
    w.navigator.setCurrentIndex(w.navigator_model.index(w.navigator_model.row_of("organisations")))
    page = w.organisations_page
    org = w.doc.organisations()[2]
    page.select_organisation(org.id)
    assert page.table.currentIndex().row() == 2


def test_a_translator_previews_ts_files_without_rebuilding(english_after, tmp_path):
    """lcplanner --lang tr --translations DIR: the edited .ts shows at once."""
    import shutil

    from lcplanner import app
    from lcplanner.ui import language

    source = Path(__file__).resolve().parents[2] / "translations" / "lcplanner_tr.ts"
    edited = tmp_path / "lcplanner_tr.ts"
    shutil.copyfile(source, edited)
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace("<translation>&amp;Dosya</translation>",
                                   "<translation>&amp;Dosya (deneme)</translation>"), "utf-8")
    try:
        folder = app.use_preview_catalogues(tmp_path)
        assert (folder / "lcplanner_tr.qm").exists()
        english_after.set_language("tr")
        QApplication.processEvents()
        assert english_after.menuBar().actions()[0].text() == "&Dosya (deneme)"
    finally:
        language.catalogue_dir = i18n.CATALOGUE_DIR
        i18n.translator.cache_clear()
