"""What `lcplanner check` reports: integrity errors, invalid data, and gaps a workshop should fill.

Errors are things that must not be (a damaged database, a broken reference, a code the framework
does not know, an end date before its start); a plan with errors is not clean.  Warnings are what a
plan in progress lacks (a lead, an indicator, a budget, dates) or what looks odd (a budget year
outside the plan period); they do not make a plan unclean.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import Connection, select, text

from . import framework, gaps, queries
from .errors import CorruptPlan
from .model import Action, BudgetLine, Organisation
from .rows import Issue
from .vocab import FundingSource, IndicatorKind, Role, Sector, Status

ERROR, WARNING = "error", "warning"


def no_plan_error(path: Path) -> CorruptPlan:
    return CorruptPlan(None, path, "no plan in the file")


def _in(values: object) -> str:
    return "(" + ", ".join("'" + str(v).replace("'", "''") + "'" for v in values) + ")"  # type: ignore[attr-defined]


# (SQL selecting offending rows' labels, message).  Codes come from our own constant tables.
_INVALID = (
    (f"SELECT code FROM action WHERE plan_id = :p AND area NOT IN {_in(framework.PLAN_AREA_CODES)}",
     QT_TRANSLATE_NOOP("PlanError", "Action %1 is in an unknown area.")),
    (f"SELECT code FROM objective WHERE plan_id = :p AND area NOT IN {_in(framework.PLAN_AREA_CODES)}",
     QT_TRANSLATE_NOOP("PlanError", "Objective %1 is in an unknown area.")),
    (f"SELECT code FROM action WHERE plan_id = :p AND status NOT IN {_in(Status.codes())}",
     QT_TRANSLATE_NOOP("PlanError", "Action %1 has an unknown status.")),
    ("SELECT title FROM plan WHERE id = :p AND approval_status = 'draft' "
     "AND approved_on IS NOT NULL",
     QT_TRANSLATE_NOOP("PlanError", "The plan “%1” is a draft but has an approval date.")),
    ("SELECT code FROM action WHERE plan_id = :p AND (priority NOT BETWEEN 1 AND 5 "
     "OR percent NOT BETWEEN 0 AND 100)",
     QT_TRANSLATE_NOOP("PlanError", "Action %1 has a priority or percentage out of range.")),
    ("SELECT code FROM action WHERE plan_id = :p AND start_date IS NOT NULL "
     "AND end_date IS NOT NULL AND end_date < start_date",
     QT_TRANSLATE_NOOP("PlanError", "Action %1 ends before it starts.")),
    ("SELECT a.code FROM action a JOIN organisation o ON o.id = a.lead_id "
     "WHERE a.plan_id = :p AND o.plan_id <> a.plan_id",
     QT_TRANSLATE_NOOP("PlanError", "The lead of action %1 belongs to another plan.")),
    ("SELECT a.code FROM action a JOIN objective o ON o.id = a.objective_id "
     "WHERE a.plan_id = :p AND (o.area <> a.area OR o.plan_id <> a.plan_id)",
     QT_TRANSLATE_NOOP("PlanError", "Action %1 sits under an objective of another area.")),
    (f"SELECT a.code FROM action_partner p JOIN action a ON a.id = p.action_id "
     f"WHERE p.plan_id = :p AND p.role NOT IN {_in(Role.codes())}",
     QT_TRANSLATE_NOOP("PlanError", "A partner of action %1 has an unknown role.")),
    (f"SELECT a.code FROM budget_line b JOIN action a ON a.id = b.action_id WHERE b.plan_id = :p "
     f"AND (b.amount < 0 OR b.source NOT IN {_in(FundingSource.codes())})",
     QT_TRANSLATE_NOOP("PlanError", "A budget line of action %1 is negative or has an unknown source.")),
    (f"SELECT name FROM indicator WHERE plan_id = :p AND kind NOT IN {_in(IndicatorKind.codes())}",
     QT_TRANSLATE_NOOP("PlanError", "Indicator %1 has an unknown kind.")),
    (f"SELECT name FROM organisation WHERE plan_id = :p AND sector NOT IN {_in(('', *Sector.codes()))}",
     QT_TRANSLATE_NOOP("PlanError", "Organisation %1 has an unknown sector.")),
    # The workshop (a card's text is its label; the first 40 characters say which one).
    (f"SELECT substr(text, 1, 40) FROM idea WHERE plan_id = :p "
     f"AND area NOT IN {_in(framework.PLAN_AREA_CODES)}",
     QT_TRANSLATE_NOOP("PlanError", "The card “%1” is in an unknown area.")),
    (f"SELECT code FROM prompt WHERE plan_id = :p AND area NOT IN {_in(framework.AREA_BY_CODE)}",
     QT_TRANSLATE_NOOP("PlanError", "The prompt %1 is in an unknown area.")),
    (f"SELECT title FROM initiative WHERE plan_id = :p "
     f"AND area NOT IN {_in(framework.AREA_BY_CODE)}",
     QT_TRANSLATE_NOOP("PlanError", "The initiative %1 is in an unknown area.")),
    (f"SELECT area || ' ' || prompt_code FROM rating WHERE plan_id = :p "
     f"AND (area NOT IN {_in(framework.AREA_BY_CODE)} OR level NOT BETWEEN 0 AND 3)",
     QT_TRANSLATE_NOOP("PlanError", "The rating %1 has an unknown area or level.")),
    ("SELECT o.name FROM stakeholder s JOIN organisation o ON o.id = s.organisation_id "
     "WHERE s.plan_id = :p AND (s.influence NOT BETWEEN 1 AND 5 OR s.interest NOT BETWEEN 1 AND 5)",
     QT_TRANSLATE_NOOP("PlanError", "The stakeholder %1 has an influence or interest out of range.")),
    ("SELECT g.name FROM voter_group g WHERE g.plan_id = :p AND g.budget < (SELECT "
     "coalesce(sum(v.dots), 0) FROM vote v WHERE v.group_id = g.id)",
     QT_TRANSLATE_NOOP("PlanError", "The group %1 has spent more dots than its budget.")),
)

_GAPS = {
    "lead": QT_TRANSLATE_NOOP("PlanError", "Action %1 has no lead organisation."),
    "indicator": QT_TRANSLATE_NOOP("PlanError", "Action %1 has no indicator."),
    "budget": QT_TRANSLATE_NOOP("PlanError", "Action %1 has no budget."),
    "dates": QT_TRANSLATE_NOOP("PlanError", "Action %1 has no start or end date."),
}


def gap_message(gap: str, code: str) -> str:
    """Check's sentence for one gap of one action, translated ("Action BB1-3 has no lead...")."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("PlanError", _GAPS[gap]).replace("%1", code)


