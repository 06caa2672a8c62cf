"""Write a workplan file safely: into a temporary file beside the target, then rename.

A failure at any point (a full disk, a file-size limit, a folder that is not writable, an error
in the middle) leaves no file at the target and an existing file there untouched; the caller gets
an :class:`ExportError` with a translated message that names the user's file.  A target that is
not ours to replace (the plan itself, a plan file, a file that is not a workbook) is refused before
anything is written.  openpyxl is imported only here, when exporting.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.errors import CONTEXT, PlanError
from ..core.tempfiles import temp_beside

if TYPE_CHECKING:
    from ..core.document import PlanDocument
    from .workbook import Progress


class ExportError(PlanError):
    default_text = QT_TRANSLATE_NOOP("PlanError", "The workplan could not be written: %1")
    exit_code = 4  # what `lcplanner export` exits with


class ExportCancelled(ExportError):
    default_text = QT_TRANSLATE_NOOP("PlanError", "The export was cancelled; nothing was written.")


class TargetRefused(ExportError):
    """The target is a file the export must not replace; nothing was written.

    ``cli_text`` (when given) is the same message for the command line, where ``--force`` exists;
    the window has no such option, so its text only says to choose another name.
    """

    def __init__(self, text: str, *args: object, cli_text: str | None = None) -> None:
        super().__init__(text, *args, field="path")
        self.cli_text = cli_text

    def cli_message(self) -> str:
        """The message for `lcplanner export`, in the installed UI language."""
        return self._fill(QCoreApplication.translate(CONTEXT, self.cli_text or self.text))


_FOLDER_MISSING = QT_TRANSLATE_NOOP("PlanError", "The folder %1 does not exist.")
_FOLDER_READ_ONLY = QT_TRANSLATE_NOOP(
    "PlanError", "The folder %1 cannot be written to. Choose another folder.")
_DISK_FULL = QT_TRANSLATE_NOOP(
    "PlanError", "The disk is full, so %1 could not be written. Free some space or choose another drive.")
_FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "PlanError",
    "%1 could not be written: the workbook is larger than the file size limit of this drive or "
    "account (file too large). Choose another drive, or ask your administrator to raise the limit.")
_WRITE_FAILED = QT_TRANSLATE_NOOP("PlanError", "%1 could not be written: %2")
_TARGET_IS_FOLDER = QT_TRANSLATE_NOOP("PlanError", "%1 is a folder, not a file name.")
_TARGET_LOCKED = QT_TRANSLATE_NOOP(
    "PlanError", "%1 cannot be replaced: it may be open in Excel. Close it there and try again.")
_TARGET_IS_PLAN = QT_TRANSLATE_NOOP(
    "PlanError", "%1 is the plan being exported; the workplan must not replace it. Choose another name.")
_TARGET_NOT_REGULAR = QT_TRANSLATE_NOOP(
    "PlanError", "%1 is not a regular file (it is a device, pipe or socket). Choose another name.")
_TARGET_PLAN_NAME = QT_TRANSLATE_NOOP(
    "PlanError", "%1 is a plan file name (.lcplan), not a workbook name. Choose a name ending in .xlsx.")
_TARGET_PLAN_NAME_CLI = QT_TRANSLATE_NOOP(
    "PlanError",
    "%1 is a plan file name (.lcplan), not a workbook name. Choose a name ending in .xlsx, or add "
    "--force to write the workbook there anyway.")
_TARGET_NOT_WORKBOOK = QT_TRANSLATE_NOOP(
    "PlanError",
    "%1 already exists and is not an Excel workbook, so it was left as it is. Choose another name.")
_TARGET_NOT_WORKBOOK_CLI = QT_TRANSLATE_NOOP(
    "PlanError",
    "%1 already exists and is not an Excel workbook, so it was left as it is. Choose another name, "
    "or add --force to replace it.")

_WORKBOOK_MAGIC = b"PK\x03\x04"  # an .xlsx is a zip file


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


def _is_open_plan(doc: PlanDocument, target: Path, info: os.stat_result | None) -> bool:
    """Whether ``target`` is the plan file or one of its companions (journal, lock), any spelling."""
    plan = Path(doc.path)
    names = {plan.name + suffix for suffix in ("", "-journal", "-wal", "-shm", ".lock")}
    for name in names:
        try:
            if info is not None and os.path.samestat(info, os.stat(plan.with_name(name))):
                return True
        except OSError:
            continue
    # Not there yet (a journal): compare the spelled folder and name instead.
    return target.name in names and os.path.realpath(target.parent) == os.path.realpath(plan.parent)


def _check_replaceable(doc: PlanDocument, target: Path, force: bool) -> None:
    """Refuse a target the workbook must not replace; ``force`` lets the user insist.

    The open plan (and its journal or lock) and device files are refused even when forced:
    replacing them destroys the plan or the system, never what a person meant.
    """
    try:
        info: os.stat_result | None = os.stat(target)
    except OSError:
        info = None  # nothing there (or a dangling link): nothing to lose
    if _is_open_plan(doc, target, info):
        raise TargetRefused(_TARGET_IS_PLAN, target)
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise TargetRefused(_TARGET_NOT_REGULAR, target)
    if force:
        return
    if target.suffix.lower() == ".lcplan":
        raise TargetRefused(_TARGET_PLAN_NAME, target, cli_text=_TARGET_PLAN_NAME_CLI)
    if info is None or info.st_size == 0:
        return  # a new name, or an empty file: nothing to lose
    try:
        with open(target, "rb") as fh:
            head = fh.read(len(_WORKBOOK_MAGIC))
    except OSError:
        head = b""  # unreadable: it cannot be shown to be a workbook
    if head != _WORKBOOK_MAGIC:
        raise TargetRefused(_TARGET_NOT_WORKBOOK, target, cli_text=_TARGET_NOT_WORKBOOK_CLI)


def _save(workbook: Any, fh: IO[bytes]) -> None:
    """Save ``workbook`` into ``fh``; on failure the zip archive is closed while ``fh`` is open.

    ``Workbook.save`` leaves its archive open when writing fails; the archive then closes itself
    later, after ``fh`` is gone, and Python prints "seek of closed file" on stderr.
    """
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    if workbook.write_only and not workbook.worksheets:
        workbook.create_sheet()
    archive = ZipFile(fh, "w", ZIP_DEFLATED, allowZip64=True)
    workbook.properties.modified = dt.datetime.now(tz=dt.timezone.utc).replace(tzinfo=None)
    try:
        ExcelWriter(workbook, archive).save()
    except BaseException:
        try:
            archive.close()  # its end record may fail too; the file is thrown away anyway
        except Exception:  # noqa: BLE001 - the first error is the one to report
            pass
        raise


def _os_error(exc: OSError, target: Path) -> ExportError:
    """The message for an OSError while writing ``target``: always the user's file, never ours."""
    if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", None):
        return ExportError(_DISK_FULL, target, field="path")
    if exc.errno == errno.EFBIG:
        return ExportError(_FILE_TOO_LARGE, target, field="path")
    if isinstance(exc, PermissionError):
        return ExportError(_FOLDER_READ_ONLY, target.parent, field="path")
    return ExportError(_WRITE_FAILED, target, exc.strerror or exc, field="path")


