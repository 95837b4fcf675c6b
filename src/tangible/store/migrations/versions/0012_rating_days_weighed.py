"""rating_days.weighed: each counted day keeps its incidents as a rating reads them

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 17:30:00

A rating lists the incidents of its period; kept by day with the counts, they are read again only for the days
a write to incidents cleared. The counts stored before have no such list: they are dropped, and counted again
when next asked.
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(sa.text("DELETE FROM rating_days"))
    with op.batch_alter_table('rating_days') as batch:
        batch.add_column(sa.Column('weighed', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('rating_days') as batch:
        batch.drop_column('weighed')