def _action_facts(conn: Connection, plan_id: int):  # type: ignore[no-untyped-def]
    """What the per-action checks need, streamed row by row (a million actions fit in memory)."""
    a = Action.__table__.c
    missing = gaps.expressions()
    query = (select(a.code, a.key_features, a.start_date, a.end_date,
                    *(missing[kind] for kind in gaps.KINDS))
             .where(a.plan_id == plan_id).order_by(a.area, a.position, a.id))
    return conn.execution_options(stream_results=True, yield_per=2000).execute(query)


def iter_issues(conn: Connection, plan_id: int) -> Iterator[Issue]:
    """All findings for one plan, errors first, one at a time (nothing is held for the whole plan)."""
    if conn.dialect.name == "sqlite":  # a file's own structure (a server keeps its own)
        for (result,) in conn.exec_driver_sql("PRAGMA integrity_check"):
            if result != "ok":
                yield Issue(ERROR, QT_TRANSLATE_NOOP("PlanError", "Database damage: %1"), (result,))
        for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
            yield Issue(ERROR, QT_TRANSLATE_NOOP("PlanError", "Row %2 of %1 points to a missing "
                                                 "row of %3."), (table, str(rowid), parent))
    for sql, message in _INVALID:
        for (label,) in conn.execute(text(sql), {"p": plan_id}):
            yield Issue(ERROR, message, (str(label),))
    known_features = set(framework.KEY_FEATURE_BY_CODE)
    for code, features, *_rest in _action_facts(conn, plan_id):
        unknown = [k for k in features or () if k not in known_features]
        if unknown:
            yield Issue(ERROR, QT_TRANSLATE_NOOP(
                "PlanError", "Action %1 names unknown key features: %2."), (code, ", ".join(unknown)))
    plan = queries.plan_row(conn, plan_id)
    for code, _f, start, end, *absent in _action_facts(conn, plan_id):
        for gap, lacks in zip(gaps.KINDS, absent):
            if lacks:
                yield Issue(WARNING, _GAPS[gap], (code,))
        for day in (start, end):
            if day is not None and not plan.period_start <= day.year <= plan.period_end:
                yield Issue(WARNING, QT_TRANSLATE_NOOP(
                    "PlanError", "Action %1 has a date outside the plan period."), (code,))
                break
    no_sector = select(Organisation.name).where(Organisation.plan_id == plan_id, Organisation.sector == "")
    for (name,) in conn.execute(no_sector.order_by(Organisation.name)):
        yield Issue(WARNING, QT_TRANSLATE_NOOP("PlanError", "Organisation %1 has no sector yet."), (name,))
    years = select(BudgetLine.year).where(BudgetLine.plan_id == plan_id,
                                          (BudgetLine.year < plan.period_start)
                                          | (BudgetLine.year > plan.period_end))
    for (year,) in conn.execute(years.order_by(BudgetLine.year, BudgetLine.id)):
        yield Issue(WARNING, QT_TRANSLATE_NOOP(
            "PlanError", "A budget line for %1 lies outside the plan period."), (str(year),))


def run(conn: Connection, plan_id: int) -> list[Issue]:
    """All findings for one plan, errors first."""
    return list(iter_issues(conn, plan_id))
