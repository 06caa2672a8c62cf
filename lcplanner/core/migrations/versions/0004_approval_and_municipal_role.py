"""Schema version 4: the plan's approval record (status, date, version, who prepared it) and the
municipality's own role in each action (Cork's plan: full accountability / co-ordinating /
influencing), for the cover and the responsibilities of a council's copy.

New columns only, each with the default an older plan gets: a draft with no date, version and
author empty, no role judged yet.  Written from the schema-4 model once and kept as it is (a
migration never follows later model changes).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.add_column(sa.Column("approval_status", sa.String(length=16), nullable=False,
                                      server_default="draft"))
        batch_op.add_column(sa.Column("approved_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("version", sa.String(length=32), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("prepared_by", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.add_column(sa.Column("municipal_role", sa.String(length=16), nullable=False,
                                      server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_column("municipal_role")
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_column("prepared_by")
        batch_op.drop_column("version")
        batch_op.drop_column("approved_on")
        batch_op.drop_column("approval_status")
