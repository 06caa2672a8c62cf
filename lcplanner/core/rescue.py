"""Rescue the data of a plan file that cannot be opened into a new, clean plan.

A file refused because another program changed it (a trigger, a view, a changed table, a value of
the wrong type) or because it is damaged may still hold most of a workshop's work.  The rescue
reads only the columns LC Planner knows of the tables LC Planner knows (never a view, never a
generated column), on a read-only connection with ``trusted_schema=OFF``, no SQL function of ours
registered and a time limit, then checks every value the way a command would and writes what
passes into a new plan file with the same ids and UUIDs.  Nothing of the old file's schema comes
along: the new file is made by this version of LC Planner.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
import uuid as uuid_mod
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Table, Text, insert

from . import framework, rescue_monitoring, rescue_workshop, validate
from .errors import PlanError, RescueFailed
from .model import TABLES_PARENT_FIRST, Money
from .planfile import PlanFile, same_file
from .text import clean_block, clean_line
from .trust import table_columns
from .values import MAX_TEXT
from .vocab import (
    ApprovalStatus,
    FundingSource,
    IndicatorKind,
    MunicipalRole,
    Role,
    Sector,
    Status,
)

TIME_LIMIT = 60.0  # seconds for the whole read; a file that takes longer is not worth waiting for
_NO_PLAN = "no plan in the file"


@dataclass
class RescueReport:
    """What came over: rows kept and left behind per table, values that had to be cleared."""

    path: Path
    kept: dict[str, int] = field(default_factory=dict)
    dropped: dict[str, int] = field(default_factory=dict)
    cleared: int = 0

    @property
    def rows_kept(self) -> int:
        return sum(self.kept.values())

    @property
    def rows_dropped(self) -> int:
        return sum(self.dropped.values())


class _Bad(Exception):
    """A value that cannot be carried over (the row goes when the column is required)."""


def _connect(path: Path, immutable: bool) -> sqlite3.Connection:
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    con = sqlite3.connect(f"file:{quote(str(path))}?{flags}", uri=True, timeout=2)
    con.execute("PRAGMA trusted_schema = OFF")
    con.execute("PRAGMA cell_size_check = ON")
    con.execute("PRAGMA writable_schema = ON")  # read past schema entries SQLite cannot parse
    deadline = time.monotonic() + TIME_LIMIT
    con.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
    return con


def _read_table(con: sqlite3.Connection, table: Table) -> tuple[list[dict[str, Any]], bool]:
    """Rows of our known, stored columns of a real table; (rows, whether reading broke off)."""
    present = table_columns(con, table.name)
    names = [c.name for c in table.columns if present.get(c.name) == 0]
    if "id" not in names:
        return [], bool(present)
    cols = ", ".join(f'"{n}"' for n in names)
    rows: list[dict[str, Any]] = []
    try:
        cursor = con.execute(f'SELECT {cols} FROM main."{table.name}" ORDER BY rowid')
        while batch := cursor.fetchmany(500):
            rows.extend(dict(zip(names, r)) for r in batch)
    except sqlite3.DatabaseError:
        return rows, True  # damage part way: keep what was read
    return rows, False


def _value(column: Any, value: Any) -> Any:
    """One stored value as the model wants it, or _Bad."""
    kind = column.type
    if value is None:
        return None
    if isinstance(kind, JSON) and column.info.get("json") == "texts":  # {language: text}
        texts = json.loads(value) if isinstance(value, str) else None
        if not isinstance(texts, dict):
            raise _Bad
        return {k: v[:MAX_TEXT] for k, v in texts.items() if isinstance(k, str) and isinstance(v, str)}
    if isinstance(kind, JSON):
        items = json.loads(value) if isinstance(value, str) else None
        if not isinstance(items, list):
            raise _Bad
        return [v for v in items if isinstance(v, str)]
    if isinstance(kind, Boolean):
        return bool(value) if value in (0, 1) else None
    if isinstance(kind, (Integer, Money)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Bad
        # hundredths as stored; the new plan's insert stores an amount (Decimal) as hundredths
        return Decimal(value).scaleb(-2) if isinstance(kind, Money) else value
    if isinstance(kind, DateTime):
        try:
            return dt.datetime.fromisoformat(str(value))
        except ValueError:
            raise _Bad from None
    if isinstance(kind, Date):
        try:
            return validate.date(str(value), column.name)
        except PlanError:
            raise _Bad from None
    if isinstance(kind, (String, Text)):
        if not isinstance(value, str):
            raise _Bad
        limit = getattr(kind, "length", None) or MAX_TEXT
        return value[:limit]
    return value


def _codes(values: list[str] | None, allowed: list[str]) -> list[str]:
    return [c for c in allowed if c in (values or [])]


class _Rescuer:
    def __init__(self, report: RescueReport) -> None:
        self.report = report
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.ids: dict[str, set[int]] = {}
        self.uuids: set[str] = set()
        self.pairs: set[tuple[int, int]] = set()  # (action, organisation) partner links
        self.seen: set[tuple[Any, ...]] = set()  # keys of workshop rows kept (duplicates go)

    def clean(self, table: Table, raw: dict[str, Any]) -> dict[str, Any] | None:
        row: dict[str, Any] = {}
        for column in table.columns:
            if column.name not in raw:
                continue
            try:
                row[column.name] = _value(column, raw[column.name])
            except (_Bad, ValueError, TypeError):
                row[column.name] = None
                self.report.cleared += 1
        if not isinstance(row.get("id"), int):
            return None
        uid = row.get("uuid")
        try:
            uid = str(uuid_mod.UUID(str(uid)))
        except ValueError:
            uid = None
        if uid is None or uid in self.uuids:
            uid = str(uuid_mod.uuid4())
        self.uuids.add(uid)
        row["uuid"] = uid
        return row

    def keep(self, name: str, row: dict[str, Any] | None) -> None:
        if row is None:
            self.report.dropped[name] = self.report.dropped.get(name, 0) + 1
            return
        self.rows.setdefault(name, []).append(row)
        self.ids.setdefault(name, set()).add(row["id"])
        self.report.kept[name] = self.report.kept.get(name, 0) + 1

    def has(self, name: str, ident: Any) -> bool:
        return ident in self.ids.get(name, ())


def _text(row: dict[str, Any], key: str, required: bool = False, block: bool = False) -> bool:
    """Clean a text field in place; False when a required one is empty."""
    value = row.get(key) or ""
    row[key] = clean_block(value) if block else clean_line(value)
    return bool(row[key]) or not required


def _fix(name: str, row: dict[str, Any], r: _Rescuer, plan_id: int) -> dict[str, Any] | None:
    """Apply the model's rules to one row of ``name``; None when it cannot be kept."""
    if name != "plan":
        if row.get("plan_id") != plan_id:
            return None
    if name == "plan":
        if not (_text(row, "city", True) and _text(row, "title", True)):
            return None
        _text(row, "country")
        _text(row, "vision", block=True)
        for key in ("period_start", "period_end"):
            if not isinstance(row.get(key), int) or not 1900 <= row[key] <= 2200:
                row[key] = dt.date.today().year
        row["period_end"] = max(row["period_end"], row["period_start"])
        row["currency"] = row.get("currency") if isinstance(row.get("currency"), str) \
            and len(row["currency"]) == 3 and row["currency"].isupper() else "TRY"
        try:
            row["language"] = validate.clean("plan", {"language": row.get("language")})["language"]
        except PlanError:
            row["language"] = "tr"
        _fix_approval(row)
        rescue_monitoring.fix_plan(row)
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        row["created_at"] = row.get("created_at") or now
        row["updated_at"] = row.get("updated_at") or now
    elif name == "organisation":
        if not _text(row, "name", True):
            return None
        for key in ("contact_person", "email", "phone"):
            _text(row, key)
        _text(row, "notes", block=True)
        if row.get("sector") not in Sector.codes():
            row["sector"] = ""  # not known: the register flags it for someone to choose
    elif name == "objective":
        if row.get("area") not in framework.PLAN_AREA_CODES or not _text(row, "statement", True, True):
            return None
        _text(row, "code")
        row["benefits"] = _codes(row.get("benefits"), [b.code for b in framework.BENEFITS])
        row["position"] = row.get("position") or 0
    elif name == "action":
        return _fix_action(row, r)
    elif name == "action_partner":
        if not (r.has("action", row.get("action_id")) and r.has("organisation", row.get("organisation_id"))):
            return None
        pair = (row["action_id"], row["organisation_id"])
        if pair in r.pairs:
            return None
        r.pairs.add(pair)
        if row.get("role") not in Role.codes():
            row["role"] = Role.PARTNER.value
        row["position"] = row.get("position") or 0
    elif name == "budget_line":
        if not r.has("action", row.get("action_id")) or not isinstance(row.get("amount"), Decimal) \
                or row["amount"] < 0 or not isinstance(row.get("year"), int):
            return None
        if row.get("source") not in FundingSource.codes():
            row["source"] = FundingSource.OTHER.value
        row["confirmed"] = bool(row.get("confirmed"))
        rescue_monitoring.fix_spent(row)
    elif name == "indicator":
        return _fix_indicator(row, r)
    elif name in rescue_workshop.TABLES:
        return rescue_workshop.fix(name, row, r)
    elif name in rescue_monitoring.TABLES:
        return rescue_monitoring.fix(name, row, r)
    return row