def export_workplan(doc: PlanDocument, target: str | os.PathLike[str], lang: str | None = None,
                    progress: Progress | None = None, *, force: bool = False) -> ExportReport:
    """Write the plan's workplan to ``target`` (.xlsx) in ``lang`` (default: the plan's).

    ``force`` replaces a plan file or a file that is not a workbook (never the plan itself).
    """
    from .data import ExportData
    from .workbook import WorkplanWriter

    target = Path(target).absolute()
    _check_target(target)
    _check_replaceable(doc, target, force)
    data = ExportData.read(doc)
    language = lang or data.plan.language
    writer = WorkplanWriter(data, language, progress)
    try:
        tmp = temp_beside(target, "export")  # first removes what killed exports left there
    except OSError as exc:
        raise _os_error(exc, target) from exc
    try:
        with open(tmp, "wb") as fh:
            _save(writer.write(), fh)
            fh.flush()
            os.fsync(fh.fileno())
        _check_replaceable(doc, target, force)  # again: something may have appeared meanwhile
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise ExportError(_TARGET_LOCKED, target, field="path") from exc
    except BaseException as exc:
        writer.discard()
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass  # the next export into this folder removes it
        if isinstance(exc, OSError):
            raise _os_error(exc, target) from exc
        raise
    return ExportReport(target, len(data.actions), writer.clean.removed, writer.clean.truncated,
                        writer.lang)
