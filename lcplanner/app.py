"""QApplication start-up: application identity, the plan to open, the main window.

``lcplanner FILE`` opens that file; ``lcplanner --demo`` (or no file at all, for now) opens a
fresh copy of the demo plan in the user's documents folder, so a first start shows a real plan.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from . import __version__

APP_NAME = "LC Planner"


def demo_copy_path(folder: Path, lang: str) -> Path:
    """A new file name for a demo copy in ``folder`` (never overwrites an earlier copy)."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = QCoreApplication.translate("app", "Demo plan")
    suffix = "" if lang == "tr" else f" ({lang})"
    candidate = folder / f"{stem}{suffix}.lcplan"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}{suffix} {n}.lcplan"
        n += 1
    return candidate


def documents_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / APP_NAME


def build_window(options: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The main window with the plan the options ask for (a QApplication must exist)."""
    from .ui.main_window import MainWindow

    window = MainWindow()
    if options.file:
        window.open_path(Path(options.file), read_only=options.read_only)
    else:
        from .core.demo import build_demo

        lang = "tr" if (options.lang or "tr").startswith("tr") else "en"
        doc = build_demo(demo_copy_path(documents_folder(), lang), lang)
        window.set_document(doc)
    return window


def run_gui(options: argparse.Namespace) -> int:
    """Start the GUI and run its event loop; returns the exit code."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    window = build_window(options)
    window.show()
    return app.exec()
