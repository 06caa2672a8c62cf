"""Schema version 1: plans, organisations, objectives, actions, partners, budget lines, indicators.

Revision ID: 0001
Revises: 
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('plan',
    sa.Column('city', sa.Text(), nullable=False),
    sa.Column('country', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('vision', sa.Text(), nullable=False),
    sa.Column('period_start', sa.Integer(), nullable=False),
    sa.Column('period_end', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.CheckConstraint('period_end >= period_start', name=op.f('ck_plan_period')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan')),
    sa.UniqueConstraint('uuid', name=op.f('uq_plan_uuid'))
    )
    op.create_table('objective',
    sa.Column('area', sa.String(length=8), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('statement', sa.Text(), nullable=False),
    sa.Column('benefits', sa.JSON(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_objective_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_objective')),
    sa.UniqueConstraint('uuid', name=op.f('uq_objective_uuid'))
    )
    with op.batch_alter_table('objective', schema=None) as batch_op:
        batch_op.create_index('ix_objective_area', ['plan_id', 'area', 'position'], unique=False)
        batch_op.create_index(batch_op.f('ix_objective_plan_id'), ['plan_id'], unique=False)

    op.create_table('organisation',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('sector', sa.String(length=32), nullable=False),
    sa.Column('contact_person', sa.Text(), nullable=False),
    sa.Column('email', sa.Text(), nullable=False),
    sa.Column('phone', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_organisation_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
    sa.UniqueConstraint('uuid', name=op.f('uq_organisation_uuid'))
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_plan_id'), ['plan_id'], unique=False)

    op.create_table('action',
    sa.Column('objective_id', sa.Integer(), nullable=True),
    sa.Column('area', sa.String(length=8), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('target_groups', sa.Text(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('percent', sa.Integer(), nullable=False),
    sa.Column('key_features', sa.JSON(), nullable=False),
    sa.Column('guideline_areas', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.CheckConstraint('end_date IS NULL OR start_date IS NULL OR end_date >= start_date', name=op.f('ck_action_dates')),
    sa.CheckConstraint('percent BETWEEN 0 AND 100', name=op.f('ck_action_percent')),
    sa.CheckConstraint('priority BETWEEN 1 AND 5', name=op.f('ck_action_priority')),
    sa.ForeignKeyConstraint(['lead_id'], ['organisation.id'], name=op.f('fk_action_lead_id_organisation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['objective_id'], ['objective.id'], name=op.f('fk_action_objective_id_objective'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_action_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action')),
    sa.UniqueConstraint('uuid', name=op.f('uq_action_uuid'))
    )
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.create_index('ix_action_area', ['plan_id', 'area', 'position'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_objective_id'), ['objective_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_plan_id'), ['plan_id'], unique=False)

    op.create_table('action_partner',
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_action_partner_action_id_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_action_partner_organisation_id_organisation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_action_partner_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_partner')),
    sa.UniqueConstraint('action_id', 'organisation_id', name='uq_partner_link'),
    sa.UniqueConstraint('uuid', name=op.f('uq_action_partner_uuid'))
    )
    with op.batch_alter_table('action_partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_partner_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_partner_plan_id'), ['plan_id'], unique=False)

    op.create_table('budget_line',
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    # hundredths: SQLite's INTEGER holds 64 bits, PostgreSQL's needs BIGINT (added for issue 16;
    # the SQLite schema this writes is unchanged)
    sa.Column('amount', sa.Integer().with_variant(sa.BigInteger(), 'postgresql'), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('confirmed', sa.Boolean(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.CheckConstraint('amount >= 0', name=op.f('ck_budget_line_amount')),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_budget_line_action_id_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_budget_line_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_budget_line')),
    sa.UniqueConstraint('uuid', name=op.f('uq_budget_line_uuid'))
    )
    with op.batch_alter_table('budget_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_budget_line_action_id'), ['action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_budget_line_plan_id'), ['plan_id'], unique=False)

    op.create_table('indicator',
    sa.Column('action_id', sa.Integer(), nullable=True),
    sa.Column('objective_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('unit', sa.Text(), nullable=False),
    sa.Column('baseline', sa.Text(), nullable=True),
    sa.Column('baseline_year', sa.Integer(), nullable=True),
    sa.Column('target', sa.Text(), nullable=True),
    sa.Column('target_year', sa.Integer(), nullable=True),
    sa.Column('actual', sa.Text(), nullable=True),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.CheckConstraint('(action_id IS NULL) <> (objective_id IS NULL)', name=op.f('ck_indicator_owner')),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_indicator_action_id_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['objective_id'], ['objective.id'], name=op.f('fk_indicator_objective_id_objective'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_indicator_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator')),
    sa.UniqueConstraint('uuid', name=op.f('uq_indicator_uuid'))
    )
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_action_id'), ['action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_objective_id'), ['objective_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_plan_id'), ['plan_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_plan_id'))
        batch_op.drop_index(batch_op.f('ix_indicator_objective_id'))
        batch_op.drop_index(batch_op.f('ix_indicator_action_id'))

    op.drop_table('indicator')
    with op.batch_alter_table('budget_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_budget_line_plan_id'))
        batch_op.drop_index(batch_op.f('ix_budget_line_action_id'))

    op.drop_table('budget_line')
    with op.batch_alter_table('action_partner', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_partner_plan_id'))
        batch_op.drop_index(batch_op.f('ix_action_partner_organisation_id'))

    op.drop_table('action_partner')
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_plan_id'))
        batch_op.drop_index(batch_op.f('ix_action_objective_id'))
        batch_op.drop_index(batch_op.f('ix_action_lead_id'))
        batch_op.drop_index('ix_action_area')

    op.drop_table('action')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_plan_id'))

    op.drop_table('organisation')
    with op.batch_alter_table('objective', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_objective_plan_id'))
        batch_op.drop_index('ix_objective_area')

    op.drop_table('objective')
    op.drop_table('plan')
