"""Choosing the UI language: the Language menu, and applying a choice to the running app.

The menu lists the shipped catalogues, each language in its own name.  Applying installs our
translator and Qt's own (standard buttons, dialogs), sets the default QLocale for dates and
numbers, and lays the window out right to left for Arabic; the main window then rebuilds its
texts (menus and pages) while the plan stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from .. import i18n


def native_name(code: str) -> str:
    """'tr' -> 'Türkçe', 'zh_CN' -> '简体中文' (the language named in itself)."""
    if code == "en":
        return "English"  # not "American English": the source language of the app
    locale = QLocale(code)
    name = locale.nativeLanguageName() or code
    return name[:1].upper() + name[1:]


# Where catalogues come from: the shipped ones, or a translator's preview folder (compiled
# again from the .ts files at each switch, see i18n.start_preview).
catalogue_dir = i18n.CATALOGUE_DIR


def apply_language(code: str | None) -> str:
    """Install translators and locale for ``code`` (None: the system's); returns the code used."""
    app = QApplication.instance()
    assert app is not None
    used = i18n.install(app, code, catalogue_dir)
    locale = QLocale("en_GB") if used == "en" else QLocale(used)
    QLocale.setDefault(locale)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft
                               if locale.textDirection() == Qt.LayoutDirection.RightToLeft
                               else Qt.LayoutDirection.LeftToRight)
    return used


class LanguageMenu(QMenu):
    """One checkable entry per shipped language."""

    languageChosen = Signal(str)  # noqa: N815

    def __init__(self, title: str, current: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName("languageMenu")
        group = QActionGroup(self)
        group.setExclusive(True)
        for code in i18n.shipped_languages(catalogue_dir):
            action = QAction(native_name(code), self)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == i18n.base_code(current))
            action.triggered.connect(lambda _c=False, c=code: self.languageChosen.emit(c))
            group.addAction(action)
            self.addAction(action)

    def codes(self) -> list[str]:
        return [a.data() for a in self.actions()]
