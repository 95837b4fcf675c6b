"""incremental_resolution: what the last resolution saw, and the documents changed since

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-03 08:15:00

``resolved_links`` records the output of the last resolution, one row per mention and incident it went
to (``role``: member, dispute or attached; no incident when it joined none), with the mention's type and
day. ``resolution_queue`` lists the documents whose mentions or facts changed since: the next run
re-resolves only the dates and types they touch. ``pipeline_state.resolved_key`` names the resolver and
case file the recorded output was made with; when it is missing or differs, the next run resolves all.
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'resolved_links',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('mention_id', sa.String(length=40), nullable=False),
        sa.Column('doc_id', sa.String(length=32), nullable=False),
        sa.Column('type', sa.String(length=16), nullable=False),
        sa.Column('day', sa.Date(), nullable=True),
        sa.Column('incident_id', sa.String(length=40), nullable=True),
        sa.Column('role', sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_resolved_links')),
    )
    op.create_index('ix_resolved_links_mention_id', 'resolved_links', ['mention_id'])
    op.create_index('ix_resolved_links_doc_id', 'resolved_links', ['doc_id'])
    op.create_index('ix_resolved_links_incident_id', 'resolved_links', ['incident_id'])
    op.create_index('ix_resolved_links_typeday', 'resolved_links', ['type', 'day'])
    op.create_table(
        'resolution_queue',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('doc_id', sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_resolution_queue')),
    )
    with op.batch_alter_table('pipeline_state') as batch:
        batch.add_column(sa.Column('resolved_key', sa.String(length=64), nullable=True))
    op.create_index('ix_mentions_typedate_precision', 'mentions', ['type', 'date_precision'])


def downgrade() -> None:
    op.drop_index('ix_mentions_typedate_precision', table_name='mentions')
    with op.batch_alter_table('pipeline_state') as batch:
        batch.drop_column('resolved_key')
    op.drop_table('resolution_queue')
    op.drop_table('resolved_links')
