"""The idea wall (a mixin of PlanDocument): cards per building block or condition, voter groups
with their dots, merging duplicates, and promoting cards into objectives and actions.

Votes are set, not added (``set_dots``): the undo command knows the old count.  A group cannot
spend more dots than its budget: the refusal names the group and what it has left.  Merging keeps
one card with both texts, the sum of each group's dots and both cards' links; promoting creates
the objective or action and the links in one transaction.  Change kind: 'idea' ('action' or
'objective' when a promotion created one).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import func, select

from .. import validate, workshop_queries
from ..errors import NotFound, ValidationError
from ..model import Idea, IdeaLink, Vote, VoterGroup
from ..rows import GroupRow, IdeaRow

if TYPE_CHECKING:
    from .base import Snapshot


class IdeaCommands:
    """Cards, groups, dots and promotions (see the module's docstring)."""

    def _doc(self) -> Any:
        return self

    # --- cards -----------------------------------------------------------------------------------

    def add_idea(self, area: str, text: str, **fields: Any) -> int:
        values = validate.clean("idea", {"area": area, "text": text, **fields})
        ids: list[int] = []
        doc = self._doc()
        with doc._writing("idea", ids) as s:
            values["position"] = doc._next_position(s, Idea, values["area"])
            row = Idea(plan_id=doc.plan_id, **values)
            s.add(row)
            s.flush()
            ids.append(row.id)
        return ids[0]

    def update_idea(self, idea_id: int, **fields: Any) -> None:
        """Edit a card; a new ``area`` moves it to the end of that area's cards."""
        values = validate.clean("idea", fields)
        doc = self._doc()
        with doc._writing("idea", [idea_id]) as s:
            row = doc._get(s, Idea, idea_id)
            if "area" in values and values["area"] != row.area and "position" not in fields:
                values["position"] = doc._next_position(s, Idea, values["area"])
            for key, value in values.items():
                setattr(row, key, value)

    def set_idea_place(self, idea_id: int, area: str, position: int) -> None:
        """Put a card back exactly where it was (undo of a move between areas)."""
        doc = self._doc()
        area = validate.area(area)
        with doc._writing("idea", [idea_id]) as s:
            row = doc._get(s, Idea, idea_id)
            row.area, row.position = area, validate.whole(position, "position", 0, 2**31)

    def delete_idea(self, idea_id: int) -> Snapshot:
        return self._doc()._delete("idea", Idea, idea_id, {
            Vote: Vote.idea_id == idea_id, IdeaLink: IdeaLink.idea_id == idea_id})

    def merge_ideas(self, keep_id: int, drop_id: int) -> Snapshot:
        """Fold a duplicate card into another: texts joined, each group's dots added, links kept."""
        if keep_id == drop_id:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "PlanError", "A card cannot be merged with itself."), field="idea")
        doc = self._doc()
        with doc._writing("idea", [keep_id, drop_id]) as s:
            keep, drop = doc._get(s, Idea, keep_id), doc._get(s, Idea, drop_id)
            snap = doc._capture(s, "idea", [keep_id, drop_id], {
                Idea: Idea.id.in_([keep_id, drop_id]),
                Vote: Vote.idea_id.in_([keep_id, drop_id]),
                IdeaLink: IdeaLink.idea_id.in_([keep_id, drop_id])})
            if drop.text.strip() and drop.text.strip() not in keep.text:
                keep.text = f"{keep.text}\n\n{drop.text}"
            for field in ("author", "group_name"):
                mine, theirs = getattr(keep, field), getattr(drop, field)
                if theirs and theirs not in mine:
                    setattr(keep, field, f"{mine}, {theirs}" if mine else theirs)
            kept = {v.group_id: v for v in s.scalars(select(Vote).where(Vote.idea_id == keep_id))}
            for vote in s.scalars(select(Vote).where(Vote.idea_id == drop_id)).all():
                if vote.group_id in kept:
                    kept[vote.group_id].dots += vote.dots
                    s.delete(vote)
                else:
                    vote.idea_id = keep_id
            linked = {(k.action_id, k.objective_id) for k in
                      s.scalars(select(IdeaLink).where(IdeaLink.idea_id == keep_id))}
            for link in s.scalars(select(IdeaLink).where(IdeaLink.idea_id == drop_id)).all():
                if (link.action_id, link.objective_id) in linked:
                    s.delete(link)
                else:
                    link.idea_id = keep_id
            s.flush()
            s.delete(drop)
        return snap

    def ideas(self, area: str | None = None, ids: list[int] | None = None) -> list[IdeaRow]:
        with self._doc()._reading() as conn:
            return workshop_queries.ideas(conn, self._doc().plan_id, area, ids)

    def idea(self, idea_id: int) -> IdeaRow:
        found = self.ideas(ids=[idea_id])
        if not found:
            raise NotFound()
        return found[0]

    def ideas_of(self, action_id: int | None = None,
                 objective_id: int | None = None) -> list[IdeaRow]:
        """Where an action or objective came from."""
        with self._doc()._reading() as conn:
            return workshop_queries.ideas_of(conn, self._doc().plan_id, action_id, objective_id)

    # --- groups and dots -------------------------------------------------------------------------

    def add_group(self, name: str, **fields: Any) -> int:
        values = validate.clean("group", {"name": name, **fields})
        ids: list[int] = []
        doc = self._doc()
        with doc._writing("idea", ids) as s:
            top = s.execute(select(func.max(VoterGroup.position))
                            .where(VoterGroup.plan_id == doc.plan_id)).scalar()
            row = VoterGroup(plan_id=doc.plan_id, position=0 if top is None else top + 1,
                             **values)
            s.add(row)
            s.flush()
            ids.append(row.id)
        return ids[0]

    def update_group(self, group_id: int, **fields: Any) -> None:
        values = validate.clean("group", fields)
        doc = self._doc()
        with doc._writing("idea", [group_id]) as s:
            row = doc._get(s, VoterGroup, group_id)
            if "budget" in values and values["budget"] < self._spent(s, group_id):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "PlanError", "%1 has already spent %2 dots: the budget cannot be lower."),
                    row.name, self._spent(s, group_id), field="budget")
            for key, value in values.items():
                setattr(row, key, value)

    def delete_group(self, group_id: int) -> Snapshot:
        return self._doc()._delete("idea", VoterGroup, group_id, {Vote: Vote.group_id == group_id})

    def groups(self) -> list[GroupRow]:
        with self._doc()._reading() as conn:
            return workshop_queries.groups(conn, self._doc().plan_id)

    def _spent(self, s: Any, group_id: int, except_idea: int | None = None) -> int:
        query = select(func.coalesce(func.sum(Vote.dots), 0)).where(Vote.group_id == group_id)
        if except_idea is not None:
            query = query.where(Vote.idea_id != except_idea)
        return int(s.execute(query).scalar() or 0)

    def dots(self, idea_id: int, group_id: int) -> int:
        return self.idea(idea_id).votes.get(group_id, 0)

    def set_dots(self, idea_id: int, group_id: int, dots: int) -> None:
        """The dots ``group`` puts on a card; refused beyond the group's budget."""
        dots = validate.whole(dots, "dots", 0, 1000)
        doc = self._doc()
        with doc._writing("idea", [idea_id]) as s:
            doc._get(s, Idea, idea_id)
            group = doc._get(s, VoterGroup, group_id)
            others = self._spent(s, group_id, except_idea=idea_id)
            if others + dots > group.budget:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "PlanError", "%1 has no dots left: %2 of %3 are spent."),
                    group.name, others + self._current(s, idea_id, group_id), group.budget,
                    field="dots")
            vote = s.scalars(select(Vote).where(Vote.idea_id == idea_id,
                                                Vote.group_id == group_id)).first()
            if dots == 0:
                if vote is not None:
                    s.delete(vote)
            elif vote is None:
                s.add(Vote(plan_id=doc.plan_id, idea_id=idea_id, group_id=group_id, dots=dots))
            else:
                vote.dots = dots

    @staticmethod
    def _current(s: Any, idea_id: int, group_id: int) -> int:
        return int(s.execute(select(func.coalesce(func.sum(Vote.dots), 0)).where(
            Vote.idea_id == idea_id, Vote.group_id == group_id)).scalar() or 0)

    # --- promotion -------------------------------------------------------------------------------

    def promote_ideas(self, idea_ids: Sequence[int], kind: str, title: str | None = None,
                      objective_id: int | None = None) -> int:
        """Make one objective or action of the cards (in the first card's area) and link them;
        returns the new row's id.  The title defaults to the first card's text."""
        if kind not in ("action", "objective") or not idea_ids:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "PlanError", "Choose the cards to turn into an action or an objective."),
                field="idea")
        doc = self._doc()
        cards = self.ideas(ids=list(idea_ids))
        if len(cards) != len(set(idea_ids)):
            raise NotFound()
        first = next(c for c in cards if c.id == idea_ids[0])
        text = title if title is not None else first.text.split("\n\n")[0]
        with doc.batch():
            if kind == "objective":
                new_id = doc.add_objective(first.area, text)
            else:  # a title is one line: a card's line breaks become spaces
                new_id = doc.add_action(first.area, " ".join(text.split())[:validate.MAX_LINE],
                                        objective_id=objective_id)
            with doc._writing(kind, [new_id]) as s:
                for card in cards:
                    s.add(IdeaLink(plan_id=doc.plan_id, idea_id=card.id,
                                   action_id=new_id if kind == "action" else None,
                                   objective_id=new_id if kind == "objective" else None))
        return new_id
