"""SQLAlchemy 2 typed ORM classes: what a plan IS.

Every row has an integer key for joins and a stable UUID for merging plans and round-tripping Excel,
and every row carries its plan's id (the schema holds several plans, so the same model can later
live on a shared server).  Money is stored as integer hundredths (kuruş, cents): exact sums in SQL,
exposed as :class:`decimal.Decimal`.  Codes of the framework and vocabularies are stored as text.

Only :mod:`lcplanner.core.document` and :mod:`lcplanner.core.planfile` use these classes; views get
:mod:`lcplanner.core.rows` instead.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from .vocab import ApprovalStatus, MunicipalRole, Reporting, Status

CENT = Decimal("0.01")


def new_uuid() -> str:
    return str(uuid_mod.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Money(TypeDecorator[Decimal]):
    """A Decimal amount with two places, stored exactly as an integer number of hundredths."""

    impl = Integer
    cache_ok = True

    def load_dialect_impl(self, dialect: Any) -> Any:
        """SQLite's integers hold 64 bits; PostgreSQL's INTEGER only 32 (21 million in cents):
        there, amounts are BIGINT."""
        return dialect.type_descriptor(BigInteger() if dialect.name == "postgresql"
                                       else Integer())

    def process_bind_param(self, value: Decimal | None, dialect: object) -> int | None:
        if value is None:
            return None
        return int(Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP).scaleb(2))

    def process_result_value(self, value: int | None, dialect: object) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-2)  # exponent -2: always two places


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class _Keyed:
    """Integer key plus a stable UUID."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)


# The column that counts a row's changes (schema 7).  Bookkeeping, not content: states, snapshots,
# diffs and merges leave it out, so two plans with the same words compare equal.
ROW_VERSION = "row_version"


class _Versioned(_Keyed):
    """A row of a plan's content: its version goes up by one at every change (SQLAlchemy's
    ``version_id_col``), so an edit made from an older reading is refused, never a silent
    overwrite, when several people edit one plan on a server (see document.PlanDocument)."""

    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (a class attribute made per class)
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]


def content_columns(model: type) -> list[str]:
    """A table's columns without the row's version: what states and snapshots keep."""
    return [c.name for c in model.__table__.columns  # type: ignore[attr-defined]
            if c.name != ROW_VERSION]


class Plan(_Versioned, Base):
    __tablename__ = "plan"

    city: Mapped[str] = mapped_column(Text)
    country: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text)
    vision: Mapped[str] = mapped_column(Text, default="")
    period_start: Mapped[int] = mapped_column(Integer)
    period_end: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="TRY")
    language: Mapped[str] = mapped_column(String(16), default="tr")
    # The approval record (schema 4): what a council's copy says on its cover.  ``info["codes"]``:
    # the only values values.py lets a file bring (a cover must not print a guess).  Schema 4's
    # columns have SQL defaults too, so a program that writes rows as schema 3 did still can.
    approval_status: Mapped[str] = mapped_column(
        String(16), default=ApprovalStatus.DRAFT.value, server_default=ApprovalStatus.DRAFT.value,
        info={"codes": ApprovalStatus.codes()})
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[str] = mapped_column(String(32), default="", server_default="")
    prepared_by: Mapped[str] = mapped_column(Text, default="", server_default="")
    # How often actions report progress (schema 6): the periods of monitoring rounds.
    reporting: Mapped[str] = mapped_column(
        String(8), default=Reporting.YEAR.value, server_default=Reporting.YEAR.value,
        info={"codes": Reporting.codes()})
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (CheckConstraint("period_end >= period_start", name="period"),)


class _InPlan(_Versioned):
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)


class Organisation(_InPlan, Base):
    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(Text)
    # "" until someone says: an organisation typed in as a lead is not local government by default
    sector: Mapped[str] = mapped_column(String(32), default="")
    contact_person: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Objective(_InPlan, Base):
    __tablename__ = "objective"

    area: Mapped[str] = mapped_column(String(8))
    code: Mapped[str] = mapped_column(String(32))
    statement: Mapped[str] = mapped_column(Text)
    benefits: Mapped[list[str]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_objective_area", "plan_id", "area", "position"),)


class Action(_InPlan, Base):
    __tablename__ = "action"

    objective_id: Mapped[int | None] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), index=True)
    area: Mapped[str] = mapped_column(String(8))
    code: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    target_groups: Mapped[str] = mapped_column(Text, default="")
    lead_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="not_started")
    priority: Mapped[int] = mapped_column(Integer, default=3)
    percent: Mapped[int] = mapped_column(Integer, default=0)
    key_features: Mapped[list[str]] = mapped_column(JSON, default=list)
    guideline_areas: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    risks: Mapped[str] = mapped_column(Text, default="")
    # The municipality's own role in the action (schema 4); "" until someone says.
    municipal_role: Mapped[str] = mapped_column(String(16), default="", server_default="",
                                                info={"codes": ("", *MunicipalRole.codes())})
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        Index("ix_action_area", "plan_id", "area", "position"),
        CheckConstraint("percent BETWEEN 0 AND 100", name="percent"),
        CheckConstraint("priority BETWEEN 1 AND 5", name="priority"),
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
                        name="dates"),
    )


