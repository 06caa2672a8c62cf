"""Schema version 7: every row of a plan's content carries a version (issue 16).

Several people editing one plan on a server: an edit made from an older reading of a row is
refused instead of overwriting what someone else saved.  Every existing row starts at version 1;
nothing else of a schema-6 plan changes.  Written from the schema-7 model once and kept as it is
(a migration never follows later model changes).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The tables of a plan's content as schema 7 has them (the snapshot tables keep no versions).
TABLES = ("plan", "organisation", "objective", "action", "action_partner", "budget_line",
          "indicator", "workshop", "stakeholder", "attendance", "prompt", "rating", "initiative",
          "idea", "voter_group", "vote", "idea_link", "milestone", "progress_update",
          "measurement")


def upgrade() -> None:
    for table in TABLES:
        # ALTER TABLE ADD COLUMN on both engines: no table is rebuilt, a big plan upgrades fast
        op.add_column(table, sa.Column("row_version", sa.Integer(), nullable=False,
                                       server_default="1"))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("row_version")
