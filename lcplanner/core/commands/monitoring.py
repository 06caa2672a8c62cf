"""Monitoring (a mixin of PlanDocument): progress per reporting period, measurements, milestones.

An action's status and % are those of its latest progress update, and an indicator's "actual"
is its latest measurement: the commands here keep them so in the same transaction, so every
view, export and check that reads an action's status keeps working unchanged.  An edit of the
status or % of an action elsewhere (the editor, a workbook) is recorded as the update of the
period of today; an edit of an indicator's actual value as today's measurement.

Updates are set, not added: one per action and period, so undo puts the old one back (or
removes the one the edit created, see ``Snapshot.created``).  A period that has not begun
cannot report yet.  Change kinds: 'progress' (ids: actions) and 'measurement' (ids:
indicators) after the 'action' or 'indicator' change they cause; 'milestone' (ids: actions).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import dashboard, periods, validate
from ..errors import NotFound, ValidationError
from ..model import Action, Indicator, Measurement, Milestone, Plan, ProgressUpdate
from ..rows import MeasurementRow, MilestoneRow, ProgressRow
from .base import Snapshot


def today() -> dt.date:
    """The day edits are recorded on (one place, so tests can set it)."""
    return dt.date.today()


def _rows(cls: type, result: Any) -> list[Any]:
    """Rows of a result as ``cls`` dataclasses (the columns they name)."""
    names = tuple(cls.__dataclass_fields__)  # type: ignore[attr-defined]
    return [cls(**{k: r._mapping[k] for k in names}) for r in result]


def latest_update(rows: list[Any]) -> Any:
    """The update that says where an action stands now: the one of the latest period."""
    return max(rows, key=lambda u: (periods.sort_key(u.period), u.id), default=None)


class MonitoringCommands:
    """Progress updates, measurements and milestones (see the module's docstring)."""

    def _doc(self) -> Any:
        return self

    # --- periods ---------------------------------------------------------------------------------

    def current_period(self) -> str:
        """The reporting period of today, in the plan's rhythm (a year or a quarter)."""
        return periods.of(today(), self._doc().plan().reporting)

    def begun_periods(self) -> list[str]:
        """The plan's reporting periods that have begun, oldest first: its years in its rhythm,
        widened to today's when today lies outside them, up to today's period."""
        plan = self._doc().plan()
        current = periods.of(today(), plan.reporting)
        year = int(current[:4])
        return [p for p in periods.of_plan(min(plan.period_start, year),
                                           max(plan.period_end, year), plan.reporting)
                if periods.sort_key(p) <= periods.sort_key(current)]

    def _check_begun(self, period: str) -> str:
        period = periods.clean(period)
        if periods.bounds(period)[0] > today():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "PlanError", "The period %1 has not begun: it cannot report progress yet."),
                periods.label(period), field="period")
        return period

    def dashboard(self, period: str | None = None) -> dashboard.Dashboard:
        """The monitoring dashboard's numbers for ``period`` (today's by default)."""
        doc = self._doc()
        period = periods.clean(period) if period else self.current_period()
        with doc.consistent(), doc._reading() as conn:
            return dashboard.build(conn, doc.plan_id, period)

    # --- progress updates ------------------------------------------------------------------------

    def progress(self, action_id: int | None = None, period: str | None = None) -> list[ProgressRow]:
        """Updates of the plan (of one action, of one period), oldest period first."""
        rows = self._read(ProgressRow, ProgressUpdate, (ProgressUpdate.id,),
                          action_id=action_id,
                          period=None if period is None else periods.clean(period))
        return sorted(rows, key=lambda u: (periods.sort_key(u.period), u.action_id, u.id))

    def _read(self, cls: type, model: Any, order: tuple[Any, ...], **where: Any) -> list[Any]:
        """The plan's rows of ``model`` as ``cls`` values, where each given column equals its
        value (None: any), in ``order``."""
        doc = self._doc()
        query = select(*model.__table__.c).where(model.plan_id == doc.plan_id)
        for column, value in where.items():
            if value is not None:
                query = query.where(getattr(model, column) == value)
        with doc._reading() as conn:
            rows = _rows(cls, conn.execute(query.order_by(*order)))
        doc._seen.note(model.__table__.name, rows)
        return rows

    def set_progress(self, action_id: int, period: str, **fields: Any) -> Snapshot:
        """Set what ``action_id`` reports for ``period`` (created when there is none; a new one
        starts from the action's status and % as they stand, reported today).  Returns what
        restore needs to undo it."""
        values = validate.clean("progress", fields)
        period = self._check_begun(period)
        doc = self._doc()
        with doc._writing("action", [action_id], register=False, objectives=False) as s:
            action = doc._get(s, Action, action_id)
            snap = doc._capture(s, "action", [action_id], {
                Action: Action.id == action_id,
                ProgressUpdate: (ProgressUpdate.action_id == action_id)
                & (ProgressUpdate.period == period)})
            self._put_update(s, action, period, values, snap)
        doc.changed.emit("progress", [action_id])
        return snap

    def _put_update(self, s: Session, action: Action, period: str, values: dict[str, Any],
                    snap: Snapshot | None = None) -> None:
        found = s.scalars(select(ProgressUpdate).where(
            ProgressUpdate.action_id == action.id, ProgressUpdate.period == period)).first()
        if found is None:
            found = ProgressUpdate(plan_id=action.plan_id, action_id=action.id, period=period,
                                   status=action.status, percent=action.percent,
                                   reported_on=today(), note="", reported_by="")
            s.add(found)
        for key, value in values.items():
            setattr(found, key, value)
        s.flush()
        if snap is not None and not snap.tables.get("progress_update"):
            snap.created["progress_update"] = [found.id]
        self._sync_action(s, action)

    def _sync_action(self, s: Session, action: Action) -> None:
        """The action's status and % become those of its latest update (not started, 0 % when
        it has none)."""
        latest = latest_update(list(s.scalars(select(ProgressUpdate).where(
            ProgressUpdate.action_id == action.id))))
        action.status = latest.status if latest else "not_started"
        action.percent = latest.percent if latest else 0

    def _record_progress(self, s: Session, action: Action) -> None:
        """After an edit of the action's status or %: this period's update says the same."""
        plan = s.get(Plan, action.plan_id)
        period = periods.of(today(), plan.reporting)
        self._put_update(s, action, period, {"status": action.status, "percent": action.percent,
                                             "reported_on": today()})

    def delete_progress(self, update_id: int) -> Snapshot:
        doc = self._doc()
        ids: list[int] = []
        with doc._writing("action", ids, register=False, objectives=False) as s:
            found = doc._get(s, ProgressUpdate, update_id)
            action = doc._get(s, Action, found.action_id)
            ids.append(action.id)
            snap = doc._capture(s, "action", [action.id], {
                Action: Action.id == action.id, ProgressUpdate: ProgressUpdate.id == update_id})
            s.delete(found)
            s.flush()
            self._sync_action(s, action)
        doc.changed.emit("progress", ids)
        return snap

    # --- measurements ----------------------------------------------------------------------------

    def measurements(self, indicator_id: int | None = None) -> list[MeasurementRow]:
        """Measurements (of one indicator), oldest first."""
        return self._read(MeasurementRow, Measurement, (Measurement.measured_on, Measurement.id),
                          indicator_id=indicator_id)

    def _measurement_values(self, s: Session, indicator: Indicator,
                            values: dict[str, Any]) -> dict[str, Any]:
        if "value" in values:
            values["value"] = validate.indicator_value(values["value"], indicator.kind, "value")
            if values["value"] is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "PlanError", "A measurement needs a value."), field="value")
        return values

    def add_measurement(self, indicator_id: int, measured_on: Any, value: Any,
                        **fields: Any) -> int:
        values = validate.clean("measurement", {"measured_on": measured_on, "value": value,
                                                **fields})
        doc = self._doc()
        ids: list[int] = []
        with doc._writing("indicator", [indicator_id], register=False, objectives=False) as s:
            indicator = doc._get(s, Indicator, indicator_id)
            values = self._measurement_values(s, indicator, values)
            values.setdefault("source", indicator.source)
            row = Measurement(plan_id=doc.plan_id, indicator_id=indicator_id, **values)
            s.add(row)
            s.flush()
            ids.append(row.id)
            self._sync_actual(s, indicator)
        doc.changed.emit("measurement", [indicator_id])
        return ids[0]

    def update_measurement(self, measurement_id: int, **fields: Any) -> None:
        values = validate.clean("measurement", fields)
        doc = self._doc()
        ids: list[int] = []
        with doc._writing("indicator", ids, register=False, objectives=False) as s:
            row = doc._get(s, Measurement, measurement_id)
            indicator = doc._get(s, Indicator, row.indicator_id)
            ids.append(indicator.id)
            for key, value in self._measurement_values(s, indicator, values).items():
                setattr(row, key, value)
            s.flush()
            self._sync_actual(s, indicator)
        doc.changed.emit("measurement", ids)

    def measurement(self, measurement_id: int) -> MeasurementRow:
        found = self._read(MeasurementRow, Measurement, (), id=measurement_id)
        if not found:
            raise NotFound()
        return found[0]

    def delete_measurement(self, measurement_id: int) -> Snapshot:
        doc = self._doc()
        ids: list[int] = []
        with doc._writing("indicator", ids, register=False, objectives=False) as s:
            row = doc._get(s, Measurement, measurement_id)
            indicator = doc._get(s, Indicator, row.indicator_id)
            ids.append(indicator.id)
            snap = doc._capture(s, "indicator", [indicator.id], {
                Indicator: Indicator.id == indicator.id,
                Measurement: Measurement.id == measurement_id})
            s.delete(row)
            s.flush()
            self._sync_actual(s, indicator)
        doc.changed.emit("measurement", ids)
        return snap

    def _sync_actual(self, s: Session, indicator: Indicator) -> None:
        latest = s.scalars(select(Measurement).where(Measurement.indicator_id == indicator.id)
                           .order_by(Measurement.measured_on.desc(), Measurement.id.desc())).first()
        indicator.actual = latest.value if latest else None

    def _record_actual(self, s: Session, indicator: Indicator, value: str | None) -> None:
        """After an edit of the indicator's actual value: today's measurement says the same
        (an empty value removes today's)."""
        found = s.scalars(select(Measurement).where(
            Measurement.indicator_id == indicator.id, Measurement.measured_on == today())).first()
        if value is None:
            if found is not None:
                s.delete(found)
        elif found is None:
            s.add(Measurement(plan_id=indicator.plan_id, indicator_id=indicator.id,
                              measured_on=today(), value=value, source=indicator.source, note=""))
        else:
            found.value = value
        s.flush()
        self._sync_actual(s, indicator)

    # --- milestones ------------------------------------------------------------------------------

    def milestones(self, action_id: int | None = None) -> list[MilestoneRow]:
        """Milestones (of one action), by date."""
        return self._read(MilestoneRow, Milestone, (Milestone.due_on, Milestone.id),
                          action_id=action_id)

    def milestone(self, milestone_id: int) -> MilestoneRow:
        found = self._read(MilestoneRow, Milestone, (), id=milestone_id)
        if not found:
            raise NotFound()
        return found[0]

    def add_milestone(self, action_id: int, name: str, due_on: Any, **fields: Any) -> int:
        values = validate.clean("milestone", {"name": name, "due_on": due_on, **fields})
        doc = self._doc()
        ids: list[int] = []
        with doc._writing("milestone", [action_id], register=False, objectives=False) as s:
            doc._get(s, Action, action_id)
            top = s.execute(select(func.max(Milestone.position)).where(
                Milestone.action_id == action_id)).scalar()
            values.setdefault("position", 0 if top is None else top + 1)
            row = Milestone(plan_id=doc.plan_id, action_id=action_id, **values)
            s.add(row)
            s.flush()
            ids.append(row.id)
        return ids[0]

    def update_milestone(self, milestone_id: int, **fields: Any) -> None:
        values = validate.clean("milestone", fields)
        doc = self._doc()
        with doc._writing("milestone", [], register=False, objectives=False) as s:
            row = doc._get(s, Milestone, milestone_id)
            for key, value in values.items():
                setattr(row, key, value)

    def delete_milestone(self, milestone_id: int) -> Snapshot:
        return self._doc()._delete("milestone", Milestone, milestone_id)
