"""A snapshot looked at in its own window: the whole plan as it was, read-only.

The window is the main window's own kind (every page, search, export, PDF), on a temporary plan
file restored from the snapshot and opened read-only.  It leaves no trace: not in the recent
files, not the window's saved geometry, and its temporary folder goes when it closes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from .main_window import MainWindow


class SnapshotViewer(MainWindow):
    """The main window on a snapshot's temporary copy, titled by the snapshot's name."""

    def __init__(self, name: str, folder: Path) -> None:
        self.snapshot_name = name
        self.folder = folder
        super().__init__()
        self.setObjectName("snapshotViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _remember(self, path: Path) -> None:
        """A temporary file is no recent file."""

    def _save_settings(self) -> None:
        """The main window's geometry and panes stay the main window's."""

    def _update_title(self) -> None:
        super()._update_title()
        if self.doc is not None:
            # %1 the snapshot's name, %2 the plan's title.
            self.setWindowTitle(self.tr("Snapshot “%1” of %2 [read-only]").replace(
                "%2", self.doc.plan().title).replace("%1", self.snapshot_name))
            self.file_label.setText(self.tr("Snapshot “%1”").replace("%1", self.snapshot_name))

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().closeEvent(event)
        shutil.rmtree(self.folder, ignore_errors=True)
