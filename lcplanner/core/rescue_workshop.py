"""The rescue's rules for the workshop's tables (schema 3): what of a damaged or altered file's
stakeholders, stock-take and idea wall can be carried into a clean plan.

Same spirit as :mod:`rescue`: a row whose parent did not survive goes, a value out of range is
set to its default, duplicates (two ratings of one prompt, two votes of one group on one card)
keep the first.  Kept apart only to keep :mod:`rescue` small.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import framework
from .text import clean_block, clean_line

if TYPE_CHECKING:
    from .rescue import _Rescuer

TABLES = frozenset({"workshop", "stakeholder", "attendance", "prompt", "rating", "initiative",
                    "idea", "voter_group", "vote", "idea_link"})


def _line(row: dict[str, Any], key: str, required: bool = False) -> bool:
    row[key] = clean_line(row.get(key) or "")
    return bool(row[key]) or not required


def _whole(row: dict[str, Any], key: str, low: int, high: int, default: int | None) -> None:
    value = row.get(key)
    row[key] = value if isinstance(value, int) and low <= value <= high else default


def _first(r: _Rescuer, key: tuple[Any, ...]) -> bool:
    """Whether ``key`` is seen for the first time (duplicates keep the first row)."""
    if key in r.seen:
        return False
    r.seen.add(key)
    return True


def fix(name: str, row: dict[str, Any], r: _Rescuer) -> dict[str, Any] | None:
    """Apply the model's rules to one workshop row; None when it cannot be kept."""
    row["position"] = row.get("position") if isinstance(row.get("position"), int) else 0
    if name == "workshop":
        return row if _line(row, "name", True) else None
    if name == "stakeholder":
        if not r.has("organisation", row.get("organisation_id")):
            return None
        _line(row, "person")
        row["notes"] = clean_block(row.get("notes") or "")
        _whole(row, "influence", 1, 5, 3)
        _whole(row, "interest", 1, 5, 3)
        return row
    if name == "attendance":
        ok = r.has("stakeholder", row.get("stakeholder_id")) and r.has(
            "workshop", row.get("workshop_id"))
        return row if ok and _first(r, ("attendance", row["stakeholder_id"],
                                        row["workshop_id"])) else None
    if name == "prompt":
        texts = {k: clean_line(v) for k, v in (row.get("texts") or {}).items() if clean_line(v)}
        if row.get("area") not in framework.AREA_BY_CODE or not texts \
                or not _line(row, "code", True) or not _first(r, ("prompt", row["code"])):
            return None
        row["texts"] = texts
        return row
    if name == "rating":
        _line(row, "prompt_code")
        if row.get("area") not in framework.AREA_BY_CODE or not _first(
                r, ("rating", row["area"], row["prompt_code"])):
            return None
        _whole(row, "level", 0, 3, None)
        row["evidence"] = clean_block(row.get("evidence") or "")
        return row
    if name == "initiative":
        if row.get("area") not in framework.AREA_BY_CODE or not _line(row, "title", True):
            return None
        if not r.has("organisation", row.get("owner_id")):
            row["owner_id"] = None
        for key in ("prompt_code", "reach"):
            _line(row, key)
        row["note"] = clean_block(row.get("note") or "")
        return row
    if name == "idea":
        row["text"] = clean_block(row.get("text") or "")
        if row.get("area") not in framework.PLAN_AREA_CODES or not row["text"]:
            return None
        for key in ("author", "group_name"):
            _line(row, key)
        _whole(row, "impact", 0, 100, None)
        _whole(row, "effort", 0, 100, None)
        return row
    if name == "voter_group":
        _whole(row, "budget", 0, 1000, 5)
        return row if _line(row, "name", True) else None
    if name == "vote":
        ok = r.has("idea", row.get("idea_id")) and r.has("voter_group", row.get("group_id"))
        _whole(row, "dots", 0, 1000, None)
        return row if ok and row["dots"] is not None and _first(
            r, ("vote", row["idea_id"], row["group_id"])) else None
    if name == "idea_link":
        if not r.has("action", row.get("action_id")):
            row["action_id"] = None
        if not r.has("objective", row.get("objective_id")):
            row["objective_id"] = None
        ok = r.has("idea", row.get("idea_id")) and (row["action_id"] is None) != (
            row["objective_id"] is None)
        return row if ok else None
    return row
