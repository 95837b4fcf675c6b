"""rating_days: the ledger's per-day counts of supporting and contradicting incidents, per commitment; indexes
that find pinned links, reviewed incidents and undated recorded mentions without reading the others

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 11:45:00

A rating counts every incident since its commitment was made but reads in full only its period; the days
before are counted once, kept here, and counted again only when a write to incidents clears them.
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'rating_days',
        sa.Column('rule_key', sa.String(length=32), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('supporting', sa.Integer(), nullable=False),
        sa.Column('contradicting', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('rule_key', 'day', name=op.f('pk_rating_days')),
    )
    op.create_index('ix_rating_days_day', 'rating_days', ['day'])
    op.create_index('ix_incident_mentions_pinned_incident_id', 'incident_mentions', ['pinned', 'incident_id'])
    op.create_index('ix_incidents_reviewed', 'incidents', ['reviewed'])
    op.create_index('ix_resolved_links_day', 'resolved_links', ['day'])


def downgrade() -> None:
    op.drop_index('ix_resolved_links_day', table_name='resolved_links')
    op.drop_index('ix_incidents_reviewed', table_name='incidents')
    op.drop_index('ix_incident_mentions_pinned_incident_id', table_name='incident_mentions')
    op.drop_index('ix_rating_days_day', table_name='rating_days')
    op.drop_table('rating_days')
