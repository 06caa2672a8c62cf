"""QApplication start-up: identity, logging and the crash dialog, then the main window.

The window is shown first and the plan is opened on the next turn of the event loop, so the first
paint does not wait for SQLAlchemy and the file.  ``lcplanner FILE`` opens that file,
``--demo`` a fresh demo copy, no argument the last plan (or the welcome page on first start).
"""

from __future__ import annotations

import argparse
import sys
import time

from . import __version__

APP_NAME = "LC Planner"


def _identity(app) -> None:  # type: ignore[no-untyped-def]
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("lcplanner")


def set_locale(lang: str | None) -> None:
    """Dates, numbers and money follow the UI language (the system's unless --lang says)."""
    from PySide6.QtCore import QLocale

    locale = QLocale(lang) if lang else QLocale.system()
    if locale.language() == QLocale.Language.C:  # a bare server or container: plain English
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)


def build_window(options: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The main window with the plan the options ask for (a QApplication must exist)."""
    from .ui.main_window import MainWindow

    window = MainWindow()
    window.start(options.file, demo=options.demo, read_only=options.read_only, lang=options.lang)
    return window


def run_gui(options: argparse.Namespace) -> int:
    """Start the GUI and run its event loop; returns the exit code."""
    started = time.perf_counter()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    _identity(app)
    set_locale(options.lang)
    from .ui.crash import install_excepthook, setup_logging
    from .ui.main_window import MainWindow

    setup_logging()
    window = MainWindow()
    install_excepthook(lambda: window)
    window.show()

    def load() -> None:
        window.start(options.file, demo=options.demo, read_only=options.read_only,
                     lang=options.lang)
        if getattr(options, "quit_after_ready", False):
            app.processEvents()
            print(f"ready {time.perf_counter() - started:.3f}", flush=True)
            QTimer.singleShot(0, window.close)

    QTimer.singleShot(0, load)
    return app.exec()
