"""The Commander's monitoring commands (a mixin of Commander): progress, measurements, milestones.

Same rules as the rest of the Commander: one undo step per edit, a refusal of the store becomes
the ``failed`` signal and pushes nothing.  A progress update is set, not added; its undo removes
the update the edit created or puts the old one back (the document's Snapshot).  Texts are in
the Commander's context, as if written in its class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from .undo import SnapshotCommand

if TYPE_CHECKING:
    from ..core.document import PlanDocument


class MonitoringCommander:
    """Mixed into :class:`Commander` (it provides ``doc``, ``_run``, ``_add``, ``_update``)."""

    doc: PlanDocument

    def set_progress(self, action_id: int, period: str, **fields: Any) -> bool:
        """What an action reports for a period (a cell of the monitoring round)."""
        me: Any = self
        found = self.doc.progress(action_id, period)
        if found and all(getattr(found[0], k) == v for k, v in fields.items()):
            return True
        text = QCoreApplication.translate("Commander", "Report progress")
        return me._run(SnapshotCommand(
            self.doc, text, lambda: self.doc.set_progress(action_id, period, **fields)))

    def delete_progress(self, update_id: int) -> bool:
        me: Any = self
        text = QCoreApplication.translate("Commander", "Delete progress update")
        return me._run(SnapshotCommand(self.doc, text, lambda: self.doc.delete_progress(update_id)))

    def add_measurement(self, indicator_id: int, measured_on: Any, value: Any,
                        **fields: Any) -> int | None:
        me: Any = self
        doc = self.doc
        text = QCoreApplication.translate("Commander", "Add measurement")
        return me._add(text, lambda: doc.add_measurement(indicator_id, measured_on, value, **fields),
                       doc.delete_measurement)

    def update_measurement(self, measurement_id: int, **fields: Any) -> bool:
        me: Any = self
        text = QCoreApplication.translate("Commander", "Edit measurement")
        return me._update(text, self.doc.update_measurement, measurement_id,
                          self.doc.measurement(measurement_id), fields)

    def delete_measurement(self, measurement_id: int) -> bool:
        me: Any = self
        text = QCoreApplication.translate("Commander", "Delete measurement")
        return me._run(SnapshotCommand(self.doc, text,
                                       lambda: self.doc.delete_measurement(measurement_id)))

    def add_milestone(self, action_id: int, name: str, due_on: Any, **fields: Any) -> int | None:
        me: Any = self
        doc = self.doc
        text = QCoreApplication.translate("Commander", "Add milestone")
        return me._add(text, lambda: doc.add_milestone(action_id, name, due_on, **fields),
                       doc.delete_milestone)

    def update_milestone(self, milestone_id: int, **fields: Any) -> bool:
        me: Any = self
        text = QCoreApplication.translate("Commander", "Edit milestone")
        return me._update(text, self.doc.update_milestone, milestone_id,
                          self.doc.milestone(milestone_id), fields)

    def delete_milestone(self, milestone_id: int) -> bool:
        me: Any = self
        text = QCoreApplication.translate("Commander", "Delete milestone")
        return me._run(SnapshotCommand(self.doc, text,
                                       lambda: self.doc.delete_milestone(milestone_id)))

    def set_dates(self, action_id: int, start: Any, end: Any) -> bool:
        """An action's dates moved or stretched on the timeline (one step)."""
        me: Any = self
        text = QCoreApplication.translate("Commander", "Move on the timeline")
        return me._update(text, self.doc.update_action, action_id, self.doc.action(action_id),
                          {"start_date": start, "end_date": end})
