"""registry schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 03:23:37.857666
"""
import datetime
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0001'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('hash'),
    sa.UniqueConstraint('seq')
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_action'), ['action'], unique=False)

    op.create_table('providers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('names', sa.JSON(), nullable=False),
    sa.Column('jurisdictions', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('providers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_providers_slug'), ['slug'], unique=True)

    op.create_table('registry_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    # The one state row exists from the start, so writers can lock it instead of racing to create it.
    op.bulk_insert(
        sa.table('registry_state', sa.column('id', sa.Integer), sa.column('version', sa.Integer),
                 sa.column('updated_at', sa.DateTime(timezone=True))),
        [{'id': 1, 'version': 0, 'updated_at': datetime.datetime.now(datetime.timezone.utc)}],
    )
    op.create_table('scam_reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('value', sa.String(length=300), nullable=False),
    sa.Column('raw_value', sa.String(length=300), nullable=False),
    sa.Column('claimed_provider', sa.String(length=200), nullable=True),
    sa.Column('seen_url', sa.String(length=2000), nullable=True),
    sa.Column('excerpt', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reviewed_by', sa.String(length=200), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('review_reason', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('scam_reports', schema=None) as batch_op:
        batch_op.create_index('ix_scam_reports_kind_value', ['kind', 'value'], unique=False)
        batch_op.create_index(batch_op.f('ix_scam_reports_status'), ['status'], unique=False)

    op.create_table('channels',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('provider_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('value', sa.String(length=300), nullable=False),
    sa.Column('display', sa.String(length=300), nullable=False),
    sa.Column('regions', sa.JSON(), nullable=False),
    sa.Column('purposes', sa.JSON(), nullable=False),
    sa.Column('direction', sa.String(length=32), nullable=False),
    sa.Column('hours', sa.String(length=300), nullable=True),
    sa.Column('timezone', sa.String(length=64), nullable=True),
    sa.Column('cost', sa.String(length=32), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('successor', sa.String(length=80), nullable=True),
    sa.Column('published', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['provider_id'], ['providers.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('provider_id', 'key', name='uq_channels_provider_key')
    )
    with op.batch_alter_table('channels', schema=None) as batch_op:
        batch_op.create_index('ix_channels_kind_value', ['kind', 'value'], unique=False)
        batch_op.create_index(batch_op.f('ix_channels_provider_id'), ['provider_id'], unique=False)

    op.create_table('policies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('provider_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('statement', sa.Text(), nullable=False),
    sa.Column('channels', sa.JSON(), nullable=False),
    sa.Column('published', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['provider_id'], ['providers.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('provider_id', 'code', name='uq_policies_provider_code')
    )
    with op.batch_alter_table('policies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_policies_provider_id'), ['provider_id'], unique=False)

    op.create_table('provider_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('provider_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=200), nullable=False),
    sa.Column('folded', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['provider_id'], ['providers.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('folded')
    )
    with op.batch_alter_table('provider_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_provider_aliases_provider_id'), ['provider_id'], unique=False)

    op.create_table('evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('channel_id', sa.Integer(), nullable=True),
    sa.Column('policy_id', sa.Integer(), nullable=True),
    sa.Column('source_url', sa.String(length=2000), nullable=False),
    sa.Column('source_kind', sa.String(length=32), nullable=False),
    sa.Column('retrieved_at', sa.Date(), nullable=False),
    sa.Column('excerpt', sa.Text(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=True),
    sa.Column('captured_by', sa.String(length=200), nullable=False),
    sa.Column('confidence', sa.String(length=16), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('(channel_id IS NULL) <> (policy_id IS NULL)', name='ck_evidence_one_subject'),
    sa.ForeignKeyConstraint(['channel_id'], ['channels.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['policy_id'], ['policies.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_channel_id'), ['channel_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_policy_id'), ['policy_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_policy_id'))
        batch_op.drop_index(batch_op.f('ix_evidence_channel_id'))

    op.drop_table('evidence')
    with op.batch_alter_table('provider_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_provider_aliases_provider_id'))

    op.drop_table('provider_aliases')
    with op.batch_alter_table('policies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_policies_provider_id'))

    op.drop_table('policies')
    with op.batch_alter_table('channels', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_channels_provider_id'))
        batch_op.drop_index('ix_channels_kind_value')

    op.drop_table('channels')
    with op.batch_alter_table('scam_reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scam_reports_status'))
        batch_op.drop_index('ix_scam_reports_kind_value')

    op.drop_table('scam_reports')
    op.drop_table('registry_state')
    with op.batch_alter_table('providers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_providers_slug'))

    op.drop_table('providers')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_action'))

    op.drop_table('audit_events')
