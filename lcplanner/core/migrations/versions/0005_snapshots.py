"""Schema version 5: named snapshots of the plan kept inside its file (issue 14).

New tables only: nothing of a schema-4 plan changes.  Written from the schema-5 model once and
kept as it is (a migration never follows later model changes).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "snapshot",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("schema", sa.Integer(), nullable=False),
        sa.Column("actions", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_snapshot_plan_id_plan"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_snapshot")),
        sa.UniqueConstraint("uuid", name=op.f("uq_snapshot_uuid")),
    )
    op.create_index(op.f("ix_snapshot_plan_id"), "snapshot", ["plan_id"], unique=False)
    op.create_table(
        "snapshot_chunk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_snapshot_chunk")),
        sa.UniqueConstraint("digest", name=op.f("uq_snapshot_chunk_digest")),
    )
    op.create_table(
        "snapshot_part",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("snapshot_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("chunk_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["chunk_id"], ["snapshot_chunk.id"],
                                name=op.f("fk_snapshot_part_chunk_id_snapshot_chunk")),
        sa.ForeignKeyConstraint(["snapshot_id"], ["snapshot.id"],
                                name=op.f("fk_snapshot_part_snapshot_id_snapshot"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_snapshot_part")),
        sa.UniqueConstraint("snapshot_id", "table_name", "first_id", name="uq_snapshot_part"),
    )
    op.create_index(op.f("ix_snapshot_part_chunk_id"), "snapshot_part", ["chunk_id"],
                    unique=False)
    op.create_index(op.f("ix_snapshot_part_snapshot_id"), "snapshot_part", ["snapshot_id"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_snapshot_part_snapshot_id"), table_name="snapshot_part")
    op.drop_index(op.f("ix_snapshot_part_chunk_id"), table_name="snapshot_part")
    op.drop_table("snapshot_part")
    op.drop_table("snapshot_chunk")
    op.drop_index(op.f("ix_snapshot_plan_id"), table_name="snapshot")
    op.drop_table("snapshot")
