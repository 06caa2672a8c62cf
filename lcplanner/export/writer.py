"""Write a workplan file safely: into a temporary file beside the target, then rename.

A failure at any point (a full disk, a folder that is not writable, an error in the middle)
leaves no file at the target and an existing file there untouched; the caller gets an
:class:`ExportError` with a translated message.  openpyxl is imported only here, when exporting.
"""

from __future__ import annotations

import errno
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core.errors import PlanError

if TYPE_CHECKING:
    from ..core.document import PlanDocument
    from .workbook import Progress


class ExportError(PlanError):
    default_text = QT_TRANSLATE_NOOP("PlanError", "The workplan could not be written: %1")
    exit_code = 4  # what `lcplanner export` exits with


class ExportCancelled(ExportError):
    default_text = QT_TRANSLATE_NOOP("PlanError", "The export was cancelled; nothing was written.")


_FOLDER_MISSING = QT_TRANSLATE_NOOP("PlanError", "The folder %1 does not exist.")
_FOLDER_READ_ONLY = QT_TRANSLATE_NOOP(
    "PlanError", "The folder %1 cannot be written to. Choose another folder.")
_DISK_FULL = QT_TRANSLATE_NOOP("PlanError", "The disk is full. Free some space or choose another drive.")
_TARGET_IS_FOLDER = QT_TRANSLATE_NOOP("PlanError", "%1 is a folder, not a file name.")
_TARGET_LOCKED = QT_TRANSLATE_NOOP(
    "PlanError", "%1 cannot be replaced: it may be open in Excel. Close it there and try again.")


@dataclass(frozen=True)
class ExportReport:
    path: Path
    actions: int
    removed_characters: int
    truncated_cells: int
    language: str


def _check_target(target: Path) -> None:
    if target.is_dir():
        raise ExportError(_TARGET_IS_FOLDER, target, field="path")
    if not target.parent.is_dir():
        raise ExportError(_FOLDER_MISSING, target.parent, field="path")
    if not os.access(target.parent, os.W_OK):
        raise ExportError(_FOLDER_READ_ONLY, target.parent, field="path")


def export_workplan(doc: PlanDocument, target: str | os.PathLike[str], lang: str | None = None,
                    progress: Progress | None = None) -> ExportReport:
    """Write the plan's workplan to ``target`` (.xlsx) in ``lang`` (default: the plan's)."""
    from .data import ExportData
    from .workbook import WorkplanWriter

    target = Path(target).absolute()
    _check_target(target)
    data = ExportData.read(doc)
    language = lang or data.plan.language
    writer = WorkplanWriter(data, language, progress)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".xlsx.tmp",
                                        dir=target.parent)
    except PermissionError as exc:
        raise ExportError(_FOLDER_READ_ONLY, target.parent, field="path") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            writer.write().save(fh)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise ExportError(_TARGET_LOCKED, target, field="path") from exc
    except BaseException as exc:
        writer.discard()
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            raise ExportError(_DISK_FULL) from exc
        if isinstance(exc, OSError) and not isinstance(exc, PermissionError):
            raise ExportError(None, exc.strerror or exc) from exc
        if isinstance(exc, PermissionError):
            raise ExportError(_FOLDER_READ_ONLY, target.parent, field="path") from exc
        raise
    return ExportReport(target, len(data.actions), writer.clean.removed, writer.clean.truncated,
                        writer.lang)
