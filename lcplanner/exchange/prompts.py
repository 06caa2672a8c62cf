"""Read a prompt catalogue: a city's own wording of the key features, or UIL's official list.

A catalogue is a CSV file (UTF-8, with or without a BOM; comma or semicolon, as Excel writes it
in each country) or an Excel workbook (.xlsx, its first sheet) with the columns ``code``, ``area``
and one ``text_<language>`` per language (``text_en``, ``text_tr``, ...).  Our built-in prompts
are paraphrases, so the prompts are data a city can replace, and the file comes from e-mail or
a USB stick: everything in it is checked here, and any problem is refused with a message that
names the row and column to fix in the spreadsheet (rows counted as the spreadsheet shows them,
the column names in row 1).  Nothing is half-loaded: the caller hands the whole list to
``replace_prompts`` in one undoable step, or nothing at all.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core import framework, validate
from ..core.errors import PlanError, ValidationError
from ..core.text import clean_line

MAX_ROWS = 2_000  # prompts in one catalogue (UIL's list has about 42)
MAX_CODE = validate.MAX_CODE  # characters of a code (the store holds 32)
MAX_TEXT = validate.MAX_LINE  # characters of one prompt's text
MAX_BYTES = 20 * 1024 * 1024  # a catalogue file; anything bigger is not one
MAX_UNPACKED = 200 * 1024 * 1024  # what a workbook may unpack to (a zip bomb is refused)
REQUIRED = ("code", "area")
TEXT_PREFIX = "text_"

Prompt = tuple[str, str, dict[str, str]]


class PromptFileError(PlanError):
    """A prompt catalogue that cannot be loaded; the message names the row and column."""

    default_text = QT_TRANSLATE_NOOP("PlanError", "The prompt file %1 cannot be loaded.")


# The messages, one place: %1 is always the file's name.
NOT_FOUND = QT_TRANSLATE_NOOP("PlanError", "The file %1 does not exist.")
UNREADABLE = QT_TRANSLATE_NOOP("PlanError", "The file %1 cannot be read: %2")
TOO_BIG = QT_TRANSLATE_NOOP(
    "PlanError", "The file %1 is too big for a prompt catalogue (%2 MB; at most %3 MB).")
NOT_A_TABLE = QT_TRANSLATE_NOOP(
    "PlanError", "The file %1 is not a CSV file or an Excel workbook (.xlsx).")
OLD_EXCEL = QT_TRANSLATE_NOOP(
    "PlanError", "The file %1 is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) "
    "or as CSV UTF-8 and load it again.")
DAMAGED = QT_TRANSLATE_NOOP(
    "PlanError", "The workbook %1 is damaged or is not an Excel workbook (%2).")
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "PlanError", "%1, row %2: the text is not UTF-8 (wrong encoding). Save the file as "
    "\u201cCSV UTF-8\u201d and load it again.")
NO_COLUMN = QT_TRANSLATE_NOOP(
    "PlanError", "%1, row 1: the column %2 is missing. A prompt catalogue needs the columns code, "
    "area and text_ with a language (text_en, text_tr, \u2026).")
TWICE_COLUMN = QT_TRANSLATE_NOOP("PlanError", "%1, row 1: the column %2 is there twice.")
BAD_LANGUAGE = QT_TRANSLATE_NOOP(
    "PlanError", "%1, row 1, column %2: \u201c%3\u201d is not a language code (text_en, "
    "text_tr, \u2026).")
NO_ROWS = QT_TRANSLATE_NOOP("PlanError", "%1 has no prompts under its first row.")
TOO_MANY = QT_TRANSLATE_NOOP(
    "PlanError", "%1 has more than %2 rows; a prompt catalogue holds at most %2 prompts.")
NO_CODE = QT_TRANSLATE_NOOP("PlanError", "%1, row %2, column code: the code is empty.")
UNKNOWN_AREA = QT_TRANSLATE_NOOP(
    "PlanError", "%1, row %2, column area: \u201c%3\u201d is not an area of the framework "
    "(B1\u2013B3, BB1\u2013BB6, FC1\u2013FC3).")
DUPLICATE = QT_TRANSLATE_NOOP(
    "PlanError", "%1, row %2, column code: the code %3 is already used in row %4.")
NO_TEXT = QT_TRANSLATE_NOOP(
    "PlanError", "%1, row %2, column %3: the prompt %4 has no text.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "PlanError", "%1, row %2, column %3: the cell is too long (%4 characters; at most %5 fit).")


def _refuse(text: str, *args: object, field: str | None = None) -> PromptFileError:
    return PromptFileError(text, *args, field=field)


def read_prompts(path: str | Path) -> list[Prompt]:
    """The catalogue's prompts as (code, area, {language: text}), in the file's order.

    Raises :class:`PromptFileError` (a PlanError: one translated line) for a file that cannot be
    used; never anything else for a bad file.
    """
    path = Path(path)
    name = path.name
    try:
        if not path.is_file():
            raise _refuse(NOT_FOUND, name)
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _refuse(TOO_BIG, name, f"{size / 2**20:.0f}", f"{MAX_BYTES // 2**20}")
        data = path.read_bytes()
    except OSError as exc:
        raise _refuse(UNREADABLE, name, exc.strerror or exc) from None
    if data.startswith(b"PK\x03\x04") or path.suffix.lower() in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(data, name)
    elif data.startswith(b"\xd0\xcf\x11\xe0"):
        raise _refuse(OLD_EXCEL, name)
    elif b"\x00" in data[:65536] or path.suffix.lower() in (".xls", ".ods", ".pdf", ".docx",
                                                            ".doc", ".lcplan", ".zip"):
        raise _refuse(NOT_A_TABLE, name)
    else:
        rows = _csv_rows(data, name)
    try:
        return _prompts(rows, name)
    finally:
        rows.close()  # a refusal half-way still closes the workbook


# --- the two file kinds: each yields rows of cell texts ----------------------------------------


def _csv_rows(data: bytes, name: str) -> Iterator[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _refuse(NOT_UTF8, name, data[:exc.start].count(b"\n") + 1) from None
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)  # Excel writes ';' where ',' is decimal
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        yield from reader
    except csv.Error:  # a NUL byte or a broken quote late in the file
        raise _refuse(NOT_A_TABLE, name) from None


def _xlsx_rows(data: bytes, name: str) -> Iterator[list[str]]:
    from openpyxl import load_workbook  # only when a workbook is loaded (keeps start-up light)

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            if unpacked > MAX_UNPACKED:  # a zip bomb, or a workbook that is no catalogue
                raise _refuse(TOO_BIG, name, f"{unpacked / 2**20:.0f}",
                              f"{MAX_UNPACKED // 2**20}")
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except PlanError:
        raise
    except zipfile.BadZipFile:
        raise _refuse(DAMAGED, name, "zip") from None
    except Exception as exc:  # openpyxl raises many kinds for a document that is not a workbook
        raise _refuse(DAMAGED, name, type(exc).__name__) from None
    try:
        if not book.worksheets:
            raise _refuse(NOT_A_TABLE, name)
        for values in book.worksheets[0].iter_rows(values_only=True):
            yield [_cell_text(v) for v in values]
    except PlanError:
        raise
    except Exception as exc:  # a damaged sheet found while streaming
        raise _refuse(DAMAGED, name, type(exc).__name__) from None
    finally:
        book.close()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- checking the rows ---------------------------------------------------------------------------


def _columns(header: list[str], name: str) -> tuple[dict[str, int], dict[str, tuple[int, str]]]:
    """Where code and area are, and per language the text column (index, header as written)."""
    fixed: dict[str, int] = {}
    texts: dict[str, tuple[int, str]] = {}
    seen: set[str] = set()
    for index, raw in enumerate(header):
        title = clean_line(raw).lstrip("\ufeff")
        key = title.casefold()
        if not key:
            continue
        if key in seen:
            raise _refuse(TWICE_COLUMN, name, title)
        seen.add(key)
        if key in REQUIRED:
            fixed[key] = index
        elif key.startswith(TEXT_PREFIX):
            lang = _language(title[len(TEXT_PREFIX):], title, name)
            if lang in texts:
                raise _refuse(TWICE_COLUMN, name, title)
            texts[lang] = (index, title)
    for key in REQUIRED:
        if key not in fixed:
            raise _refuse(NO_COLUMN, name, key, field=key)
    if not texts:
        raise _refuse(NO_COLUMN, name, "text_en", field="text")
    return fixed, texts


def _language(raw: str, title: str, name: str) -> str:
    """'en', 'TR', 'pt-br' -> the store's form ('en', 'tr', 'pt_BR'), or a refusal."""
    base, _, region = raw.strip().replace("-", "_").partition("_")
    code = base.lower() + (f"_{region.upper()}" if region else "")
    try:
        return str(validate.clean("plan", {"language": code})["language"])
    except ValidationError:
        raise _refuse(BAD_LANGUAGE, name, title, raw) from None


