"""Qt's own dialogs and buttons speak the UI's language, not the system's.

A desktop's native file dialog follows the system language, so a Turkish UI on an English system
showed English file dialogs; the app then uses Qt's own dialog, translated by qtbase_xx.qm, which
i18n.install loads for every shipped language.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget

from lcplanner import i18n

LANGUAGES = i18n.shipped_languages()


@pytest.fixture
def english_system(window, monkeypatch):
    """The window on a system that speaks English; back to an English UI afterwards."""
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    yield window
    window.set_language("en")
    QApplication.processEvents()


def _qt(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_qts_own_catalogue_is_there_and_installed_for_every_language(english_system, lang):
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert QTranslator().load(QLocale(lang), "qtbase", "_", folder), f"no qtbase_{lang}.qm"
    english_system.set_language(lang)
    QApplication.processEvents()
    cancel = _qt("QPlatformTheme", "Cancel")
    assert (cancel == "Cancel") == (lang == "en"), cancel


def _answer_file_dialog(modal, seen: dict[str, object]) -> None:
    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen["own"] = dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        seen["buttons"] = [b.text() for b in dialog.findChildren(QPushButton) if b.isVisible()]
        dialog.reject()

    modal.next(look)


def test_a_turkish_ui_opens_qts_own_file_dialog_in_turkish(english_system, modal):
    w = english_system
    w.set_language("tr")
    QApplication.processEvents()
    cancel, open_ = _qt("QPlatformTheme", "Cancel"), _qt("QFileDialog", "&Open")
    assert cancel == "İptal" and open_ == "&Aç"
    seen: dict[str, object] = {}
    _answer_file_dialog(modal, seen)
    w.open_action.trigger()  # File → Open…
    modal.check()
    assert seen["own"] is True, "the native dialog would speak the system's language"
    assert cancel in seen["buttons"] and open_ in seen["buttons"], seen["buttons"]
    assert w.doc is None  # cancelled: nothing opened


def test_the_ui_in_the_systems_language_keeps_the_native_dialog(english_system, modal):
    english_system.set_language("en")
    QApplication.processEvents()
    seen: dict[str, object] = {}
    _answer_file_dialog(modal, seen)
    english_system.open_action.trigger()
    modal.check()
    assert seen["own"] is False


def test_a_question_in_the_turkish_ui_has_turkish_yes_and_no(english_system, modal, demo_file):
    w = english_system
    w.set_language("tr")
    QApplication.processEvents()
    assert w.open_path(demo_file)
    w.show_area("BB1")
    w.area_page.objectives.setCurrentRow(0)
    buttons: list[str] = []

    def look(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        buttons.extend(b.text() for b in box.buttons())
        box.button(QMessageBox.StandardButton.No).click()

    modal.next(look)
    w.area_page.delete_objective.click()
    modal.check()
    assert sorted(buttons) == sorted([_qt("QPlatformTheme", "&Yes"), _qt("QPlatformTheme", "&No")])
    assert sorted(buttons) == ["&Evet", "&Hayır"]
