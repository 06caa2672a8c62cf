"""Open a workbook or CSV file that came from outside, or refuse it with one translated line.

Shared by every importer (the round trip, foreign spreadsheets): the checks that must hold before
openpyxl sees a byte (size, zip bomb, an encrypted or old-format Excel file, a file that is no
workbook at all), CSV decoding the way Turkish Excel writes it (UTF-8 with or without a BOM,
``;`` between cells), and the merged ranges of a sheet, which openpyxl's read-only mode does
not report.  Errors are :class:`ImportFileError` (a PlanError): the caller changes nothing.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core.errors import PlanError

MAX_BYTES = 200 * 1024 * 1024  # a workbook file; a 100,000-action export is about 40 MB
MAX_UNPACKED = 1_000 * 1024 * 1024  # what a workbook may unpack to (a zip bomb is refused)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: .xls, or an encrypted .xlsx
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
_FORMULA = re.compile(rb"<(?:\w+:)?f[ >/]")
_FORMULA_CELL = re.compile(
    rb'<(?:\w+:)?c\s[^>]*?\br="([A-Z]{1,3})([0-9]+)"[^>]*>\s*<(?:\w+:)?f[\s>/]')
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')


class ImportFileError(PlanError):
    """A workbook or CSV file that cannot be imported; the plan is unchanged."""

    default_text = QT_TRANSLATE_NOOP("PlanError", "The file %1 cannot be imported.")


NOT_FOUND = QT_TRANSLATE_NOOP("PlanError", "The file %1 does not exist.")
UNREADABLE = QT_TRANSLATE_NOOP("PlanError", "The file %1 cannot be read: %2")
TOO_BIG = QT_TRANSLATE_NOOP(
    "PlanError", "The file %1 is too big to import (%2 MB; at most %3 MB).")
ENCRYPTED = QT_TRANSLATE_NOOP(
    "PlanError", "The workbook %1 is protected with a password. Open it in Excel, remove the "
    "password (File \u2192 Info \u2192 Protect Workbook), save it and import it again.")
OLD_EXCEL = QT_TRANSLATE_NOOP(
    "PlanError", "The file %1 is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) "
    "or as CSV UTF-8 and import it again.")
NOT_A_TABLE = QT_TRANSLATE_NOOP(
    "PlanError", "The file %1 is not an Excel workbook (.xlsx) or a CSV file.")
DAMAGED = QT_TRANSLATE_NOOP(
    "PlanError", "The workbook %1 is damaged or is not an Excel workbook (%2).")
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "PlanError", "%1, line %2: the text is not UTF-8 (wrong encoding). Save the file as "
    "\u201cCSV UTF-8\u201d and import it again.")


def refuse(text: str, *args: object) -> ImportFileError:
    return ImportFileError(text, *args)


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, or a refusal: missing, unreadable, too big."""
    path = Path(path)
    try:
        if not path.is_file():
            raise refuse(NOT_FOUND, path.name)
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise refuse(TOO_BIG, path.name, f"{size / 2**20:.0f}", f"{MAX_BYTES // 2**20}")
        return path.read_bytes()
    except OSError as exc:
        raise refuse(UNREADABLE, path.name, exc.strerror or exc) from None


def kind_of(data: bytes, path: str | Path) -> str:
    """"xlsx" or "csv" for a file an importer can read; a refusal for anything else."""
    name = Path(path).name
    suffix = Path(path).suffix.lower()
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    if data.startswith(_OLE):
        raise refuse(ENCRYPTED if _ENCRYPTED in data else OLD_EXCEL, name)
    if suffix in (".xlsx", ".xlsm") or b"\x00" in data[:65536] or suffix in (
            ".xls", ".ods", ".pdf", ".docx", ".doc", ".lcplan", ".zip"):
        raise refuse(NOT_A_TABLE, name)
    return "csv"


class OpenWorkbook:
    """An openpyxl workbook in read-only mode over bytes already checked, with its zip kept
    so that the merged ranges of a sheet can be looked up.  Use as a context manager."""

    def __init__(self, data: bytes, name: str, data_only: bool = True) -> None:
        from openpyxl import load_workbook  # only when a workbook is imported (start-up stays light)

        self.name = name
        self.data = data
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(data))
            unpacked = sum(info.file_size for info in self.archive.infolist())
            if unpacked > MAX_UNPACKED:
                raise refuse(TOO_BIG, name, f"{unpacked / 2**20:.0f}", f"{MAX_UNPACKED // 2**20}")
            self.book = load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
        except PlanError:
            raise
        except zipfile.BadZipFile:
            raise refuse(DAMAGED, name, "zip") from None
        except Exception as exc:  # openpyxl raises many kinds for a document that is no workbook
            raise refuse(DAMAGED, name, type(exc).__name__) from None

    def __enter__(self) -> OpenWorkbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.book.close()
        finally:
            self.archive.close()

    @property
    def sheetnames(self) -> list[str]:
        return list(self.book.sheetnames)

    def sheet_state(self, title: str) -> str:
        """"visible", "hidden" or "veryHidden" (read-only mode keeps it on the sheet object)."""
        return str(getattr(self.book[title], "sheet_state", "visible") or "visible")

    def merged(self, title: str) -> list[str]:
        """The merged ranges of a sheet ("A5:C5"), read from the sheet's XML."""
        xml = self._xml(title)
        if b"mergeCell" not in xml:
            return []
        return [m.decode("ascii") for m in _MERGE.findall(xml)]

    def _xml(self, title: str) -> bytes:
        sheet = self.book[title]
        member = getattr(sheet, "_worksheet_path", None) or getattr(sheet, "worksheet_path", None)
        if not member:
            return b""
        try:
            return self.archive.read(member.lstrip("/"))
        except (KeyError, zipfile.BadZipFile, OSError):
            return b""

    def formula_cells(self, title: str) -> set[tuple[int, int]]:
        """(row, column) of the sheet's formula cells, 1-based, found in the sheet's XML (a
        formula is a cell's first child, before its saved value, in Excel's and LibreOffice's
        files alike): a formula without a saved value reads as empty, and must be named."""
        from openpyxl.utils import column_index_from_string

        xml = self._xml(title)
        if not _FORMULA.search(xml):
            return set()
        return {(int(row), column_index_from_string(col.decode("ascii")))
                for col, row in _FORMULA_CELL.findall(xml)}

    def rows(self, title: str) -> Iterator[tuple[Any, ...]]:
        """The values of a sheet row by row; a damaged sheet found while streaming is refused."""
        try:
            yield from self.book[title].iter_rows(values_only=True)
        except PlanError:
            raise
        except Exception as exc:  # noqa: BLE001 - any parser error of a damaged sheet
            raise refuse(DAMAGED, self.name, type(exc).__name__) from None


def csv_rows(data: bytes, name: str) -> Iterator[list[str]]:
    """The rows of a CSV file: UTF-8 with or without a BOM; ``;``, ``,`` or tab between cells
    (whichever the first line has most of: Turkish Excel writes ``;``)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise refuse(NOT_UTF8, name, data[:exc.start].count(b"\n") + 1) from None
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        yield from reader
    except csv.Error:  # a broken quote late in the file
        raise refuse(NOT_A_TABLE, name) from None