def _fix_approval(row: dict[str, Any]) -> None:
    """The plan's approval record (schema 4): an unknown status is a draft, and a draft has no
    approval date."""
    if row.get("approval_status") not in ApprovalStatus.codes():
        row["approval_status"] = ApprovalStatus.DRAFT.value
    if row["approval_status"] == ApprovalStatus.DRAFT.value:
        row["approved_on"] = None
    _text(row, "version")
    _text(row, "prepared_by")


def _fix_action(row: dict[str, Any], r: _Rescuer) -> dict[str, Any] | None:
    if not _text(row, "title", True):
        return None
    if not r.has("objective", row.get("objective_id")):
        row["objective_id"] = None
    else:
        area = next(o["area"] for o in r.rows["objective"] if o["id"] == row["objective_id"])
        if row.get("area") != area:
            row["area"] = area
    if row.get("area") not in framework.PLAN_AREA_CODES:
        return None
    if not r.has("organisation", row.get("lead_id")):
        row["lead_id"] = None
    _text(row, "code")
    for key in ("description", "target_groups", "notes", "risks"):
        _text(row, key, block=True)
    if row.get("start_date") and row.get("end_date") and row["end_date"] < row["start_date"]:
        row["end_date"] = None
    if row.get("status") not in Status.codes():
        row["status"] = Status.NOT_STARTED.value
    if row.get("municipal_role") not in MunicipalRole.codes():
        row["municipal_role"] = ""  # not known: not set, for someone to choose
    row["priority"] = row.get("priority") if row.get("priority") in range(1, 6) else 3
    row["percent"] = row.get("percent") if row.get("percent") in range(0, 101) else 0
    row["key_features"] = _codes(row.get("key_features"), [k.code for k in framework.KEY_FEATURES])
    row["guideline_areas"] = _codes(row.get("guideline_areas"),
                                    [g.code for g in framework.GUIDELINE_AREAS])
    row["position"] = row.get("position") or 0
    return row