def _prompts(rows: Iterable[list[str]], name: str) -> list[Prompt]:
    rows = iter(rows)
    header = next(rows, None)
    if header is None:
        raise _refuse(NO_ROWS, name)
    fixed, texts = _columns(header, name)
    out: list[Prompt] = []
    first_row: dict[str, int] = {}
    for number, cells in enumerate(rows, start=2):
        if not any(clean_line(c) for c in cells):
            continue  # blank lines between blocks are fine
        if number > MAX_ROWS + 1:
            raise _refuse(TOO_MANY, name, f"{MAX_ROWS:,}")
        cell = (lambda i: cells[i] if i < len(cells) else "")  # noqa: E731 - short rows
        code = _checked(cell(fixed["code"]), MAX_CODE, name, number, "code")
        if not code:
            raise _refuse(NO_CODE, name, number, field="code")
        area = clean_line(cell(fixed["area"])).upper()
        if area not in framework.AREA_BY_CODE:
            raise _refuse(UNKNOWN_AREA, name, number, clean_line(cell(fixed["area"])),
                          field="area")
        if code in first_row:
            raise _refuse(DUPLICATE, name, number, code, first_row[code], field="code")
        first_row[code] = number
        said = {lang: _checked(cell(i), MAX_TEXT, name, number, title)
                for lang, (i, title) in texts.items()}
        said = {lang: text for lang, text in said.items() if text}
        if not said:  # one language may be missing (shown in another), not all of them
            raise _refuse(NO_TEXT, name, number, next(iter(texts.values()))[1], code,
                          field="text")
        out.append((code, area, said))
    if not out:
        raise _refuse(NO_ROWS, name)
    return out


def _checked(raw: str, limit: int, name: str, row: int, column: str) -> str:
    text = clean_line(raw)
    if len(text) > limit:
        raise _refuse(TOO_LONG, name, row, column, f"{len(text):,}", f"{limit:,}", field=column)
    return text
