"""Schema version 6: monitoring (issue 15).  Milestones of actions, progress updates per
reporting period, measurements of indicators over time, what was spent of a budget line, and
how often the plan reports.

Today's status and % of an action (when someone set them) become its first update, for the
period of the day of the upgrade; an indicator's measured value becomes its first measurement
on that day, with the indicator's source.  The action and indicator keep them as the latest.
Written from the schema-6 model once and kept as it is (a migration never follows later model
changes).

Revision ID: 0006
Revises: 0005
"""

import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The period's form in each engine's words (SQLite's GLOB, PostgreSQL's regular expression).
PERIOD = {
    "sqlite": "period GLOB '[0-9][0-9][0-9][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'",
    "postgresql": "period ~ '^[0-9]{4}(-Q[1-4])?$'",
}


def _keyed(table: str) -> list:
    """The columns every row has: plan, integer key, UUID."""
    return [
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f(f"fk_{table}_plan_id_plan"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("uuid", name=op.f(f"uq_{table}_uuid")),
    ]


def upgrade() -> None:
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reporting", sa.String(length=8), nullable=False,
                                      server_default="year"))
    # Added in place, not by rebuilding the table: a batch rebuild orders its constraints by
    # hash, and the trust check knows each form a release writes.
    engine = op.get_bind().dialect.name
    money = "BIGINT" if engine == "postgresql" else "INTEGER"  # hundredths: 64 bits
    op.execute(f"ALTER TABLE budget_line ADD COLUMN spent {money} "
               "CONSTRAINT ck_budget_line_spent CHECK (spent IS NULL OR spent >= 0)")
    op.create_table(
        "milestone",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_keyed("milestone"),
        sa.ForeignKeyConstraint(["action_id"], ["action.id"],
                                name=op.f("fk_milestone_action_id_action"), ondelete="CASCADE"),
    )
    op.create_index(op.f("ix_milestone_action_id"), "milestone", ["action_id"], unique=False)
    op.create_index(op.f("ix_milestone_plan_id"), "milestone", ["plan_id"], unique=False)
    op.create_table(
        "progress_update",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column("reported_by", sa.Text(), nullable=False),
        *_keyed("progress_update"),
        sa.CheckConstraint("percent BETWEEN 0 AND 100", name=op.f("ck_progress_update_percent")),
        sa.CheckConstraint(PERIOD.get(engine, PERIOD["sqlite"]),
                           name=op.f("ck_progress_update_period")),
        sa.ForeignKeyConstraint(["action_id"], ["action.id"],
                                name=op.f("fk_progress_update_action_id_action"),
                                ondelete="CASCADE"),
        sa.UniqueConstraint("action_id", "period", name="uq_update_period"),
    )
    op.create_index(op.f("ix_progress_update_action_id"), "progress_update", ["action_id"],
                    unique=False)
    op.create_index(op.f("ix_progress_update_plan_id"), "progress_update", ["plan_id"],
                    unique=False)
    op.create_table(
        "measurement",
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_keyed("measurement"),
        sa.ForeignKeyConstraint(["indicator_id"], ["indicator.id"],
                                name=op.f("fk_measurement_indicator_id_indicator"),
                                ondelete="CASCADE"),
    )
    op.create_index(op.f("ix_measurement_indicator_id"), "measurement", ["indicator_id"],
                    unique=False)
    op.create_index(op.f("ix_measurement_plan_id"), "measurement", ["plan_id"], unique=False)
    _first_records(dt.date.today())


def _first_records(today: dt.date) -> None:
    """Each action's status and % (when set) as its first update; each measured value as the
    indicator's first measurement."""
    conn = op.get_bind()
    updates = [
        {"plan_id": plan_id, "uuid": str(uuid.uuid4()), "action_id": action_id,
         "period": str(today.year), "status": status, "percent": percent, "note": "",
         "reported_on": today.isoformat(), "reported_by": ""}
        for action_id, plan_id, status, percent in conn.exec_driver_sql(
            "SELECT id, plan_id, status, percent FROM action "
            "WHERE status <> 'not_started' OR percent <> 0 ORDER BY id")]
    if updates:
        conn.execute(sa.text(
            "INSERT INTO progress_update (plan_id, uuid, action_id, period, status, percent, "
            "note, reported_on, reported_by) VALUES (:plan_id, :uuid, :action_id, :period, "
            ":status, :percent, :note, :reported_on, :reported_by)"), updates)
    measurements = [
        {"plan_id": plan_id, "uuid": str(uuid.uuid4()), "indicator_id": indicator_id,
         "measured_on": today.isoformat(), "value": actual, "source": source, "note": ""}
        for indicator_id, plan_id, actual, source in conn.exec_driver_sql(
            "SELECT id, plan_id, actual, source FROM indicator "
            "WHERE actual IS NOT NULL AND trim(actual) <> '' ORDER BY id")]
    if measurements:
        conn.execute(sa.text(
            "INSERT INTO measurement (plan_id, uuid, indicator_id, measured_on, value, source, "
            "note) VALUES (:plan_id, :uuid, :indicator_id, :measured_on, :value, :source, "
            ":note)"), measurements)


def downgrade() -> None:
    op.drop_index(op.f("ix_measurement_plan_id"), table_name="measurement")
    op.drop_index(op.f("ix_measurement_indicator_id"), table_name="measurement")
    op.drop_table("measurement")
    op.drop_index(op.f("ix_progress_update_plan_id"), table_name="progress_update")
    op.drop_index(op.f("ix_progress_update_action_id"), table_name="progress_update")
    op.drop_table("progress_update")
    op.drop_index(op.f("ix_milestone_plan_id"), table_name="milestone")
    op.drop_index(op.f("ix_milestone_action_id"), table_name="milestone")
    op.drop_table("milestone")
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_column("spent")
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_column("reporting")
