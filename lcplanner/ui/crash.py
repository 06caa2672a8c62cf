"""Crash handling: a rotating log file, and a friendly dialog instead of a silent failure.

An uncaught exception in a slot must not end a workshop: the plan is saved on every change, so
the app can keep running.  The exception goes to the log file (for whoever supports the app) and
the user sees what happened, with details they can copy into an e-mail.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import shiboken6

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__

from ..logfile import LOG_FILE, LOGGER_NAME, setup_logging  # noqa: F401  (used by app and tests)

APP_NAME = "LC Planner"

_log = logging.getLogger(LOGGER_NAME)
_previous_hook: Callable[..., object] | None = None
_handling = False  # set while a crash is being reported, so a second failure is only logged


def log_dir() -> Path:
    """The per-user log folder (created), or the portable folder's: no admin rights needed."""
    from ..paths import log_dir as where

    return where()


def details_text(exc_type: type[BaseException], exc: BaseException | None,
                 tb: TracebackType | None) -> str:
    """Traceback plus versions: what support needs to reproduce a crash (kept in English)."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    lines = traceback.format_exception(exc_type, exc, tb)
    return "".join(lines).rstrip() + "\n\n" + "\n".join([
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()} ({sys.executable})",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        f"Platform {platform.platform()}",
    ]) + "\n"


class CrashDialog(QDialog):
    """Tells the user the plan is safe and offers the details for copying."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("%1: unexpected problem").replace("%1", APP_NAME))
        self.setSizeGripEnabled(True)
        self.resize(640, 420)

        message = QLabel(self.tr(
            "%1 ran into an unexpected problem. Your plan is safe: every change was saved when "
            "you made it. Please send the details below to whoever supports %1.")
            .replace("%1", APP_NAME))
        message.setWordWrap(True)

        self.details = QPlainTextEdit(details)
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setAccessibleName(self.tr("Error details"))
        message.setBuddy(self.details)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.setAutoDefault(False)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        """Put the details on the clipboard, ready to paste into an e-mail."""
        QApplication.clipboard().setText(self.details.toPlainText())


def install_excepthook(parent_getter: Callable[[], QWidget | None] | None = None,
                       show_dialog: Callable[[str], None] | None = None) -> None:
    """Log uncaught exceptions and show CrashDialog instead of letting the app die.

    ``show_dialog`` replaces the modal dialog (tests use it: a modal exec would block them).
    """
    global _previous_hook
    if _previous_hook is None:
        _previous_hook = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        global _handling
        if issubclass(exc_type, KeyboardInterrupt):
            (_previous_hook or sys.__excepthook__)(exc_type, exc, tb)
            return
        if getattr(exc, "link_lost", False):  # a server out of reach: said, not a crash
            _log.warning("%s", exc)
            parent = parent_getter() if parent_getter is not None else None
            if parent is not None and hasattr(parent, "statusBar"):
                parent.statusBar().showMessage(exc.message())  # type: ignore[attr-defined]
            return
        _log.critical("Uncaught exception", exc_info=(exc_type, exc, tb))
        if _handling:
            return  # failed while reporting a crash: logged above, showing more would loop
        _handling = True
        try:
            details = details_text(exc_type, exc, tb)
            if show_dialog is not None:
                show_dialog(details)
            elif isinstance(QApplication.instance(), QApplication):
                parent = parent_getter() if parent_getter is not None else None
                dialog = CrashDialog(details, parent)
                dialog.exec()
                shiboken6.delete(dialog)  # at once, not at exit (see file_dialogs)
        except Exception:  # noqa: BLE001 - a crash report must never crash the app
            _log.exception("Could not show the crash dialog")
        finally:
            _handling = False

    sys.excepthook = hook


def uninstall_excepthook() -> None:
    """Restore the hook that was active before install_excepthook()."""
    global _previous_hook
    if _previous_hook is not None:
        sys.excepthook = _previous_hook
        _previous_hook = None