class ActionPartner(_InPlan, Base):
    __tablename__ = "action_partner"

    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"))
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(16), default="partner")
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("action_id", "organisation_id", name="uq_partner_link"),)


class BudgetLine(_InPlan, Base):
    __tablename__ = "budget_line"

    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(Money)
    source: Mapped[str] = mapped_column(String(16), default="municipal")
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    # What was spent of it (schema 6); NULL until someone reports it, which is not "nothing".
    spent: Mapped[Decimal | None] = mapped_column(Money)

    __table_args__ = (CheckConstraint("amount >= 0", name="amount"),
                      CheckConstraint("spent IS NULL OR spent >= 0", name="spent"))


class Indicator(_InPlan, Base):
    __tablename__ = "indicator"

    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), index=True)
    objective_id: Mapped[int | None] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), default="count")
    unit: Mapped[str] = mapped_column(Text, default="")
    baseline: Mapped[str | None] = mapped_column(Text)
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    target: Mapped[str | None] = mapped_column(Text)
    target_year: Mapped[int | None] = mapped_column(Integer)
    actual: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        CheckConstraint("(action_id IS NULL) <> (objective_id IS NULL)", name="owner"),
    )


# --- the workshop: who takes part, what exists already, ideas and votes (schema 3) ------------


class Workshop(_InPlan, Base):
    """One meeting of the city team (a date, a name): stakeholders are marked present at it."""

    __tablename__ = "workshop"

    name: Mapped[str] = mapped_column(Text)
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Stakeholder(_InPlan, Base):
    """An organisation of the register as the stakeholder analysis sees it (a person in it, its
    influence and interest, 1-5), placed on the influence/interest grid."""

    __tablename__ = "stakeholder"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True)
    person: Mapped[str] = mapped_column(Text, default="")
    influence: Mapped[int] = mapped_column(Integer, default=3)
    interest: Mapped[int] = mapped_column(Integer, default=3)
    notes: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        CheckConstraint("influence BETWEEN 1 AND 5", name="influence"),
        CheckConstraint("interest BETWEEN 1 AND 5", name="interest"),
    )


class Attendance(_InPlan, Base):
    """A stakeholder was present at a workshop."""

    __tablename__ = "attendance"

    stakeholder_id: Mapped[int] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True)

    __table_args__ = (UniqueConstraint("stakeholder_id", "workshop_id", name="uq_attendance"),)


class Prompt(_InPlan, Base):
    """A stock-take prompt under an area (the key features, or a city's own wording), with its
    text per language: prompts are data a city can load, not code."""

    __tablename__ = "prompt"

    area: Mapped[str] = mapped_column(String(8))
    code: Mapped[str] = mapped_column(String(32))
    # {language: text}; values.py checks an object of texts (info), not a list of codes
    texts: Mapped[dict[str, str]] = mapped_column(JSON, default=dict, info={"json": "texts"})
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("plan_id", "code", name="uq_prompt_code"),)


class Rating(_InPlan, Base):
    """The self-assessment of one prompt (or of the whole area when ``prompt_code`` is ""):
    0 not in place, 1 emerging, 2 established, 3 advanced; NULL not rated yet."""

    __tablename__ = "rating"

    area: Mapped[str] = mapped_column(String(8))
    prompt_code: Mapped[str] = mapped_column(String(32), default="")
    level: Mapped[int | None] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("plan_id", "area", "prompt_code", name="uq_rating_prompt"),
        CheckConstraint("level IS NULL OR level BETWEEN 0 AND 3", name="level"),
    )


class Initiative(_InPlan, Base):
    """Something that already exists in the city (the stock-take), under an area and prompt."""

    __tablename__ = "initiative"

    area: Mapped[str] = mapped_column(String(8))
    prompt_code: Mapped[str] = mapped_column(String(32), default="")
    title: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True)
    reach: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Idea(_InPlan, Base):
    """A card on the idea wall, under a building block or condition; ``impact`` and ``effort``
    (0-100, NULL until placed) are its place on the impact-effort board."""

    __tablename__ = "idea"

    area: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(Text, default="")
    group_name: Mapped[str] = mapped_column(Text, default="")
    impact: Mapped[int | None] = mapped_column(Integer)
    effort: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        Index("ix_idea_area", "plan_id", "area", "position"),
        CheckConstraint("impact IS NULL OR impact BETWEEN 0 AND 100", name="impact"),
        CheckConstraint("effort IS NULL OR effort BETWEEN 0 AND 100", name="effort"),
    )


