"""Open and save file dialogs owned by the window, deleted as soon as they are answered.

A dialog created from Python and run with exec() that is left for Qt to delete at exit can crash
the process as it ends (seen offscreen with the New plan dialog: "shared QObject was deleted
directly", then a segfault); deleting it right after use avoids that.  Owning the dialog also lets
tests answer the real one.

A desktop's native file dialog speaks the system's language, not the app's: when the person chose
another UI language (Turkish on an English Windows), Qt's own dialog is used, translated by the
qtbase catalogue i18n.install loads.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QFileDialog, QWidget

from .. import i18n


def ask_path(parent: QWidget, title: str, start: str, name_filter: str, save: bool,
             suffix: str = "", confirm_overwrite: bool = True) -> Path | None:
    """Ask for a file to open or a name to save as; None when the person cancels.

    ``confirm_overwrite=False`` is for a caller that asks itself, once, about the final name
    (which it may still change, and which may be typed elsewhere): never twice for one file.
    """
    dialog = QFileDialog(parent, title, start, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save
                         else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save
                       else QFileDialog.FileMode.ExistingFile)
    if i18n.ui_language() != i18n.system_language():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    if save and not confirm_overwrite:
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    if save and start and not Path(start).is_dir():
        dialog.selectFile(start)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
    finally:
        shiboken6.delete(dialog)  # now, not at exit: see the module's docstring


def unique_path(folder: Path, stem: str, lang: str) -> Path:
    """A file name in ``folder`` that does not exist yet ('Demo plan 2.lcplan' after the first)."""
    safe = "".join(c for c in stem if c not in '<>:"/\\|?*').strip() or "plan"
    suffix = f" ({lang})" if lang and lang != "tr" else ""
    candidate = folder / f"{safe}{suffix}.lcplan"
    n = 2
    while candidate.exists():
        candidate = folder / f"{safe}{suffix} {n}.lcplan"
        n += 1
    return candidate
