"""The room and the stock-take (a mixin of PlanDocument): workshops, stakeholders and who was
present, the prompts, the ratings of each prompt, and the initiatives that already exist.

Stakeholders are organisations of the register (one set: a stakeholder names an organisation,
never a copy of it).  Ratings are set, not added: one per area and prompt, so undo puts the old
level and evidence back.  Prompts are data: a city may replace the built-in key features with its
own catalogue (one transaction; undo restores the previous set).  Change kinds: 'workshop' and
'stocktake'.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import delete, func, select

from .. import validate, workshop_queries
from ..errors import ValidationError
from ..model import (
    Attendance,
    Initiative,
    Organisation,
    Plan,
    Prompt,
    Rating,
    Stakeholder,
    Workshop,
)
from ..rows import InitiativeRow, PromptRow, RatingRow, StakeholderRow, WorkshopRow

if TYPE_CHECKING:
    from .base import Snapshot

LEVELS = 4  # not in place, emerging, established, advanced


class StocktakeCommands:
    """Who takes part, and what the city already has (see the module's docstring)."""

    def _doc(self) -> Any:
        return self

    def _end(self, s: Any, model: type) -> int:
        top = s.execute(select(func.max(model.position)).where(
            model.plan_id == self._doc().plan_id)).scalar()
        return 0 if top is None else top + 1

    # --- workshops -------------------------------------------------------------------------------

    def add_workshop(self, name: str, **fields: Any) -> int:
        values = validate.clean("workshop", {"name": name, **fields})
        ids: list[int] = []
        with self._doc()._writing("workshop", ids) as s:
            values.setdefault("position", self._end(s, Workshop))
            row = Workshop(plan_id=self._doc().plan_id, **values)
            s.add(row)
            s.flush()
            ids.append(row.id)
        return ids[0]

    def update_workshop(self, workshop_id: int, **fields: Any) -> None:
        values = validate.clean("workshop", fields)
        with self._doc()._writing("workshop", [workshop_id]) as s:
            row = self._doc()._get(s, Workshop, workshop_id)
            for key, value in values.items():
                setattr(row, key, value)

    def delete_workshop(self, workshop_id: int) -> Snapshot:
        return self._doc()._delete("workshop", Workshop, workshop_id, {
            Attendance: Attendance.workshop_id == workshop_id})

    def workshops(self) -> list[WorkshopRow]:
        with self._doc()._reading() as conn:
            return workshop_queries.workshops(conn, self._doc().plan_id)

    def workshop(self, workshop_id: int) -> WorkshopRow:
        return self._one(self.workshops(), workshop_id)

    # --- stakeholders ----------------------------------------------------------------------------

    def add_stakeholder(self, organisation_id: int, **fields: Any) -> int:
        values = validate.clean("stakeholder", {"organisation_id": organisation_id, **fields})
        ids: list[int] = []
        with self._doc()._writing("workshop", ids) as s:
            self._doc()._get(s, Organisation, values["organisation_id"])
            values.setdefault("position", self._end(s, Stakeholder))
            row = Stakeholder(plan_id=self._doc().plan_id, **values)
            s.add(row)
            s.flush()
            ids.append(row.id)
        return ids[0]

    def update_stakeholder(self, stakeholder_id: int, **fields: Any) -> None:
        values = validate.clean("stakeholder", fields)
        with self._doc()._writing("workshop", [stakeholder_id]) as s:
            row = self._doc()._get(s, Stakeholder, stakeholder_id)
            if "organisation_id" in values:
                self._doc()._get(s, Organisation, values["organisation_id"])
            for key, value in values.items():
                setattr(row, key, value)

    def delete_stakeholder(self, stakeholder_id: int) -> Snapshot:
        return self._doc()._delete("workshop", Stakeholder, stakeholder_id, {
            Attendance: Attendance.stakeholder_id == stakeholder_id})

    def set_attendance(self, stakeholder_id: int, workshop_ids: Sequence[int]) -> None:
        """The workshops a stakeholder was present at (replaces the list)."""
        wanted = sorted({validate.whole(w, "workshops", 1, 2**62) for w in workshop_ids})
        with self._doc()._writing("workshop", [stakeholder_id]) as s:
            self._doc()._get(s, Stakeholder, stakeholder_id)
            for workshop_id in wanted:
                self._doc()._get(s, Workshop, workshop_id)
            s.execute(delete(Attendance).where(Attendance.stakeholder_id == stakeholder_id))
            for workshop_id in wanted:
                s.add(Attendance(plan_id=self._doc().plan_id, stakeholder_id=stakeholder_id,
                                 workshop_id=workshop_id))

    def stakeholders(self) -> list[StakeholderRow]:
        with self._doc()._reading() as conn:
            return workshop_queries.stakeholders(conn, self._doc().plan_id)

    def stakeholder(self, stakeholder_id: int) -> StakeholderRow:
        return self._one(self.stakeholders(), stakeholder_id)

    # --- prompts ---------------------------------------------------------------------------------

    def prompts(self, area: str | None = None) -> list[PromptRow]:
        """The plan's own prompts, or the built-in key features when it has loaded none."""
        with self._doc()._reading() as conn:
            rows = workshop_queries.stored_prompts(conn, self._doc().plan_id)
        rows = rows or workshop_queries.built_in_prompts()
        return [r for r in rows if area is None or r.area == area]

    def replace_prompts(self, prompts: Sequence[tuple[str, str, dict[str, str]]]) -> Snapshot:
        """Use these (code, area, texts per language) as the plan's prompts, in this order.

        Ratings and initiatives keep their prompt codes; a code no longer listed shows under the
        area as a whole.  Returns the snapshot of the prompts replaced (undo).
        """
        cleaned, seen = [], set()
        for code, area, texts in prompts:
            code = validate.clean("initiative", {"prompt_code": code})["prompt_code"]
            if not code or code in seen:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "PlanError", "The prompt code %1 is empty or listed twice."), code, field="code")
            seen.add(code)
            texts = {validate.clean("plan", {"language": lang})["language"]:
                     validate.required_line(text, "text") for lang, text in texts.items()}
            if not texts:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "PlanError", "The prompt %1 has no text."), code, field="text")
            cleaned.append((code, validate.framework_area(area), texts))
        doc = self._doc()
        with doc._writing("stocktake", []) as s:
            snap = doc._capture(s, "stocktake", [], {Prompt: Prompt.plan_id == doc.plan_id})
            s.execute(delete(Prompt).where(Prompt.plan_id == doc.plan_id))
            for position, (code, area, texts) in enumerate(cleaned):
                s.add(Prompt(plan_id=doc.plan_id, code=code, area=area, texts=texts,
                             position=position))
        snap.tables.setdefault("prompt", [])
        snap.replace = ("prompt",)
        return snap

    # --- ratings ---------------------------------------------------------------------------------

    def set_rating(self, area: str, prompt_code: str = "", **fields: Any) -> None:
        """Set the level (0-3 or None) and/or the evidence of one prompt (or the whole area)."""
        area = validate.framework_area(area)
        prompt_code = validate.clean("initiative", {"prompt_code": prompt_code})["prompt_code"]
        values = validate.clean("rating", fields)
        doc = self._doc()
        with doc._writing("stocktake", []) as s:
            row = s.scalars(select(Rating).where(
                Rating.plan_id == doc.plan_id, Rating.area == area,
                Rating.prompt_code == prompt_code)).first()
            if row is None:
                row = Rating(plan_id=doc.plan_id, area=area, prompt_code=prompt_code, evidence="",
                             uuid=self._rating_uuid(s, area, prompt_code))
                s.add(row)
            for key, value in values.items():
                setattr(row, key, value)
            if row.level is None and not row.evidence:
                if row.id is not None:
                    s.delete(row)  # nothing said: no rating (undo leaves no empty row behind)
                else:
                    s.expunge(row)

    def _rating_uuid(self, s: Any, area: str, prompt_code: str) -> str:
        """A rating is its plan, area and prompt: its UUID is derived from them, so a rating
        removed and set again (undo, redo) or made in a breakout copy is the same rating."""
        plan_uuid = str(s.execute(select(Plan.uuid).where(Plan.id == self._doc().plan_id))
                        .scalar())
        try:
            namespace = uuid.UUID(plan_uuid)
        except ValueError:  # a file from elsewhere with an odd plan UUID still works
            namespace = uuid.uuid5(uuid.NAMESPACE_URL, plan_uuid)
        return str(uuid.uuid5(namespace, f"rating/{area}/{prompt_code}"))

    def rating(self, area: str, prompt_code: str = "") -> RatingRow | None:
        for row in self.ratings():
            if (row.area, row.prompt_code) == (area, prompt_code):
                return row
        return None

    def ratings(self) -> list[RatingRow]:
        with self._doc()._reading() as conn:
            return workshop_queries.ratings(conn, self._doc().plan_id)

    def area_levels(self) -> dict[str, float]:
        """Per area, the mean level of its rated prompts (the area's own rating when it has no
        rated prompt): what the overview's temple colours, and where low areas start."""
        by_area: dict[str, list[int]] = {}
        whole: dict[str, int] = {}
        for row in self.ratings():
            if row.level is None:
                continue
            if row.prompt_code:
                by_area.setdefault(row.area, []).append(row.level)
            else:
                whole[row.area] = row.level
        out = {area: sum(levels) / len(levels) for area, levels in by_area.items()}
        for area, level in whole.items():
            out.setdefault(area, float(level))
        return out

    # --- initiatives -----------------------------------------------------------------------------

    def add_initiative(self, area: str, title: str, **fields: Any) -> int:
        values = validate.clean("initiative", {"area": area, "title": title, **fields})
        ids: list[int] = []
        doc = self._doc()
        with doc._writing("stocktake", ids) as s:
            if values.get("owner_id") is not None:
                doc._get(s, Organisation, values["owner_id"])
            values.setdefault("position", self._end(s, Initiative))
            row = Initiative(plan_id=doc.plan_id, **values)
            s.add(row)
            s.flush()
            ids.append(row.id)
        return ids[0]

    def update_initiative(self, initiative_id: int, **fields: Any) -> None:
        values = validate.clean("initiative", fields)
        doc = self._doc()
        with doc._writing("stocktake", [initiative_id]) as s:
            row = doc._get(s, Initiative, initiative_id)
            if values.get("owner_id") is not None:
                doc._get(s, Organisation, values["owner_id"])
            for key, value in values.items():
                setattr(row, key, value)

    def delete_initiative(self, initiative_id: int) -> Snapshot:
        return self._doc()._delete("stocktake", Initiative, initiative_id)

    def initiatives(self, area: str | None = None) -> list[InitiativeRow]:
        with self._doc()._reading() as conn:
            return workshop_queries.initiatives(conn, self._doc().plan_id, area)

    def initiative(self, initiative_id: int) -> InitiativeRow:
        return self._one(self.initiatives(), initiative_id)

    @staticmethod
    def _one(rows: Sequence[Any], ident: int) -> Any:
        from ..errors import NotFound

        for row in rows:
            if row.id == ident:
                return row
        raise NotFound()
