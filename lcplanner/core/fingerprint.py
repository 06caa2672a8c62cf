"""The values of a plan row as a round trip compares them, and their short fingerprints.

An exported workbook records, per row and field, a fingerprint of the value it showed.  On import
the same field is fingerprinted twice more: as the workbook holds it now and as the plan holds it
now.  Three fingerprints tell a planner's edit (workbook differs from the export) from a change in
the plan since (plan differs from the export), and both at once is a conflict.  Both sides must
therefore reduce a value to the same canonical text: this module is that one place, shared by the
exporter (which writes) and :mod:`lcplanner.exchange` (which reads).

Names of organisations are compared Turkish-case-insensitively (``ANKARA ÜNİVERSİTESİ`` is
``Ankara Üniversitesi``); an objective is referred to by its code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from hashlib import blake2b
from typing import Any

from .text import fold

# The fields each row kind carries through a round trip, in a fixed order (the export records
# the order with the fingerprints, so a later version may add fields).
FIELDS: dict[str, tuple[str, ...]] = {
    "action": ("group", "code", "objective", "title", "lead", "start_date", "end_date", "status",
               "percent", "description", "target_groups", "priority", "key_features",
               "guideline_areas", "municipal_role", "notes", "risks"),
    "objective": ("area", "code", "statement", "benefits"),
    "organisation": ("name", "sector", "notes", "contact_person", "email", "phone"),
    "partner": ("action", "organisation", "role"),
    "budget": ("action", "year", "source", "confirmed", "amount", "spent"),
    "indicator": ("owner", "name", "kind", "unit", "baseline", "baseline_year", "target",
                  "target_year", "actual", "source"),
}
NOT_SHOWN = "-"  # a field the workbook does not show (contacts left out): never compared
# Columns of the workplan that show what other sheets hold: not read back; an edit there is
# reported ("edit the partners on the Partners sheet") rather than lost silently.
DERIVED = ("partners", "budget", "indicators", "sources")


@lru_cache(maxsize=8192)  # a register's few hundred names recur on thousands of rows
def name_key(name: str | None) -> str:
    """An organisation's name as names are compared: case and accents ignored the Turkish way
    (I, ı, İ and i are one letter: "ILGINOVA" typed on any keyboard), spaces collapsed."""
    return " ".join(fold(name or "", "tr", accents=False).casefold().split())  # ß as ss


def group_of(area: str) -> str:
    """The workplan sheet an area's actions are on: a building block's own, or "FC" (one sheet
    for the three fundamental conditions)."""
    return "FC" if area.startswith("FC") else area


def number_text(value: Any) -> str:
    """A number as canonical text ("350000", "12.5"); text that is no number stays as it is."""
    if isinstance(value, bool):
        return "1" if value else "0"
    try:
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    except (InvalidOperation, ValueError, TypeError):
        return str(value)
    if not number.is_finite():
        return str(value)
    text = format(number.normalize(), "f")
    return "0" if text in ("-0", "0.0") else text


def canon(value: Any) -> str:
    """One text per value: "" for nothing, ISO dates, plain numbers, codes joined by commas."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float, Decimal)):
        return number_text(value)
    if isinstance(value, (list, tuple)):
        return ",".join(canon(v) for v in value)
    return str(value)


def digest(value: Any) -> str:
    """A short fingerprint of a value (12 hex digits: a collision between two values of one
    field of one row is not a practical worry)."""
    return blake2b(canon(value).encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()


def digests(kind: str, values: Mapping[str, Any]) -> str:
    """The fingerprints of a row's fields in :data:`FIELDS` order, space-separated."""
    return " ".join(digest(values[f]) if f in values else NOT_SHOWN for f in FIELDS[kind])


def action_values(row: Any, objective_code: str) -> dict[str, Any]:
    """An action's round-trip values from a row of the document or of the export's data."""
    return {
        "group": group_of(row.area), "code": row.code, "objective": objective_code,
        "title": row.title, "lead": name_key(row.lead_name), "start_date": row.start_date,
        "end_date": row.end_date, "status": row.status, "percent": row.percent,
        "description": row.description, "target_groups": row.target_groups,
        "priority": row.priority, "key_features": tuple(row.key_features),
        "guideline_areas": tuple(row.guideline_areas), "municipal_role": row.municipal_role,
        "notes": row.notes, "risks": row.risks,
    }


def objective_values(row: Any) -> dict[str, Any]:
    return {"area": row.area, "code": row.code, "statement": row.statement,
            "benefits": tuple(row.benefits)}


def organisation_values(row: Any) -> dict[str, Any]:
    return {"name": row.name, "sector": row.sector, "notes": row.notes,
            "contact_person": row.contact_person, "email": row.email, "phone": row.phone}


def partner_values(action_code: str, organisation: str, role: str) -> dict[str, Any]:
    return {"action": action_code, "organisation": name_key(organisation), "role": role}


def budget_values(action_code: str, row: Any) -> dict[str, Any]:
    return {"action": action_code, "year": row.year, "source": row.source,
            "confirmed": bool(row.confirmed), "amount": row.amount, "spent": row.spent}


def indicator_values(owner_code: str, row: Any) -> dict[str, Any]:
    return {"owner": owner_code, "name": row.name, "kind": row.kind, "unit": row.unit,
            "baseline": _measure(row.baseline), "baseline_year": row.baseline_year,
            "target": _measure(row.target), "target_year": row.target_year,
            "actual": _measure(row.actual), "source": row.source}


def _measure(value: str | None) -> str:
    """An indicator's stored value: a number canonically, else its text."""
    return "" if value is None else number_text(value)
