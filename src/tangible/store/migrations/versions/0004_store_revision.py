"""store_revision: a counter advanced by every write transaction, for cache validation

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 04:20:00

Derived views that are costly to compute over a large store (the dashboard's aggregates, the counts
of filtered lists) are cached by readers and stay valid while this counter does not move.
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        'store_revision',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_store_revision')),
    )
    op.bulk_insert(table, [{'id': 1, 'revision': 0}])


def downgrade() -> None:
    op.drop_table('store_revision')
