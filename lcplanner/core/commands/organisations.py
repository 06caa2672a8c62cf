"""Commands on the organisations register (a mixin of PlanDocument).

Names are unique in a plan the way the plan's language folds case (Turkish İ/i, I/ı); a merge folds
a duplicate into another in one undoable step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from .. import queries, validate
from ..errors import NotFound, ValidationError
from ..model import Action, ActionPartner, Attendance, Initiative, Organisation, Stakeholder
from ..rows import ActionRow, OrganisationRow
from ..text import fold

if TYPE_CHECKING:
    from .base import Snapshot


class OrganisationCommands:
    """Add, edit, find, merge and delete organisations; the register as rows."""

    def _check_unique_name(self, session: Session, name: str, except_id: int | None = None) -> None:
        folded = fold(name, self.language)
        for oid, other in session.execute(select(Organisation.id, Organisation.name)
                                          .where(Organisation.plan_id == self.plan_id)):
            if oid != except_id and fold(other, self.language) == folded:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "PlanError", "An organisation named %1 already exists."), other, field="name")

    def add_organisation(self, name: str, **fields: Any) -> int:
        values = validate.clean("organisation", {"name": name, **fields})
        ids: list[int] = []
        with self._writing("organisation", ids) as s:
            self._check_unique_name(s, values["name"])
            org = Organisation(plan_id=self.plan_id, **values)
            s.add(org)
            s.flush()
            ids.append(org.id)
        return ids[0]

    def update_organisation(self, org_id: int, **fields: Any) -> None:
        values = validate.clean("organisation", fields)
        with self._writing("organisation", [org_id]) as s:
            org = self._get(s, Organisation, org_id)
            if "name" in values:
                self._check_unique_name(s, values["name"], except_id=org_id)
            for key, value in values.items():
                setattr(org, key, value)

    def find_organisation(self, name: str) -> int | None:
        """The id of the organisation with this name (folded the plan's way), if any."""
        folded = fold(validate.clean_line(name), self.language)
        with self._reading() as conn:
            for oid, other in conn.execute(select(Organisation.id, Organisation.name)
                                           .where(Organisation.plan_id == self.plan_id)):
                if fold(other, self.language) == folded:
                    return oid
        return None

    def delete_organisation(self, org_id: int) -> Snapshot:
        """Remove an organisation; the actions it led lose their lead, its partner links go."""
        stakeholders = select(Stakeholder.id).where(Stakeholder.organisation_id == org_id)
        return self._delete("organisation", Organisation, org_id, {
            Action: Action.lead_id == org_id,
            ActionPartner: ActionPartner.organisation_id == org_id,
            Stakeholder: Stakeholder.organisation_id == org_id,
            Attendance: Attendance.stakeholder_id.in_(stakeholders),
            Initiative: Initiative.owner_id == org_id})

    def merge_organisations(self, keep_id: int, drop_id: int) -> Snapshot:
        """Fold a duplicate into another: its leads and partner links move over, then it goes.

        Where both were on the same action, the keeping organisation's place wins.  Returns what
        :meth:`restore` needs to split them again (one undo step).
        """
        if keep_id == drop_id:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "PlanError", "An organisation cannot be merged into itself."), field="organisation")
        with self._writing("organisation", [keep_id, drop_id]) as s:
            self._get(s, Organisation, keep_id)
            self._get(s, Organisation, drop_id)
            snap = self._capture(s, "organisation", [keep_id, drop_id], {
                Organisation: Organisation.id == drop_id,
                Action: Action.lead_id == drop_id,
                ActionPartner: ActionPartner.organisation_id == drop_id,
                Stakeholder: Stakeholder.organisation_id == drop_id,
                Initiative: Initiative.owner_id == drop_id})
            s.execute(update(Action).where(Action.lead_id == drop_id).values(lead_id=keep_id))
            s.execute(update(Stakeholder).where(Stakeholder.organisation_id == drop_id)
                      .values(organisation_id=keep_id))  # the stakeholder list is the register
            s.execute(update(Initiative).where(Initiative.owner_id == drop_id)
                      .values(owner_id=keep_id))
            taken = select(ActionPartner.action_id).where(ActionPartner.organisation_id == keep_id)
            led = select(Action.id).where(Action.lead_id == keep_id)
            s.execute(delete(ActionPartner).where(
                ActionPartner.organisation_id == drop_id,
                ActionPartner.action_id.in_(taken) | ActionPartner.action_id.in_(led)))
            s.execute(update(ActionPartner).where(ActionPartner.organisation_id == drop_id)
                      .values(organisation_id=keep_id))
            s.execute(delete(Organisation).where(Organisation.id == drop_id))
        return snap

    _organisations: list[OrganisationRow] | None = None

    def organisations(self) -> list[OrganisationRow]:
        """The register, collated; kept until the next change (editor combos and pages share it)."""
        if self._organisations is not None and self._caching:
            return list(self._organisations)
        with self._reading() as conn:
            rows = queries.organisations(conn, self.plan_id, self.language)
        self._seen.note("organisation", rows)
        if self._caching:
            self._organisations = rows
        return list(rows)

    def actions_of_organisation(self, org_id: int) -> tuple[list[ActionRow], list[ActionRow]]:
        """(actions it leads, actions it partners in)."""
        with self._reading() as conn:
            leads, partners = queries.actions_of_organisation(conn, self.plan_id, org_id)
        self._seen.note("action", leads + partners)
        return leads, partners

    def organisation(self, org_id: int) -> OrganisationRow:
        for row in self.organisations():
            if row.id == org_id:
                return row
        raise NotFound()
