"""Schema version 3: the workshop (stakeholders and attendance, stock-take prompts, ratings and
initiatives, the idea wall with votes of groups, and what each idea became).

New tables only: nothing of a schema-2 plan changes.  Written from the schema-3 model once and
kept as it is (a migration never follows later model changes).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('idea',
    sa.Column('area', sa.String(length=8), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author', sa.Text(), nullable=False),
    sa.Column('group_name', sa.Text(), nullable=False),
    sa.Column('impact', sa.Integer(), nullable=True),
    sa.Column('effort', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.CheckConstraint('effort IS NULL OR effort BETWEEN 0 AND 100', name=op.f('ck_idea_effort')),
    sa.CheckConstraint('impact IS NULL OR impact BETWEEN 0 AND 100', name=op.f('ck_idea_impact')),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_idea_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_idea')),
    sa.UniqueConstraint('uuid', name=op.f('uq_idea_uuid'))
    )
    op.create_index('ix_idea_area', 'idea', ['plan_id', 'area', 'position'], unique=False)
    op.create_index(op.f('ix_idea_plan_id'), 'idea', ['plan_id'], unique=False)
    op.create_table('prompt',
    sa.Column('area', sa.String(length=8), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('texts', sa.JSON(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_prompt_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_prompt')),
    sa.UniqueConstraint('plan_id', 'code', name='uq_prompt_code'),
    sa.UniqueConstraint('uuid', name=op.f('uq_prompt_uuid'))
    )
    op.create_index(op.f('ix_prompt_plan_id'), 'prompt', ['plan_id'], unique=False)
    op.create_table('rating',
    sa.Column('area', sa.String(length=8), nullable=False),
    sa.Column('prompt_code', sa.String(length=32), nullable=False),
    sa.Column('level', sa.Integer(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.CheckConstraint('level IS NULL OR level BETWEEN 0 AND 3', name=op.f('ck_rating_level')),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_rating_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rating')),
    sa.UniqueConstraint('plan_id', 'area', 'prompt_code', name='uq_rating_prompt'),
    sa.UniqueConstraint('uuid', name=op.f('uq_rating_uuid'))
    )
    op.create_index(op.f('ix_rating_plan_id'), 'rating', ['plan_id'], unique=False)
    op.create_table('voter_group',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('budget', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.CheckConstraint('budget >= 0', name=op.f('ck_voter_group_budget')),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_voter_group_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voter_group')),
    sa.UniqueConstraint('uuid', name=op.f('uq_voter_group_uuid'))
    )
    op.create_index(op.f('ix_voter_group_plan_id'), 'voter_group', ['plan_id'], unique=False)
    op.create_table('workshop',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_workshop_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop')),
    sa.UniqueConstraint('uuid', name=op.f('uq_workshop_uuid'))
    )
    op.create_index(op.f('ix_workshop_plan_id'), 'workshop', ['plan_id'], unique=False)
    op.create_table('initiative',
    sa.Column('area', sa.String(length=8), nullable=False),
    sa.Column('prompt_code', sa.String(length=32), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('reach', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['organisation.id'], name=op.f('fk_initiative_owner_id_organisation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_initiative_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_initiative')),
    sa.UniqueConstraint('uuid', name=op.f('uq_initiative_uuid'))
    )
    op.create_index(op.f('ix_initiative_owner_id'), 'initiative', ['owner_id'], unique=False)
    op.create_index(op.f('ix_initiative_plan_id'), 'initiative', ['plan_id'], unique=False)
    op.create_table('stakeholder',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('person', sa.Text(), nullable=False),
    sa.Column('influence', sa.Integer(), nullable=False),
    sa.Column('interest', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.CheckConstraint('influence BETWEEN 1 AND 5', name=op.f('ck_stakeholder_influence')),
    sa.CheckConstraint('interest BETWEEN 1 AND 5', name=op.f('ck_stakeholder_interest')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_stakeholder_organisation_id_organisation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_stakeholder_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stakeholder')),
    sa.UniqueConstraint('uuid', name=op.f('uq_stakeholder_uuid'))
    )
    op.create_index(op.f('ix_stakeholder_organisation_id'), 'stakeholder', ['organisation_id'], unique=False)
    op.create_index(op.f('ix_stakeholder_plan_id'), 'stakeholder', ['plan_id'], unique=False)
    op.create_table('vote',
    sa.Column('idea_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('dots', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.CheckConstraint('dots >= 0', name=op.f('ck_vote_dots')),
    sa.ForeignKeyConstraint(['group_id'], ['voter_group.id'], name=op.f('fk_vote_group_id_voter_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['idea_id'], ['idea.id'], name=op.f('fk_vote_idea_id_idea'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_vote_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vote')),
    sa.UniqueConstraint('idea_id', 'group_id', name='uq_vote'),
    sa.UniqueConstraint('uuid', name=op.f('uq_vote_uuid'))
    )
    op.create_index(op.f('ix_vote_group_id'), 'vote', ['group_id'], unique=False)
    op.create_index(op.f('ix_vote_idea_id'), 'vote', ['idea_id'], unique=False)
    op.create_index(op.f('ix_vote_plan_id'), 'vote', ['plan_id'], unique=False)
    op.create_table('attendance',
    sa.Column('stakeholder_id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_attendance_plan_id_plan'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stakeholder_id'], ['stakeholder.id'], name=op.f('fk_attendance_stakeholder_id_stakeholder'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_attendance_workshop_id_workshop'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('stakeholder_id', 'workshop_id', name='uq_attendance'),
    sa.UniqueConstraint('uuid', name=op.f('uq_attendance_uuid'))
    )
    op.create_index(op.f('ix_attendance_plan_id'), 'attendance', ['plan_id'], unique=False)
    op.create_index(op.f('ix_attendance_stakeholder_id'), 'attendance', ['stakeholder_id'], unique=False)
    op.create_index(op.f('ix_attendance_workshop_id'), 'attendance', ['workshop_id'], unique=False)
    op.create_table('idea_link',
    sa.Column('idea_id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=True),
    sa.Column('objective_id', sa.Integer(), nullable=True),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.CheckConstraint('(action_id IS NULL) <> (objective_id IS NULL)', name=op.f('ck_idea_link_target')),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_idea_link_action_id_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['idea_id'], ['idea.id'], name=op.f('fk_idea_link_idea_id_idea'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['objective_id'], ['objective.id'], name=op.f('fk_idea_link_objective_id_objective'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_idea_link_plan_id_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_idea_link')),
    sa.UniqueConstraint('uuid', name=op.f('uq_idea_link_uuid'))
    )
    op.create_index(op.f('ix_idea_link_action_id'), 'idea_link', ['action_id'], unique=False)
    op.create_index(op.f('ix_idea_link_idea_id'), 'idea_link', ['idea_id'], unique=False)
    op.create_index(op.f('ix_idea_link_objective_id'), 'idea_link', ['objective_id'], unique=False)
    op.create_index(op.f('ix_idea_link_plan_id'), 'idea_link', ['plan_id'], unique=False)


def downgrade() -> None:
    op.drop_table('idea_link')
    op.drop_table('attendance')
    op.drop_table('vote')
    op.drop_table('stakeholder')
    op.drop_table('initiative')
    op.drop_table('workshop')
    op.drop_table('voter_group')
    op.drop_table('rating')
    op.drop_table('prompt')
    op.drop_table('idea')
