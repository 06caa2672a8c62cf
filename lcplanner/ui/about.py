"""Help → About: the program, its sources and its licence (context "MainWindow", as before)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import __version__
from ..core import framework


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("MainWindow", "About LC Planner"),
                      QCoreApplication.translate(
        "MainWindow",
        "<h3>LC Planner %1</h3><p>Öğrenen Şehir Planlayıcı: learning-city action plans for "
        "workshops, offline.</p><p>%2</p><p>%3</p><p>Licence: GNU GPL version 3 or later.</p>")
        .replace("%1", __version__)
        .replace("%2", framework.tr_label(framework.FRAMEWORK_SOURCE))
        .replace("%3", framework.tr_label(framework.KEY_FEATURES_NOTE)))