def _fix_indicator(row: dict[str, Any], r: _Rescuer) -> dict[str, Any] | None:
    if not r.has("action", row.get("action_id")):
        row["action_id"] = None
    if not r.has("objective", row.get("objective_id")):
        row["objective_id"] = None
    if (row["action_id"] is None) == (row["objective_id"] is None) or not _text(row, "name", True):
        return None
    if row.get("kind") not in IndicatorKind.codes():
        row["kind"] = IndicatorKind.QUALITATIVE.value
    for key in ("baseline", "target", "actual"):
        try:
            row[key] = validate.indicator_value(row.get(key), row["kind"], key)
        except PlanError:
            row[key] = None
            r.report.cleared += 1
    for key in ("baseline_year", "target_year"):
        if row.get(key) is not None and not 1900 <= row[key] <= 2200:
            row[key] = None
    _text(row, "unit")
    _text(row, "source")
    row["position"] = row.get("position") or 0
    return row


def rescue(source: str | Path, target: str | Path, overwrite: bool = False,
           progress: Callable[[str], None] | None = None) -> RescueReport:
    """Carry the good rows of ``source`` into a new plan at ``target``; the source is not changed."""
    source, target = Path(source).absolute(), Path(target).absolute()
    if target.exists() and same_file(source, target):
        raise RescueFailed(None, source, "the new plan must be another file")
    report = RescueReport(target)
    rescuer = _Rescuer(report)
    _read_all(source, rescuer, progress)
    plans = rescuer.rows.get("plan") or []
    if not plans:
        raise RescueFailed(None, source, _NO_PLAN)

    def populate(draft: PlanFile) -> None:
        with draft.engine.execution_options(lc_write=True).begin() as conn:
            for model in TABLES_PARENT_FIRST:
                rows = rescuer.rows.get(model.__table__.name)
                if rows:
                    conn.execute(insert(model.__table__), rows)

    PlanFile.create(target, overwrite=overwrite, populate=populate).close()
    return report


def _read_all(source: Path, rescuer: _Rescuer, progress: Callable[[str], None] | None) -> None:
    from .planfile import _read_head

    head, _size = _read_head(source)
    if not head.startswith(b"SQLite format 3\x00"):
        raise RescueFailed(None, source, "not a database")
    for immutable in (False, True):  # a hot journal we may not roll back: read the file as it is
        try:
            con = _connect(source, immutable)
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            break
        except sqlite3.DatabaseError as exc:
            error = exc
    else:
        raise RescueFailed(None, source, error)
    try:
        plan_id: int | None = None
        for model in TABLES_PARENT_FIRST:
            table = model.__table__
            if progress:
                progress(table.name)
            rows, _broken = _read_table(con, table)
            for raw in rows:
                row = rescuer.clean(table, raw)
                if row is not None and table.name == "plan" and plan_id is not None:
                    row = None  # one plan per file: the first that can be kept
                if row is not None:
                    row = _fix(table.name, row, rescuer, plan_id or 0)
                if row is not None and table.name == "plan":
                    plan_id = row["id"]
                rescuer.keep(table.name, row)
    except sqlite3.OperationalError as exc:  # the time limit, or a file that vanished
        raise RescueFailed(None, source, exc) from exc
    finally:
        con.close()
