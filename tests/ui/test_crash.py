"""Crash handling: the log file, the excepthook and the crash dialog, on real Qt widgets."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton

from lcplanner import __version__
from lcplanner.ui import crash


def _flush() -> None:
    for handler in logging.getLogger("lcplanner").handlers:
        handler.flush()


@pytest.fixture(autouse=True, scope="module")
def _close_log_handler():
    """Leave the shared "lcplanner" logger as we found it once this module is done."""
    yield
    logger = logging.getLogger("lcplanner")
    for handler in [h for h in logger.handlers if getattr(h, "_lcplanner_file", False)]:
        logger.removeHandler(handler)
        handler.close()


@pytest.fixture
def hook_texts():
    """Install the hook with a collecting callback; always restore the previous hook."""
    texts: list[str] = []
    before = sys.excepthook
    crash.install_excepthook(show_dialog=texts.append)
    yield texts
    crash.uninstall_excepthook()
    assert sys.excepthook is before


def test_setup_logging_is_idempotent_and_writes_under_the_test_state_dir():
    path = crash.setup_logging()
    assert crash.setup_logging() == path
    ours = [h for h in logging.getLogger("lcplanner").handlers
            if getattr(h, "baseFilename", None) == str(path)]
    assert len(ours) == 1
    assert path.name == "lcplanner.log"
    assert path.is_relative_to(Path(os.environ["XDG_STATE_HOME"]))  # not the real home
    logging.getLogger("lcplanner.test").warning("hello from the test, ğüşıöç")
    _flush()
    assert "hello from the test, ğüşıöç" in path.read_text(encoding="utf-8")


def test_excepthook_logs_and_reports_then_uninstall_restores():
    path = crash.setup_logging()
    before = sys.excepthook
    texts: list[str] = []
    crash.install_excepthook(show_dialog=texts.append)
    assert sys.excepthook is not before
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # must not raise
    crash.uninstall_excepthook()
    assert sys.excepthook is before

    assert len(texts) == 1
    assert "RuntimeError" in texts[0] and "boom" in texts[0] and __version__ in texts[0]
    _flush()
    logged = path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "RuntimeError: boom" in logged
    assert "CRITICAL" in logged


def test_a_failing_crash_report_is_only_logged():
    path = crash.setup_logging()

    def broken(_details: str) -> None:
        raise ValueError("dialog broke")

    crash.install_excepthook(show_dialog=broken)
    try:
        try:
            raise RuntimeError("first")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # the broken callback must not escape
    finally:
        crash.uninstall_excepthook()
    _flush()
    assert "ValueError: dialog broke" in path.read_text(encoding="utf-8")


def test_keyboard_interrupt_goes_to_the_previous_hook(monkeypatch):
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, v, tb: seen.append(t))
    texts: list[str] = []
    crash.install_excepthook(show_dialog=texts.append)
    try:
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        crash.uninstall_excepthook()
    assert seen == [KeyboardInterrupt] and texts == []


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_hook(qtbot, hook_texts):
    def explode() -> None:
        raise RuntimeError("slot boom")

    button = QPushButton("Explode")
    qtbot.addWidget(button)
    button.clicked.connect(explode)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(hook_texts) == 1, timeout=2000)
    assert "RuntimeError: slot boom" in hook_texts[0]
    assert "explode" in hook_texts[0]  # the traceback names the slot


def test_crash_dialog_copies_details_and_is_read_only(qtbot):
    details = "Traceback (most recent call last):\nRuntimeError: boom\n\nLC Planner 1.2.3\n"
    dialog = crash.CrashDialog(details)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.findChild(QPlainTextEdit, "details")
    assert text.isReadOnly() and text.toPlainText() == details
    assert text.accessibleName()
    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.findChild(QPushButton, "copyButton"), Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == details
    assert dialog.width() >= 600 and dialog.isSizeGripEnabled()


def test_details_text_names_the_versions():
    try:
        raise KeyError("missing")
    except KeyError:
        text = crash.details_text(*sys.exc_info())
    assert "KeyError: 'missing'" in text
    assert f"LC Planner {__version__}" in text
    assert "Python " in text and "Qt " in text and "Platform " in text