class VoterGroup(_InPlan, Base):
    """A table of the room that votes with its own budget of dots."""

    __tablename__ = "voter_group"

    name: Mapped[str] = mapped_column(Text)
    budget: Mapped[int] = mapped_column(Integer, default=5)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (CheckConstraint("budget >= 0", name="budget"),)


class Vote(_InPlan, Base):
    """The dots one group put on one card."""

    __tablename__ = "vote"

    idea_id: Mapped[int] = mapped_column(ForeignKey("idea.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("voter_group.id", ondelete="CASCADE"), index=True)
    dots: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        UniqueConstraint("idea_id", "group_id", name="uq_vote"),
        CheckConstraint("dots >= 0", name="dots"),
    )


class IdeaLink(_InPlan, Base):
    """What a card became: an objective or an action (several cards may feed one action)."""

    __tablename__ = "idea_link"

    idea_id: Mapped[int] = mapped_column(ForeignKey("idea.id", ondelete="CASCADE"), index=True)
    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), index=True)
    objective_id: Mapped[int | None] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), index=True)

    __table_args__ = (
        CheckConstraint("(action_id IS NULL) <> (objective_id IS NULL)", name="target"),
    )


# --- monitoring: milestones, progress per reporting period, measurements (schema 6) ------------

# A reporting period: a year ("2027") or a quarter of one ("2027-Q1"); periods.py reads them.
# Each engine checks it in its own words (SQLite's GLOB, PostgreSQL's regular expression).
PERIOD_FORMS = {
    "sqlite": "period GLOB '[0-9][0-9][0-9][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'",
    "postgresql": "period ~ '^[0-9]{4}(-Q[1-4])?$'",
}


class Milestone(_InPlan, Base):
    """A dated step of an action (the timeline draws it as a marker)."""

    __tablename__ = "milestone"

    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    due_on: Mapped[dt.date] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ProgressUpdate(_InPlan, Base):
    """What an action reported for one period: kept as history.  The action's own status and %
    are those of its latest update (the commands keep them so, views read them as before)."""

    __tablename__ = "progress_update"

    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(8))
    # Like Action.status: a code outside the vocabulary is read, shown empty and reported by
    # check, since schema 6 copies each action's status into its first update as it stands.
    status: Mapped[str] = mapped_column(String(16), default=Status.NOT_STARTED.value)
    percent: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    reported_on: Mapped[dt.date | None] = mapped_column(Date)
    reported_by: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("action_id", "period", name="uq_update_period"),
        CheckConstraint("percent BETWEEN 0 AND 100", name="percent"),
        *(CheckConstraint(sql, name="period").ddl_if(dialect=engine)
          for engine, sql in PERIOD_FORMS.items()),
    )


class Measurement(_InPlan, Base):
    """A value of an indicator on a date; the indicator's "actual" is its latest measurement."""

    __tablename__ = "measurement"

    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    measured_on: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")


class PlanSnapshot(_Keyed, Base):
    """A named state of the plan kept inside its file ("Approved by the council 2027-03").

    Not a table of the plan's content: take_state, exports and merges never see it.  ``role``:
    "named" (taken by a person), "group" (the base of a copy handed to a breakout group),
    "base" (in that copy: the state it started from), "merge" (taken before a merge).
    """

    __tablename__ = "snapshot"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16), default="named")
    taken_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    schema: Mapped[int] = mapped_column(Integer)  # the schema version its rows were written in
    actions: Mapped[int] = mapped_column(Integer, default=0)  # shown in the list, not recounted


class SnapshotChunk(Base):
    """Up to 256 rows of one table (by id range), as compressed JSON of their stored values.

    Chunks are shared: a snapshot whose rows in a range are the same as an earlier one's points
    at the chunk already stored (``digest`` of the uncompressed text), so a second snapshot of a
    plan that changed a little adds little to the file.
    """

    __tablename__ = "snapshot_chunk"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class SnapshotPart(Base):
    """Which chunk holds a snapshot's rows of one table from ``first_id`` on."""

    __tablename__ = "snapshot_part"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(
        ForeignKey("snapshot.id", ondelete="CASCADE"), index=True)
    table_name: Mapped[str] = mapped_column(String(32))
    first_id: Mapped[int] = mapped_column(Integer)
    chunk_id: Mapped[int] = mapped_column(ForeignKey("snapshot_chunk.id"), index=True)

    __table_args__ = (UniqueConstraint("snapshot_id", "table_name", "first_id",
                                       name="uq_snapshot_part"),)


# Tables in an order where parents come before children (for snapshots and restores).
TABLES_PARENT_FIRST = (Plan, Organisation, Objective, Action, ActionPartner, BudgetLine, Indicator,
                       Workshop, Stakeholder, Attendance, Prompt, Rating, Initiative, Idea,
                       VoterGroup, Vote, IdeaLink, Milestone, ProgressUpdate, Measurement)
