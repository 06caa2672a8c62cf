"""Fixtures for window tests: isolated QSettings per test, and a helper that answers modal dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget


@pytest.fixture
def settings_dir(qapp, tmp_path: Path) -> Path:
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName("LC Planner tests")
    qapp.setApplicationName("LC Planner tests")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return folder


@pytest.fixture
def window(qtbot, settings_dir):
    from lcplanner.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


class ModalAnswerer:
    """Waits for the next modal dialog, records it, and lets a callback answer it."""

    def __init__(self) -> None:
        self.seen: list[QWidget] = []
        self.texts: list[str] = []
        self.errors: list[BaseException] = []
        self.kinds: list[str] = []
        self.icons: list[object] = []

    def check(self) -> None:
        """Re-raise the first failure that happened inside an answer."""
        if self.errors:
            raise self.errors[0]

    def next(self, answer: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
        waited = [0]

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                waited[0] += 20
                if waited[0] < timeout_ms:
                    QTimer.singleShot(20, poll)
                return
            self.seen.append(dialog)
            self.kinds.append(type(dialog).__name__)
            self.texts.append(getattr(dialog, "text", lambda: "")())
            self.icons.append(getattr(dialog, "icon", lambda: None)())
            try:
                answer(dialog)
            except BaseException as exc:  # never raise inside Qt's event loop: report later
                self.errors.append(exc)
                dialog.close()

        QTimer.singleShot(0, poll)


@pytest.fixture
def modal() -> ModalAnswerer:
    return ModalAnswerer()
