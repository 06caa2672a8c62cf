"""Every stored value has the type the model reads: checked once at open, before any row is read.

SQLite lets any value into any column (type affinity), so a file edited by another tool can hold
text where a date, an amount, a year or a JSON list belongs, or a 100 MB text.  Reading such a
value would fail deep in a view or an export.  :func:`scan` asks SQLite, one query per table, for
the first row with a value the model cannot read, and the open is refused naming the table, row
and column (``lcplanner rescue`` carries the good values into a clean plan).  Codes outside a
vocabulary are mostly not refused here: they are read, shown as empty and reported by ``check``.
A column whose ``info["codes"]`` lists its codes (the plan's approval status, the municipality's
role in an action: what a council's copy prints as fact) is refused with any other value.

The columns and their kinds come from the ORM model, so a new column is checked without a line
here.  About 20 ms per 10,000 actions.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Integer, String, Text

from .model import Base, Money
from .trust import UntrustedSchema
from .validate import MAX_TEXT  # one limit for what is typed and for what a file holds


# %1 is a column ("action.start_date"), %2 the row's number in its table.
NOT_WHOLE = QT_TRANSLATE_NOOP("PlanError", "%1 in row %2 is not a whole number")
NOT_DATE = QT_TRANSLATE_NOOP("PlanError", "%1 in row %2 is not a date")
NOT_TEXT = QT_TRANSLATE_NOOP("PlanError", "%1 in row %2 is not text")
TOO_LONG = QT_TRANSLATE_NOOP("PlanError", "%1 in row %2 is too long")
NOT_LIST = QT_TRANSLATE_NOOP("PlanError", "%1 in row %2 is not a list of codes")
NOT_YES_NO = QT_TRANSLATE_NOOP("PlanError", "%1 in row %2 is not yes or no")
NOT_TEXTS = QT_TRANSLATE_NOOP("PlanError", "%1 in row %2 is not a text per language")
NOT_CODE = QT_TRANSLATE_NOOP("PlanError", "%1 in row %2 is not one of the values LC Planner knows")


def _max_length(column: Column) -> int:
    length = getattr(column.type, "length", None)
    return int(length) if length else MAX_TEXT


def rule(column: Column, json1: bool = False) -> tuple[str, str] | None:
    """(SQL that is true for a bad value, what is wrong) for one column, None for unchecked.

    ``json1``: SQLite has its JSON functions, so a list of codes is checked in SQL too.
    """
    name = f'"{column.name}"'
    null_ok = f"{name} IS NOT NULL AND " if column.nullable else ""
    kind = column.type
    if isinstance(kind, JSON) and _texts(column):
        if json1:
            return (f"{null_ok}(typeof({name}) <> 'text' OR CASE WHEN json_valid({name}) THEN "
                    f"json_type({name}) <> 'object' OR EXISTS (SELECT 1 FROM json_each({name}) "
                    f"WHERE json_each.type <> 'text') ELSE 1 END)"), NOT_TEXTS
        return f"{null_ok}typeof({name}) <> 'text'", NOT_TEXTS
    if isinstance(kind, JSON):
        if json1:
            return (f"{null_ok}(typeof({name}) <> 'text' OR CASE WHEN json_valid({name}) THEN "
                    f"json_type({name}) <> 'array' OR EXISTS (SELECT 1 FROM json_each({name}) "
                    f"WHERE json_each.type <> 'text') ELSE 1 END)"), NOT_LIST
        return f"{null_ok}typeof({name}) <> 'text'", NOT_LIST  # the list itself: see _json_rows
    if isinstance(kind, Boolean):
        return f"{null_ok}({name} IS NULL OR {name} NOT IN (0, 1))", NOT_YES_NO
    if isinstance(kind, (Integer, Money)):
        return f"{null_ok}typeof({name}) <> 'integer'", NOT_WHOLE
    if isinstance(kind, DateTime):
        return f"{null_ok}(typeof({name}) <> 'text' OR datetime({name}) IS NULL)", NOT_DATE
    if isinstance(kind, Date):
        return (f"{null_ok}(typeof({name}) <> 'text' OR {name} NOT GLOB "
                f"'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' OR date({name}) IS NOT {name})"), NOT_DATE
    if isinstance(kind, (String, Text)) and column.info.get("codes") is not None:
        listed = ", ".join("'" + code.replace("'", "''") + "'" for code in column.info["codes"])
        return f"{null_ok}(typeof({name}) <> 'text' OR {name} NOT IN ({listed}))", NOT_CODE
    if isinstance(kind, (String, Text)):
        return f"{null_ok}(typeof({name}) <> 'text')", NOT_TEXT
    return None


def _texts(column: Column) -> bool:
    """A JSON column holding {language: text} rather than a list of codes (Prompt.texts)."""
    return column.info.get("json") == "texts"


def _length_rule(column: Column) -> str | None:
    """Bytes, not characters: SQLite counts them without decoding (4 bytes per character at most)."""
    if isinstance(column.type, (String, Text)) and not isinstance(column.type, JSON):
        return f'length(CAST("{column.name}" AS BLOB)) > {4 * _max_length(column)}'
    return None


def _has_json1(con: sqlite3.Connection) -> bool:
    try:
        return con.execute("SELECT json_valid('[]')").fetchone()[0] == 1
    except sqlite3.OperationalError:  # an SQLite built without JSON (older Pythons on Windows)
        return False


def problems(con: sqlite3.Connection) -> Iterator[tuple[str, str, int]]:
    """(what is wrong, 'table.column', row id) for the first bad value of each table."""
    json1 = _has_json1(con)
    for table in Base.metadata.sorted_tables:
        checks = []
        for column in table.columns:
            found = rule(column, json1)
            if found:
                checks.append((found[0], found[1], column.name))
            length = _length_rule(column)
            if length:
                checks.append((length, TOO_LONG, column.name))
        where = " OR ".join(f"({sql})" for sql, _w, _c in checks)
        flags = ", ".join(f"({sql})" for sql, _w, _c in checks)
        row = con.execute(f'SELECT rowid, {flags} FROM "{table.name}" WHERE {where} LIMIT 1'
                          ).fetchone()
        if row is not None:
            for (_sql, what, column), bad in zip(checks, row[1:]):
                if bad:
                    yield what, f"{table.name}.{column}", row[0]
                    break
            continue
        if not json1:
            yield from _json_rows(con, table.name, [(c.name, _texts(c)) for c in table.columns
                                                     if isinstance(c.type, JSON)])


def _json_rows(con: sqlite3.Connection, table: str,
               columns: list[tuple[str, bool]]) -> Iterator[tuple[str, str, int]]:
    if not columns:
        return
    names = ", ".join(f'"{c}"' for c, _texts in columns)
    for row in con.execute(f'SELECT rowid, {names} FROM "{table}"'):
        for (column, texts), text in zip(columns, row[1:]):
            if text is None:
                continue
            try:
                value = json.loads(text)
            except ValueError:
                value = None
            if texts:
                if not isinstance(value, dict) or not all(
                        isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
                    yield NOT_TEXTS, f"{table}.{column}", row[0]
                    return
            elif not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                yield NOT_LIST, f"{table}.{column}", row[0]
                return


def scan(con: sqlite3.Connection, path: Path) -> None:
    """Raise UntrustedSchema naming the first value the model cannot read."""
    first = next(problems(con), None)
    if first is not None:
        raise UntrustedSchema(path, *first)
