"""Write a workplan file: the export's own checks, then the shared safe write of core.outfile.

The rules every output shares (a temporary beside the target renamed into place, the old file's
permissions kept, one translated line naming the user's file on any failure) live in
:mod:`lcplanner.core.outfile`, so the PDF export follows them too.  What only a workbook needs stays
here: a target that is not ours to replace (the plan itself, a plan file, a file that is not a
workbook) is refused before anything is written.  openpyxl is imported only here, when exporting.
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

from ..core.errors import CONTEXT
from ..core.outfile import OutputError, check_target, os_error, write_atomically

if TYPE_CHECKING:
    from ..core.document import PlanDocument
    from .workbook import Progress, WorkplanWriter


class ExportError(OutputError):
    """The workplan could not be written; what was at the target is untouched."""

    default_text = QT_TRANSLATE_NOOP("PlanError", "The workplan could not be written: %1")
    exit_code = 4  # what `lcplanner export` exits with

    @classmethod
    def of(cls, error: OutputError) -> ExportError:
        """The export's kind of ``error`` (same text and arguments), so callers catch one class."""
        if isinstance(error, ExportError):
            return error
        return cls(error.text, *error.details, field=error.field)


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
_TARGET_NOT_XLSX = QT_TRANSLATE_NOOP(
    "PlanError", "%1 is not a workbook name: an Excel workbook's name ends in .xlsx. Choose a name "
    "ending in .xlsx.")
_TARGET_NOT_XLSX_CLI = QT_TRANSLATE_NOOP(
    "PlanError", "%1 is not a workbook name: an Excel workbook's name ends in .xlsx. Choose a name "
    "ending in .xlsx, or add --force to write the workbook under this name anyway.")
_TEMP_FULL = QT_TRANSLATE_NOOP(
    "PlanError", "The disk is full where temporary files go (%1), so %2 could not be written. "
    "Free some space there and try again.")
_TARGET_NOT_WORKBOOK = QT_TRANSLATE_NOOP(
    "PlanError",
    "%1 already exists and is not an Excel workbook, so it was left as it is. Choose another name.")
_TARGET_NOT_WORKBOOK_CLI = QT_TRANSLATE_NOOP(
    "PlanError",
    "%1 already exists and is not an Excel workbook, so it was left as it is. Choose another name, "
    "or add --force to replace it.")

_WORKBOOK_MAGIC = b"PK\x03\x04"  # an .xlsx is a zip file
XLSX = ".xlsx"


def workbook_path(path: str | os.PathLike[str]) -> Path:
    """``path``, with ".xlsx" added when its name has no extension at all ("workplan").

    A name with another extension is left as it is: the export refuses it unless forced, because
    guessing (out.txt.xlsx? out.xlsx?) would write a file the person did not name.
    """
    path = Path(path)
    return path.with_name(path.name + XLSX) if path.name and not path.suffix else path


@dataclass(frozen=True)
class ExportReport:
    path: Path
    actions: int
    removed_characters: int
    truncated_cells: int
    language: str


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
    if target.suffix.lower() != XLSX:  # Excel refuses to open a workbook named .txt or .xlsm
        raise TargetRefused(_TARGET_NOT_XLSX, target, cli_text=_TARGET_NOT_XLSX_CLI)
    if info is None or info.st_size == 0:
        return  # a new name, or an empty file: nothing to lose
    try:
        with open(target, "rb") as fh:
            head = fh.read(len(_WORKBOOK_MAGIC))
    except OSError:
        head = b""  # unreadable: it cannot be shown to be a workbook
    if head != _WORKBOOK_MAGIC:
        raise TargetRefused(_TARGET_NOT_WORKBOOK, target, cli_text=_TARGET_NOT_WORKBOOK_CLI)


def check_replaceable(doc: PlanDocument, target: Path) -> None:
    """The workplan's refusals for any workbook written beside a plan (the progress report):
    never the plan or its companions, never a file that is not a workbook."""
    _check_replaceable(doc, target, False)


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


def _build(writer: WorkplanWriter, target: Path) -> Any:
    """The workbook's sheets, streamed into temporary files in the system's temporary folder.

    A full disk there is not the target's disk: the person must free space in the right place.
    """
    try:
        return writer.write()
    except OSError as exc:
        if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", None):
            from .snapshot import temp_folder  # where openpyxl streams the sheets, too

            raise ExportError(_TEMP_FULL, temp_folder(), target, field="path") from exc
        raise


def export_workplan(doc: PlanDocument, target: str | os.PathLike[str], lang: str | None = None,
                    progress: Progress | None = None, *, force: bool = False,
                    contacts: bool = False) -> ExportReport:
    """Write the plan's workplan to ``target`` (.xlsx) in ``lang`` (default: the plan's).

    ``force`` replaces a plan file or a file that is not a workbook, or writes under a name that
    does not end in .xlsx (never the plan itself).  ``contacts`` includes the contact persons'
    phones and e-mails: personal data, left out unless asked for.  Every failure to write is an
    :class:`ExportError` (one line naming ``target``), never an OSError for a traceback.
    """
    from .data import ExportData
    from .workbook import WorkplanWriter

    target = Path(target).absolute()
    try:
        check_target(target)
        _check_replaceable(doc, target, force)
        data = ExportData.read(doc)
        language = lang or data.plan.language
        writer = WorkplanWriter(data, language, progress, contacts=contacts)
        try:
            write_atomically(target, lambda fh: _save(_build(writer, target), fh), "export",
                             lambda: _check_replaceable(doc, target, force))
        except BaseException:
            writer.discard()
            raise
    except OutputError as exc:
        raise ExportError.of(exc) from exc.__cause__
    except OSError as exc:  # before the write (reading the plan, the translations): same rules
        raise ExportError.of(os_error(exc, target)) from exc
    return ExportReport(target, len(data.actions), writer.clean.removed, writer.clean.truncated,
                        writer.lang)
